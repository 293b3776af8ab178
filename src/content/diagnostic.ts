/**
 * When a page is recognized by its URL but its controls are not where the reference says,
 * the admin is told plainly, and can copy a diagnostic that carries no record data: the URL
 * path (ids of records replaced), which recognizer, and what it could not find.
 */
import { t } from '../ui/t';
import { offerSnapshot } from './boot';
import type { PageContext } from './page';

/** The "could not find" cards shown in this frame, for a page snapshot (./snapshot/). */
export const notFoundShown: { recognizer: string; what: string; missing: readonly string[] }[] = [];

export function diagnosticText(
  ctx: PageContext,
  pageId: string,
  missing: readonly string[],
): string {
  const path = ctx.page.url.pathname.replace(
    /\b[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?\b/g,
    '<id>',
  );
  return JSON.stringify(
    {
      extension: chrome.runtime.getManifest().version,
      recognizer: pageId,
      surface: ctx.page.host.surface,
      path,
      frame: ctx.top ? 'top' : 'child',
      missing,
      userAgent: navigator.userAgent.replace(/\) .*$/, ')'),
    },
    null,
    2,
  );
}

/** One entry per recognizer (the latest), gone when its run ends. */
function noteNotFound(note: (typeof notFoundShown)[number], signal: AbortSignal): void {
  const drop = (recognizer: string) => {
    const i = notFoundShown.findIndex((n) => n.recognizer === recognizer);
    if (i >= 0) notFoundShown.splice(i, 1);
  };
  drop(note.recognizer);
  notFoundShown.push(note);
  signal.addEventListener('abort', () => drop(note.recognizer), { once: true });
}

/**
 * The card for a page whose controls are not where the reference says. `what` names the thing
 * in a few words and `missing` lists what exactly, both already in the UI language.
 */
export async function showNotFound(
  ctx: PageContext,
  pageId: string,
  what: string,
  missing: readonly string[],
): Promise<void> {
  const overlay = await ctx.overlay();
  const text = diagnosticText(ctx, pageId, missing);
  noteNotFound({ recognizer: pageId, what, missing }, ctx.signal);
  overlay.show(
    'not-found',
    {
      tone: 'error',
      title: t('notFoundTitle', what),
      body: [t('notFoundBody', missing.join('; ')), t('notFoundAdvice')],
      actions: [
        {
          label: t('notFoundCopy'),
          run: () => {
            navigator.clipboard.writeText(text).catch(() => undefined);
          },
        },
        {
          label: t('snapshotMake'),
          run: () => void offerSnapshot(ctx),
        },
      ],
      announce: t('notFoundAnnounce', what),
    },
    ctx.signal,
  );
}
