/**
 * Proposed zod schemas for what the #18 page readers observe (src/content/read/), for the worker
 * to validate where it receives them, and the shape every #18 verdict answers with: facts (a
 * status, a message key name, its arguments), never prose, so words are chosen at display.
 * Limits are those of the rest of the protocol (src/core/limits.ts).
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import type { StepStatus } from '../plan';

const name = z.string().max(LIMITS.name);
const names = z.array(name).max(100);

/** What a verdict decides: a status for a step (null: leave it as it is), and why, as facts. */
export interface Verdict<Key extends string = string> {
  status: StepStatus | null;
  key: Key;
  args: (string | number)[];
}

export const stripeModeSchema = z.enum(['test', 'live']);

export const appLauncherObservationSchema = z.object({
  kind: z.literal('app-launcher'),
  search: z.string().max(LIMITS.value),
  apps: names,
});

export const stripeAppObservationSchema = z.object({
  kind: z.literal('stripe-setup-app'),
  stage: z.enum(['get-started', 'mode', 'system-connections']).nullable(),
  mode: stripeModeSchema.nullable(),
  authorized: z.boolean().nullable(),
  buttons: z.array(z.enum(['Get Started', 'Authorize', 'Finish'])).max(3),
});

export const actionBarSchema = z.object({
  bar: names,
  menu: names.nullable(),
  overflow: z.boolean(),
});

export const recordPageObservationSchema = z.object({
  kind: z.literal('record-page'),
  /** the object API name from the URL: `blng__Payment__c`, `Payment`, `Account` */
  object: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
    .max(LIMITS.namespace * 2),
  label: name.nullable(),
  actions: actionBarSchema.nullable(),
  relatedLists: z.array(z.object({ title: name, buttons: actionBarSchema })).max(50),
});

export const billingSettingsObservationSchema = z.object({
  kind: z.literal('billing-settings'),
  batchSize: z
    .object({
      saved: z.string().max(LIMITS.value),
      current: z.string().max(LIMITS.value),
      shown: z.boolean(),
    })
    .nullable(),
  message: z
    .object({ kind: z.enum(['success', 'error']), text: z.string().max(LIMITS.message) })
    .nullable(),
  /** the page is the answer to a Save the admin clicked (the content script saw the click) */
  afterSave: z.boolean(),
});

export const paymentCenterObservationSchema = z.object({
  kind: z.literal('payment-center'),
  type: z.enum(['ach', 'card']).nullable(),
  saveForFuture: z.boolean().nullable(),
  charge: z.boolean().nullable(),
});

export const installedRowSchema = z.object({
  name,
  publisher: name.nullable().optional(),
  namespace: z.string().max(LIMITS.namespace).nullable().optional(),
});

export const observation18Schema = z.discriminatedUnion('kind', [
  appLauncherObservationSchema,
  stripeAppObservationSchema,
  recordPageObservationSchema,
  billingSettingsObservationSchema,
  paymentCenterObservationSchema,
]);

export type AppLauncherObservation = z.infer<typeof appLauncherObservationSchema>;
export type StripeAppObservation = z.infer<typeof stripeAppObservationSchema>;
export type RecordPageObservation = z.infer<typeof recordPageObservationSchema>;
export type BillingSettingsObservation = z.infer<typeof billingSettingsObservationSchema>;
export type PaymentCenterObservation = z.infer<typeof paymentCenterObservationSchema>;
export type InstalledRow = z.infer<typeof installedRowSchema>;
export type StripeMode = z.infer<typeof stripeModeSchema>;
export type Observation18 = z.infer<typeof observation18Schema>;
