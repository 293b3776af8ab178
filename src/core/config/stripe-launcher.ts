/**
 * The App Launcher hint of `config-stripe-authorize` (docs/salesforce/app-launcher.md): when the
 * admin searches for Stripe, name **Stripe Payment Gateway Setup** and point at its tile; when it
 * is not listed, say so (the connector may be missing, or the admin lacks its permission set).
 * Pure: facts out.
 */
import { foldText } from '../packages';
import type { AppLauncherObservation } from './observations-18';

export const STRIPE_SETUP_APP = 'Stripe Payment Gateway Setup';

export type StripeLauncherKey =
  /** args: the app's name */
  | 'launcherOpenStripeSetup'
  /** args: the app's name, the search text */
  | 'launcherStripeSetupMissing';

export interface StripeLauncherHint {
  key: StripeLauncherKey;
  args: string[];
  /** the app to highlight */
  app: string | null;
}

/** A hint for this launcher, or null when the admin is not looking for Stripe. */
export function stripeLauncherHint(obs: AppLauncherObservation): StripeLauncherHint | null {
  const listed = obs.apps.find((a) => foldText(a) === foldText(STRIPE_SETUP_APP));
  if (listed) return { key: 'launcherOpenStripeSetup', args: [listed], app: listed };
  if (!foldText(obs.search).includes('stripe')) return null;
  return { key: 'launcherStripeSetupMissing', args: [STRIPE_SETUP_APP, obs.search], app: null };
}
