/**
 * Content-script entry (the first stage), run in every frame of every Salesforce page and of the
 * Quote-to-Cash install site (toPageUrl knows both). It only decides which pages the URL is (the
 * pure URL predicates of src/core/pages.ts, one per page id, some for the top frame only) and,
 * on a page of the sequence, loads the second stage (./main.ts), which starts their features; on
 * any other page it returns having loaded nothing more, written nothing, sent nothing and
 * observed nothing, only listening for the worker's request for a page snapshot.
 *
 * It is built as a classic script, not a module: it imports nothing at run time but the second
 * stage, by URL (vite.config.ts keeps its modules out of every other chunk), so a frame it does
 * not help pays no module loader (README, "First load").
 *
 * A page known only by a URL envelope starts once its content test passes
 * (src/core/page-probes.ts): tried now, then after DOM changes for PROBE_WINDOW_MS, a window the
 * admin's clicks open again; a test of something only a click opens (the App Launcher) waits for
 * the first click instead of watching the page from its load.
 */
import { OPENED_BY_CLICK, PAGE_PROBES } from '../core/page-probes';
import { PAGE_URLS, type PageId, type PageUrl, TOP_FRAME_ONLY, toPageUrl } from '../core/pages';
// The second stage's file, as built (crxjs: a module script, web-accessible to Salesforce pages).
import mainScript from './main?script&module';

type Main = typeof import('./main');

const PAGE_IDS = Object.keys(PAGE_URLS) as PageId[];
/** How long after a navigation or a click DOM changes re-run the pending content tests. */
const PROBE_WINDOW_MS = 15_000;
/** At most one round of content tests per this many ms while the DOM changes. */
const PROBE_EVERY_MS = 250;

const top = window === window.top;
/** The second stage, once a page of the sequence (or a snapshot request) has asked for it. */
let main: Promise<Main | null> | null = null;
/** Whether features were started in this frame (a later URL that matches nothing stops them). */
let started = false;

function loadMain(): Promise<Main | null> {
  // Async, so that a synchronous throw (getURL once the extension was reloaded under this page)
  // becomes a rejection caught below, never an error in the admin's page.
  main ??= (async () =>
    (await import(/* @vite-ignore */ chrome.runtime.getURL(mainScript))) as Main)().catch(
    (error: unknown) => {
      console.warn('[install guide] could not load', error);
      return null;
    },
  );
  return main;
}

/** Runs in order: one promise, callbacks in the order asked. */
function withMain(act: (m: Main) => void): void {
  void loadMain()
    .then((m) => m && act(m))
    .catch((error: unknown) => console.warn('[install guide] page runner failed', error));
}

/** This frame's URL as last read (parsed once per evaluation, not again by its callers). */
let current = null as PageUrl | null;
/** Probed pages whose test passed for this URL: they keep running until the URL changes. */
let passed = new Set<PageId>();
let passedHref = '';
/** A page of this URL still waits for its content test. */
let pending = false;
let probeUntil = 0;
let observer: MutationObserver | null = null;
let timer: ReturnType<typeof setTimeout> | 0 = 0;

function evaluate(): PageId[] {
  const href = location.href;
  if (passedHref !== href) {
    passedHref = href;
    passed = new Set();
  }
  const page = toPageUrl(href);
  current = page;
  const byUrl = page
    ? PAGE_IDS.filter((id) => PAGE_URLS[id](page) && (top || !TOP_FRAME_ONLY.includes(id)))
    : [];
  const matched = byUrl.filter((id) => {
    const probe = PAGE_PROBES[id];
    return !probe || passed.has(id) || (probe(document) && passed.add(id));
  });
  pending = matched.length < byUrl.length;
  if (page && matched.length > 0) {
    started = true;
    const at: PageUrl = page;
    withMain((m) => m.run(at, matched));
  } else if (started) withMain((m) => m.stop());
  if (!pending) stopProbing();
  return byUrl.filter((id) => !matched.includes(id));
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

/** Watches the page for a pending test of something it can show unasked (not the launcher). */
const probeUnasked = (waiting: PageId[]) => {
  if (waiting.some((id) => !OPENED_BY_CLICK.includes(id))) probeSoon();
};

probeUnasked(evaluate());

// The admin's click may open what a content test waits for (the App Launcher's waffle).
document.addEventListener('click', (event) => event.isTrusted && probeSoon(), true);

// The worker asks every frame of a tab for a page snapshot; the code that takes it loads then.
chrome.runtime.onMessage.addListener((message: { type?: unknown; request?: unknown }, sender) => {
  if (message?.type === 'snapshot:take' && sender.id === chrome.runtime.id && !sender.tab)
    withMain((m) => void m.answerSnapshot(String(message.request)));
});

// Lightning is a single-page app: its top frame changes URL without loading a new document.
const host = current?.host;
if (top && (host?.surface === 'lightning' || host?.surface === 'setup') && 'navigation' in window) {
  (window.navigation as EventTarget).addEventListener('navigatesuccess', () => {
    probeUnasked(evaluate());
  });
}
