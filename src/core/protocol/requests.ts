/**
 * Every request the worker accepts, one zod schema per kind of sender; the worker validates each
 * message with its sender's schema on arrival (src/background/senders.ts decides the sender).
 * Content scripts import these types only (`import type`): zod never ships into Salesforce's frames.
 *
 * Adding a message: add its schema to its sender's union here, its answer to that sender's map in
 * ./answers.ts, and its handler to that sender's handler in src/background/handlers/ (a map typed
 * by both, so a missing handler or a wrong answer does not compile).
 */
import { z } from 'zod';
import { orgSettingsSchema } from '../org-settings';
import {
  environmentSchema,
  installLinkObservationSchema,
  observationSchema,
  orgNameSchema,
  packageKeySchema,
  settingsSchema,
  stepIdSchema,
} from '../schemas';
import { frameSnapshotSchema } from '../snapshot';

const text = (max: number) => z.string().max(max);

/**
 * A change of per-org settings: a value sets an answer, `null` forgets it, absent keeps it; an
 * unknown question is refused rather than dropped, so a popup out of step with the worker shows it.
 */
const { shape: answer } = orgSettingsSchema;
export const orgSettingsChangeSchema = z.strictObject({
  adminProfile: answer.adminProfile.unwrap().nullable().optional(),
  standardProfile: answer.standardProfile.unwrap().nullable().optional(),
  nonAdminPayments: answer.nonAdminPayments.unwrap().nullable().optional(),
  achPayments: answer.achPayments.unwrap().nullable().optional(),
  billingAccessAck: answer.billingAccessAck.unwrap().nullable().optional(),
});
export type OrgSettingsChange = z.infer<typeof orgSettingsChangeSchema>;
const pageId = text(60);

/** From our content script in a tab on a Salesforce host; its org is the sender URL's, never the payload's. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  /** A recognizer started: it asks what the guide knows of its org (and of an install link). */
  z.object({ type: z.literal('page:hello'), page: pageId, versionId: text(18).optional() }),
  /** The admin's answer on an install page that did not say which package it installs. */
  z.object({
    type: z.literal('install:answer'),
    page: pageId,
    versionId: z.string().regex(/^04t[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/),
    answer: z.union([packageKeySchema, z.literal('other')]),
  }),
  z.object({ type: z.literal('observe'), page: pageId, observation: observationSchema }),
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
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** From our content script on the Quote-to-Cash install site, which belongs to no org. */
export const siteRequestSchema = z.discriminatedUnion('type', [
  /** Which org is being worked on; `org` picks one of the orgs with progress for the session. */
  z.object({ type: z.literal('site:hello'), org: orgNameSchema.optional() }),
  z.object({ type: z.literal('observe'), page: pageId, observation: installLinkObservationSchema }),
]);
export type SiteRequest = z.infer<typeof siteRequestSchema>;

/** What a content script may send, wherever it runs (the worker tells the two apart by sender). */
export type TabRequest = ContentRequest | SiteRequest;

/** From the extension's own pages (the popup). */
export const extensionRequestSchema = z.discriminatedUnion('type', [
  /**
   * The org's report; `environment` is what the popup's tab host shows, used only while the
   * record does not know its org's kind.
   */
  z.object({
    type: z.literal('report:get'),
    org: orgNameSchema,
    environment: environmentSchema.optional(),
  }),
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
  z.object({ type: z.literal('org-settings:get'), org: orgNameSchema }),
  z.object({
    type: z.literal('org-settings:set'),
    org: orgNameSchema,
    settings: orgSettingsChangeSchema,
  }),
  /** A page snapshot of the tab `tabId` (the popup's "Send a page snapshot"). */
  z.object({ type: z.literal('snapshot:tab'), tabId: z.number().int().nonnegative() }),
]);
export type ExtensionRequest = z.infer<typeof extensionRequestSchema>;
