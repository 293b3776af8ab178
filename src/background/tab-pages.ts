/**
 * Which recognizers are live in which frame of each tab, in chrome.storage.session (gone when
 * the browser closes, never written to disk). The popup and diagnostics read it; so do tests.
 */
import browser from 'webextension-polyfill';
import { serialized } from './store';

export interface FramePage {
  page: string;
  host: string;
  at: string;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function recordFramePage(
  tabId: number,
  frameId: number,
  page: FramePage,
): Promise<void> {
  await serialized(async () => {
    const current = ((await browser.storage.session.get(key(tabId)))[key(tabId)] ?? {}) as Record<
      string,
      FramePage
    >;
    await browser.storage.session.set({ [key(tabId)]: { ...current, [frameId]: page } });
  }).catch(() => undefined); // a convenience: never fail a message over it
}
