/**
 * Size budgets, gzip KB, as data: checked on every build by tests/e2e/size.test.ts (reading
 * dist/ with ./size.ts); `npm run bench`'s table judges the largest page on PAGE_BUDGET_KB.
 */
import type { PageId } from '../src/core/pages';

/**
 * The content script every frame of every Salesforce page loads (loader + entry). 4 KB until
 * the content tests of pages known only by a URL envelope (src/core/page-probes.ts, and the
 * entry's bounded re-checks) moved in: ~0.6 KB, so that those pages' features load only where
 * they help; the configuration phase's thirteen more page predicates and feature entries took it
 * to 5.0 KB.
 */
export const CONTENT_BUDGET_KB = 5.1;

/** All a recognized page loads (entry, overlay, its chunks), in English: issue #7's budget. */
export const PAGE_BUDGET_KB = 15;

/**
 * Pages that weigh more than issue #7's budget today, held at about what they weigh so they do
 * not grow unnoticed (README, "Performance", says which and why). Not a goal: lower them.
 */
export const PAGES_OVER_BUDGET_KB: Partial<Record<PageId, number>> = {
  // Measured on the build that merged the configuration phase (README, "Performance"): the plan's
  // second phase, the per-org answers and the configuration pages' shared code took most pages
  // over issue #7's 15 KB. Held here so nothing grows unnoticed; lowering them is open work.
  'install-page': 24.5,
  'billing-settings': 20,
  'quote-to-cash-site': 18.5,
  // +0.1: waitForRead, added beside waitForPage in src/content/dom/settle.ts, which it loads.
  'cpq-settings': 18.1,
  'page-layout-assignment': 17.5,
  'installed-packages': 17,
  'picklist-value-set': 17,
  'user-detail': 17,
  'page-layouts-tab': 16.5,
  'edit-permission-set-assignments': 16,
  'picklist-value-new': 16,
  'record-page': 16,
  'stripe-setup-app': 16,
};

/** A label table of a Setup language other than English (loaded only on such a page). */
export const LABEL_TABLE_BUDGET_KB = 2;
