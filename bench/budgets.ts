/**
 * Size budgets, gzip KB, as data: checked on every build by tests/e2e/size.test.ts (reading
 * dist/ with ./size.ts); `npm run bench`'s table judges the largest page on PAGE_BUDGET_KB.
 */
import type { PageId } from '../src/core/pages';

/**
 * The content script every frame of every Salesforce page loads (loader + entry). 4 KB until
 * the content tests of pages known only by a URL envelope (src/core/page-probes.ts, and the
 * entry's bounded re-checks) moved in: ~0.6 KB, so that those pages' features load only where
 * they help.
 */
export const CONTENT_BUDGET_KB = 4.6;

/** All a recognized page loads (entry, overlay, its chunks), in English: issue #7's budget. */
export const PAGE_BUDGET_KB = 15;

/**
 * Pages that weigh more than issue #7's budget today, held at about what they weigh so they do
 * not grow unnoticed (README, "Performance", says which and why). Not a goal: lower them.
 */
export const PAGES_OVER_BUDGET_KB: Partial<Record<PageId, number>> = {
  'install-page': 22,
  'quote-to-cash-site': 17.5,
  // The plan's second phase (src/core/plan.ts, shared by every page) took these two over.
  'cpq-settings': 16,
  'installed-packages': 16,
  // The permission set feature and its reader joined the licence check (15.5 KB; 13.9 before).
  'user-detail': 16,
  'stripe-setup-app': 15.5,
};

/** A label table of a Setup language other than English (loaded only on such a page). */
export const LABEL_TABLE_BUDGET_KB = 2;
