/**
 * Reading the package install page (either installer shape) and its Approve Third-Party Access
 * dialog (docs/salesforce/install-page.md). Pure DOM queries, no side effects: unit-tested in
 * tests/unit/install-page-read.test.ts and tests/unit/options.test.ts.
 */

import { claimOfName } from '../../core/install-identity';
import { installerVersionId } from '../../core/install-url';
import { clip, LIMITS } from '../../core/limits';
import type { Audience } from '../../core/plan';
import { findButtons, foldSpaces, isShown, labelFold, readLabeled } from '../dom/find';
import { type Choice, chosenIndex, elementsWithText, findChoices } from '../dom/options';
import { labels } from '../labels';
import { t } from '../t';

export interface InstallPageFacts {
  /** The labelled name (App Name, Package Name). */
  name: string | null;
  /** The name the heading shows ("Install Salesforce CPQ" → "Salesforce CPQ"). */
  heading: string | null;
  publisher: string | null;
  /** The version offered: the labelled Version Number, else the upgrade header's new version. */
  version: string | null;
  /** The upgrade header's installed version, when the page says it is an upgrade. */
  upgradeFrom: string | null;
  /** p0 or apvId of the URL: the package version id (15 or 18 characters, starts with 04t). */
  versionId: string | null;
}

const VERSION = /\d+(?:\.\d+)+/;
const version = (text: string | null | undefined) =>
  text?.match(VERSION)?.[0]?.slice(0, LIMITS.version) ?? null;

export function readInstallPage(doc: Document, url: URL): InstallPageFacts {
  const l = labels(doc).installPage;
  const heading = readHeading(doc);
  const upgrade = readUpgradeLines(doc);
  return {
    name: readLabeled(doc, l.packageName),
    heading: heading?.name ?? null,
    publisher: readLabeled(doc, l.publisher) ?? (heading ? readByline(heading.element) : null),
    version: version(readLabeled(doc, l.version)) ?? upgrade.to,
    upgradeFrom: upgrade.from,
    versionId: installerVersionId(url),
  };
}

/** Headings that name no package ("Install Package" is the installer's own title). */
const GENERIC_NAMES = new Set(['package', 'packages', 'app', 'application', 'apps']);

/**
 * The package name in the page heading: an h1 (or level-1 heading role) that reads like one of
 * the heading patterns ("Install {name}", "Upgrade {name}"), or that is the name of a package
 * the guide knows. Another bare h1 ("Setup") names nothing.
 */
export function readHeading(doc: Document): { name: string; element: Element } | null {
  const patterns = labels(doc).installPage.heading.map((pattern) => {
    const [before = '', after = ''] = labelFold(pattern).split('{name}');
    return { before, after };
  });
  for (const element of doc.querySelectorAll('h1, [role="heading"][aria-level="1"]')) {
    if (!isShown(element)) continue;
    const text = foldSpaces(element.textContent);
    const folded = labelFold(text);
    for (const { before, after } of patterns) {
      if (!folded.startsWith(before) || !folded.endsWith(after)) continue;
      const name = clip(text.slice(before.length, text.length - after.length).trim(), LIMITS.name);
      if (name && !GENERIC_NAMES.has(labelFold(name))) return { name, element };
    }
    if (claimOfName(text).kind !== 'other') return { name: clip(text, LIMITS.name), element };
  }
  return null;
}

/** "By Stripe" under the heading: the publisher, when no labelled one is shown. */
function readByline(heading: Element): string | null {
  const words = labels(heading.ownerDocument).installPage.byline.map((w) => `${labelFold(w)} `);
  const around = heading.parentElement ?? heading;
  for (const element of around.querySelectorAll('p, div, span, h2, h3')) {
    if (element.children.length > 0) continue;
    const text = foldSpaces(element.textContent);
    const word = words.find((w) => labelFold(text).startsWith(w));
    if (word) return clip(text.slice(word.length).trim(), LIMITS.publisher) || null;
  }
  return null;
}

/**
 * The upgrade header's two lines ("Installed: Salesforce CPQ (256.1)", "New Version: … (258.2)"),
 * or the same words as labels beside their values.
 */
export function readUpgradeLines(doc: Document): { from: string | null; to: string | null } {
  const l = labels(doc).installPage;
  const line = (names: readonly string[]) => {
    const starts = names.map(labelFold);
    for (const element of doc.querySelectorAll('h2, h3, p, div, span, li')) {
      if (element.children.length > 2 || !isShown(element)) continue;
      const folded = labelFold(element.textContent);
      if (starts.some((s) => folded.startsWith(s)) && version(folded)) return version(folded);
    }
    return version(readLabeled(doc, names));
  };
  return { from: line(l.upgradeInstalled), to: line(l.upgradeNewVersion) };
}

