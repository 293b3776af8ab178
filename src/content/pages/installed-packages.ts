import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * Setup → Installed Packages (the Classic list, alone or in Lightning Setup's frame): the
 * proof that an install worked. Reports every installed package to the worker, marks ours,
 * and points at Configure on Salesforce CPQ when its settings are next.
 * Page facts: docs/salesforce/installed-packages.md.
 */
export default definePage({
  id: 'installed-packages',
  include: (page) => PAGE_URLS.installedPackages(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD
    ? []
    : [
        'the Installed Packages table: Package Name, Publisher, Version Number, Namespace Prefix, Install Date (by header text)',
        'the Configure link on Salesforce CPQ',
      ],
  fills: [],
  init: lazy(() => import('./installed-packages.run')),
});
