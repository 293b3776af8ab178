/**
 * One MutationObserver per document, shared by every recognizer in the frame. Callbacks run
 * right after a batch of mutations (so a late-rendered control is handled within the same
 * frame); when the page mutates furiously (Lightning re-renders) they back off to one call
 * per quarter second until it calms down, as Bitwarden's inline menu backs off. Each call is
 * told what changed since the last one, so a recognizer can look only where the page changed
 * instead of searching the whole document per batch.
 */
import type { DomChanges } from './changes';

const BURST_LIMIT = 8; // batches per second answered at once
const BACKOFF_MS = 250; // then one call per this long
/** Records kept for one delayed call; past this the call is told "anything may have changed". */
const MAX_PENDING = 5_000;

export type WatchCallback = (changes: DomChanges) => void;

export function createWatcher(root: Node, signal: AbortSignal) {
  const callbacks = new Set<WatchCallback>();
  let observer: MutationObserver | null = null;
  let windowStart = 0;
  let batches = 0;
  let delayed = false;
  let pending: MutationRecord[] = [];
  let overflow = false;

  const run = (changes: DomChanges) => {
    for (const callback of callbacks) {
      try {
        callback(changes);
      } catch (error) {
        console.warn('[install guide] page watcher failed', error);
      }
    }
  };

  const flush = () => {
    const changes: DomChanges = { all: overflow, records: pending };
    pending = [];
    overflow = false;
    run(changes);
  };

  const onMutations = (records: MutationRecord[]) => {
    if (overflow || pending.length + records.length > MAX_PENDING) {
      overflow = true;
      pending = [];
    } else pending.push(...records);
    const now = performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      batches = 0;
    }
    if (++batches <= BURST_LIMIT) {
      flush();
      return;
    }
    if (delayed) return;
    delayed = true;
    setTimeout(() => {
      delayed = false;
      if (!signal.aborted && (overflow || pending.length > 0)) flush();
    }, BACKOFF_MS);
  };

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    callbacks.clear();
    pending = [];
  });

  return (callback: WatchCallback, callbackSignal: AbortSignal = signal) => {
    if (signal.aborted || callbackSignal.aborted) return;
    callbacks.add(callback);
    callbackSignal.addEventListener('abort', () => {
      callbacks.delete(callback);
      if (callbacks.size === 0) {
        observer?.disconnect();
        observer = null;
        pending = [];
      }
    });
    if (!observer) {
      observer = new MutationObserver(onMutations);
      // Nodes added and removed only. Attribute storms (style, class) are what freeze pages, and
      // text edited in place is how Lightning re-renders: a record per edit, thousands a second.
      // The pages we read (Classic, Visualforce) replace nodes when they change.
      observer.observe(root, { childList: true, subtree: true });
    }
  };
}
