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
/** Probed pages whose test passed, for this URL: they keep running until the URL changes. */
let passed = { href: '', ids: new Set<PageId>() };
let probing: { observer: MutationObserver; until: number } | null = null;
let probeTimer: ReturnType<typeof setTimeout> | undefined;

function evaluate(openWindow = true): void {
  const page = toPageUrl(location.href);
  if (passed.href !== location.href) passed = { href: location.href, ids: new Set() };
  const byUrl = page
    ? PAGE_IDS.filter((id) => PAGE_URLS[id](page) && (top || !TOP_FRAME_ONLY.includes(id)))
    : [];
  const waiting = byUrl.filter((id) => PAGE_PROBES[id] && !passed.ids.has(id));
  for (const id of waiting) if (PAGE_PROBES[id]?.(document)) passed.ids.add(id);
  const matched = byUrl.filter((id) => !PAGE_PROBES[id] || passed.ids.has(id));
  if (page && matched.length > 0) {
    runner ??= new PageRunner(top);
    runner.run(page, matched);
  } else runner?.stop();
  const pending = byUrl.some((id) => PAGE_PROBES[id] && !passed.ids.has(id));
  if (pending && openWindow) probeFor(PROBE_WINDOW_MS);
  else if (!pending) stopProbing();
}

function stopProbing(): void {
  probing?.observer.disconnect();
  probing = null;
}

/** Re-runs the pending content tests after DOM changes, until `ms` from now. */
function probeFor(ms: number): void {
  const until = Date.now() + ms;
  if (probing) {
    probing.until = Math.max(probing.until, until);
    return;
  }
  const observer = new MutationObserver(() => {
    if (probeTimer !== undefined) return;
    probeTimer = setTimeout(() => {
      probeTimer = undefined;
      if (!probing || Date.now() > probing.until) stopProbing();
      else evaluate(false);
    }, PROBE_EVERY_MS);
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
  });
  probing = { observer, until };
}

evaluate();

// The admin's click may open what a content test waits for (the App Launcher's waffle).
document.addEventListener(
  'click',
  (event) => {
    if (!event.isTrusted) return;
    const page = toPageUrl(location.href);
    if (
      page &&
      PAGE_IDS.some((id) => PAGE_PROBES[id] && !passed.ids.has(id) && PAGE_URLS[id](page))
    )
      probeFor(PROBE_WINDOW_MS);
  },
  { capture: true, passive: true },
);

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
  (window.navigation as EventTarget).addEventListener('navigatesuccess', () => evaluate());
}
