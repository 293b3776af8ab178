/**
 * Message keys and the translator type shared by every part of the extension. Pure: the texts
 * themselves live in _locales/<lang>/messages.json (chrome.i18n); core functions that produce
 * text take a `Translate` so they never touch a browser API. `english` formats the English file
 * the way chrome.i18n.getMessage does, for unit tests and for code running outside the browser.
 */
import en from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** Up to nine substitutions, `$1` … `$9` in the message (chrome.i18n's limit). */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export type MessageFile = Readonly<Record<string, { message: string; description?: string }>>;

/**
 * Chrome's substitution rules: `$1` … `$9` are replaced by the substitutions (a missing one by
 * nothing), `$$` is a literal `$`; the substituted text itself is never read again.
 */
export function formatMessage(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_, mark: string) =>
    mark === '$' ? '$' : (substitutions[Number(mark) - 1] ?? ''),
  );
}

/** A translator over one message file; a key it lacks comes back as the key itself. */
export function translatorFor(messages: MessageFile): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key];
    return entry ? formatMessage(entry.message, substitutions.map(String)) : key;
  };
}

export const english: Translate = /* @__PURE__ */ translatorFor(en);
