import { showNotFound } from '../diagnostic';
import { findButtons } from '../dom/find';
import { labels } from '../labels';
import type { PageContext } from '../page';

export async function init(ctx: PageContext): Promise<void> {
  const allow =
    findButtons(document, labels().remoteAccess.allow)[0] ??
    document.querySelector<HTMLElement>('#oaapprove');
  const overlay = await ctx.overlay();
  if (!allow) {
    await showNotFound(ctx, 'remote-access-authorization', 'the Allow button', [
      'a button named "Allow"',
    ]);
    return;
  }
  overlay.show(
    'authorize',
    {
      tone: 'info',
      title: 'Allow the CPQ calculation service',
      body: [
        "Salesforce CPQ prices quotes with a calculation service that runs outside your org. Allow lets it read and write quotes on your org's behalf.",
        'Click Allow (highlighted). This window closes and the CPQ settings page reloads without the authorize link.',
      ],
      anchor: allow,
      highlight: [allow],
      announce: 'Install guide: click Allow to authorize the CPQ calculation service.',
    },
    ctx.signal,
  );
}
