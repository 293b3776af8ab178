/**
 * Content tests of the pages whose URL is not known, only an envelope of URLs (src/core/pages.ts):
 * each is one query of the document, run by the content entry (src/content/index.ts) before a
 * page's features load, so the many pages of an envelope that a feature does not help pay for
 * this test alone. Pure functions of a document; small, because every frame loads them.
 */
import type { PageId } from './pages';

export type PageProbe = (doc: Document) => boolean;

const HEADINGS = 'h1, h2, h3, [role="heading"]';

/** Shown, where the browser can tell (a test DOM without layout counts everything shown). */
const shown = (el: Element) => el.checkVisibility?.() ?? true;

/** The document's title, or a shown heading, contains one of `texts`. */
function headed(doc: Document, texts: readonly string[]): boolean {
  if (texts.some((text) => doc.title.includes(text))) return true;
  for (const heading of doc.querySelectorAll(HEADINGS)) {
    const text = heading.textContent ?? '';
    if (texts.some((t) => text.includes(t)) && shown(heading)) return true;
  }
  return false;
}

/** A shown dialog named App Launcher (by its label or its heading): the launcher is open. */
function launcherOpen(doc: Document): boolean {
  for (const dialog of doc.querySelectorAll('[role="dialog"]')) {
    const name =
      dialog.getAttribute('aria-label') ?? dialog.querySelector(HEADINGS)?.textContent ?? '';
    if (name.trim() === 'App Launcher' && shown(dialog)) return true;
  }
  return false;
}

/** Pages listed here load their features only once their test passes (docs/salesforce/*.md). */
export const PAGE_PROBES: Partial<Record<PageId, PageProbe>> = {
  'app-launcher': launcherOpen,
  'stripe-setup-app': (doc) => headed(doc, ['Stripe Payment Gateway Setup', 'System Connections']),
  'payment-center': (doc) => headed(doc, ['Payment Center']),
};

/**
 * Pages whose test passes only after the admin clicks (the App Launcher opens on its waffle): the
 * entry does not watch a page for them from its load, only after a click, so the Lightning pages
 * the launcher sits on pay nothing while nobody opens it.
 */
export const OPENED_BY_CLICK: readonly PageId[] = ['app-launcher'];
