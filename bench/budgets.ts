/**
 * Size budgets, gzip KB, as data: checked on every build by tests/e2e/size.test.ts (reading
 * dist/ with ./size.ts); `npm run bench`'s table judges the largest page on PAGE_BUDGET_KB.
 */
import type { PageId } from '../src/core/pages';

/**
 * The content script every frame of every Salesforce page loads: the first stage, a classic
 * script (src/content/index.ts: the URL predicates and the content tests of pages known only by a
 * URL envelope). It was the module loader and an entry of 5.0 KB holding the page runner too;
 * the runner moved into the second stage, loaded only on a recognized page (issue #19).
 */
export const CONTENT_BUDGET_KB = 3.1;

/** All a recognized page loads (entry, overlay, its chunks), in English: issue #7's budget. */
export const PAGE_BUDGET_KB = 15;

/**
 * Pages that weigh more than issue #7's budget today, held at about what they weigh so they do
 * not grow unnoticed (README, "Performance", says which and why). Not a goal: lower them.
 */
export const PAGES_OVER_BUDGET_KB: Partial<Record<PageId, number>> = {
  // Measured on the build that merged the configuration phase (README, "Performance"): the plan's
  // second phase, the per-org answers and the configuration pages' shared code took most pages
  // over issue #7's 15 KB. Then +1.0–1.3 KB each when the content script split into a classic
  // first stage and a second stage (both load on a recognized page, in two files; the page
  // predicates are no longer shared with the features): the price of a frame the guide does not
  // help loading 3 KB and no module at all. Then +0.3 KB each for the card texts written as
  // message keys (src/content/t.ts) instead of looked up in the page (README, "First load").
  // Held here so nothing grows unnoticed.
  'install-page': 26,
  'billing-settings': 21.5,
  'quote-to-cash-site': 20,
  'cpq-settings': 19.5,
  'page-layout-assignment': 19,
  'installed-packages': 18.5,
  'picklist-value-set': 19,
  'user-detail': 18.5,
  'page-layouts-tab': 18,
  'edit-permission-set-assignments': 17.5,
  'picklist-value-new': 17.5,
  'record-page': 17.5,
  'stripe-setup-app': 17.5,
  'permission-set-manage-assignments': 16.5,
  'payment-center': 15.5,
  'remote-access-authorization': 15.5,
};

/** A label table of a Setup language other than English (loaded only on such a page). */
export const LABEL_TABLE_BUDGET_KB = 2;
