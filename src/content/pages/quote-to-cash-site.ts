import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * The Quote-to-Cash install website (install.steelbrick.com), where the admin picks the CPQ
 * and Billing release to install. For the org the admin is working on, marks the newest
 * release of the package that is next in that org's sequence and the link (Sandbox or
 * Production) that fits the org, and remembers the link the admin clicks so the install page
 * can say which link brought them there. Never rewrites a link, never navigates.
 * Page facts: docs/salesforce/quote-to-cash-site.md.
 */
export default definePage({
  id: 'quote-to-cash-site',
  include: (page, top) => top && PAGE_URLS.quoteToCashSite(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD
    ? []
    : [
        'install links to /packaging/installPackage.apexp?p0=04t… through login.salesforce.com (Production) or test.salesforce.com (Sandbox)',
        'the section heading above each link naming Salesforce CPQ or Salesforce Billing',
        'the release name ("Spring \'26") and version ("260.0") shown around each link',
      ],
  fills: [],
  init: lazy(() => import('./quote-to-cash-site.run')),
});
