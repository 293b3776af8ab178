/**
 * zod schemas for everything that crosses a boundary: runtime messages and chrome.storage.
 * Only the worker and extension pages import this module at run time; content scripts import
 * its types alone (`import type`), so full zod never ships into Salesforce's frames.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { orgSettingsSchema } from './org-settings';
import { PACKAGE_KEYS, STEP_IDS, STEP_STATUSES } from './plan';
import { frameSnapshotSchema } from './snapshot';

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
export const audienceSchema = z.enum(['all-users', 'admins-only', 'specific-profiles']);

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
    audience: audienceSchema.optional(),
    message: text(LIMITS.message).optional(),
    /** p0 or apvId of the installer URL (a package version id), to match a link chosen earlier. */
    versionId: text(18).optional(),
    /** Which signal told the package: the admin's own answer, or what the page or link showed. */
    identifiedBy: identifiedBySchema.optional(),
  }),
  z.object({
    kind: z.literal('install-link'),
    ...observationBase,
    package: packageKeySchema.optional(),
    versionId: text(18),
    environment: environmentSchema,
    release: text(100).optional(),
  }),
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
]);
export type Observation = z.infer<typeof observationSchema>;

export const evidenceSchema = z.object({
  package: text(300).optional(),
  namespace: text(50).optional(),
  version: text(50).optional(),
  installedOn: text(50).optional(),
  user: text(200).optional(),
  values: z.record(z.string().max(60), text(200)).optional(),
  /** How an install page's package was known (the admin named it, or the page or link said). */
  identifiedBy: identifiedBySchema.optional(),
  seenAt: isoDate,
  url,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const stepStateSchema = z.object({
  status: stepStatusSchema,
  /** 'observed' = the extension saw it; 'admin' = confirmed or skipped by hand in the popup. */
  source: z.enum(['observed', 'admin']).optional(),
  evidence: evidenceSchema.optional(),
  note: text(1000).optional(),
  updatedAt: isoDate,
});
export type StepState = z.infer<typeof stepStateSchema>;

export const historyEntrySchema = z.object({
  at: isoDate,
  kind: text(40),
  summary: text(1000),
  step: stepIdSchema.optional(),
  status: stepStatusSchema.optional(),
  /** Identical consecutive entries are folded into one with a count. */
  count: z.number().int().positive().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const ORG_SCHEMA_VERSION = 1;

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
  recovered: z.object({ backupKey: text(200), at: isoDate, reason: text(300) }).optional(),
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

/** Messages a content script may send (accepted only from tabs on Salesforce hosts). */
export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:hello'), page: text(60), versionId: text(18).optional() }),
  /** The admin's answer on an install page that did not say which package it installs. */
  z.object({
    type: z.literal('install:answer'),
    page: text(60),
    versionId: z.string().regex(/^04t[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/),
    answer: z.union([packageKeySchema, z.literal('other')]),
  }),
  z.object({ type: z.literal('observe'), page: text(60), observation: observationSchema }),
  /**
   * The Quote-to-Cash install site asks which org the admin is working on; `org` picks one of
   * the orgs with progress for the rest of the browser session. Accepted from that site only.
   */
  z.object({ type: z.literal('site:hello'), org: orgNameSchema.optional() }),
  z.object({
    type: z.literal('launcher:set'),
    collapsed: z.boolean().optional(),
    dismissed: z.boolean().optional(),
  }),
  /** A page snapshot of this tab, asked from a "could not find" card (src/core/snapshot.ts). */
  z.object({ type: z.literal('snapshot:request') }),
  /** One frame's snapshot of itself, answering the worker's `snapshot:take`. */
  z.object({
    type: z.literal('snapshot:frame'),
    request: z.string().max(100),
    frame: frameSnapshotSchema,
  }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/** One org the guide has progress for, as the Quote-to-Cash site recognizer sees it. */
export interface SiteOrg {
  org: string;
  environment: z.infer<typeof environmentSchema>;
  updatedAt: string;
  steps: PageState['steps'];
}

/** The worker's answer to `site:hello`: the org being worked on, and the others for a picker. */
export interface SiteState {
  /** The org picked on the site this browser session, else the most recently updated one. */
  current: string | null;
  /** Most recently updated first. */
  orgs: SiteOrg[];
}

/** Messages extension pages (popup, options) may send. */
export const extensionMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report:get'), org: orgNameSchema }),
  z.object({ type: z.literal('report:list') }),
  z.object({
    type: z.literal('step:set'),
    org: orgNameSchema,
    step: stepIdSchema,
    status: z.enum(['done', 'skipped', 'pending']),
  }),
  z.object({ type: z.literal('org:reset'), org: orgNameSchema }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), settings: settingsSchema.partial() }),
  /** A page snapshot of the tab `tabId` (the popup's "Send a page snapshot"). */
  z.object({ type: z.literal('snapshot:tab'), tabId: z.number().int().nonnegative() }),
  /** The admin's answers for one org (src/core/org-settings.ts), answered `{ settings }`. */
  z.object({
    type: z.literal('org-settings:set'),
    org: orgNameSchema,
    settings: orgSettingsSchema.strict(),
  }),
]);
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

/** What the worker tells a recognizer about its org (content scripts never read reports). */
export interface PageState {
  org: string | null;
  environment: z.infer<typeof environmentSchema>;
  settings: Settings;
  steps: Record<
    z.infer<typeof stepIdSchema>,
    { status: z.infer<typeof stepStatusSchema>; version?: string }
  > | null;
  /** The on-page checklist: progress, the next step's link, and this org's launcher choices. */
  progress?: {
    /** Done/total of the open phase (as the badge shows). */
    done: number;
    total: number;
    started: boolean;
    /** The phase being worked on; the plan's steps of it, in order, are the ones to list. */
    phase: 'install' | 'configure';
    phases: Record<'install' | 'configure', { done: number; total: number }>;
    /**
     * The plan's order for content scripts (src/core/next-steps.ts): every open step whose
     * dependencies are settled, in plan order. Pages ask this, never their own "after X comes Y".
     */
    ready: z.infer<typeof stepIdSchema>[];
    /** The next step, its title and link texts in the worker's (the browser's) UI language. */
    next: {
      step: z.infer<typeof stepIdSchema>;
      title: string;
      label: string;
      href: string;
      note?: string;
    } | null;
  };
  launcher?: LauncherPrefs;
  /** The install link the admin chose for this package version, if one was seen. */
  link?: {
    environment: z.infer<typeof environmentSchema>;
    host: string;
    release?: string;
    /** The package the link was listed for (Quote-to-Cash site, Stripe's docs). */
    package?: z.infer<typeof packageKeySchema>;
    at: string;
  };
  /** What the admin said this package version is, when the page did not say. */
  answer?: z.infer<typeof packageAnswerSchema>['package'];
}

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
