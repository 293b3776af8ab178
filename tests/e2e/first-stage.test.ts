/**
 * The content script every Salesforce frame runs is a classic script (src/content/index.ts, built
 * so by vite.config.ts) that loads the rest only on a page of the sequence: a frame the guide
 * does not help parses that one script and nothing more (issue #19, README "First load").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { cardText, eventually, useWorld } from '../support/harness';

const world = useWorld();
const DIST = join(import.meta.dirname, '../../dist');
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  content_scripts: { js: string[] }[];
};
const [firstStage = ''] = manifest.content_scripts.flatMap((c) => c.js);

/** The extension's scripts this tab parses, in every world, from before its first navigation. */
async function extensionScripts(page: Page): Promise<string[]> {
  const parsed: string[] = [];
  const cdp = await page.createCDPSession();
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) parsed.push(new URL(url).pathname.slice(1));
  });
  await cdp.send('Debugger.enable');
  return parsed;
}

describe('the first stage', () => {
  it('is built as one classic script: no import or export statement, one import() by URL', () => {
    const code = readFileSync(join(DIST, firstStage), 'utf8');
    expect(firstStage).toMatch(/src-content-index/);
    expect(code).not.toMatch(/(?:^|[;}\s])(?:import\s*[{*\w"'`]|export\s*[{*\w])/);
    expect(code.match(/\bimport\(/g)).toHaveLength(1);
    expect(code).toMatch(/import\(chrome\.runtime\.getURL\(/);
  });

  it('on a page it does not help, is the only script of the extension the tab parses', async () => {
    const page = await world.ext.browser.newPage();
    const parsed = await extensionScripts(page);
    await page.goto('https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', {
      waitUntil: 'load',
    });
    // A positive sign first: the first stage ran in this page's frames.
    await eventually(async () => parsed.includes(firstStage), Boolean, 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect([...new Set(parsed)]).toEqual([firstStage]);

    // The same tab on a page of the sequence loads the second stage and shows its card.
    await page.goto('https://acme.my.salesforce.com/0A3?setupid=ImportedPackage', {
      waitUntil: 'load',
    });
    expect(await cardText(page, 'installed-packages')).toMatch(/./);
    expect(parsed.some((file) => /main\.ts-/.test(file))).toBe(true);
    await page.close();
  });
});
