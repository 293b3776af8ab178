/**
 * Verdict on `config-stripe-authorize` from the Stripe setup app's pages
 * (docs/salesforce/stripe-setup-app.md): done when System Connections shows **Authorized**, with
 * the mode as evidence; otherwise which of the app's buttons to point at (never clicked), and the
 * mode warning the org kind calls for. Pure: facts out.
 */
import type { StripeAppObservation, StripeMode, Verdict } from './observations-18';

export type StripeAuthorizeKey =
  /** args: mode ('test' | 'live' | 'unknown') */
  | 'stripeAuthorized'
  /** args: mode or 'unknown' */
  | 'stripeNotAuthorized'
  /** args: none */
  | 'stripeStatusNotShown'
  /** args: none */
  | 'stripePressGetStarted'
  /** args: mode chosen or 'none' */
  | 'stripeChooseMode'
  /** args: none: the app's title shows but none of the known stage texts */
  | 'stripeStageUnknown';

export type StripeWarningKey =
  /** production org: Test Mode moves no money; going live means authorizing again */
  | 'stripeTestModeInProduction'
  /** sandbox: Live Mode charges real cards */
  | 'stripeLiveModeInSandbox'
  /** authorized before in the other mode: this mode needs its own authorization; args: old, new */
  | 'stripeModeChangeReauthorize';

export type OrgKind = 'production' | 'sandbox';
export type StripeButton = StripeAppObservation['buttons'][number];

export interface StripeAuthorizeVerdict extends Verdict<StripeAuthorizeKey> {
  /** the button to highlight, when the page shows it */
  point: StripeButton | null;
  /** the mode to record as evidence */
  mode: StripeMode | null;
  warnings: Array<{ key: StripeWarningKey; args: (string | number)[] }>;
}

export function stripeAuthorizeVerdict(
  obs: StripeAppObservation,
  orgKind: OrgKind,
  /** the mode recorded when the step was last done, if it was */
  authorizedBefore: StripeMode | null = null,
): StripeAuthorizeVerdict {
  const point = (b: StripeButton) => (obs.buttons.includes(b) ? b : null);
  const warnings: StripeAuthorizeVerdict['warnings'] = [];
  const beforeAuthorize =
    obs.stage === 'mode' || (obs.stage === 'system-connections' && obs.authorized === false);
  if (beforeAuthorize) {
    if (orgKind === 'production' && obs.mode !== 'live')
      warnings.push({ key: 'stripeTestModeInProduction', args: [] });
    if (orgKind === 'sandbox' && obs.mode === 'live')
      warnings.push({ key: 'stripeLiveModeInSandbox', args: [] });
    if (authorizedBefore && obs.mode && obs.mode !== authorizedBefore)
      warnings.push({ key: 'stripeModeChangeReauthorize', args: [authorizedBefore, obs.mode] });
  }
  const base = { mode: obs.mode, warnings };
  switch (obs.stage) {
    case 'system-connections':
      if (obs.authorized === true)
        return {
          ...base,
          status: 'done',
          key: 'stripeAuthorized',
          args: [obs.mode ?? 'unknown'],
          point: point('Finish'),
        };
      if (obs.authorized === false)
        return {
          ...base,
          status: 'in-progress',
          key: 'stripeNotAuthorized',
          args: [obs.mode ?? 'unknown'],
          point: point('Authorize'),
        };
      return { ...base, status: null, key: 'stripeStatusNotShown', args: [], point: null };
    case 'mode':
      return {
        ...base,
        status: 'in-progress',
        key: 'stripeChooseMode',
        args: [obs.mode ?? 'none'],
        point: point('Authorize'),
      };
    case 'get-started':
      return {
        ...base,
        status: 'in-progress',
        key: 'stripePressGetStarted',
        args: [],
        point: point('Get Started'),
      };
    default:
      return { ...base, status: null, key: 'stripeStageUnknown', args: [], point: null };
  }
}
