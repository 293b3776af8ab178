/**
 * When a page is recognized by its URL but its controls are not where the reference says,
 * the admin is told plainly, and can copy a diagnostic that carries no record data: the URL
 * path (ids of records replaced), which recognizer, and what it could not find.
 */
import { t } from '../ui/t';
import type { PageContext } from './page';

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
      ],
      announce: t('notFoundAnnounce', what),
    },
    ctx.signal,
  );
}
