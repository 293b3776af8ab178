/**
 * The panel and the popup for an admin who uses the keyboard, a screen reader, reduced motion,
 * a forced-colours theme or 200 % zoom, in real Chromium: keys pressed as a person presses them
 * (Tab, Shift+Tab, Enter, Space, Escape), focus and the live region read in the panel's frame.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterEach, describe, expect, it } from 'vitest';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { CPQ_ROW as CPQ } from '../fixtures/salesforce/installed';
import { CPQ_LICENSE } from '../fixtures/salesforce/state';
import {
  cardIds,
  cardText,
  eventually,
  frameMatching,
  overlayRoot,
  panelElement,
  shownPanel,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const INSTALL_CPQ = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;
const SETUP_HOME = 'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home';

let pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  pages = [];
});

async function open(url: string): Promise<Page> {
  const page = await world.open(url);
  pages.push(page);
  return page;
}

/** What has keyboard focus in the panel's frame, and whether its focus ring shows. */
interface Focused {
  /** the frame has focus (not the admin's page) */
  inPanel: boolean;
  tag: string;
  text: string;
  /** the card it is in, if any */
  card: string | null;
  ring: boolean;
}

const focusedInPanel = async (page: Page): Promise<Focused> =>
  (await shownPanel(page)).evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      inPanel: document.hasFocus() && !!el && el !== document.body,
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') || el?.textContent || '').trim(),
      card: el?.closest('[data-card]')?.getAttribute('data-card') ?? null,
      ring:
        !!el &&
        el.matches(':focus-visible') &&
        style?.outlineStyle !== 'none' &&
        Number.parseFloat(style?.outlineWidth ?? '0') >= 2,
    };
  });

/** Focuses the admin's page's last visible control: the next Tab leaves the page's own content. */
const focusLastPageControl = (page: Page) =>
  page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
    ].filter((el) => el.getClientRects().length > 0 && !(el as HTMLInputElement).disabled);
    const last = controls.at(-1);
    last?.focus();
    return (last?.textContent || (last as HTMLInputElement | undefined)?.value || '').trim();
  });

/** Presses Tab until focus is on the panel control whose text is `text` (at most `max` times). */
async function tabTo(page: Page, text: string, max = 12): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedInPanel(page);
    seen.push(now);
    if (now.inPanel && now.text === text) return seen;
  }
  throw new Error(`Tab never reached "${text}": ${JSON.stringify(seen)}`);
}

const checkedOption = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')]
        .find((r) => r.checked)
        ?.labels?.[0]?.textContent?.trim() ?? null,
  );

async function startSequence() {
  world.server.org('acme').installed.push(CPQ);
  const packages = await world.open(
    'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
  );
  await cardText(await frameMatching(packages, (u) => u.includes('/0A3?')), 'installed-packages');
  await packages.close();
}

