import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * The Lightning Setup shell (top frame). The Classic page it wraps has its own recognizer in
 * its own frame; here the guide shows the on-page launcher: a small checklist of this org's
 * sequence with the next step's link, while the sequence is started and not finished.
 * Page facts: docs/salesforce/setup-shell.md.
 */
export default definePage({
  id: 'setup-shell',
  include: (page, top) => top && PAGE_URLS.setupShell(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD ? [] : ['the URL'],
  fills: [],
  init: lazy(() => import('./setup-shell.run')),
});
