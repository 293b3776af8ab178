/**
 * Salesforce release names ("Winter '27"), package versions ("258.2") and install links, as
 * the Quote-to-Cash install website shows them. Pure string work: no DOM, no browser API.
 *
 * Release order: Salesforce names three releases per labelled year, shipped in the order
 * Winter, Spring, Summer; Winter '27 ships in autumn 2026, before Spring '27. So the labelled
 * year comes first, then Winter < Spring < Summer:
 *   Winter '27 > Summer '26 > Spring '26 > Winter '26.
 * CPQ's own versions agree (Winter '26 = 258.x, Spring '26 = 260.x).
 */
import { linkEnvironmentFor } from './guards';
import { installerVersionId, isInstallerPath } from './install-url';
import { type Environment, GENERIC_LOGIN_HOSTS } from './login-hosts';
import { compareVersions } from './packages';
import { httpsUrl } from './urls';

export const SEASONS = ['winter', 'spring', 'summer'] as const;
export type Season = (typeof SEASONS)[number];

export interface ReleaseName {
  season: Season;
  /** The labelled year, four digits: Winter '27 → 2027 (although it ships in 2026). */
  year: number;
  /** As Salesforce writes it, with a straight apostrophe: "Winter '27". */
  label: string;
}

/** "Winter '27", "Winter 27", "Winter ’27", "Winter'27", "winter 2027". */
const RELEASE_NAME = /\b(winter|spring|summer)\s*(?:['‘’`´′]\s*)?(\d{4}|\d{2})(?!\d)/gi;
/** A dotted version: 258.2, 258.2.1 (not part of a longer number or dotted run). */
const VERSION = /(?<![\d.])(\d{1,4}(?:\.\d{1,4}){1,3})(?!\.?\d)/g;
/** A version the text names as one: "Version 258.2.1", "v258.2", "version: 258.2". */
const LABELLED_VERSION = /\b(?:version|ver\.?|v)\s*:?\s*(\d{1,4}(?:\.\d{1,4}){1,3})(?!\.?\d)/gi;

const capital = (season: Season) => `${season[0]?.toUpperCase()}${season.slice(1)}`;

function toReleaseName(season: string, digits: string): ReleaseName {
  const s = season.toLowerCase() as Season;
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return { season: s, year, label: `${capital(s)} '${String(year % 100).padStart(2, '0')}` };
}

/** Every release name in a text, in order, each once. */
export function findReleaseNames(text: string | null | undefined): ReleaseName[] {
  const found = new Map<string, ReleaseName>();
  for (const match of (text ?? '').matchAll(RELEASE_NAME)) {
    const name = toReleaseName(match[1] ?? '', match[2] ?? '');
    if (!found.has(name.label)) found.set(name.label, name);
  }
  return [...found.values()];
}

/** The first release name in a text, or null. */
export function parseReleaseName(text: string | null | undefined): ReleaseName | null {
  return findReleaseNames(text)[0] ?? null;
}

/** Every dotted version in a text, those labelled "Version …" first, each once. */
export function findVersions(text: string | null | undefined): string[] {
  const t = text ?? '';
  const labelled = [...t.matchAll(LABELLED_VERSION)].map((m) => m[1] ?? '');
  const bare = [...t.matchAll(VERSION)].map((m) => m[1] ?? '');
  return [...new Set([...labelled, ...bare])].filter(Boolean);
}

/** "258.2", "Version 258.2.1" → the version; a text naming several bare numbers → the labelled one, else null. */
export function parseVersion(text: string | null | undefined): string | null {
  const t = text ?? '';
  const labelled = [...t.matchAll(LABELLED_VERSION)][0]?.[1];
  if (labelled) return labelled;
  const bare = findVersions(t);
  return bare.length === 1 ? (bare[0] ?? null) : null;
}

const rank = (name: ReleaseName) => name.year * SEASONS.length + SEASONS.indexOf(name.season);

/** > 0 when `a` is the newer release. */
export function compareReleaseNames(a: ReleaseName, b: ReleaseName): number {
  return Math.sign(rank(a) - rank(b));
}

export interface ReleaseKey {
  name?: ReleaseName | null;
  version?: string | null;
}

/**
 * > 0 when `a` is newer. By version when both show one (the version is what Salesforce
 * installs), else by release name when both show one; a release showing neither sorts last.
 */
export function compareReleases(a: ReleaseKey, b: ReleaseKey): number {
  if (a.version && b.version) {
    const byVersion = compareVersions(a.version, b.version);
    if (byVersion !== 0) return byVersion;
  }
  if (a.name && b.name) {
    const byName = compareReleaseNames(a.name, b.name);
    if (byName !== 0) return byName;
  }
  const known = (k: ReleaseKey) => (k.version ? 2 : 0) + (k.name ? 1 : 0);
  return Math.sign(known(a) - known(b));
}

/** Newest first; equal releases keep their order on the page. */
export function newestFirst<T extends ReleaseKey>(releases: readonly T[]): T[] {
  return releases
    .map((release, index) => ({ release, index }))
    .sort((a, b) => compareReleases(b.release, a.release) || a.index - b.index)
    .map(({ release }) => release);
}

/** Which install link (Sandbox or Production) an org of this kind installs through; null when unknown. */
export function chooseEnvironment(orgEnvironment: Environment): 'sandbox' | 'production' | null {
  return linkEnvironmentFor(orgEnvironment);
}

export interface InstallLink {
  /** p0 or apvId: the package version id (04t…, 15 or 18 characters). */
  versionId: string;
  /** Which kind of org the link installs into, from its host; null on any other host. */
  environment: 'production' | 'sandbox' | null;
  /** The link's host, lower-case: login.salesforce.com, test.salesforce.com, … */
  host: string;
}

/**
 * A package install link in either installer shape (src/core/install-url.ts), directly or
 * through the login page (`/?startURL=/packaging/installPackage.apexp%3Fp0%3D04t…`); null for
 * anything else.
 */
export function readInstallLink(href: string): InstallLink | null {
  const url = httpsUrl(href);
  if (!url) return null;
  let target = url;
  if (!isInstallerPath(url.pathname)) {
    const start = url.searchParams.get('startURL');
    if (!start?.startsWith('/')) return null;
    try {
      target = new URL(start, url.origin);
    } catch {
      return null;
    }
    // `//other.host/…` is also a path that starts with a slash.
    if (target.origin !== url.origin) return null;
  }
  const versionId = installerVersionId(target);
  if (!versionId) return null;
  const host = url.hostname.toLowerCase();
  const generic = Object.hasOwn(GENERIC_LOGIN_HOSTS, host) ? GENERIC_LOGIN_HOSTS[host] : undefined;
  const environment = generic === 'production' || generic === 'sandbox' ? generic : null;
  return { versionId, environment, host };
}
