/**
 * zod schemas of the worker's answers to extension pages: the popup validates every answer with
 * the schema of its request type before showing anything (src/popup/api.ts).
 */
import { z } from 'zod';
import { orgSettingsSchema } from '../org-settings';
import { ORG_QUESTIONS, PHASES } from '../plan';
import {
  environmentSchema,
  evidenceSchema,
  historyEntrySchema,
  orgProgressSchema,
  settingsSchema,
  stepIdSchema,
  stepStateSchema,
} from '../schemas';
import { snapshotAnswerSchema } from '../snapshot';
import type { ExtensionAnswers } from './answers';
import { ERROR_CODES } from './errors';

const text = z.string().max(4000);

export const failureSchema = z.object({
  error: z.enum(ERROR_CODES),
  detail: z.string().max(500).optional(),
});

const count = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
const phaseSchema = z.enum(PHASES);

const summarySchema = count.extend({
  next: stepIdSchema.nullable(),
  phase: phaseSchema,
  phases: z.object({ install: count, configure: count }),
});

const reportAnswerSchema = z.object({
  org: z.string().max(100),
  environment: environmentSchema,
  updatedAt: z.string().max(40),
  steps: z
    .array(
      z.object({
        id: stepIdSchema,
        phase: phaseSchema,
        title: text,
        optional: z.boolean(),
        status: stepStateSchema.shape.status,
        source: stepStateSchema.shape.source,
        evidence: evidenceSchema.omit({ orderDefaults: true }).optional(),
        note: text.optional(),
        ask: z.enum(ORG_QUESTIONS).optional(),
      }),
    )
    .max(100),
  history: z.array(historyEntrySchema.extend({ summary: text })).max(1000),
  historyDropped: z.number().int().nonnegative(),
  summary: summarySchema,
  orgSettings: orgSettingsSchema,
  recovered: orgProgressSchema.shape.recovered,
  next: z
    .object({ label: text, href: z.url({ protocol: /^https$/ }).max(2048), note: text.optional() })
    .nullable(),
});

const settingsAnswer = z.object({ settings: settingsSchema });
const orgSettingsAnswer = z.object({ settings: orgSettingsSchema });
const ok = z.object({ ok: z.literal(true) });

export const extensionAnswerSchemas = {
  'report:get': reportAnswerSchema,
  'report:list': z.object({
    orgs: z
      .array(
        z.object({
          org: z.string().max(100),
          environment: environmentSchema,
          updatedAt: z.string().max(40),
          summary: summarySchema,
        }),
      )
      .max(10_000),
  }),
  'step:set': reportAnswerSchema,
  'org:reset': ok,
  'settings:get': settingsAnswer,
  'settings:set': settingsAnswer,
  'org-settings:get': orgSettingsAnswer,
  'org-settings:set': orgSettingsAnswer,
  'snapshot:tab': snapshotAnswerSchema,
} satisfies { [K in keyof ExtensionAnswers]: z.ZodType<ExtensionAnswers[K]> };
