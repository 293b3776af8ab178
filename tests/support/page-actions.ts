/**
 * What an admin does on a page, for e2e tests and the demo walk: find a frame, wait for one of
 * the guide's cards, click a control by its visible text (a trusted click, like a person's).
 * No vitest here: the demo script uses it too.
 */
import type { Frame, Page } from 'puppeteer';

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

export async function card(where: Page | Frame, id: string, text = '') {
  await where.waitForFunction(
    (cardId, wanted) => {
      const el = document
        .querySelector('sf-install-guide')
        ?.shadowRoot?.querySelector(`[data-card="${cardId}"]`);
      return el && (el.textContent ?? '').includes(wanted);
    },
    { timeout: 15_000 },
    id,
    text,
  );
}

export async function clickText(where: Page, selector: string, text: string) {
  const handle = await where.waitForFunction(
    (sel, label) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find(
        (el) =>
          ((el as HTMLInputElement).value || el.textContent || '').replace(/\s+/g, ' ').trim() ===
            label && el.getClientRects().length > 0,
      ) ?? false,
    { timeout: 15_000 },
    selector,
    text,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}
