/**
 * `config-stripe-authorize` on the Stripe connector's setup app, **Stripe Payment Gateway Setup**
 * (docs/salesforce/stripe-setup-app.md): its URL is unknown, so this runs on a URL envelope once
 * the page's content test found the app's title (src/core/page-probes.ts). Each stage's card
 * points at the app's next button (Get Started, Authorize, Finish) and never clicks it, nor
 * changes the mode; before Authorize it warns what the mode means for this org (its environment
 * from the worker's page state). Each stage read is reported; the worker marks the step done when
 * System Connections shows Authorized, with the mode as evidence.
 */

import {
  type OrgKind,
  type StripeAuthorizeVerdict,
  stripeAuthorizeVerdict,
} from '../../core/config/stripe-authorize';
import type { Environment } from '../../core/hosts';
import { showNotFound } from '../diagnostic';
import { waitForPage } from '../dom/settle';
import { observe } from '../observe';
import type { PageContext } from '../page';
import { findStripeButton, readStripeSetupApp, type StripeAppView } from '../read/stripe-setup-app';
import { type MessageKey, t } from '../t';

/** The longest an admin waits on the app before the guide says something (≤ 10 s). */
const GIVE_UP_MS = 8000;
/** The app's texts the guide looks for (the vendor's words, English only). */
const TEXTS = [
  'Stripe Payment Gateway Setup',
  'Get Started',
  'Test Mode',
  'Live Mode',
  'Authorize',
  'System Connections',
  'Authorized',
  'Finish',
];

const MODE_WORDS: Record<string, MessageKey> = {
  test: 'stripeModeTest',
  live: 'stripeModeLive',
  unknown: 'stripeModeUnknown',
  none: 'stripeModeNone',
};
const modeWords = (arg: string | number) => t(MODE_WORDS[String(arg)] ?? 'stripeModeUnknown');

/** Test Mode's warning is for production; a sandbox or any other test org can charge real cards. */
function orgKind(environment: Environment | undefined): OrgKind | null {
  if (!environment || environment === 'unknown') return null;
  return environment === 'production' ? 'production' : 'sandbox';
}

export async function init(ctx: PageContext): Promise<void> {
  const view = await waitForPage<StripeAppView | 'none'>(
    ctx,
    (settled) => {
      const read = readStripeSetupApp(document);
      if (read?.stage) return read;
      return settled ? (read ?? 'none') : null;
    },
    { giveUpMs: GIVE_UP_MS },
  );
  if (!view || ctx.signal.aborted) return;
  if (view === 'none' || view.stage === null) {
    await showNotFound(
      ctx,
      t('stripeWhatApp'),
      [t('stripeMissingTexts', TEXTS.slice(1).join(', '))],
      TEXTS,
    );
    return;
  }
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const kind = orgKind(hello?.state?.environment);
  let reported = '';

  const update = () => {
    const now = readStripeSetupApp(document);
    if (!now?.stage) return;
    const key = JSON.stringify(now);
    if (key === reported) return;
    reported = key;
    void observe(ctx, { kind: 'stripe-setup-app', ...now });
    const verdict = stripeAuthorizeVerdict({ kind: 'stripe-setup-app', ...now }, kind ?? 'sandbox');
    const button = verdict.point ? findStripeButton(document, verdict.point) : null;
    overlay.show(
      'stripe-authorize',
      {
        tone:
          verdict.status === 'done' ? 'success' : verdict.warnings.length > 0 ? 'warning' : 'info',
        title: t('stripeCardTitle'),
        body: [
          say(verdict),
          ...(kind ? verdict.warnings : []).map((w) =>
            t(w.key, ...w.args.map((arg) => modeWords(arg))),
          ),
          ...(button ? [t('stripeYouClick', verdict.point ?? '')] : []),
        ],
        ...(button && { anchor: button, highlight: [button] }),
        announce: say(verdict),
      },
      ctx.signal,
    );
  };
  update();
  ctx.watch(update);
  // Choosing a mode changes no markup: the radios' change event says so.
  document.addEventListener('change', update, { capture: true, signal: ctx.signal });
}

function say(verdict: StripeAuthorizeVerdict): string {
  const args =
    verdict.key === 'stripeAuthorized' ||
    verdict.key === 'stripeNotAuthorized' ||
    verdict.key === 'stripeChooseMode'
      ? verdict.args.map(modeWords)
      : verdict.args.map(String);
  return t(verdict.key, ...args);
}
