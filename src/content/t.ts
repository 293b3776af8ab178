/**
 * The content script's `t`: the same signature as the extension's (src/ui/t.ts), but it writes
 * the message key and arguments (src/core/phrase-text.ts) for the panel's frame to put into words
 * there: the first chrome.i18n call in a page costs the page's renderer the whole messages file
 * (README, "First load"). Unit tests, which read card models directly, get the English words.
 * Text that leaves the panel (a copied diagnostic, a page snapshot) goes through `words`.
 */
import { english, type Translate } from '../core/i18n';
import { encodePhrase, wordsOf } from '../core/phrase-text';
import { t as translate } from '../ui/t';

export type { MessageKey, Translate } from '../core/i18n';

export const t: Translate =
  import.meta.env.MODE === 'test'
    ? english
    : (key, ...substitutions) => encodePhrase(key, substitutions);

/**
 * A text's phrases in the admin's words, for text the panel does not show. Calls chrome.i18n in
 * the page: only on the admin's request (Copy diagnostic, a snapshot), never on a page's load.
 */
export const words = (text: string): string => wordsOf(text, translate);
