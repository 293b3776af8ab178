/**
 * Which recognizers are live in which frame of each tab, in chrome.storage.session (gone when
 * the browser closes, never written to disk). The worker forgets a tab's frames when it closes;
 * tests read it to see which recognizers ran.
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

/** A closed tab's frames are forgotten, so the session keeps only tabs that exist. */
export async function forgetTab(tabId: number): Promise<void> {
  await serialized(() => browser.storage.session.remove(key(tabId))).catch(() => undefined);
}
