/**
 * Phrases carried inside plain strings. The content script never translates: its `t`
 * (src/content/t.ts) writes a message key and its arguments between private-use characters, and
 * whoever shows the text (the panel's frame, src/overlay/; the worker for a snapshot) puts it
 * into words with chrome.i18n there. The first chrome.i18n call in a page loads the extension's
 * whole messages file into the page's renderer (tens of ms; README, "First load"), so the page
 * leaves that to the extension's own process. Card models stay strings: a phrase may sit inside
 * other text or be an argument of another phrase.
 */
import type { MessageKey, Translate } from './i18n';

const OPEN = '\uE000';
const NEXT = '\uE001';
const CLOSE = '\uE002';
const MARKS = /[\uE000-\uE002]/g;

/** `key` and its arguments as text that `wordsOf` turns into the message. */
export function encodePhrase(key: MessageKey, args: readonly (string | number)[]): string {
  return `${OPEN}${key}${args.map((arg) => NEXT + String(arg)).join('')}${CLOSE}`;
}

/** Whether `text` carries a phrase (a cheap test before `wordsOf`). */
export const hasPhrase = (text: string): boolean => text.includes(OPEN);

/**
 * Every phrase in `text` in the words of `t`, arguments first. Text around phrases stays; a
 * phrase left open (cut short) shows what it holds without its marks. Page text that contains the
 * marks itself can only ever name one of our own messages.
 */
export function wordsOf(text: string, t: Translate): string {
  if (!hasPhrase(text)) return text;
  let at = 0;
  /** Reads until `stop` (one of the marks) at this depth; returns the words read. */
  const read = (inPhrase: boolean): string => {
    let out = '';
    while (at < text.length) {
      const c = text[at] as string;
      if (inPhrase && (c === NEXT || c === CLOSE)) return out;
      at++;
      if (c === OPEN) out += phraseAt();
      else if (c !== NEXT && c !== CLOSE) out += c;
    }
    return out;
  };
  const phraseAt = (): string => {
    const key = read(true);
    const args: string[] = [];
    while (text[at] === NEXT) {
      at++;
      args.push(read(true));
    }
    if (text[at] !== CLOSE) return [key, ...args].join(' ').replace(MARKS, '');
    at++;
    return t(key as MessageKey, ...args);
  };
  return read(false);
}
