/**
 * The reducer's part for `config-stripe-authorize` (src/core/progress.ts calls it): what a page
 * of the Stripe setup app (docs/salesforce/stripe-setup-app.md) changes. Done when System
 * Connections shows **Authorized**, the mode kept as evidence; in progress once the app is
 * worked in; back to pending when System Connections shows the recorded mode Not Authorized.
 * Pure.
 */
import type { OrgSettings } from '../org-settings';
import { phrase } from '../phrase';
import type { Change } from '../progress';
import type { Observation, OrgProgress } from '../schemas';

const STEP = 'config-stripe-authorize';
const MODE_WORDS = { test: 'stripeModeTest', live: 'stripeModeLive' } as const;

export function applyStripe(
  state: OrgProgress,
  obs: Extract<Observation, { kind: 'stripe-setup-app' }>,
  _answers: OrgSettings = {},
): Change[] {
  const cur = state.steps[STEP];
  const at = { seenAt: obs.seenAt, url: obs.url };
  const modeWords = obs.mode ? phrase(MODE_WORDS[obs.mode]) : phrase('stripeModeUnknown');
  if (obs.stage === 'system-connections' && obs.authorized === true) {
    const sameMode = cur.evidence?.stripeMode === (obs.mode ?? undefined);
    if (cur.status === 'done' && cur.source === 'observed' && sameMode) return [];
    const evidence = { ...at, ...(obs.mode && { stripeMode: obs.mode }) };
    return [
      {
        step: STEP,
        next: { status: 'done', source: 'observed', evidence, updatedAt: obs.seenAt },
        summary: phrase('stripeSummaryAuthorized', modeWords),
      },
    ];
  }
  const recordedMode = cur.evidence?.stripeMode;
  if (
    obs.stage === 'system-connections' &&
    obs.authorized === false &&
    cur.status === 'done' &&
    (!obs.mode || !recordedMode || obs.mode === recordedMode)
  ) {
    return [
      {
        step: STEP,
        next: {
          status: 'pending',
          source: 'observed',
          note: phrase('stripeNoteNotAuthorized', modeWords, obs.seenAt.slice(0, 10)),
          updatedAt: obs.seenAt,
        },
        summary: phrase('stripeSummaryNotAuthorized', modeWords),
      },
    ];
  }
  if (obs.stage !== null && cur.status === 'pending') {
    return [
      {
        step: STEP,
        next: { status: 'in-progress', source: 'observed', evidence: at, updatedAt: obs.seenAt },
        summary: phrase('stripeSummaryStarted'),
      },
    ];
  }
  return [];
}
