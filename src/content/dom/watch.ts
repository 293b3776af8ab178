/**
 * One MutationObserver per document, shared by every recognizer in the frame. Callbacks run
 * right after a batch of mutations (so a late-rendered control is handled within the same
 * frame); when the page mutates furiously (Lightning re-renders) they back off to one call
 * per quarter second until it calms down, as Bitwarden's inline menu backs off.
 */
const BURST_LIMIT = 8; // batches per second answered at once
const BACKOFF_MS = 250; // then one call per this long

export function createWatcher(root: Node, signal: AbortSignal) {
  const callbacks = new Set<() => void>();
  let observer: MutationObserver | null = null;
  let windowStart = 0;
  let batches = 0;
  let delayed = false;

  const run = () => {
    for (const callback of callbacks) {
      try {
        callback();
      } catch (error) {
        console.warn('[install guide] page watcher failed', error);
      }
    }
  };

  const onMutations = () => {
    const now = performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      batches = 0;
    }
    if (++batches <= BURST_LIMIT) {
      run();
      return;
    }
    if (delayed) return;
    delayed = true;
    setTimeout(() => {
      delayed = false;
      if (!signal.aborted) run();
    }, BACKOFF_MS);
  };

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    callbacks.clear();
  });

  return (callback: () => void, callbackSignal: AbortSignal = signal) => {
    if (signal.aborted || callbackSignal.aborted) return;
    callbacks.add(callback);
    callbackSignal.addEventListener('abort', () => {
      callbacks.delete(callback);
      if (callbacks.size === 0) {
        observer?.disconnect();
        observer = null;
      }
    });
    if (!observer) {
      observer = new MutationObserver(onMutations);
      // childList + characterData only: attribute storms (style, class) are what freeze pages.
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
  };
}
