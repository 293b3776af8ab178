/**
 * The OAuth approval window that "Authorize new calculation service" opens. The guide points
 * at Allow (found by label, or #oaapprove) and explains it; the admin clicks it (never the
 * extension). Page facts: docs/salesforce/remote-access-authorization.md.
 */

import { showNotFound } from '../diagnostic';
import { findButtons, foldSpaces } from '../dom/find';
import { labels } from '../labels';
import type { PageContext } from '../page';
import { t } from '../t';

export async function init(ctx: PageContext): Promise<void> {
  const names = labels(document).remoteAccess.allow;
  // #oaapprove first: Salesforce's own id, the same in every language.
  const allow =
    document.querySelector<HTMLElement>('#oaapprove') ?? findButtons(document, names)[0];
  const overlay = await ctx.overlay();
  const label = names[0] ?? 'Allow';
  if (!allow) {
    await showNotFound(ctx, t('whatAllowButton', label), [t('missingButtonNamed', label)], names);
    return;
  }
  // The button's own text, as the admin sees it.
  const name =
    foldSpaces(allow instanceof HTMLInputElement ? allow.value : allow.textContent).slice(0, 40) ||
    label;
  overlay.show(
    'authorize',
    {
      tone: 'info',
      title: t('authorizeTitle'),
      body: [t('authorizeWhy', name), t('authorizeClick', name)],
      anchor: allow,
      highlight: [allow],
      announce: t('authorizeAnnounce', name),
    },
    ctx.signal,
  );
}
