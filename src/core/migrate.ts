/**
 * Reading stored records of any age. Pure: the worker decides what to do with the result (store
 * the migrated record, or move an unreadable one aside to a backup key).
 *
 * Org records, schema v1 → v2: v1 stored step notes and history summaries as prose in the
 * browser's UI language of the moment (and the CPQ order defaults as label → value words); v2
 * stores phrases (src/core/phrase.ts). Prose is read back against every message of every locale
 * this extension ships; prose that matches none is kept as `{ text }` and shown as written.
 */
import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import type { MessageFile, MessageKey } from './i18n';
import { addLaterSteps } from './later-steps';
import type { Phrase, PhraseArg } from './phrase';
import { RECOMMENDED_ORDER_DEFAULTS } from './plan';
import {
  type Evidence,
  ORG_SCHEMA_VERSION,
  type OrgProgress,
  orgProgressSchema,
  type PackageAnswers,
  packageAnswersSchema,
  type StoredOrgSettings,
  storedOrgSettingsSchema,
} from './schemas';

export type ReadResult<T = OrgProgress> =
  | { ok: true; value: T; migrated: boolean }
  | { ok: false; reason: string };

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each entry lifts a record of version n to n + 1. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => ({
    ...raw,
    v: 2,
    steps: isObject(raw.steps)
      ? Object.fromEntries(
          Object.entries(raw.steps).map(([id, step]) => [
            id,
            isObject(step) ? stepToV2(step) : step,
          ]),
        )
      : raw.steps,
    history: Array.isArray(raw.history)
      ? raw.history.map((entry) =>
          isObject(entry) && typeof entry.summary === 'string'
            ? { ...entry, summary: phraseFromProse(entry.summary) }
            : entry,
        )
      : raw.history,
  }),
};

function stepToV2(step: Raw): Raw {
  const next: Raw = { ...step };
  if (typeof step.note === 'string') next.note = phraseFromProse(step.note);
  if (isObject(step.evidence) && isObject(step.evidence.values)) {
    const orderDefaults = orderDefaultsFromWords(step.evidence.values);
    if (orderDefaults) {
      const { values: _, ...evidence } = step.evidence;
      next.evidence = { ...evidence, orderDefaults };
    }
  }
  return next;
}

export function readOrgRecord(raw: unknown): ReadResult {
  if (!isObject(raw)) return { ok: false, reason: 'not an object' };
  let record = raw;
  let version = record.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown schema version' };
  }
  if (version > ORG_SCHEMA_VERSION) {
    return { ok: false, reason: `written by a newer version of the extension (schema ${version})` };
  }
  const migrated = version < ORG_SCHEMA_VERSION;
  while (version < ORG_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema ${version}` };
    record = step(record);
    version++;
  }
  const parsed = orgProgressSchema.safeParse(addLaterSteps(record));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `invalid at ${issue?.path.join('.') || 'root'}: ${issue?.message}`,
    };
  }
  return { ok: true, value: parsed.data, migrated };
}

/**
 * Reads `settings:<org>`; when there is none, schema v1's `answers:<org>` (package answers alone)
 * becomes the record (`migrated`: the caller stores it). A damaged `answers:<org>` is dropped:
 * it only ever cost the admin one more question.
 */
export function readOrgSettingsRecord(
  raw: unknown,
  legacyAnswers: unknown,
): ReadResult<StoredOrgSettings> {
  if (raw === undefined) {
    const answers = packageAnswersSchema.safeParse(legacyAnswers);
    const packageAnswers: PackageAnswers = answers.success ? answers.data : {};
    return { ok: true, value: { v: 1, packageAnswers }, migrated: legacyAnswers !== undefined };
  }
  const parsed = storedOrgSettingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, migrated: false };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `invalid at ${issue?.path.join('.') || 'root'}: ${issue?.message}` };
}

// ---- v1 prose read back into phrases ----------------------------------------------------------

const LOCALES: readonly MessageFile[] = [en, de, fr];

interface Template {
  key: MessageKey;
  pattern: RegExp;
  /** Substitution number of each capture group, in order. */
  slots: number[];
  /** Characters of fixed text: the more, the surer a match. */
  weight: number;
  /** No letter in its fixed text ("$1: $2"): it matches only when every argument is a message too. */
  loose: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(key: string, message: string): Template | null {
  const parts = message.split(/\$(\$|[1-9])/);
  let source = '';
  let literal = '';
  const slots: number[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      source += escapeRegExp(part);
      literal += part;
    } else if (part === '$') {
      source += '\\$';
      literal += '$';
    } else {
      source += '([\\s\\S]*?)';
      slots.push(Number(part));
    }
  });
  // A message of placeholders and punctuation alone would match any prose on its own.
  const loose = !/\p{L}/u.test(literal);
  if (loose && slots.length === 0) return null;
  return {
    key: key as MessageKey,
    pattern: new RegExp(`^${source}$`),
    slots,
    weight: literal.length,
    loose,
  };
}

let templates: { top: Template[]; all: Template[] } | null = null;

function allTemplates() {
  if (!templates) {
    const all = LOCALES.flatMap((file) =>
      Object.entries(file).flatMap(([key, entry]) => compile(key, entry.message) ?? []),
    ).sort((a, b) => b.weight - a.weight);
    // What v1's reducer wrote at the top of a note or a summary (src/core/progress.ts); the
    // history wrappers ("Older observation ignored: …") first, as they hold a summary.
    const rank = (t: Template) => (t.key.startsWith('history') ? 0 : 1);
    const top = all
      .filter((t) => /^(note|summary|history)/.test(t.key))
      .sort((a, b) => rank(a) - rank(b) || b.weight - a.weight);
    templates = { top, all };
  }
  return templates;
}

function match(prose: string, candidates: readonly Template[], depth: number): Phrase | null {
  for (const template of candidates) {
    const found = template.pattern.exec(prose);
    if (!found) continue;
    const args: PhraseArg[] = [];
    let allMessages = true;
    template.slots.forEach((slot, i) => {
      const value = found[i + 1] ?? '';
      const nested = depth < 3 ? match(value, allTemplates().all, depth + 1) : null;
      if (!nested) allMessages = false;
      args[slot - 1] = nested ?? value;
    });
    if (template.loose && !allMessages) continue;
    for (let i = 0; i < args.length; i++) args[i] ??= '';
    return args.length > 0 ? { key: template.key, args } : { key: template.key };
  }
  return null;
}

/** A v1 note or history summary as a phrase; prose no message of any locale wrote stays text. */
export function phraseFromProse(prose: string): Phrase {
  return match(prose, allTemplates().top, 0) ?? { text: prose };
}

/** v1's order-defaults words (label → value, in one locale) as facts, or null when not readable. */
function orderDefaultsFromWords(values: Raw): Evidence['orderDefaults'] | null {
  for (const file of LOCALES) {
    const word = (key: MessageKey) => file[key]?.message;
    const allow = values[word('valueAllowMultipleOrders') ?? ''];
    const start = values[word('valueDefaultOrderStartDate') ?? ''];
    if (typeof allow !== 'string' || typeof start !== 'string') continue;
    if (allow !== word('valueYes') && allow !== word('valueNo')) continue;
    return {
      allowMultipleOrders: allow === word('valueYes'),
      defaultOrderStartDate:
        start === word('valueNone')
          ? ''
          : start === word('valueQuoteStartDate')
            ? RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate
            : start,
    };
  }
  return null;
}