describe('the panel by keyboard alone', () => {
  it('Tab reaches every action with a visible ring; Enter and Space act; focus stays in the changed card; Shift+Tab leaves; Escape collapses', async () => {
    const page = await open(INSTALL_CPQ);
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    const lastOfPage = await focusLastPageControl(page);

    // Tab from the page's last control into the panel: collapse toggle first, then Undo.
    const path = await tabTo(page, 'Undo');
    expect(path[0]).toMatchObject({
      inPanel: true,
      tag: 'button',
      text: 'Collapse the install guide',
      ring: true,
    });
    for (const step of path.filter((s) => s.inPanel)) expect(step.ring).toBe(true);

    // Enter on Undo: the card changes and its Undo button is gone; focus moves to the card's
    // own new action, not to nowhere.
    await page.keyboard.press('Enter');
    await waitForCard(page, 'install', (t) => t.includes('is recommended'));
    expect(await checkedOption(page)).toBe('Install for Admins Only');
    const afterUndo = await eventually(
      () => focusedInPanel(page),
      (f) => f.inPanel && f.card === 'install',
    );
    expect(afterUndo).toMatchObject({ tag: 'button', text: 'Select Install for All Users' });
    expect(afterUndo.ring).toBe(true);

    // Space on it selects again; focus is again kept in the card.
    await page.keyboard.press('Space');
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    expect(await checkedOption(page)).toBe('Install for All Users');
    expect(
      await eventually(
        () => focusedInPanel(page),
        (f) => f.inPanel && f.card === 'install',
      ),
    ).toMatchObject({ ring: true });

    // Shift+Tab walks back to the toggle, then out into the admin's page where Tab came from.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focusedInPanel(page)).toMatchObject({
      inPanel: true,
      text: 'Collapse the install guide',
    });
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect((await focusedInPanel(page)).inPanel).toBe(false);
    expect(
      await page.evaluate(() =>
        (
          document.activeElement?.textContent ||
          (document.activeElement as HTMLInputElement | null)?.value ||
          ''
        ).trim(),
      ),
    ).toBe(lastOfPage);

    // Escape in the panel collapses it and leaves focus on the toggle; Enter opens it again.
    await tabTo(page, 'Undo');
    await page.keyboard.press('Escape');
    const collapsed = await eventually(
      () => focusedInPanel(page),
      (f) => f.inPanel && f.text === 'Show the install guide',
    );
    expect(collapsed.ring).toBe(true);
    expect(await cardIds(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await eventually(
      () => cardIds(page),
      (ids) => ids.includes('install'),
    );
    expect(await focusedInPanel(page)).toMatchObject({
      inPanel: true,
      text: 'Collapse the install guide',
    });

    // A card appears (the page's own script opens the third-party dialog, no focus change):
    // focus stays where the admin left it.
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent?.trim() === 'Install')
        ?.click(),
    );
    await waitForCard(page, 'third-party', (t) => t.includes('Approve'));
    expect(await focusedInPanel(page)).toMatchObject({
      inPanel: true,
      text: 'Collapse the install guide',
      ring: true,
    });
  });

  it('a card changing keeps focus on its button or its replacement; a card leaving hands focus back to the page', async () => {
    await startSequence();
    const page = await open(SETUP_HOME);
    await waitForCard(page, 'launcher', (t) => t.includes('1/6 done'));
    const lastOfPage = await focusLastPageControl(page);
    const focused = (await tabTo(page, 'Collapse', 20)).at(-1);
    expect(focused).toMatchObject({ card: 'launcher', ring: true });

    // The card changes under the focused button (progress made elsewhere): focus stays on it.
    await world.ext.message({ type: 'step:set', org: 'acme', step: 'cpq-license', status: 'done' });
    await waitForCard(page, 'launcher', (t) => t.includes('2/6 done'));
    expect(await focusedInPanel(page)).toMatchObject({
      inPanel: true,
      card: 'launcher',
      text: 'Collapse',
    });

    // Enter collapses the launcher: its buttons are replaced; focus goes to the new one.
    await page.keyboard.press('Enter');
    await waitForCard(page, 'launcher', (t) => t.includes('Show checklist'));
    expect(
      await eventually(
        () => focusedInPanel(page),
        (f) => f.inPanel && f.card === 'launcher',
      ),
    ).toMatchObject({ text: 'Show checklist', ring: true });
    await page.keyboard.press('Space');
    await waitForCard(page, 'launcher', (t) => t.includes('Hide for this org'));
    await tabTo(page, 'Hide for this org');

    // The card leaves with the panel: focus returns to the page control Tab came from.
    await page.keyboard.press('Enter');
    await eventually(
      () => cardIds(page),
      (ids) => ids.length === 0,
    );
    const back = await eventually(
      () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return (el?.textContent || el?.value || '').trim();
        }),
      (text) => text === lastOfPage,
    );
    expect(back).toBe(lastOfPage);
    // Showing nothing, the frame is out of the tab order.
    expect(await (await panelElement(page))?.evaluate((frame) => frame.inert)).toBe(true);
  });
});

