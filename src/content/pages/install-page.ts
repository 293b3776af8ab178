import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * The package install page (/packaging/installPackage.apexp) on the generic login hosts and
 * the org's own hosts: selects the right audience, ticks the third-party access box, points
 * at Install / Continue (never clicks them), and warns about order, upgrade and org kind.
 */
export default definePage({
  id: 'install-page',
  include: (page) => PAGE_URLS.installPage(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD
    ? []
    : [
        'Package Name, Publisher, Version Number (by label)',
        'the security options by label: Install for Admins Only / All Users / Specific Profiles',
        'the Install or Upgrade button',
        'the Approve Third-Party Access dialog: its checkbox, site list and Continue',
        'the completion, long-install or failure message',
      ],
  fills: import.meta.env.PROD ? [] : ['the security option radio', 'the grant-access checkbox'],
  init: lazy(() => import('./install-page.run')),
});
