/**
 * Which Setup language a page is in, and the non-English label tables, loaded on demand. This
 * module ships in the content entry (the `lazy` helper awaits loadLabels before a recognizer
 * starts), so it stays tiny: no table here, and nothing that would pull the reading code in.
 */
import type { SalesforceLabels } from '../labels';

/** The languages with a table of their own besides English (which is always there). */
const LOAD = {
  de: () => import('./labels.de'),
  fr: () => import('./labels.fr'),
} satisfies Record<string, () => Promise<{ default: SalesforceLabels }>>;

export type SetupLanguage = 'en' | keyof typeof LOAD;

const loaded: Partial<Record<SetupLanguage, SalesforceLabels>> = {};

/** "de-DE", "fr_CA", "DE" → a language with labels; anything else (or nothing) → English. */
export function setupLanguage(lang: string | null | undefined): SetupLanguage {
  const code = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LOAD, code) ? (code as SetupLanguage) : 'en';
}

/** The table of `lang` if loaded (English lives with the reading code, in ../labels.ts). */
export const loadedLabels = (lang: SetupLanguage): SalesforceLabels | undefined => loaded[lang];

/** Loads the labels of the page's Setup language (its <html lang>), if it is not English. */
export async function loadLabels(doc: Document | undefined = globalThis.document): Promise<void> {
  const lang = setupLanguage(doc?.documentElement?.lang);
  if (lang !== 'en') loaded[lang] ??= (await LOAD[lang]()).default;
}
