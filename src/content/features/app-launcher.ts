/**
 * The App Launcher hint of `config-stripe-authorize` (docs/salesforce/app-launcher.md): runs once
 * the launcher is open on a Lightning page (its content test, src/core/page-probes.ts). When the
 * admin searches for Stripe, the card names **Stripe Payment Gateway Setup** and rings its tile
 * (found by its name, never clicked); when it is not listed, the card says so. Nothing is shown
 * once the step is done, nor while the admin looks for another app.
 */
import { stripeLauncherHint } from '../../core/config/stripe-launcher';
import type { PageContext } from '../page';
import { findApp, readAppLauncher } from '../read/app-launcher';
import { t } from '../t';

export async function init(ctx: PageContext): Promise<void> {
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  if (ctx.signal.aborted || hello?.state?.steps?.['config-stripe-authorize'].status === 'done')
    return;
  const overlay = await ctx.overlay();
  let shown = '';
  const update = () => {
    const view = readAppLauncher(document);
    const hint = view && stripeLauncherHint({ kind: 'app-launcher', ...view });
    const key = JSON.stringify(hint);
    if (key === shown) return;
    shown = key;
    if (!hint) {
      overlay.remove('stripe-launcher');
      return;
    }
    const tile = hint.app ? findApp(document, hint.app) : null;
    const [name = '', search = ''] = hint.args;
    overlay.show(
      'stripe-launcher',
      hint.key === 'launcherOpenStripeSetup'
        ? {
            tone: 'info',
            title: t('stripeLauncherTitle'),
            body: [t('stripeLauncherOpen', name)],
            ...(tile && { anchor: tile, highlight: [tile] }),
            announce: t('stripeLauncherOpen', name),
          }
        : {
            tone: 'warning',
            title: t('stripeLauncherTitle'),
            body: [t('stripeLauncherMissing', name, search)],
            announce: t('stripeLauncherMissing', name, search),
          },
      ctx.signal,
    );
  };
  update();
  ctx.watch(update);
  // Typing filters the list by attributes and values the shared watcher may not report.
  document.addEventListener('input', () => requestAnimationFrame(update), {
    capture: true,
    signal: ctx.signal,
  });
}
