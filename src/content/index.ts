/**
 * Content-script entry, run in every frame of every Salesforce page and of the Quote-to-Cash
 * install site (toPageUrl knows both). It only decides whether one of our recognizers applies
 * (pure URL predicates); on any other page it returns having written nothing, sent nothing and
 * observed nothing. Overlay code is loaded on demand.
 */
import { toPageUrl } from '../core/pages';
import { PageRunner } from './boot';
import { PAGES } from './pages';

const top = window === window.top;
let runner: PageRunner | null = null;

function evaluate(): void {
  const page = toPageUrl(location.href);
  const matched = page ? PAGES.filter((definition) => definition.include(page, top)) : [];
  if (page && matched.length > 0) {
    runner ??= new PageRunner(top);
    runner.run(page, matched);
  } else runner?.stop();
}

evaluate();

// Lightning is a single-page app: its top frame changes URL without loading a new document.
const host = toPageUrl(location.href)?.host;
if (top && (host?.surface === 'lightning' || host?.surface === 'setup') && 'navigation' in window) {
  (window.navigation as EventTarget).addEventListener('navigatesuccess', evaluate);
}
