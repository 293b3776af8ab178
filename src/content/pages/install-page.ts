import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * The package installer, Classic entry or Aura app (docs/salesforce/install-page.md), on the
 * generic login hosts and the org's own hosts: knows the package (or asks), selects the right
 * audience, ticks the third-party access box, points at Install / Continue (never clicks them),
 * and warns about order, upgrade and org kind.
 */
export default definePage({
  id: 'install-page',
  include: (page) => PAGE_URLS.installPage(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD
    ? []
    : [
        'the heading (Install X, the upgrade header), App Name / Package Name, Publisher, Version Number',
        'the security options by their own text: Install for Admins Only / All Users / Specific Profiles',
        'an installation-key prompt; the non-Salesforce application acknowledgement (never ticked)',
        'the Install or Upgrade button',
        'the Approve Third-Party Access dialog: its checkbox, site list and Continue',
        'the completion, long-install or failure message',
      ],
  fills: import.meta.env.PROD
    ? []
    : [
        'the security option (its radio, or its own text where the radio is hidden)',
        'the grant-access checkbox',
      ],
  init: lazy(() => import('./install-page.run')),
});
