/**
 * Which `config-layout-*` step an Object Manager URL slot or a page's object label names, and the
 * standard objects that share a label with a Billing object (Salesforce Payments' Payment,
 * Payment Method, Payment Gateway: docs/salesforce/page-layouts.md). A Billing object's API name
 * starts with `blng__` (./billing-objects.ts); these standard ones never do.
 */
import { foldText } from '../packages';
import { isBillingObject } from './billing-objects';
import {
  type ConfigLayoutStep,
  type ConfigPicklistStep,
  LAYOUT_TARGETS,
  PICKLIST_TARGETS,
} from './targets';

const LAYOUT_STEPS = Object.keys(LAYOUT_TARGETS) as ConfigLayoutStep[];

/** The step whose standard object has this API name (the URL slot of a standard object). */
export function layoutStepForApiName(apiName: string): ConfigLayoutStep | null {
  const wanted = apiName.toLowerCase();
  return LAYOUT_STEPS.find((s) => LAYOUT_TARGETS[s].apiName.toLowerCase() === wanted) ?? null;
}

/** The step whose object has this label, as a page title shows it. */
export function layoutStepForLabel(label: string): ConfigLayoutStep | null {
  const wanted = foldText(label);
  return LAYOUT_STEPS.find((s) => foldText(LAYOUT_TARGETS[s].object) === wanted) ?? null;
}

/** Standard API name → the Billing object sharing its label. */
export const BILLING_LOOK_ALIKES: Readonly<Record<string, { label: string; billing: string }>> = {
  payment: { label: 'Payment', billing: 'blng__Payment__c' },
  paymentmethod: { label: 'Payment Method', billing: 'blng__PaymentMethod__c' },
  paymentgateway: { label: 'Payment Gateway', billing: 'blng__PaymentGateway__c' },
};

/** The Billing object a standard object's API name could be taken for, or null. */
export function billingLookAlike(apiName: string): { label: string; billing: string } | null {
  if (isBillingObject(apiName)) return null;
  return BILLING_LOOK_ALIKES[apiName.toLowerCase()] ?? null;
}

const PICKLIST_STEPS = Object.keys(PICKLIST_TARGETS) as ConfigPicklistStep[];

/** The picklist step of a value set, by the label its page title shows. */
export function picklistStepForValueSet(label: string): ConfigPicklistStep | null {
  const wanted = foldText(label);
  return PICKLIST_STEPS.find((s) => foldText(PICKLIST_TARGETS[s].valueSet) === wanted) ?? null;
}