describe('announcements', () => {
  it('each auto-fill and each confirmation is announced once through the live region', async () => {
    const org = world.server.org('acme');
    org.installDurationMs = 0;
    org.users[org.currentUserId]?.licenses.push(CPQ_LICENSE);
    const page = await open(INSTALL_CPQ);
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    const frame = await shownPanel(page);
    // The first auto-fill is already in the live region, once; from here on, record every addition.
    const first = await frame.evaluate(
      () => document.querySelector('[role=status]')?.textContent ?? '',
    );
    expect(first.split('Selected Install for All Users for Salesforce CPQ.')).toHaveLength(2);
    await frame.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __said: string[] }).__said = log;
      const live = document.querySelector('[role=status]') as HTMLElement;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if (n.textContent) log.push(n.textContent);
      }).observe(live, { childList: true, subtree: true, characterData: true });
    });

    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent?.trim() === 'Install')
        ?.click(),
    );
    await waitForCard(page, 'third-party', (t) => t.includes('Approve'));
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input[type=button]')]
        .find((b) => (b.textContent || (b as HTMLInputElement).value).trim() === 'Continue')
        ?.click(),
    );
    await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
    const said = await eventually(
      () => frame.evaluate(() => (window as unknown as { __said: string[] }).__said),
      (log) => log.some((line) => line.includes('installed')),
    );
    const outcome = said.find((line) => line.includes('installed')) ?? '';
    expect(said).toEqual(['Ticked: grant access to these third-party web sites.', outcome]);
  });
});

/** Animations running on the overlay's rings, once there are rings (null before). */
const ringAnimations = async (page: Page) =>
  page.evaluate(
    (root: ShadowRoot | null) => {
      const rings = root?.querySelectorAll<HTMLElement>('.ring');
      return rings && rings.length > 0
        ? [...rings].map((r) => r.getAnimations().length).reduce((a, b) => a + b, 0)
        : null;
    },
    await overlayRoot(page),
  );

describe('motion, forced colours and zoom', () => {
  it('the rings pulse, except under prefers-reduced-motion', async () => {
    const page = await open(INSTALL_CPQ);
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    expect(
      await eventually(
        () => ringAnimations(page),
        (n) => n !== null,
      ),
    ).toBeGreaterThan(0);

    const still = await world.ext.browser.newPage();
    pages.push(still);
    await still.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await still.goto(INSTALL_CPQ, { waitUntil: 'load' });
    await waitForCard(still, 'install', (t) => t.includes('The guide selected'));
    expect(
      await eventually(
        () => ringAnimations(still),
        (n) => n !== null,
      ),
    ).toBe(0);
  });

  it('forced colours: rings and panel keep visible borders in system colours', async () => {
    const page = await world.ext.browser.newPage();
    pages.push(page);
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does. The
    // panel's frame is a document of its own (the extension's process): themed there too.
    const forced = { features: [{ name: 'forced-colors', value: 'active' }] };
    await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', forced);
    await page.goto(INSTALL_CPQ, { waitUntil: 'load' });
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    const panelTarget = world.ext.browser
      .targets()
      .find((t) => t.url().includes('/src/overlay/index.html'));
    if (panelTarget && panelTarget !== page.target())
      await (await panelTarget.createCDPSession()).send('Emulation.setEmulatedMedia', forced);
    const ring = await eventually(
      async () =>
        page.evaluate(
          (root: ShadowRoot | null) => {
            const r = root?.querySelector<HTMLElement>('.ring');
            if (!r) return null;
            const s = getComputedStyle(r);
            return {
              forced: matchMedia('(forced-colors: active)').matches,
              width: s.borderTopWidth,
              style: s.borderTopStyle,
            };
          },
          await overlayRoot(page),
        ),
      (r) => r !== null,
    );
    expect(ring).toEqual({ forced: true, width: '3px', style: 'solid' });
    // The panel is its own document: the same theme applies there.
    const frame = await shownPanel(page);
    const inFrame = await frame.evaluate(() => ({
      forced: matchMedia('(forced-colors: active)').matches,
      panel: getComputedStyle(document.querySelector('.panel') as Element).borderTopStyle,
      buttons: [...document.querySelectorAll('[data-card] button')].map(
        (b) => getComputedStyle(b).borderTopStyle,
      ),
    }));
    expect(inFrame.forced).toBe(true);
    expect(inFrame.panel).toBe('solid');
    expect(inFrame.buttons.length).toBeGreaterThan(0);
    for (const style of inFrame.buttons) expect(style).toBe('solid');
  });
});

