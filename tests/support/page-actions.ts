/**
 * What an admin does on a page, for e2e tests and the demo walk: find a frame, wait for one of
 * the guide's cards, click a control by its visible text (a trusted click, like a person's).
 * No vitest here: the demo script uses it too.
 */
import type { ElementHandle, Frame, JSHandle, Page } from 'puppeteer';

/** Waits for a frame of the page whose URL passes `test`. */
export async function frameMatching(
  page: Page,
  test: (url: string) => boolean,
  timeout = 15_000,
): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => test(f.url()));
    if (frame) return frame;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('frame never appeared');
}

export const frameOf = (page: Page, part: string) =>
  frameMatching(page, (url) => url.includes(part));

const PANEL_PATH = '/src/overlay/index.html';

/** The frame holding the guide's panel (an extension page) that the content script put in `where`. */
export async function panelFrame(where: Page | Frame): Promise<Frame | null> {
  const parent = 'mainFrame' in where ? where.mainFrame() : where;
  const children = parent.childFrames();
  const named = children.find((f) => f.url().includes(PANEL_PATH));
  if (named) return named;
  // Firefox over WebDriver BiDi names an extension frame by its first URL, about:blank: ask it.
  for (const frame of children.filter((f) => f.url() === 'about:blank')) {
    const path = await frame.evaluate(() => location.pathname).catch(() => '');
    if (path === PANEL_PATH) return frame;
  }
  return null;
}

/**
 * The panel's <iframe> element in `where`, reached from the extension's own frame: the overlay's
 * host has a random tag and a closed shadow root (src/content/overlay/host.ts), so nothing in the
 * page, a test's `evaluate` included, can select it.
 */
export async function panelElement(
  where: Page | Frame,
): Promise<ElementHandle<HTMLIFrameElement> | null> {
  const frame = await panelFrame(where);
  const element = await frame?.frameElement().catch(() => null);
  return (element as ElementHandle<HTMLIFrameElement> | null | undefined) ?? null;
}

/** The overlay's (closed) shadow root in `where`, from the panel's frame element; null without a panel. */
export async function overlayRoot(where: Page | Frame): Promise<JSHandle<ShadowRoot> | null> {
  const element = await panelElement(where);
  return element ? element.evaluateHandle((el) => el.getRootNode() as ShadowRoot) : null;
}

/**
 * Runs `read` in the panel's frame until it returns something other than null (the panel
 * loads after the content script mounts it, and reloads when the page re-attaches it).
 */
export async function inPanel<T, A extends unknown[]>(
  where: Page | Frame,
  read: (...args: A) => T | null,
  args: A,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = await panelFrame(where);
    if (frame) {
      try {
        const value = (await frame.evaluate(
          read as (...a: unknown[]) => T | null,
          ...args,
        )) as T | null;
        if (value !== null) return value;
      } catch {
        // The frame is loading or was replaced: look again.
      }
    }
    if (Date.now() > deadline) throw new Error('the panel never showed what was awaited');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function card(where: Page | Frame, id: string, text = '') {
  await inPanel(
    where,
    (cardId: string, wanted: string) => {
      const el = document.querySelector(`[data-card="${cardId}"]`);
      return el && (el.textContent ?? '').includes(wanted) ? true : null;
    },
    [id, text],
    15_000,
  );
}

export async function clickText(where: Page, selector: string, text: string) {
  // As a person would: once the element is there, enabled, and nothing (our panel moving aside,
  // a modal's backdrop) lies over its middle, where the click lands.
  const handle = await where.waitForFunction(
    (sel, label) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find((el) => {
        const name = ((el as HTMLInputElement).value || el.textContent || '').replace(/\s+/g, ' ');
        if (name.trim() !== label || el.getClientRects().length === 0) return false;
        if ((el as HTMLButtonElement).disabled) return false;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top !== null && (el === top || el.contains(top));
      }) ?? false,
    { timeout: 15_000 },
    selector,
    text,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}

/** The checked radio's label text as the page shows it (the install page's security option). */
export const checkedOption = (where: Page | Frame) =>
  where.evaluate(() => {
    const radio = document.querySelector<HTMLInputElement>('input[type=radio]:checked');
    return (radio?.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Opens Lightning's App Launcher with the waffle and types `search` into its search box. */
export async function searchAppLauncher(page: Page, search: string): Promise<void> {
  await page.click('button[title="App Launcher"]');
  await page.waitForSelector('one-app-launcher-search-bar input', { visible: true });
  await page.type('one-app-launcher-search-bar input', search);
}

/**
 * Whether one of the overlay's highlight rings surrounds the element matching `selector` whose
 * text (or, for an input button, value) is `text`.
 */
export async function ringAround(page: Page | Frame, selector: string, text: string) {
  return page.evaluate(
    (sel, label, root: ShadowRoot | null) => {
      const target = [...document.querySelectorAll<HTMLElement>(sel)].find(
        (el) =>
          ((el instanceof HTMLInputElement ? el.value : el.textContent) ?? '')
            .replace(/\s+/g, ' ')
            .trim() === label,
      );
      const rings = root?.querySelectorAll<HTMLElement>('.ring');
      if (!target || !rings) return false;
      const t = target.getBoundingClientRect();
      return [...rings].some((ring) => {
        const r = ring.getBoundingClientRect();
        return r.left <= t.left && r.top <= t.top && r.right >= t.right && r.bottom >= t.bottom;
      });
    },
    selector,
    text,
    await overlayRoot(page),
  );
}
