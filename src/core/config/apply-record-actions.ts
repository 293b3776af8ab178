/**
 * The reducer's part for Lightning record pages (docs/salesforce/record-pages.md): a Billing
 * Payment's **Refund**, a Payment Method's **Verify**, an Account's **New Payment Method ACH**
 * seen → that step done. A record page that no longer shows an action the guide saw before
 * reopens the step; a step the admin set by hand stays theirs. Pages that tell nothing (a
 * standard Payment, a closed overflow menu, no action bar) change nothing. The ACH steps are
 * not recorded while the org answered that it takes no ACH payments (the plan skips them).
 */
import type { OrgSettings } from '../org-settings';
import { phrase } from '../phrase';
import { STEP_BY_ID } from '../plan';
import type { Change } from '../progress';
import type { Observation, OrgProgress } from '../schemas';
import { RECORD_ACTION_TARGETS, recordActionVerdicts } from './record-actions';

type RecordPageObs = Extract<Observation, { kind: 'record-page' }>;

export function applyRecordPage(
  state: OrgProgress,
  obs: RecordPageObs,
  answers: OrgSettings,
): Change[] {
  const changes: Change[] = [];
  for (const verdict of recordActionVerdicts(obs)) {
    const { step } = verdict;
    if (STEP_BY_ID[step].ask === 'achPayments' && answers.achPayments === false) continue;
    const cur = state.steps[step];
    const target = RECORD_ACTION_TARGETS[step];
    const evidence = { seenAt: obs.seenAt, url: obs.url };
    if (verdict.status === 'done' && cur.status !== 'done') {
      changes.push({
        step,
        next: {
          status: 'done',
          source: 'observed',
          evidence,
          note: phrase('recordNoteShown', String(verdict.args[0]), target.object),
          updatedAt: obs.seenAt,
        },
        summary: phrase('recordSummaryShown', String(verdict.args[0]), target.object),
      });
    } else if (verdict.status === 'pending' && cur.status === 'done' && cur.source === 'observed') {
      changes.push({
        step,
        next: {
          status: 'pending',
          source: 'observed',
          note: phrase('recordNoteGone', target.names[0] as string, target.layout),
          updatedAt: obs.seenAt,
        },
        summary: phrase('recordSummaryGone', target.names[0] as string, target.object),
      });
    }
  }
  return changes;
}
