/**
 * Reading the package install page and its Approve Third-Party Access dialog. Pure DOM
 * queries, no side effects: unit-tested on replica variants (tests/unit/install-page.test.ts).
 */
import { clip, LIMITS } from '../../core/limits';
import type { Audience } from '../../core/plan';
import { t } from '../../ui/t';
import {
  controlLabel,
  findButtons,
  findControls,
  foldSpaces,
  isShown,
  labelFold,
  readLabeled,
} from '../dom/find';
import { labels } from '../labels';

export interface InstallPageFacts {
  name: string | null;
  publisher: string | null;
  version: string | null;
  /** p0 of the URL: the package version id (15 or 18 characters, starts with 04t). */
  versionId: string | null;
}

export function readInstallPage(doc: Document, url: URL): InstallPageFacts {
  const l = labels(doc).installPage;
  const p0 = url.searchParams.get('p0');
  return {
    name: readLabeled(doc, l.packageName),
    publisher: readLabeled(doc, l.publisher),
    version:
      readLabeled(doc, l.version)
        ?.match(/\d+(?:\.\d+)+/)?.[0]
        ?.slice(0, LIMITS.version) ?? null,
    versionId: p0 && /^04t[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(p0) ? p0 : null,
  };
}

export type AudienceRadios = Record<Audience, HTMLInputElement>;

export type Found<T> = { ok: true; value: T } | { ok: false; missing: string[] };

/**
 * The three security options, each found by its exact label. All three must be present, one
 * each, in one radio group: a look-alike or decoy elsewhere on the page makes it ambiguous,
 * and an ambiguous page is never filled.
 */
export function findAudienceRadios(doc: Document): Found<AudienceRadios> {
  const l = labels(doc).installPage.audience;
  const radios = {} as AudienceRadios;
  const missing: string[] = [];
  for (const [audience, label] of Object.entries(l) as [Audience, string][]) {
    const matches = findControls<HTMLInputElement>(doc, 'input[type="radio"]', label).filter(
      (radio) => !radio.disabled,
    );
    if (matches.length === 1 && matches[0]) radios[audience] = matches[0];
    else
      missing.push(
        matches.length === 0
          ? t('missingOption', label)
          : t('missingOneOption', label, matches.length),
      );
  }
  if (missing.length > 0) return { ok: false, missing };
  const names = new Set(Object.values(radios).map((r) => r.name));
  if (names.size !== 1) return { ok: false, missing: [t('missingOneGroup')] };
  return { ok: true, value: radios };
}

export function checkedAudience(radios: AudienceRadios): Audience | null {
  for (const [audience, radio] of Object.entries(radios) as [Audience, HTMLInputElement][])
    if (radio.checked) return audience;
  return null;
}

/** The button that starts the install: Install, or Upgrade when a version is installed. */
export function findInstallButton(doc: Document): { button: HTMLElement; upgrade: boolean } | null {
  const l = labels(doc).installPage;
  const upgrade = findButtons(doc, l.upgrade)[0];
  if (upgrade) return { button: upgrade, upgrade: true };
  const install = findButtons(doc, l.install)[0];
  return install ? { button: install, upgrade: false } : null;
}

export interface ThirdPartyDialog {
  container: Element;
  checkbox: HTMLInputElement;
  continueButton: HTMLElement | null;
  sites: string[];
}

/** The checkboxes among `inputs` labelled as the dialog's grant-access box (shown or not). */
export function grantAccessBoxes(doc: Document, inputs: Iterable<Element>): HTMLInputElement[] {
  const l = labels(doc).installPage;
  const wanted = l.grantAccess.map(labelFold);
  return [...inputs].filter(
    (input): input is HTMLInputElement =>
      input instanceof HTMLInputElement &&
      input.type === 'checkbox' &&
      wanted.includes(controlLabel(input)),
  );
}

/** The dialog around a grant-access checkbox: the nearest ancestor that also holds Continue. */
export function thirdPartyDialog(checkbox: HTMLInputElement): ThirdPartyDialog {
  const doc = checkbox.ownerDocument;
  const l = labels(doc).installPage;
  let container: Element | null = checkbox.parentElement;
  let continueButton: HTMLElement | null = null;
  while (container && container !== doc.body) {
    continueButton = findButtons(container, l.continue)[0] ?? null;
    if (continueButton) break;
    container = container.parentElement;
  }
  container ??= checkbox.parentElement ?? doc.body;
  return { container, checkbox, continueButton, sites: readSites(container) };
}

/** Site URLs listed in the dialog, as text. */
function readSites(container: Element): string[] {
  const sites = new Set<string>();
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/https?:\/\/[^\s<>"',]+/g)) {
      sites.add(match[0].replace(/[.)]+$/, ''));
    }
  }
  return [...sites];
}

export type Outcome =
  | { stage: 'submitted' }
  | { stage: 'long-running' }
  | { stage: 'failed'; message: string };

/** Whether `folded` (page text folded by labelFold) says one of `phrases`. */
const says = (folded: string, phrases: readonly string[]) =>
  phrases.some((phrase) => folded.includes(labelFold(phrase)));

/** Whether the grant-access label is in `folded` (page text folded by labelFold). */
export const mentionsGrantAccess = (doc: Document, folded: string) =>
  says(folded, labels(doc).installPage.grantAccess);

/**
 * What the page says after Install (complete, still running with an email to follow, or
 * failed). `folded`: the text that changed, folded by labelFold; the precise, visible-only
 * search of the page runs only when a phrase is in it. 'not-shown': a phrase is there but not
 * shown (yet), so the caller keeps looking at the whole page.
 */
export function outcomeIn(doc: Document, folded: string): Outcome | 'not-shown' | null {
  const l = labels(doc).installPage;
  const body = doc.body;
  if (!body || !folded) return null;
  const failure = says(folded, l.failure);
  const longRunning = says(folded, l.longRunning);
  const complete = says(folded, l.complete);
  if (!failure && !longRunning && !complete) return null;
  const failed = failure ? findShownText(body, l.failure) : null;
  if (failed)
    return { stage: 'failed', message: clip(foldSpaces(failed.textContent), LIMITS.message) };
  if (longRunning && findShownText(body, l.longRunning)) return { stage: 'long-running' };
  if (complete && findShownText(body, l.complete)) return { stage: 'submitted' };
  return 'not-shown';
}

const SKIP = 'script, style, noscript, template';

/** The shown element whose text holds one of the phrases (never script source or hidden text). */
function findShownText(root: Element, phrases: readonly string[]): Element | null {
  const wanted = phrases.map(labelFold);
  const firstWords = wanted.map((w) => w.split(' ')[0] ?? w);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = labelFold(node.textContent);
    if (!firstWords.some((w) => own.includes(w))) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    // A phrase may span inline elements: look at the block around the text too.
    for (const element of [parent, parent.parentElement]) {
      if (!element) continue;
      const text = labelFold(element.textContent);
      if (wanted.some((w) => text.includes(w)) && isShown(element)) return element;
    }
  }
  return null;
}
