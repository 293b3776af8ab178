/**
 * Verdict on the optional `config-billing-batchsize` (docs/salesforce/billing-settings.md):
 * **Payment creation batch size** takes 1–70 and 70 is recommended. Done once the page shows 70
 * saved; another value the admin saved is their choice: `skipped` with that value, no further
 * nagging; before any save, suggest 70 (the field may be filled, Save stays the admin's).
 * Pure: facts out.
 */
import type { BillingSettingsObservation, Verdict } from './observations-18';

export const BATCH_SIZE_MIN = 1;
export const BATCH_SIZE_MAX = 70;
export const RECOMMENDED_BATCH_SIZE = BATCH_SIZE_MAX;

export type BillingBatchKey =
  /** args: the saved value (70) */
  | 'batchSizeRecommended'
  /** args: the saved value */
  | 'batchSizeOther'
  /** args: the value the page holds ('' when empty), the recommended value */
  | 'batchSizeSuggest'
  /** args: the value the page refused */
  | 'batchSizeRejected'
  /** args: none: the field is not on the page (another tab, or changed markup) */
  | 'batchSizeNotFound'
  /** args: none: the field is on a tab not shown */
  | 'batchSizeOpenPaymentTab';

export interface BillingBatchVerdict extends Verdict<BillingBatchKey> {
  /** the value to fill in, when the field should change */
  fill: string | null;
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function billingBatchVerdict(obs: BillingSettingsObservation): BillingBatchVerdict {
  const field = obs.batchSize;
  if (!field) return { status: null, key: 'batchSizeNotFound', args: [], fill: null };
  const saved = wholeNumber(field.saved);
  if (saved === RECOMMENDED_BATCH_SIZE)
    return { status: 'done', key: 'batchSizeRecommended', args: [saved], fill: null };
  if (obs.afterSave && obs.message?.kind === 'error')
    return { status: null, key: 'batchSizeRejected', args: [field.current], fill: null };
  if (obs.afterSave && saved !== null && saved >= BATCH_SIZE_MIN && saved <= BATCH_SIZE_MAX)
    return { status: 'skipped', key: 'batchSizeOther', args: [saved], fill: null };
  if (!field.shown) return { status: null, key: 'batchSizeOpenPaymentTab', args: [], fill: null };
  const fill =
    field.current === String(RECOMMENDED_BATCH_SIZE) ? null : String(RECOMMENDED_BATCH_SIZE);
  return {
    status: 'pending',
    key: 'batchSizeSuggest',
    args: [field.saved, RECOMMENDED_BATCH_SIZE],
    fill,
  };
}
