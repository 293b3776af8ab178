/**
 * The reducer's part for Stripe's other package family (docs/salesforce/other-stripe-packages.md),
 * read from the Installed Packages rows: with only "Stripe Connector for Salesforce Platform" /
 * "Salesforce Billing Extension" listed, the connector's own steps are `skipped`, each with a
 * note naming the other package, and the connector's install step says so plainly (it stays as
 * it is: installing the connector is still the admin's choice). Once the connector is listed, or
 * the other family is gone, the steps skipped for it open again. Steps done, or set by the admin
 * by hand, are never touched.
 */
import type { OrgSettings } from '../org-settings';
import { phrase, samePhrase } from '../phrase';
import { STEP_BY_ID } from '../plan';
import type { Change } from '../progress';
import type { Observation, OrgProgress } from '../schemas';
import { CONNECTOR_ONLY_STEPS, otherStripeVerdict } from './other-stripe';

type PackagesObs = Extract<Observation, { kind: 'packages' }>;

const skippedForOther = (note: unknown) =>
  typeof note === 'object' &&
  note !== null &&
  'key' in note &&
  note.key === 'skippedForOtherStripe';

export function applyOtherStripe(
  state: OrgProgress,
  obs: PackagesObs,
  answers: OrgSettings,
): Change[] {
  const verdict = otherStripeVerdict(obs.packages);
  const changes: Change[] = [];
  const names = verdict.others.join(', ');
  for (const step of CONNECTOR_ONLY_STEPS) {
    const cur = state.steps[step];
    if (cur.status === 'done' || cur.source === 'admin') continue;
    const ours = cur.status === 'skipped' && skippedForOther(cur.note);
    if (verdict.family === 'other') {
      if (STEP_BY_ID[step].ask === 'achPayments' && answers.achPayments === false) continue;
      const note = phrase('skippedForOtherStripe', names);
      if (ours && samePhrase(cur.note, note)) continue;
      changes.push({
        step,
        next: { status: 'skipped', source: 'observed', note, updatedAt: obs.seenAt },
        summary: phrase('otherStripeSummarySkipped', names),
      });
    } else if (ours) {
      changes.push({
        step,
        next: { status: 'pending', source: 'observed', updatedAt: obs.seenAt },
        summary: phrase('otherStripeSummaryReopened'),
      });
    }
  }
  // The connector's install step says plainly which package the org has instead.
  const install = state.steps['stripe-install'];
  if (verdict.family === 'other' && install.status !== 'done') {
    const note = phrase('otherStripeOnly', names);
    if (!samePhrase(install.note, note))
      changes.push({
        step: 'stripe-install',
        next: { ...install, note, updatedAt: obs.seenAt },
        summary: note,
      });
  }
  return changes;
}
