import { PAGE_URLS } from '../../core/pages';
import { showNotFound } from '../diagnostic';
import { findButtons } from '../dom/find';
import { labels } from '../labels';
import { definePage } from '../page';

/**
 * The OAuth approval window that "Authorize new calculation service" opens. The guide points
 * at Allow and explains it; the admin clicks it (never the extension).
 */
export default definePage({
  id: 'remote-access-authorization',
  include: (page) => PAGE_URLS.remoteAccessAuthorization(page),
  reads: ['the Allow button (by label, or #oaapprove)'],
  fills: [],
  async init(ctx) {
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
  },
});
