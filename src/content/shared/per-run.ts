/**
 * One setup per page run, shared by the features of a page that has several: the first feature
 * to join starts it; once it resolves, each feature's start is called in the page's concern order
 * (the order their cards appear in), then `ready` (a first look and one watch for all). The boot
 * code (src/content/boot.ts) loads all of a page's features before starting any, so all have
 * joined by then; one that joins later starts at once. None starts when the setup resolves null
 * or the run has ended.
 */
import type { PageContext } from '../page';

export type Join<C extends string, T> = (
  ctx: PageContext,
  concern: C,
  start: (value: T) => void,
) => void;

export function perRun<C extends string, T>(
  concerns: readonly C[],
  setup: (ctx: PageContext) => Promise<T | null>,
  ready: (value: T) => void,
): Join<C, T> {
  const runs = new WeakMap<AbortSignal, { starts: [C, (value: T) => void][]; value?: T | null }>();
  return (ctx, concern, start) => {
    let run = runs.get(ctx.signal);
    if (!run) {
      const created: { starts: [C, (value: T) => void][]; value?: T | null } = { starts: [] };
      runs.set(ctx.signal, created);
      void setup(ctx).then(
        (value) => {
          created.value = value;
          if (value === null || ctx.signal.aborted) return;
          const starts = created.starts.sort(
            ([a], [b]) => concerns.indexOf(a) - concerns.indexOf(b),
          );
          created.starts = [];
          for (const [concern, begin] of starts) guarded(concern, () => begin(value));
          guarded('watch', () => ready(value));
        },
        (error) => console.warn('[install guide] a page run did not start', error),
      );
      run = created;
    }
    const value = run.value;
    if (value === undefined) run.starts.push([concern, start]);
    else if (value !== null && !ctx.signal.aborted) guarded(concern, () => start(value));
  };
}

/** One feature's failure never stops the others from starting, nor breaks the admin's page. */
function guarded(what: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    console.warn(`[install guide] ${what} failed`, error);
  }
}
