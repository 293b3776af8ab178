/**
 * Proposed zod schemas for what the configuration pages' content scripts send (the readers in
 * src/content/read/). To be merged into `observationSchema` (src/core/schemas.ts) by the lead;
 * the same caps apply: page text is untrusted and every string and list is bounded. Like every
 * observation, none carries the org: the worker derives it from the sender.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';

const text = (max = 500) => z.string().max(max);
const url = z.string().max(2048);
const isoDate = z.string().max(40);
const base = { seenAt: isoDate, url };
const name = text(LIMITS.name);
/** Setup lists stay short; the caps only keep a hostile page from bloating storage. */
const list = <T extends z.ZodType>(item: T, max = 200) => z.array(item).max(max);

export const layoutStepSchema = z.enum([
  'config-layout-opportunity',
  'config-layout-account',
  'config-layout-order',
  'config-layout-orderproduct',
  'config-layout-product',
]);
export const picklistStepSchema = z.enum([
  'config-picklist-bankaccounttype',
  'config-picklist-gatewaytype',
]);

const pageValue = z.object({ label: name, apiName: name.nullable() });

/** A user's detail page: the Permission Set Assignments list (never the licence list). */
const permissionSetAssignmentsSchema = z.object({
  kind: z.literal('permission-set-assignments'),
  ...base,
  user: text(LIMITS.user),
  profile: name.nullable(),
  sets: list(name),
  /** whether the page's licence list shows the Salesforce CPQ License; null: not read */
  cpqLicense: z.boolean().nullable().optional(),
});
/** A permission set's Manage Assignments list. */
const permissionSetMembersSchema = z.object({
  kind: z.literal('permission-set-members'),
  ...base,
  set: name,
  users: list(z.object({ name: text(LIMITS.user), profile: name.nullable() }), 1000),
});
/** The permission set observations (#17 item 3), spread into `observationSchema`. */
export const permsetObservationSchemas = [
  permissionSetAssignmentsSchema,
  permissionSetMembersSchema,
] as const;

export const configObservationSchema = z.discriminatedUnion('kind', [
  ...permsetObservationSchemas,
  /** The read-only Page Layout Assignment table of one object. */
  z.object({
    kind: z.literal('layout-assignment'),
    ...base,
    /** which step's object this is, as the page (URL slot or title) told it */
    step: layoutStepSchema,
    object: name.nullable(),
    recordTypes: list(name, 100),
    rows: list(z.object({ profile: name, layouts: list(name, 100) }), 1000),
  }),
  /** A global value set's detail page: active and inactive values apart. */
  z.object({
    kind: z.literal('picklist-values'),
    ...base,
    step: picklistStepSchema,
    valueSet: name.nullable(),
    active: list(pageValue, 1000),
    /** null: the page showed no Inactive Values list */
    inactive: list(pageValue, 1000).nullable(),
  }),
  /** A configuration page recognized but its part not found (hidden by a layout, or renamed). */
  z.object({
    kind: z.literal('config-page-not-found'),
    ...base,
    page: text(60),
    /** the visible text the reader looked for */
    missing: text(LIMITS.value),
  }),
]);
export type ConfigObservation = z.infer<typeof configObservationSchema>;

/** The admin's acknowledgement that payment users got Billing object access by hand. */
export const billingAccessAckSchema = z.object({
  type: z.literal('config:billing-access-ack'),
  org: text(100),
  acknowledged: z.boolean(),
});
