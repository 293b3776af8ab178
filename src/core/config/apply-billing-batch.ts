/**
 * The reducer's part for Billing's settings page (docs/salesforce/billing-settings.md): the
 * Payment tab shows 70 saved → `config-billing-batchsize` done; the admin saved another value
 * (the content script saw the Save click) → `skipped` with that value, and nothing nags again.
 * A value seen without a save changes nothing: the card suggests 70, the step stays open.
 */
import type { OrgSettings } from '../org-settings';
import { phrase, samePhrase } from '../phrase';
import type { Change } from '../progress';
import type { Observation, OrgProgress } from '../schemas';
import { billingBatchVerdict } from './billing-batch';

/** The field's name in the evidence (a product's label, the same in every language). */
const FIELD = 'Payment creation batch size';

type BillingObs = Extract<Observation, { kind: 'billing-settings' }>;
const STEP = 'config-billing-batchsize';

export function applyBillingSettings(
  state: OrgProgress,
  obs: BillingObs,
  _answers: OrgSettings,
): Change[] {
  const verdict = billingBatchVerdict(obs);
  const cur = state.steps[STEP];
  const value = String(verdict.args[0] ?? '');
  const evidence = {
    values: { [FIELD]: value },
    seenAt: obs.seenAt,
    url: obs.url,
  };
  if (verdict.status === 'done' && cur.status !== 'done')
    return [
      {
        step: STEP,
        next: { status: 'done', source: 'observed', evidence, updatedAt: obs.seenAt },
        summary: phrase('batchSummarySaved', value),
      },
    ];
  const sameNote =
    cur.status === 'skipped' && samePhrase(cur.note, phrase('batchNoteOther', value));
  if (verdict.status === 'skipped' && !sameNote)
    return [
      {
        step: STEP,
        next: {
          status: 'skipped',
          source: 'observed',
          evidence,
          note: phrase('batchNoteOther', value),
          updatedAt: obs.seenAt,
        },
        summary: phrase('batchSummaryOther', value),
      },
    ];
  return [];
}
