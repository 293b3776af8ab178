/**
 * Reading the Quote-to-Cash install website (install.steelbrick.com). Its markup is unknown and
 * changes, so this reads it the way a person does, never by id or class:
 * - every link to `/packaging/installPackage.apexp?p0=04t…` on login.salesforce.com (Production)
 *   or test.salesforce.com (Sandbox) is an install link;
 * - its product is the nearest enclosing section heading naming "Salesforce CPQ" or
 *   "Salesforce Billing" (headings outline the page: an h2 ends the previous h2's section);
 * - its release is the smallest element around it that names one release ("Spring '26") and/or
 *   one version ("260.0"): a table row, a list item, a card.
 * The site is in English only: its words (headings, "Version") are read as English.
 * Pure DOM queries, no side effects: unit-tested on each replica layout
 * (tests/unit/quote-to-cash-site.test.ts).
 */
import type { PackageKey } from '../../core/plan';
import {
  findReleaseNames,
  findVersions,
  newestFirst,
  parseVersion,
  type ReleaseName,
  readInstallLink,
} from '../../core/releases';
// Real words, not the content script's phrases (../t.ts): a release's label is also sent to the
// worker as the chosen link's evidence. Only a release known by its version alone asks for it.
import { t } from '../../ui/t';
import { foldSpaces, foldText } from '../dom/find';

export type SiteProduct = Extract<PackageKey, 'cpq' | 'billing'>;

export interface SiteLink {
  element: HTMLAnchorElement;
  href: string;
  versionId: string;
  environment: 'production' | 'sandbox';
}

export interface SiteRelease {
  product: SiteProduct;
  name: ReleaseName | null;
  version: string | null;
  /** "Spring '26", else "Version 260.0", else null. */
  label: string | null;
  /** The row, item or card that shows this release (more than one if the site splits them). */
  elements: Element[];
  links: SiteLink[];
}

export interface SiteSection {
  product: SiteProduct;
  /** Newest first. */
  releases: SiteRelease[];
}

export interface QuoteToCashSite {
  sections: Partial<Record<SiteProduct, SiteSection>>;
  /** Install links seen at all (including those of products the guide does not install). */
  linkCount: number;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const SKIP = 'script, style, noscript, template';

/** Products the site lists beside ours; a heading naming one is never ours. */
const OTHER_PRODUCTS = ['advanced approvals', 'approvals'];

/** Which of our products a heading names: exactly one of them, and no other product. */
export function productOfHeading(text: string | null | undefined): SiteProduct | 'other' | null {
  const t = foldText(text);
  if (OTHER_PRODUCTS.some((other) => t.includes(other))) return 'other';
  const cpq = /\bcpq\b/.test(t);
  const billing = /\bbilling\b/.test(t);
  if (cpq && billing) return null; // the page title: "Salesforce CPQ and Billing Installation"
  if (cpq) return 'cpq';
  if (billing) return 'billing';
  return null;
}

function headingLevel(element: Element): number {
  const tag = /^h([1-6])$/i.exec(element.tagName);
  if (tag) return Number(tag[1]);
  const aria = Number(element.getAttribute('aria-level'));
  return Number.isInteger(aria) && aria > 0 ? aria : 2;
}

interface ReleaseInfo {
  names: ReleaseName[];
  versions: string[];
}

/** The element's text with its text nodes apart ("Spring '26" | "260.0" in cells, not "Spring '26260.0"). */
function textOf(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIP)) parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

function infoOf(text: string): ReleaseInfo {
  return { names: findReleaseNames(text), versions: findVersions(text) };
}

/** A release heading ("Spring 26" on a card) is part of a release, not a section of the page. */
const namesRelease = (text: string) => {
  const info = infoOf(text);
  return info.names.length > 0 || info.versions.length > 0;
};

/**
 * The smallest element around the link that shows one release, or when the first one showing
 * any holds several (a layout that stacks names above links), the nearest name before the link.
 */
