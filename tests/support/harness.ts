/**
 * One e2e world per test file: the replica server and Chromium with the built extension.
 * Pages load at their real Salesforce URLs.
 */
import type { Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Report } from '../../src/core/progress';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inPanel, panelElement, panelFrame } from './page-actions';
import { type ReplicaServer, startReplicaServer } from './replica-server';

export {
  checkedOption,
  clickText,
  frameMatching,
  inPanel,
  overlayRoot,
  panelElement,
  panelFrame,
  ringAround,
  searchAppLauncher,
} from './page-actions';

export interface World {
  server: ReplicaServer;
  ext: ExtensionBrowser;
  /** Opens a URL in a new tab and waits for it to load. */
  open(url: string): Promise<Page>;
  report(org: string): Promise<Report>;
  /** Clears the extension's storage and the replica world between tests. */
  reset(): Promise<void>;
}

export function useWorld(): World {
  const world = {} as World;
  beforeAll(async () => {
    world.server = await startReplicaServer();
    world.ext = await launchWithExtension({ resolverRules: world.server.resolverRules });
    world.open = async (url) => {
      const page = await world.ext.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    world.report = (org) => world.ext.message<Report>({ type: 'report:get', org });
    world.reset = async () => {
      world.server.reset();
      // Pages first: a page still open could report again after the storage is cleared.
      for (const page of await world.ext.browser.pages()) {
        if (!page.url().startsWith('chrome-extension://')) await page.close();
      }
      await world.ext.clearStorage();
    };
  });
  beforeEach(async () => {
    await world.reset();
  });
  afterAll(async () => {
    await world.ext?.close();
    await world.server?.close();
  });
  return world;
}

type Where = Page | Frame;

/**
 * Text of the overlay's card `id` in a page or frame, once it is shown: in the panel's frame,
 * and that frame visible in the page (opaque, with a size).
 */
export async function cardText(where: Where, id: string, timeout = 10_000): Promise<string> {
  const text = await inPanel(
    where,
    (cardId: string) => document.querySelector(`[data-card="${cardId}"]`)?.textContent ?? null,
    [id],
    timeout,
  );
  const element = await panelElement(where);
  if (!element) throw new Error('no panel frame');
  await where.waitForFunction(
    (frame: HTMLIFrameElement) => {
      const r = frame.getBoundingClientRect();
      const style = getComputedStyle(frame);
      return style.opacity === '1' && style.visibility === 'visible' && r.width > 0 && r.height > 0;
    },
    { timeout },
    element,
  );
  return text;
}

/** The panel's frame in a page or frame where a card is already shown (throws if there is none). */
export async function shownPanel(where: Where): Promise<Frame> {
  const frame = await panelFrame(where);
  if (!frame) throw new Error('no panel frame');
  return frame;
}

/** Waits until the card's text satisfies `test`. */
export async function waitForCard(
  where: Where,
  id: string,
  test: (text: string) => boolean,
  timeout = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await cardText(where, id, Math.max(1, deadline - Date.now())).catch(() => '');
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`card ${id} never matched; last text: ${last || '(none)'}`);
}

/** Ids of the cards shown in a page or frame (none while the panel is not there). */
export async function cardIds(where: Where): Promise<string[]> {
  const frame = await panelFrame(where);
  if (!frame) return [];
  return frame
    .evaluate(() =>
      [...document.querySelectorAll('[data-card]')].map((c) => c.getAttribute('data-card') ?? ''),
    )
    .catch(() => []);
}

/** Clicks a button inside the overlay by its visible text. */
export async function clickOverlayButton(where: Where, text: string): Promise<void> {
  await inPanel(
    where,
    (label: string) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label,
      );
      button?.click();
      return button ? true : null;
    },
    [text],
    5000,
  ).catch(() => {
    throw new Error(`no overlay button "${text}"`);
  });
}

/** Polls until `read` returns a value that passes `test`. */
export async function eventually<T>(
  read: () => Promise<T>,
  test: (value: T) => boolean,
  timeout = 5000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!test(value)) {
    if (Date.now() > deadline)
      throw new Error(`condition never held; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * Salesforce changes a page under us: a script in the page's own world rewrites the replica
 * when it has loaded, before the content script (document_idle) looks at it.
 */
export async function openChanged(world: World, url: string, change: () => void): Promise<Page> {
  const page = await world.ext.browser.newPage();
  await page.evaluateOnNewDocument(
    `document.addEventListener('DOMContentLoaded', ${change.toString()});`,
  );
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Clicks the "could not find" card's Copy diagnostic and returns what it copied, parsed. */
export async function copiedDiagnostic(world: World, page: Page): Promise<Record<string, unknown>> {
  await world.ext.browser
    .defaultBrowserContext()
    .overridePermissions(new URL(page.url()).origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
  await page.bringToFront();
  await clickOverlayButton(page, 'Copy diagnostic');
  return JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
}

/** The toolbar badge's text on the tab showing `url`, once it passes `test`. */
export async function badgeText(
  world: World,
  url: string,
  test: (text: string) => boolean,
): Promise<string> {
  const worker = await world.ext.worker();
  return eventually(
    () =>
      worker.evaluate(async (tabUrl) => {
        const [tab] = await chrome.tabs.query({ url: tabUrl });
        return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
      }, url),
    test,
  );
}
