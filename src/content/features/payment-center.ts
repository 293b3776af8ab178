/**
 * The Payment Center trap (docs/salesforce/payment-center.md): on Billing's new-payment-method
 * form, found by its texts once its content test passed (src/core/page-probes.ts). Choosing ACH
 * gets a warning that it will fail (the bank account must be verified first) and a pointer to
 * **New Payment Method ACH** on the Account; saving a new method and charging it in one action
 * gets a warning that the connector cannot do both. Guidance only: nothing is filled or blocked.
 */

import { waitForPage } from '../dom/settle';
import type { PageContext } from '../page';
import { type PaymentCenterView, readPaymentCenter } from '../read/payment-center';
import { t } from '../t';

/** The longest the guide waits for the form (≤ 10 s); no form (another view): nothing to say. */
const GIVE_UP_MS = 6000;

export async function init(ctx: PageContext): Promise<void> {
  const first = await waitForPage<PaymentCenterView>(ctx, () => readPaymentCenter(document), {
    giveUpMs: GIVE_UP_MS,
  });
  if (!first || ctx.signal.aborted) return;
  const overlay = await ctx.overlay();
  const update = () => {
    const view = readPaymentCenter(document);
    if (view?.type === 'ach')
      overlay.show(
        'payment-center-ach',
        {
          tone: 'warning',
          title: t('stripePaymentCenterAchTitle'),
          body: [t('stripePaymentCenterAch'), t('stripePaymentCenterAchInstead')],
          announce: t('stripePaymentCenterAchTitle'),
        },
        ctx.signal,
      );
    else overlay.remove('payment-center-ach');
    if (view?.saveForFuture && view.charge)
      overlay.show(
        'payment-center-charge',
        {
          tone: 'warning',
          title: t('stripePaymentCenterChargeTitle'),
          body: [t('stripePaymentCenterCharge')],
          announce: t('stripePaymentCenterChargeTitle'),
        },
        ctx.signal,
      );
    else overlay.remove('payment-center-charge');
  };
  update();
  ctx.watch(update);
  // Radios, selects and boxes change without markup changes: their events say so.
  document.addEventListener('change', update, { capture: true, signal: ctx.signal });
}
