/**
 * Texts kept as facts: a message key and its arguments, translated only when shown (popup, panel,
 * report), so stored history reads in the admin's language of the day and storage limits guard
 * data, not prose. An argument is a value (a version, a user name, a date) or another phrase. A
 * phrase `{ text }` is prose carried over from schema v1 that matched no message (src/core/migrate.ts):
 * shown as it was written.
 */
import type { MessageKey, Translate } from './i18n';

export type Phrase = { key: MessageKey; args?: PhraseArg[] } | { text: string };
export type PhraseArg = string | number | Phrase;

export const phrase = (key: MessageKey, ...args: PhraseArg[]): Phrase =>
  args.length > 0 ? { key, args } : { key };

/** The phrase in the language of `t`. */
export function say(value: Phrase, t: Translate): string {
  if ('text' in value) return value.text;
  return t(value.key, ...(value.args ?? []).map((arg) => sayArg(arg, t)));
}

export const sayArg = (arg: PhraseArg, t: Translate): string | number =>
  typeof arg === 'object' ? say(arg, t) : arg;

/** Same key and arguments (history folds repeats of one phrase). */
export const samePhrase = (a: Phrase | undefined, b: Phrase | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