/**
 * Whatever is cut off in the document: content wider than the viewport, and elements that clip
 * their own content sideways (screen-reader-only text aside).
 */
const CUT_OFF = () => {
  const width = document.documentElement.clientWidth;
  const cut: string[] = [];
  if (document.documentElement.scrollWidth > width + 1)
    cut.push(`document ${document.documentElement.scrollWidth}px wide in ${width}px`);
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    if (el.closest('.visually-hidden, .live') || el.getClientRects().length === 0) continue;
    const s = getComputedStyle(el);
    const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
    const r = el.getBoundingClientRect();
    if (clips && el.scrollWidth > el.clientWidth + 1)
      cut.push(`${el.tagName}.${el.className} clips ${el.scrollWidth - el.clientWidth}px`);
    if (r.right > width + 1 || r.left < -1)
      cut.push(`${el.tagName}.${el.className} at ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  return cut;
};

describe('200 % zoom', () => {
  it('the popup (360 px wide): nothing cut off, every section reachable by scrolling', async () => {
    await world.ext.message({ type: 'step:set', org: 'acme', step: 'cpq-license', status: 'done' });
    await world.ext.message({
      type: 'step:set',
      org: 'acme--uat',
      step: 'cpq-license',
      status: 'done',
    });
    const page = await world.ext.browser.newPage();
    pages.push(page);
    // At 200 % Chrome draws a popup of 360 CSS px in 720 device px (its limit is 800 × 600):
    // 360 × 300 CSS px at a device scale of 2.
    await page.setViewport({ width: 360, height: 300, deviceScaleFactor: 2 });
    await page.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html?org=acme`);
    await page.waitForSelector('[data-step]');
    for (const section of ['orgs', 'report', 'settings']) {
      await page.click(`details[data-section="${section}"] > summary`);
      await page.waitForSelector(`details[data-section="${section}"][open]`);
    }
    await page.waitForSelector('[data-switch-org="acme--uat"]');
    expect(await page.evaluate(CUT_OFF)).toEqual([]);
    const reach = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const last = [...document.querySelectorAll('input[type=checkbox]')].at(-1);
      const r = last?.getBoundingClientRect();
      return {
        scrolls: document.documentElement.scrollHeight > window.innerHeight,
        lastVisible: !!r && r.top >= 0 && r.bottom <= window.innerHeight,
      };
    });
    expect(reach).toEqual({ scrolls: true, lastVisible: true });
    await mkdir(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(ARTIFACTS, 'popup-zoom-200.png'), fullPage: true });
  });

  it('the panel: inside the viewport, nothing cut off, its last action reachable by scrolling', async () => {
    await startSequence();
    const page = await world.ext.browser.newPage();
    pages.push(page);
    // A 1280 × 900 window at 200 %: 640 × 450 CSS px.
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    await page.goto(SETUP_HOME, { waitUntil: 'load' });
    await waitForCard(page, 'launcher', (t) => t.includes('1/6 done'));
    const box = await (await panelElement(page))?.evaluate((frame) => {
      const r = frame.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    expect(box).toBeTruthy();
    expect(box?.left).toBeGreaterThanOrEqual(0);
    expect(box?.top).toBeGreaterThanOrEqual(0);
    expect(box?.right).toBeLessThanOrEqual(640);
    expect(box?.bottom).toBeLessThanOrEqual(450);
    const frame = await shownPanel(page);
    expect(await frame.evaluate(CUT_OFF)).toEqual([]);
    const last = await frame.evaluate(() => {
      const panelEl = document.querySelector('.panel') as HTMLElement;
      panelEl.scrollTop = panelEl.scrollHeight;
      const button = [...document.querySelectorAll('[data-card] button')].at(-1);
      const r = button?.getBoundingClientRect();
      return {
        text: button?.textContent ?? '',
        visible: !!r && r.top >= 0 && r.bottom <= window.innerHeight,
      };
    });
    expect(last).toEqual({ text: 'Hide for this org', visible: true });
    await frame.evaluate(() => {
      (document.querySelector('.panel') as HTMLElement).scrollTop = 0;
    });
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, 'panel-zoom-200.png') });
  });
});
