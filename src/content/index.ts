/**
 * Content-script entry, run in every frame of every Salesforce page and of the Quote-to-Cash
 * install site (toPageUrl knows both). It only decides which pages the URL is (the pure URL
 * predicates of src/core/pages.ts, one per page id, some for the top frame only) and starts
 * their features (./features/, loaded on demand by ./boot.ts); on any other page it returns
 * having written nothing, sent nothing and observed nothing, only listening for the worker's
 * request for a page snapshot. Overlay code is loaded on demand. A page known only by a URL
 * envelope starts once its content test passes (src/core/page-probes.ts): tried now, then after
 * DOM changes for PROBE_WINDOW_MS, a window the admin's clicks open again (the App Launcher opens
 * on a click, long after the page loaded).
 */
import { PAGE_PROBES } from '../core/page-probes';
import { PAGE_URLS, type PageId, TOP_FRAME_ONLY, toPageUrl } from '../core/pages';
import { PageRunner } from './boot';

const PAGE_IDS = Object.keys(PAGE_URLS) as PageId[];
/** How long after a navigation or a click DOM changes re-run the pending content tests. */
const PROBE_WINDOW_MS = 15_000;
/** At most one round of content tests per this many ms while the DOM changes. */
const PROBE_EVERY_MS = 250;

const top = window === window.top;
let runner: PageRunner | null = null;
/** Probed pages whose test passed for this URL: they keep running until the URL changes. */
let passed = new Set<PageId>();
let passedHref = '';
/** A page of this URL still waits for its content test. */
let pending = false;
let probeUntil = 0;
let observer: MutationObserver | null = null;
let timer: ReturnType<typeof setTimeout> | 0 = 0;

function evaluate(): void {
  const href = location.href;
  if (passedHref !== href) {
    passedHref = href;
    passed = new Set();
  }
  const page = toPageUrl(href);
  const byUrl = page
    ? PAGE_IDS.filter((id) => PAGE_URLS[id](page) && (top || !TOP_FRAME_ONLY.includes(id)))
    : [];
  const matched = byUrl.filter((id) => {
    const probe = PAGE_PROBES[id];
    return !probe || passed.has(id) || (probe(document) && passed.add(id));
  });
  pending = matched.length < byUrl.length;
  if (page && matched.length > 0) {
    runner ??= new PageRunner(top);
    runner.run(page, matched);
  } else runner?.stop();
  if (!pending) stopProbing();
}

function stopProbing(): void {
  observer?.disconnect();
  observer = null;
}

/** While a content test is pending, re-runs it after DOM changes for PROBE_WINDOW_MS from now. */
function probeSoon(): void {
  if (!pending) return;
  probeUntil = Date.now() + PROBE_WINDOW_MS;
  observer ??= new MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = 0;
      if (Date.now() > probeUntil) stopProbing();
      else evaluate();
    }, PROBE_EVERY_MS);
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
  });
}

evaluate();
probeSoon();

// The admin's click may open what a content test waits for (the App Launcher's waffle).
document.addEventListener('click', (event) => event.isTrusted && probeSoon(), true);

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
  (window.navigation as EventTarget).addEventListener('navigatesuccess', () => {
    evaluate();
    probeSoon();
  });
}
