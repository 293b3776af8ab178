/**
 * zod schemas of what is stored in chrome.storage and of what content scripts observe (the
 * messages themselves are in src/core/protocol/). Only the worker and extension pages import this
 * module at run time; content scripts import its types alone (`import type`), so full zod never
 * ships into Salesforce's frames.
 */
import { z } from 'zod';
import { permsetObservationSchemas } from './config/observations';
import {
  billingSettingsObservationSchema,
  recordPageObservationSchema,
  stripeAppObservationSchema,
} from './config/observations-18';
import {
  layoutAssignmentObservationSchema,
  picklistValuesObservationSchema,
} from './config/observations-layouts-picklists';
import { permsetUsersSchema } from './config/permsets-evidence';
import { LIMITS } from './limits';
import { orgSettingsSchema } from './org-settings';
import type { Phrase } from './phrase';
import { PACKAGE_KEYS, STEP_IDS, STEP_STATUSES } from './plan';

/** Page text is untrusted: cap every string so a hostile page cannot bloat storage. */
const text = (max = 500) => z.string().max(max);
const url = z.string().max(2048);
const isoDate = z.string().max(40);

export const stepIdSchema = z.enum(STEP_IDS);
export const stepStatusSchema = z.enum(STEP_STATUSES);
export const packageKeySchema = z.enum(PACKAGE_KEYS);
export const environmentSchema = z.enum([
  'production',
  'sandbox',
  'developer',
  'scratch',
  'trailhead',
  'demo',
  'unknown',
]);

export const identifiedBySchema = z.enum([
  'admin',
  'link',
  'heading',
  'details',
  'sites',
  'namespaces',
]);

export const installedPackageRowSchema = z.object({
  name: text(LIMITS.name),
  publisher: text(LIMITS.publisher).optional(),
  version: text(LIMITS.version).optional(),
  namespace: text(LIMITS.namespace).optional(),
  installedOn: text(LIMITS.date).optional(),
});
export type InstalledPackageRow = z.infer<typeof installedPackageRowSchema>;

const observationBase = { seenAt: isoDate, url };

/** An install link the admin clicked (login or test host, or the Quote-to-Cash site). */
export const installLinkObservationSchema = z.object({
  kind: z.literal('install-link'),
  ...observationBase,
  package: packageKeySchema.optional(),
  versionId: text(18),
  environment: environmentSchema,
  release: text(100).optional(),
});

/** What a content script saw. The org is never part of it: the worker derives it from the sender. */
export const observationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('packages'),
    ...observationBase,
    packages: z.array(installedPackageRowSchema).max(500),
  }),
  z.object({
    kind: z.literal('install-page'),
    ...observationBase,
    package: packageKeySchema,
    stage: z.enum(['viewed', 'submitted', 'long-running', 'failed']),
    version: text(LIMITS.version).optional(),
    message: text(LIMITS.message).optional(),
    /** p0 or apvId of the installer URL (a package version id), to match a link chosen earlier. */
    versionId: text(18).optional(),
    /** Which signal told the package: the admin's own answer, or what the page or link showed. */
    identifiedBy: identifiedBySchema.optional(),
  }),
  installLinkObservationSchema,
  z.object({ kind: z.literal('calc-service'), ...observationBase, authorized: z.boolean() }),
  z.object({
    kind: z.literal('order-settings'),
    ...observationBase,
    saved: z.boolean(),
    allowMultipleOrders: z.boolean(),
    defaultOrderStartDate: text(LIMITS.value),
  }),
  z.object({
    kind: z.literal('license'),
    ...observationBase,
    user: text(LIMITS.user),
    hasCpqLicense: z.boolean(),
  }),
  ...permsetObservationSchemas,
  recordPageObservationSchema.extend(observationBase),
  billingSettingsObservationSchema.extend(observationBase),
  stripeAppObservationSchema.extend(observationBase),
  layoutAssignmentObservationSchema,
  picklistValuesObservationSchema,
]);
export type Observation = z.infer<typeof observationSchema>;

const PHRASE_KEY = /^[A-Za-z0-9_]{1,80}$/;
const PHRASE_DEPTH = 4;

