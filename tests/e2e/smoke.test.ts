import { describe, expect, it } from 'vitest';
import { cardIds, eventually, frameMatching, useWorld } from '../support/harness';
import { settledSnapshot, tabIdOf } from '../support/snapshot-tab';

const world = useWorld();

describe('the built extension in Chromium, at real Salesforce URLs', () => {
  it('runs in the Lightning Setup top frame and in its Classic iframe, and talks to the worker', async () => {
    const page = await world.open(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    expect(page.url()).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    const frame = await frameMatching(page, (url) => url.includes('/0A3?'));
    expect(new URL(frame.url()).hostname).toBe('acme.my.salesforce-setup.com');

    // Each frame says what it recognized, in a snapshot of the tab (as the popup asks for one).
    const snapshot = await settledSnapshot(
      world,
      await tabIdOf(world, page),
      (shot) => shot.frames.filter((f) => f.guide.recognized.length > 0).length >= 2,
    );
    const frames = snapshot.frames.map((f) => ({ top: f.top, recognized: f.guide.recognized }));
    expect(frames).toContainEqual({ top: true, recognized: ['setup-shell'] });
    expect(frames.some((f) => !f.top && f.recognized.includes('installed-packages'))).toBe(true);

    // The iframe's report reached the worker and came back as progress for the right org.
    const report = await eventually(
      () => world.report('acme'),
      (r) => 'org' in r,
    );
    expect(report.org).toBe('acme');
    expect(report.environment).toBe('production');
  });

  it('leaves a Salesforce page it does not help with untouched', async () => {
    const page = await world.ext.browser.newPage();
    // Count every mutation from the very start of the document.
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __mutations: number };
      w.__mutations = 0;
      new MutationObserver((records) => {
        w.__mutations += records.length;
      }).observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.goto('https://acme.my.salesforce.com/home/home.jsp', { waitUntil: 'load' });
    const before = await page.evaluate(
      () => (window as unknown as { __mutations: number }).__mutations,
    );
    await new Promise((r) => setTimeout(r, 1500));
    const after = await page.evaluate(() => ({
      mutations: (window as unknown as { __mutations: number }).__mutations,
      // The overlay's host goes beside <body> (src/content/overlay/mount.ts).
      beside: [...document.documentElement.children]
        .map((el) => el.localName)
        .filter((tag) => tag !== 'head' && tag !== 'body'),
    }));
    expect(after).toEqual({ mutations: before, beside: [] });
    expect(await cardIds(page)).toEqual([]);
    // Every frame's content script answered a snapshot, and none recognized a page.
    const snapshot = await settledSnapshot(
      world,
      await tabIdOf(world, page),
      (shot) => shot.unanswered === 0,
    );
    expect(snapshot.frames.length).toBeGreaterThan(0);
    expect(snapshot.frames.flatMap((f) => f.guide.recognized)).toEqual([]);
  });
});