/** Namespace prefixes the page shows (View Components lists `SBQQ__Quote__c`, …); never script text. */
export function readNamespaces(doc: Document): string[] {
  const found = new Set<string>();
  const walker = doc.createTreeWalker(doc.body ?? doc, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, noscript, template')) continue;
    for (const match of (node.textContent ?? '').matchAll(
      /\b([A-Za-z][A-Za-z0-9]{1,14})__[A-Za-z0-9_]+/g,
    ))
      found.add(match[1] as string);
  }
  return [...found];
}

/** A shown installation-key prompt: a password field, or its label text. */
export function findKeyPrompt(doc: Document): Element | null {
  const password = [...doc.querySelectorAll('input[type="password"]')].find(isShown);
  if (password) return password;
  return elementsWithText(doc, labels(doc).installPage.installationKey)[0] ?? null;
}

/** The non-Salesforce application acknowledgement: its text, and its box when one is there. */
export function findAcknowledgement(doc: Document): { text: Element; box: Element | null } | null {
  const starts = labels(doc).installPage.acknowledgement.map(labelFold);
  const walker = doc.createTreeWalker(doc.body ?? doc, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!starts.some((s) => labelFold(node.textContent).startsWith(s))) continue;
    const text = node.parentElement;
    if (!text || !isShown(text)) continue;
    let box: Element | null = null;
    for (let up: Element | null = text, i = 0; up && i < 4 && !box; up = up.parentElement, i++)
      box = up.querySelector('input[type="checkbox"], [role="checkbox"]');
    return { text, box };
  }
  return null;
}

/** Something on the page says it is still loading (Aura shows a spinner before it renders). */
export function isLoading(doc: Document): boolean {
  return [
    ...doc.querySelectorAll(
      '.slds-spinner, .slds-spinner_container, .auraLoadingBox, #auraLoadingBox, [role="progressbar"], lightning-spinner, .loadingSpinner',
    ),
  ].some(isShown);
}

/** Whether the page shows anything of an installer: a heading, labelled details, options, a button. */
export function showsInstaller(doc: Document, facts: InstallPageFacts): boolean {
  return Boolean(
    facts.heading ||
      facts.name ||
      facts.publisher ||
      findInstallButton(doc) ||
      findAudienceOptions(doc).ok,
  );
}

export type AudienceOptions = Record<Audience, Choice>;

export type Found<T> = { ok: true; value: T } | { ok: false; missing: string[] };

const AUDIENCES: readonly Audience[] = ['admins-only', 'all-users', 'specific-profiles'];

/**
 * The three security options, each found once by its own text (src/content/dom/options.ts),
 * with the control that belongs to it. A look-alike or decoy elsewhere on the page makes an
 * option ambiguous, and an ambiguous page is never filled; so are options whose native radios
 * are not one group.
 */
export function findAudienceOptions(doc: Document): Found<AudienceOptions> {
  const l = labels(doc).installPage.audience;
  const results = findChoices(
    doc,
    AUDIENCES.map((a) => [l[a]]),
    'radio',
  );
  const missing = results.flatMap((result, i) => {
    if (result.ok) return [];
    const label = l[AUDIENCES[i] as Audience];
    return [
      result.found === 0 ? t('missingOption', label) : t('missingOneOption', label, result.found),
    ];
  });
  if (missing.length > 0) return { ok: false, missing };
  const options = Object.fromEntries(
    results.map((r, i) => [AUDIENCES[i], (r as { choice: Choice }).choice]),
  ) as AudienceOptions;
  const radios = Object.values(options).map((o) => o.control);
  if (radios.every((r) => r instanceof HTMLInputElement)) {
    const names = new Set(radios.map((r) => (r as HTMLInputElement).name));
    if (names.size !== 1) return { ok: false, missing: [t('missingOneGroup')] };
  }
  return { ok: true, value: options };
}

/** The option the page shows chosen; 'none' when none is, null when the page does not show it. */
export function chosenAudience(options: AudienceOptions): Audience | 'none' | null {
  const index = chosenIndex(AUDIENCES.map((a) => options[a]));
  if (index === null) return null;
  return index < 0 ? 'none' : (AUDIENCES[index] as Audience);
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
  checkbox: Choice;
  continueButton: HTMLElement | null;
  sites: string[];
}

/** The grant-access checkbox, found by its own text like an option; null if not shown once. */
export function findGrantAccess(doc: Document): Choice | null {
  const [result] = findChoices(doc, [labels(doc).installPage.grantAccess], 'checkbox');
  return result?.ok ? result.choice : null;
}

/** The dialog around a grant-access checkbox: the nearest ancestor that also holds Continue. */
export function thirdPartyDialog(checkbox: Choice): ThirdPartyDialog {
  const doc = checkbox.text.ownerDocument;
  const l = labels(doc).installPage;
  let container: Element | null = checkbox.text.parentElement;
  let continueButton: HTMLElement | null = null;
  while (container && container !== doc.body) {
    continueButton = findButtons(container, l.continue)[0] ?? null;
    if (continueButton) break;
    container = container.parentElement;
  }
  container ??= checkbox.text.parentElement ?? doc.body;
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
