import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * A user's detail page: the Permission Set License Assignments related list tells whether
 * this user holds the Salesforce CPQ License the installer needs.
 * Page facts: docs/salesforce/user-detail.md.
 */
export default definePage({
  id: 'user-detail',
  include: (page) => PAGE_URLS.userDetail(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD
    ? []
    : [
        "the user's name (Name field or page heading)",
        'the Permission Set License Assignments related list (licence names)',
        'the Edit Assignments button',
      ],
  fills: [],
  init: lazy(() => import('./user-detail.run')),
});
