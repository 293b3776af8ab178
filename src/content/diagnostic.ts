/**
 * When a page is recognized by its URL but its controls are not where the reference says,
 * the admin is told plainly, and can copy a diagnostic that carries no record data: the URL
 * path (ids of records replaced), which page (its id), what it could not find, and which label
 * texts it looked for in which Setup language (with those not yet confirmed on a real org), so
 * an admin of a German or French org can tell us the right wording.
 */

import { offerSnapshot } from './boot';
// Not ../labels: a page without labels of its own (the Quote-to-Cash site) needs no table.
import type { Confidence } from './labels/confidence';
import { labelSet, type SetupLanguage } from './labels/language';
import type { PageContext } from './page';
import { type MessageKey, t, words } from './t';

export interface LabelsLookedFor {
  /** The label set (Setup language) the texts came from. */
  language: SetupLanguage;
  lookedFor: string[];
  /** The looked-for texts the set marks as not confirmed, and how sure each is. */
  unsure: { text: string; confidence: Confidence }[];
}

export function labelsLookedFor(doc: Document, lookedFor: readonly string[]): LabelsLookedFor {
  const { language, confidence } = labelSet(doc);
  const texts = [...new Set(lookedFor)];
  return {
    language,
    lookedFor: texts,
    unsure: texts.flatMap((text) => {
      const mark = Object.hasOwn(confidence, text) ? confidence[text] : undefined;
      return mark ? [{ text, confidence: mark }] : [];
    }),
  };
}

/** The "could not find" cards shown in this frame, for a page snapshot (./snapshot/). */
export const notFoundShown: { recognizer: string; what: string; missing: readonly string[] }[] = [];

export function diagnosticText(
  ctx: PageContext,
  missing: readonly string[],
  labels: LabelsLookedFor,
): string {
  const path = ctx.page.url.pathname.replace(
    /\b[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?\b/g,
    '<id>',
  );
  return JSON.stringify(
    {
      extension: chrome.runtime.getManifest().version,
      recognizer: ctx.pageId,
      surface: ctx.page.host.surface,
      path,
      frame: ctx.top ? 'top' : 'child',
      missing,
      labels,
      userAgent: navigator.userAgent.replace(/\) .*$/, ')'),
    },
    null,
    2,
  );
}

/** The Setup language's name in the UI language (a literal key each, for the message check). */
const LANGUAGE_NAME: Record<Exclude<SetupLanguage, 'en'>, MessageKey> = {
  de: 'setupLanguageDe',
  fr: 'setupLanguageFr',
};

/** Salesforce texts quoted for a card line: "Values", "Label". */
export const quoted = (texts: readonly string[]) => texts.map((text) => `"${text}"`).join(', ');

/** The card's lines on the label texts: only for a Setup language other than English. */
export function labelLines(labels: LabelsLookedFor): string[] {
  if (labels.language === 'en' || labels.lookedFor.length === 0) return [];
  const language = t(LANGUAGE_NAME[labels.language]);
  const lines = [t('notFoundLookedFor', language, quoted(labels.lookedFor))];
  if (labels.unsure.length > 0)
    lines.push(t('notFoundUnsure', quoted(labels.unsure.map((u) => u.text))));
  return lines;
}

/** One entry per recognizer (the latest), gone when its run ends. */
function noteNotFound(note: (typeof notFoundShown)[number], signal: AbortSignal): void {
  const drop = (recognizer: string) => {
    const i = notFoundShown.findIndex((n) => n.recognizer === recognizer);
    if (i >= 0) notFoundShown.splice(i, 1);
  };
  drop(note.recognizer);
  notFoundShown.push(note);
  signal.addEventListener('abort', () => drop(note.recognizer), { once: true });
}

/**
 * The card for a page whose controls are not where the reference says. `what` names the thing
 * in a few words and `missing` lists what exactly, both as phrases (./t.ts, put into words where shown);
 * `lookedFor` are the label texts (of the page's label set) the recognizer searched for.
 */
export async function showNotFound(
  ctx: PageContext,
  what: string,
  missing: readonly string[],
  lookedFor: readonly string[],
): Promise<void> {
  const overlay = await ctx.overlay();
  const labels = labelsLookedFor(document, lookedFor);
  noteNotFound({ recognizer: ctx.pageId, what, missing }, ctx.signal);
  overlay.show(
    'not-found',
    {
      tone: 'error',
      title: t('notFoundTitle', what),
      body: [t('notFoundBody', missing.join('; ')), ...labelLines(labels), t('notFoundAdvice')],
      actions: [
        {
          label: t('notFoundCopy'),
          run: () => {
            // Put into words only now, on the admin's click (./t.ts: never on a page's load).
            const text = diagnosticText(ctx, missing.map(words), labels);
            navigator.clipboard.writeText(text).catch(() => undefined);
          },
        },
        {
          label: t('snapshotMake'),
          run: () => void offerSnapshot(ctx),
        },
      ],
      announce: t('notFoundAnnounce', what),
    },
    ctx.signal,
  );
}