function releaseAround(
  link: HTMLAnchorElement,
): { element: Element; name: ReleaseName | null; version: string | null } | null {
  const body = link.ownerDocument.body;
  for (let node = link.parentElement; node && node !== body; node = node.parentElement) {
    const text = textOf(node);
    const info = infoOf(text);
    if (info.names.length === 0 && info.versions.length === 0) continue;
    const version = parseVersion(text);
    if (info.names.length <= 1 && (info.versions.length <= 1 || version)) {
      return { element: node, name: info.names[0] ?? null, version };
    }
    return nearestBefore(link, node);
  }
  return null;
}

function nearestBefore(
  link: HTMLAnchorElement,
  within: Element,
): { element: Element; name: ReleaseName | null; version: string | null } | null {
  const walker = link.ownerDocument.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  let found: { element: Element; name: ReleaseName | null; version: string | null } | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (link.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    const info = infoOf(node.textContent ?? '');
    if (info.names.length === 1 || info.versions.length === 1) {
      found = {
        element: link.parentElement ?? parent,
        name: info.names[0] ?? null,
        version: parseVersion(node.textContent),
      };
    }
  }
  return found;
}

function labelOf(name: ReleaseName | null, version: string | null): string | null {
  if (name) return name.label;
  return version ? t('releaseVersion', version) : null;
}

/** Every install link of CPQ and Billing on the page, grouped by release, newest first. */
export function readQuoteToCashSite(doc: Document): QuoteToCashSite {
  const sections: QuoteToCashSite['sections'] = {};
  const byKey = new Map<string, SiteRelease>();
  const order: SiteRelease[] = [];
  /** The outline so far: the headings enclosing the current point of the page. */
  const outline: { level: number; product: SiteProduct | 'other' | null }[] = [];
  let linkCount = 0;

  for (const element of doc.querySelectorAll<HTMLElement>(`${HEADINGS}, a[href]`)) {
    if (element.closest(SKIP)) continue;
    if (element.matches(HEADINGS)) {
      const text = foldSpaces(textOf(element));
      if (!text) continue;
      const product = productOfHeading(text);
      // A card's own heading ("Spring '26") is inside a section, not a section of its own.
      if (product === null && namesRelease(text)) continue;
      const level = headingLevel(element);
      while ((outline.at(-1)?.level ?? 0) >= level) outline.pop();
      outline.push({ level, product });
      continue;
    }
    const anchor = element as HTMLAnchorElement;
    const link = readInstallLink(anchor.href);
    if (!link?.environment) continue;
    linkCount++;
    const product = [...outline].reverse().find((h) => h.product !== null)?.product ?? null;
    if (product !== 'cpq' && product !== 'billing') continue;
    const around = releaseAround(anchor);
    const name = around?.name ?? null;
    const version = around?.version ?? null;
    // Releases are one per name or version; without either, one per p0.
    const key = `${product}:${version ?? name?.label ?? link.versionId.slice(0, 15)}`;
    let release = byKey.get(key);
    if (!release) {
      release = {
        product,
        name,
        version,
        label: labelOf(name, version),
        elements: [],
        links: [],
      };
      byKey.set(key, release);
      order.push(release);
    }
    const container = around?.element ?? anchor.parentElement ?? anchor;
    if (!release.elements.includes(container)) release.elements.push(container);
    release.links.push({
      element: anchor,
      href: anchor.href,
      versionId: link.versionId,
      environment: link.environment,
    });
  }

  for (const product of ['cpq', 'billing'] as const) {
    const releases = order.filter((r) => r.product === product);
    if (releases.length > 0) sections[product] = { product, releases: newestFirst(releases) };
  }
  return { sections, linkCount };
}

/** The link of a release for an environment (the first, if the site lists it twice). */
export function linkFor(
  release: SiteRelease,
  environment: 'production' | 'sandbox',
): SiteLink | null {
  return release.links.find((l) => l.environment === environment) ?? null;
}

/** The release (and its section) an install link element belongs to, if it is one of ours. */
export function releaseOfLink(
  site: QuoteToCashSite,
  anchor: Element,
): { release: SiteRelease; link: SiteLink; newest: SiteRelease } | null {
  for (const section of Object.values(site.sections)) {
    for (const release of section.releases) {
      const link = release.links.find((l) => l.element === anchor);
      const newest = section.releases[0];
      if (link && newest) return { release, link, newest };
    }
  }
  return null;
}
