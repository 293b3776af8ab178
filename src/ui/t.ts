/// <reference types="vite/client" />
/**
 * `t(key, ...substitutions)`: every text the extension shows, in the browser's UI language, from
 * _locales/<lang>/messages.json through chrome.i18n (content scripts, popup and worker alike).
 * A key the messages lack shows as the key itself: visible, never a crash. Where chrome.i18n is
 * missing (unit tests in node), the English file answers, so tests read the English texts; the
 * production build leaves that copy of the English file out (chrome.i18n is always there).
 */
import { english, type MessageKey, type Translate } from '../core/i18n';

export type { MessageKey, Translate };

type GetMessage = (key: string, substitutions?: string[]) => string;

function getMessage(): GetMessage | undefined {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
  return typeof i18n?.getMessage === 'function' ? i18n.getMessage.bind(i18n) : undefined;
}

export const t: Translate = (key, ...substitutions) => {
  const get = getMessage();
  if (get) return get(key, substitutions.map(String)) || key;
  return import.meta.env.MODE === 'production' ? key : english(key, ...substitutions);
};

/**
 * The language the messages are shown in ("en", "de", "fr"): the one of the messages file
 * chrome.i18n picked, which may differ from the browser's own language (say "de-AT" → de, "es" →
 * en). For `lang` attributes and for dates, so they match the text around them.
 */
export function uiLanguage(): string {
  const code = t('uiLocale');
  return code === 'uiLocale' ? 'en' : code;
}

/** The locale for dates and numbers: the browser's own when it is of the messages' language. */
export function displayLocale(): string {
  const language = uiLanguage();
  const browser = globalThis.navigator?.language ?? '';
  return browser.toLowerCase().split('-')[0] === language ? browser : language;
}
