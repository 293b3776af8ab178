import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * The OAuth approval window that "Authorize new calculation service" opens. The guide points
 * at Allow and explains it; the admin clicks it (never the extension).
 * Page facts: docs/salesforce/remote-access-authorization.md.
 */
export default definePage({
  id: 'remote-access-authorization',
  include: (page) => PAGE_URLS.remoteAccessAuthorization(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD ? [] : ['the Allow button (by label, or #oaapprove)'],
  fills: [],
  init: lazy(() => import('./remote-access-authorization.run')),
});
