/**
 * Billing objects share labels with standard ones (Salesforce Payments' Payment, Payment Method,
 * Payment Gateway): the API name's `blng__` prefix tells them apart
 * (docs/salesforce/configuration-pages.md, "Billing objects").
 */
import { BILLING_NAMESPACE_PREFIX } from './targets';

export interface ObjectCandidate {
  label: string;
  apiName: string;
}

export function isBillingObject(apiName: string): boolean {
  return apiName.toLowerCase().startsWith(BILLING_NAMESPACE_PREFIX);
}

export type BillingObjectChoice =
  | {
      kind: 'billing';
      object: ObjectCandidate /** same-labelled standard objects seen beside it */;
      lookAlikes: ObjectCandidate[];
    }
  | { kind: 'standard-only'; lookAlikes: ObjectCandidate[] }
  | { kind: 'none' };

/** Among objects with `label`, the Billing one; a standard look-alike alone is said as such. */
export function chooseBillingObject(
  candidates: readonly ObjectCandidate[],
  label: string,
): BillingObjectChoice {
  const wanted = label.trim().toLowerCase();
  const same = candidates.filter((c) => c.label.trim().toLowerCase() === wanted);
  const billing = same.find((c) => isBillingObject(c.apiName));
  const lookAlikes = same.filter((c) => !isBillingObject(c.apiName));
  if (billing) return { kind: 'billing', object: billing, lookAlikes };
  if (lookAlikes.length > 0) return { kind: 'standard-only', lookAlikes };
  return { kind: 'none' };
}
