/**
 * The page snapshot from the admin's side: from a "could not find" card and from the popup, the
 * preview shows exactly the text that Copy puts on the clipboard, every Salesforce frame of the
 * tab has answered, and nothing of the org's data is in it.
 */
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, SnapshotChild } from '../../src/core/snapshot';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { cardText, clickOverlayButton, inPanel, useWorld } from '../support/harness';
import { settledSnapshot } from '../support/snapshot-tab';

const world = useWorld();
const INSTALL = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;

const texts = (children: readonly SnapshotChild[] | undefined): string[] =>
  (children ?? []).flatMap((c) =>
    typeof c === 'string' ? [c.trim()] : [...texts(c.children), ...texts(c.shadow)],
  );

/** What of the org must never appear: its My Domain name, the ids it was opened with. */
function expectNoOrgData(text: string): void {
  expect(text).not.toMatch(/acme/i);
  expect(text).not.toContain(CPQ_ID);
  expect(text).not.toContain(CPQ_ID.slice(0, 15));
}

async function grantClipboard(origin: string): Promise<void> {
  await world.ext.browser
    .defaultBrowserContext()
    .overridePermissions(origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
}

describe('page snapshot', () => {
  it('from the "could not find" card: preview, copy, and the copied text parses back', async () => {
    const page = await world.ext.browser.newPage();
    await page.evaluateOnNewDocument(
      `document.addEventListener('DOMContentLoaded', () => {
        for (const label of document.querySelectorAll('label'))
          if (label.textContent.includes('Install for All Users')) label.textContent = ' Install for every user';
      });`,
    );
    await page.goto(INSTALL, { waitUntil: 'load' });
    await cardText(page, 'not-found', 8000);
    await clickOverlayButton(page, 'Make a page snapshot');
    const shown = await inPanel(
      page,
      () => document.querySelector<HTMLTextAreaElement>('[data-snapshot] textarea')?.value ?? null,
      [],
      15_000,
    );
    await grantClipboard('https://acme.my.salesforce.com');
    await page.bringToFront();
    await inPanel(page, () => {
      const button = document.querySelector<HTMLButtonElement>('[data-snapshot-copy]');
      button?.click();
      return button ? true : null;
    }, []);
    await inPanel(
      page,
      () => (document.querySelector('.snapshot-status')?.textContent ? true : null),
      [],
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    const snapshot = JSON.parse(copied) as PageSnapshot;
    expect(snapshot.kind).toBe('sf-install-guide-page-snapshot');
    expect(snapshot.unanswered).toBe(0);
    const [top] = snapshot.frames;
    expect(top?.top).toBe(true);
    expect(top?.url).toBe(
      'https://mydomain.my.salesforce.com/packaging/installPackage.apexp?p0=04t000000000000000',
    );
    expect(top?.guide.recognized).toContain('install-page');
    expect(top?.guide.cards).toContain('not-found');
    expect(top?.guide.notFound).toEqual([
      expect.objectContaining({
        recognizer: 'install-page',
        missing: ['option "Install for All Users"'],
      }),
    ]);
    const all = texts(top?.tree.children);
    // Labels stay, the renamed one too: what the maintainers need to see; the package's
    // description (not a label) is masked.
    expect(all).toContain('Install for Admins Only');
    expect(all).toContain('Install for every user');
    expect(copied).not.toContain('configure products');
    expectNoOrgData(copied);
  });

  it('from the popup: every Salesforce frame of the tab, preview and download', async () => {
    const tab = await world.open(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    // The framed Installed Packages page is up and read before the snapshot.
    await tab.waitForFunction(() => document.title.length > 0);
    const popup = await world.ext.extensionPage('src/popup/index.html');
    const tabId = await popup.evaluate(async () => {
      const [t] = await chrome.tabs.query({ url: 'https://*.my.salesforce-setup.com/*' });
      return t?.id;
    });
    await popup.goto(
      `chrome-extension://${world.ext.extensionId}/src/popup/index.html?tabId=${tabId}`,
    );
    await popup.waitForSelector('[data-section="snapshot"] summary');
    await popup.click('[data-section="snapshot"] summary');
    await popup.evaluate(() => {
      const seen: { name: string; href: string }[] = [];
      (window as unknown as { __downloads: typeof seen }).__downloads = seen;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        seen.push({ name: this.download, href: this.href });
      };
    });
    // Two frames run a recognizer, as the frames themselves tell it in a snapshot.
    await settledSnapshot(
      world,
      tabId ?? -1,
      (shot) => shot.frames.filter((f) => f.guide.recognized.length > 0).length >= 2,
    );
    await popup.click('[data-snapshot-take]');
    const shown = await popup
      .waitForSelector('[data-snapshot] textarea', { timeout: 15_000 })
      .then((el) => el?.evaluate((area) => (area as HTMLTextAreaElement).value) ?? '');
    await popup.click('[data-snapshot-download]');
    const file = await popup.evaluate(async () => {
      const [d] = (window as unknown as { __downloads: { name: string; href: string }[] })
        .__downloads;
      return d ? { name: d.name, text: await (await fetch(d.href)).text() } : null;
    });
    expect(file?.name).toMatch(/^page-snapshot-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    expect(file?.text).toBe(shown);
    const snapshot = JSON.parse(shown) as PageSnapshot;
    expect(snapshot.unanswered).toBe(0);
    expect(snapshot.frames.map((f) => [f.top, f.url, f.guide.recognized])).toEqual([
      [
        true,
        'https://mydomain.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
        ['setup-shell'],
      ],
      [
        false,
        expect.stringMatching(/^https:\/\/mydomain\.my\.salesforce-setup\.com\/0A3\?/),
        ['installed-packages'],
      ],
    ]);
    // The top frame's tree holds the Setup frame (in a shadow root) with its masked URL.
    expect(shown).toContain('"tag": "iframe"');
    expectNoOrgData(shown);
    await popup.close();
    await tab.close();
  });
});
