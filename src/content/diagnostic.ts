/**
 * When a page is recognized by its URL but its controls are not where the reference says,
 * the admin is told plainly, and can copy a diagnostic that carries no record data: the URL
 * path (ids of records replaced), which recognizer, and what it could not find.
 */
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
      title: `Could not find ${what}`,
      body: [
        `The guide recognized this page but could not find: ${missing.join('; ')}.`,
        'Salesforce may have changed the page. The guide changed nothing here; follow the install steps by hand.',
      ],
      actions: [
        {
          label: 'Copy diagnostic',
          run: () => {
            navigator.clipboard.writeText(text).catch(() => undefined);
          },
        },
      ],
      announce: `Install guide: could not find ${what}.`,
    },
    ctx.signal,
  );
}
