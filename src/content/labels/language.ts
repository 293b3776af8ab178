/**
 * Which Setup language a page is in, and the non-English label tables, loaded on demand. This
 * module ships in the content entry (`startFeatures` in ../boot.ts awaits loadLabels before a
 * page's features start), so it stays tiny: no table here, and nothing that would pull the reading code in.
 */
import type { SalesforceLabels } from '../labels';
import type { LabelConfidence } from './confidence';

/** The languages with a table of their own besides English (which is always there). */
const LOAD = {
  de: () => import('./labels.de'),
  fr: () => import('./labels.fr'),
} satisfies Record<
  string,
  () => Promise<{ default: SalesforceLabels; confidence: LabelConfidence }>
>;

export type SetupLanguage = 'en' | keyof typeof LOAD;

const loaded: Partial<Record<SetupLanguage, SalesforceLabels>> = {};
const confidences: Partial<Record<SetupLanguage, LabelConfidence>> = {};

/** "de-DE", "fr_CA", "DE" → a language with labels; anything else (or nothing) → English. */
export function setupLanguage(lang: string | null | undefined): SetupLanguage {
  const code = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LOAD, code) ? (code as SetupLanguage) : 'en';
}

/** The table of `lang` if loaded (English lives with the reading code, in ../labels.ts). */
export const loadedLabels = (lang: SetupLanguage): SalesforceLabels | undefined => loaded[lang];

/**
 * Which label set `labels(doc)` reads (its language: English when the page's is unknown or not
 * loaded) and the texts of that set not yet confirmed on a real org (English has none: it is the
 * reference). Here, not in ../labels.ts, so the diagnostic can name it without the English table.
 */
export function labelSet(doc: Document | undefined = globalThis.document): {
  language: SetupLanguage;
  confidence: LabelConfidence;
} {
  const lang = setupLanguage(doc?.documentElement?.lang);
  return loaded[lang]
    ? { language: lang, confidence: confidences[lang] ?? {} }
    : { language: 'en', confidence: {} };
}

/** Loads the labels of the page's Setup language (its <html lang>), if it is not English. */
export async function loadLabels(doc: Document | undefined = globalThis.document): Promise<void> {
  const lang = setupLanguage(doc?.documentElement?.lang);
  if (lang === 'en' || loaded[lang]) return;
  const table = await LOAD[lang]();
  loaded[lang] = table.default;
  confidences[lang] = table.confidence;
}
