/**
 * The other Stripe package family (docs/salesforce/other-stripe-packages.md): Installed Packages
 * rows → whether the org has this sequence's connector, Stripe's newer "Stripe Connector for
 * Salesforce Platform" / "Salesforce Billing Extension", or both; with only the other family,
 * the configuration steps that belong to the connector do not apply: `skipped` with a note naming
 * the other package (no new status). Pure: facts out.
 */
import { foldText, identifyPackage } from '../packages';
import { OTHER_STRIPE_PACKAGES } from '../plan';
import type { InstalledRow } from './observations-18';

/**
 * Steps that set up the connector's own things [judgment, docs/salesforce/other-stripe-packages.md]:
 * its setup app, its gateway picklist value, its ACH action, button and bank account types, its
 * Refund action. Permission sets, layouts and Billing's batch size apply to either family.
 */
export const CONNECTOR_ONLY_STEPS = [
  'config-action-refund',
  'config-action-verify',
  'config-button-ach',
  'config-picklist-bankaccounttype',
  'config-picklist-gatewaytype',
  'config-stripe-authorize',
] as const;
export type ConnectorOnlyStep = (typeof CONNECTOR_ONLY_STEPS)[number];

export type StripeFamily = 'connector' | 'other' | 'both' | 'none';

export type OtherStripeKey =
  /** args: the other package's name */
  | 'otherStripeOnly'
  /** args: the other package's name */
  | 'otherStripeAlsoInstalled'
  /** args: the other package's name: a step skipped because of it */
  | 'skippedForOtherStripe';

export interface OtherStripeVerdict {
  family: StripeFamily;
  /** names of the other family's packages, as listed */
  others: string[];
  /** a plain statement for the popup, when there is one to make */
  notice: { key: OtherStripeKey; args: string[] } | null;
  /** steps to mark skipped, each with its note */
  skipped: Array<{
    step: ConnectorOnlyStep;
    status: 'skipped';
    key: OtherStripeKey;
    args: string[];
  }>;
}

export function otherStripeVerdict(rows: readonly InstalledRow[]): OtherStripeVerdict {
  const others = rows
    .filter((r) => OTHER_STRIPE_PACKAGES.includes(foldText(r.name)))
    .map((r) => r.name);
  const connector = rows.some((r) => identifyPackage(r) === 'stripe');
  const family: StripeFamily = connector
    ? others.length
      ? 'both'
      : 'connector'
    : others.length
      ? 'other'
      : 'none';
  const named = others.join(', ');
  if (family === 'other')
    return {
      family,
      others,
      notice: { key: 'otherStripeOnly', args: [named] },
      skipped: CONNECTOR_ONLY_STEPS.map((step) => ({
        step,
        status: 'skipped',
        key: 'skippedForOtherStripe',
        args: [named],
      })),
    };
  return {
    family,
    others,
    notice: family === 'both' ? { key: 'otherStripeAlsoInstalled', args: [named] } : null,
    skipped: [],
  };
}
