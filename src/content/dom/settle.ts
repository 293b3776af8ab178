/**
 * Waiting for a page the way it settles, not for a fixed time: Aura and Lightning pages render
 * after `load`, show a spinner first and may re-render. `read` runs now and after every DOM
 * change; its first non-null answer ends the wait. Once the page has been quiet for a moment
 * with nothing loading, or at the feature's give-up time, `read` is asked once more with
 * `settled` true, so it can decide what to say about a page that never showed what it wanted.
 */
import type { PageContext } from '../page';
import type { ReadResult } from './read-result';

export interface SettleOptions {
  /** The feature's give-up time: the longest the admin waits for the guide to say something. */
  giveUpMs: number;
  /** How long without a DOM change counts as settled. */
  quietMs?: number;
  /** The page says it is still loading (a spinner): not settled yet, however quiet. */
  loading?: () => boolean;
}

const QUIET_MS = 600;

export function waitForPage<T>(
  ctx: Pick<PageContext, 'signal' | 'watch'>,
  read: (settled: boolean) => T | null,
  options: SettleOptions,
): Promise<T | null> {
  const now = read(false);
  if (now !== null) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = new AbortController();
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | null) => {
      if (done.signal.aborted) return;
      done.abort();
      clearTimeout(quiet);
      clearTimeout(giveUp);
      resolve(value);
    };
    const settle = () => finish(read(true));
    const armQuiet = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        if (options.loading?.()) armQuiet();
        else settle();
      }, options.quietMs ?? QUIET_MS);
    };
    const giveUp = setTimeout(settle, options.giveUpMs);
    ctx.signal.addEventListener('abort', () => finish(null), { once: true });
    ctx.watch(() => {
      const value = read(false);
      if (value !== null) finish(value);
      else armQuiet();
    }, done.signal);
    armQuiet();
  });
}

/**
 * `waitForPage` for a page reader (src/content/read/): the first read that finds its page part,
 * else the read taken once the page has settled or the give-up time ran out, which says what
 * was missing. Null only when the run ended first (the frame navigated away).
 */
export function waitForRead<R extends ReadResult<unknown, unknown>>(
  ctx: Pick<PageContext, 'signal' | 'watch'>,
  read: () => R,
  giveUpMs: number,
): Promise<R | null> {
  return waitForPage(
    ctx,
    (settled) => {
      const now = read();
      return now.found || settled ? now : null;
    },
    { giveUpMs },
  );
}
