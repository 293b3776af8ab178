/**
 * Content-script entry, run in every frame of every Salesforce page and of the Quote-to-Cash
 * install site (toPageUrl knows both). It only decides which pages the URL is (the pure URL
 * predicates of src/core/pages.ts, one per page id, some for the top frame only) and starts
 * their features (./features/, loaded on demand by ./boot.ts); on any other page it returns
 * having written nothing, sent nothing and observed nothing, only listening for the worker's
 * request for a page snapshot. Overlay code is loaded on demand.
 */
import { PAGE_URLS, type PageId, TOP_FRAME_ONLY, toPageUrl } from '../core/pages';
import { PageRunner } from './boot';

const PAGE_IDS = Object.keys(PAGE_URLS) as PageId[];

const top = window === window.top;
let runner: PageRunner | null = null;

function evaluate(): void {
  const page = toPageUrl(location.href);
  const matched = page
    ? PAGE_IDS.filter((id) => PAGE_URLS[id](page) && (top || !TOP_FRAME_ONLY.includes(id)))
    : [];
  if (page && matched.length > 0) {
    runner ??= new PageRunner(top);
    runner.run(page, matched);
  } else runner?.stop();
}

evaluate();

// The worker asks every frame of a tab for a page snapshot; the code that takes it loads then.
chrome.runtime.onMessage.addListener((message: { type?: unknown; request?: unknown }, sender) => {
  if (message?.type === 'snapshot:take' && sender.id === chrome.runtime.id && !sender.tab)
    void import('./snapshot/snapshot-answer').then((m) =>
      m.answerSnapshot(String(message.request), runner),
    );
});

// Lightning is a single-page app: its top frame changes URL without loading a new document.
const host = toPageUrl(location.href)?.host;
if (top && (host?.surface === 'lightning' || host?.surface === 'setup') && 'navigation' in window) {
  (window.navigation as EventTarget).addEventListener('navigatesuccess', evaluate);
}