/** Checked by hand rather than with nested zod unions: every stored record is read on each write. */
function isPhrase(value: unknown, depth = 0): value is Phrase {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if ('text' in record)
    return keys.length === 1 && typeof record.text === 'string' && record.text.length <= 1000;
  if (typeof record.key !== 'string' || !PHRASE_KEY.test(record.key)) return false;
  if (!keys.every((k) => k === 'key' || k === 'args')) return false;
  const args = record.args;
  if (args === undefined) return true;
  if (!Array.isArray(args) || args.length > 9 || depth >= PHRASE_DEPTH) return false;
  return args.every((arg: unknown) =>
    typeof arg === 'string'
      ? arg.length <= 1000
      : typeof arg === 'number'
        ? Number.isFinite(arg)
        : isPhrase(arg, depth + 1),
  );
}

/**
 * A message key and its arguments (src/core/phrase.ts), arguments nested at most four deep;
 * `{ text }` is prose kept from schema v1.
 */
export const phraseSchema = z.custom<Phrase>((value) => isPhrase(value), 'not a phrase');

export const evidenceSchema = z.object({
  package: text(300).optional(),
  namespace: text(50).optional(),
  version: text(50).optional(),
  installedOn: text(50).optional(),
  user: text(200).optional(),
  /** The CPQ order defaults seen on the Order tab (the report words them). */
  orderDefaults: z
    .object({ allowMultipleOrders: z.boolean(), defaultOrderStartDate: text(LIMITS.value) })
    .optional(),
  /** Schema v1 kept these as words (field label → value) when they could not be read back. */
  values: z.record(z.string().max(60), text(200)).optional(),
  /** How an install page's package was known (the admin named it, or the page or link said). */
  identifiedBy: identifiedBySchema.optional(),
  /** Permission set steps: every user whose page was read (src/core/config/permsets-evidence.ts). */
  permsetUsers: permsetUsersSchema.optional(),
  /** The Stripe mode System Connections showed Authorized (config-stripe-authorize). */
  stripeMode: z.enum(['test', 'live']).optional(),
  seenAt: isoDate,
  url,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const stepStateSchema = z.object({
  status: stepStatusSchema,
  /** 'observed' = the extension saw it; 'admin' = confirmed or skipped by hand in the popup. */
  source: z.enum(['observed', 'admin']).optional(),
  evidence: evidenceSchema.optional(),
  note: phraseSchema.optional(),
  updatedAt: isoDate,
});
export type StepState = z.infer<typeof stepStateSchema>;

export const historyEntrySchema = z.object({
  at: isoDate,
  kind: text(40),
  summary: phraseSchema,
  step: stepIdSchema.optional(),
  status: stepStatusSchema.optional(),
  /** Identical consecutive entries are folded into one with a count. */
  count: z.number().int().positive().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Set when an unreadable record was moved aside: the popup shows it. */
export const recoveredSchema = z.object({ backupKey: text(200), at: isoDate, reason: text(300) });

export const ORG_SCHEMA_VERSION = 2;

export const orgProgressSchema = z.object({
  v: z.literal(ORG_SCHEMA_VERSION),
  org: text(100),
  environment: environmentSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
  steps: z.record(stepIdSchema, stepStateSchema),
  history: z.array(historyEntrySchema),
  /** How many of the oldest history entries were dropped to keep storage bounded. */
  historyDropped: z.number().int().nonnegative(),
  /** Set when an unreadable record was moved aside: the popup shows it. */
  recovered: recoveredSchema.optional(),
});
export type OrgProgress = z.infer<typeof orgProgressSchema>;

export const settingsSchema = z.object({
  autofill: z.boolean(),
  launcher: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { autofill: true, launcher: true };

export const orgNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9-]+$/);

/** The admin's answer to "Which package is this?", per package version id (15 characters). */
export const packageAnswerSchema = z.object({
  package: z.union([packageKeySchema, z.literal('other')]),
  at: isoDate,
});
export const packageAnswersSchema = z.record(
  z.string().regex(/^04t[a-zA-Z0-9]{12}$/),
  packageAnswerSchema,
);
export type PackageAnswers = z.infer<typeof packageAnswersSchema>;

export const launcherPrefsSchema = z.object({ collapsed: z.boolean(), dismissed: z.boolean() });
export type LauncherPrefs = z.infer<typeof launcherPrefsSchema>;

export const ORG_SETTINGS_SCHEMA_VERSION = 1;

/** What is stored under `settings:<org>`: the admin's answers about the org, in one record. */
export const storedOrgSettingsSchema = orgSettingsSchema.extend({
  v: z.literal(ORG_SETTINGS_SCHEMA_VERSION),
  /** Which package each install page installs, as the admin named it (v1: `answers:<org>`). */
  packageAnswers: packageAnswersSchema,
  recovered: recoveredSchema.optional(),
});
export type StoredOrgSettings = z.infer<typeof storedOrgSettingsSchema>;
