// @vitest-environment happy-dom
/**
 * waitForRead (src/content/dom/settle.ts): a page reader's first found read ends the wait at
 * once; a page part that never shows gives the not-found read once the page settles or the
 * give-up time runs out; the run ending stops the wait. Timers are faked so "settled" is a
 * state the test sets, never a duration it measures. The watcher is the content script's own.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notFound, type ReadResult } from '../../src/content/dom/read-result';
import { waitForRead } from '../../src/content/dom/settle';
import { createWatcher } from '../../src/content/dom/watch';

const GIVE_UP_MS = 4000;

/** A reader of the kind src/content/read/ holds: the list labelled "Values", by its label. */
function readValues(root: ParentNode): ReadResult<string[], { list: Element }> {
  const list = root.querySelector('ul[aria-label="Values"]');
  if (!list) return notFound('Values');
  return {
    found: true,
    data: [...list.querySelectorAll('li')].map((li) => li.textContent ?? ''),
    elements: { list },
  };
}

function addValues(...values: string[]): void {
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Values');
  for (const value of values)
    list.append(Object.assign(document.createElement('li'), { textContent: value }));
  document.body.append(list);
}

/** Something else on the page changing: the kind of DOM change that is not the page part. */
function addNoise(): void {
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'loading…' }));
}

/** The promise's outcome so far, without waiting for it. */
function track<T>(promise: Promise<T>): { settled: boolean; value?: T } {
  const state: { settled: boolean; value?: T } = { settled: false };
  void promise.then((value) => {
    state.settled = true;
    state.value = value;
  });
  return state;
}

describe('waitForRead', () => {
  let run: AbortController;
  let reads: number;
  const ctx = () => ({ signal: run.signal, watch: createWatcher(document, run.signal) });
  const reader = () => {
    reads++;
    return readValues(document);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.replaceChildren();
    run = new AbortController();
    reads = 0;
  });

  afterEach(() => {
    run.abort();
    vi.useRealTimers();
  });

  it('answers the found read at once when the page part is already there', async () => {
    addValues('ACH', 'Card');
    const result = track(waitForRead(ctx(), reader, GIVE_UP_MS));
    await vi.advanceTimersByTimeAsync(0);
    expect(result.settled).toBe(true);
    expect(result.value).toMatchObject({ found: true, data: ['ACH', 'Card'] });
  });

  it('answers the found read on the DOM change that shows it, before the page settles', async () => {
    const result = track(waitForRead(ctx(), reader, GIVE_UP_MS));
    await vi.advanceTimersByTimeAsync(0);
    expect(result.settled).toBe(false);
    addNoise();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.settled).toBe(false);
    addValues('Stripe');
    await vi.advanceTimersByTimeAsync(0);
    expect(result.settled).toBe(true);
    expect(result.value).toMatchObject({ found: true, data: ['Stripe'] });
    // No timer was needed: the quiet and give-up timers were never reached.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers the not-found read, naming what was missing, once a quiet page settles', async () => {
    const result = track(waitForRead(ctx(), reader, GIVE_UP_MS));
    await vi.advanceTimersByTimeAsync(0);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(GIVE_UP_MS);
    expect(result.settled).toBe(true);
    expect(result.value).toEqual({ found: false, missing: 'Values' });
  });

  it('answers the not-found read at the give-up time when the page never goes quiet', async () => {
    const result = track(waitForRead(ctx(), reader, GIVE_UP_MS));
    // A change every 200 ms keeps the page from ever being quiet for long enough.
    for (let elapsed = 0; elapsed < GIVE_UP_MS - 200; elapsed += 200) {
      addNoise();
      await vi.advanceTimersByTimeAsync(200);
      expect(result.settled).toBe(false);
    }
    addNoise();
    await vi.advanceTimersByTimeAsync(200);
    expect(result.settled).toBe(true);
    expect(result.value).toEqual({ found: false, missing: 'Values' });
  });

  it('stops when the run ends: null, and the page is read no more', async () => {
    const result = track(waitForRead(ctx(), reader, GIVE_UP_MS));
    addNoise();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toBeGreaterThan(1);
    run.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.settled).toBe(true);
    expect(result.value).toBeNull();
    const readsAtAbort = reads;
    addValues('ACH');
    await vi.advanceTimersByTimeAsync(GIVE_UP_MS);
    expect(reads).toBe(readsAtAbort);
  });
});
