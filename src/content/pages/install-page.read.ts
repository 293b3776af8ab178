/**
 * Reading the package install page and its Approve Third-Party Access dialog. Pure DOM
 * queries, no side effects: unit-tested on replica variants (tests/unit/install-page.test.ts).
 */
import { clip, LIMITS } from '../../core/limits';
import type { Audience } from '../../core/plan';
import { t } from '../../ui/t';
import {
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

/** The Approve Third-Party Access dialog, once the page has inserted it. */
export function findThirdPartyDialog(doc: Document): ThirdPartyDialog | null {
  const l = labels(doc).installPage;
  const checkbox = l.grantAccess
    .flatMap((label) => findControls<HTMLInputElement>(doc, 'input[type="checkbox"]', label))
    .find(isShown);
  if (!checkbox) return null;
  // The dialog is the nearest ancestor that also holds Continue.
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

/** What the page says after Install: complete, still running (email follows), or failed. */
export function readOutcome(doc: Document): Outcome | null {
  const l = labels(doc).installPage;
  const body = doc.body;
  if (!body) return null;
  // Cheap first: one pass over the text; the precise, visible-only search runs only on a hit.
  const all = labelFold(body.textContent);
  const find = (phrases: readonly string[]) =>
    phrases.some((p) => all.includes(labelFold(p))) ? findShownText(body, phrases) : null;
  const failed = find(l.failure);
  if (failed)
    return { stage: 'failed', message: clip(foldSpaces(failed.textContent), LIMITS.message) };
  if (find(l.longRunning)) return { stage: 'long-running' };
  if (find(l.complete)) return { stage: 'submitted' };
  return null;
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
