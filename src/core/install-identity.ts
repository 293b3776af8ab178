/**
 * Which package an install page installs, from every signal it shows, strongest first
 * (docs/salesforce/install-page.md, "Package identity"): the link the admin chose, the heading,
 * the labelled details; then, only when none of those names a package, the third-party sites
 * and the namespaces on the page. Signals that disagree, or none at all, mean the guide asks the
 * admin; an answer the admin gave for this version id stands, and any page signal that
 * disagrees with it is kept to show. Pure: no DOM, no browser API.
 */
import { foldText, identifyPackage } from './packages';
import { OTHER_STRIPE_PACKAGES, PACKAGE_KEYS, PACKAGES, type PackageKey } from './plan';

export type SignalSource = 'link' | 'heading' | 'details' | 'sites' | 'namespaces';

/** What one signal says the package is. */
export type Claim =
  | { kind: 'ours'; package: PackageKey }
  /** Stripe's newer app family: a Stripe package, but not this sequence's connector. */
  | { kind: 'other-stripe'; name: string }
  | { kind: 'other'; name: string };

export interface Signal {
  source: SignalSource;
  claim: Claim;
}

export interface IdentityInput {
  /** What the admin answered for this version id earlier ('other': not part of the sequence). */
  answer?: PackageKey | 'other' | null;
  /** The package of the link the admin chose (Quote-to-Cash site, Stripe's docs). */
  link?: PackageKey | null;
  /** The package name in the page heading ("Install Salesforce CPQ" → "Salesforce CPQ"). */
  heading?: string | null;
  /** The labelled name (App Name, Package Name). */
  name?: string | null;
  publisher?: string | null;
  sites?: readonly string[];
  namespaces?: readonly string[];
}

export type Identity =
  | {
      kind: 'ours';
      package: PackageKey;
      by: 'admin' | SignalSource;
      /** Page signals that name something else (shown beside the admin's answer). */
      conflicts: Signal[];
    }
  | { kind: 'other'; name: string; stripe: boolean; by: 'admin' | SignalSource }
  | { kind: 'ask'; reason: 'none' | 'conflict'; signals: Signal[] };

/** What a package name (with its publisher, when shown) claims. */
export function claimOfName(name: string, publisher?: string | null): Claim {
  const key = identifyPackage({ name, publisher });
  if (key) return { kind: 'ours', package: key };
  if (OTHER_STRIPE_PACKAGES.includes(foldText(name))) return { kind: 'other-stripe', name };
  return { kind: 'other', name };
}

const NAMESPACE_OF: Readonly<Record<string, PackageKey>> = Object.fromEntries(
  PACKAGE_KEYS.flatMap((key) => {
    const ns = PACKAGES[key].namespace;
    return ns ? [[ns.toLowerCase(), key]] : [];
  }),
);

function siteClaims(sites: readonly string[]): PackageKey[] {
  const found = new Set<PackageKey>();
  for (const site of sites) {
    let host: string;
    try {
      host = new URL(site).hostname.toLowerCase();
    } catch {
      continue;
    }
    for (const key of PACKAGE_KEYS) {
      if (PACKAGES[key].siteHints.some((s) => host === s || host.endsWith(`.${s}`))) found.add(key);
    }
  }
  return [...found];
}

/** Every signal the input holds, strongest first. */
export function signalsOf(input: IdentityInput): Signal[] {
  const signals: Signal[] = [];
  if (input.link) signals.push({ source: 'link', claim: { kind: 'ours', package: input.link } });
  if (input.heading)
    signals.push({ source: 'heading', claim: claimOfName(input.heading, input.publisher) });
  if (input.name)
    signals.push({ source: 'details', claim: claimOfName(input.name, input.publisher) });
  for (const key of siteClaims(input.sites ?? []))
    signals.push({ source: 'sites', claim: { kind: 'ours', package: key } });
  const namespaces = new Set(
    (input.namespaces ?? []).map((ns) => NAMESPACE_OF[ns.toLowerCase()]).filter(Boolean),
  );
  for (const key of namespaces as Set<PackageKey>)
    signals.push({ source: 'namespaces', claim: { kind: 'ours', package: key } });
  return signals;
}

const STRONG: readonly SignalSource[] = ['link', 'heading', 'details'];

/** Two claims agree when they name the same package of ours, or both name something else. */
const claimKey = (claim: Claim) => (claim.kind === 'ours' ? claim.package : claim.kind);

export function identify(input: IdentityInput): Identity {
  const signals = signalsOf(input);
  const answer = input.answer;
  if (answer) {
    const conflicts = signals.filter((s) =>
      answer === 'other' ? s.claim.kind === 'ours' : claimKey(s.claim) !== answer,
    );
    if (answer !== 'other') return { kind: 'ours', package: answer, by: 'admin', conflicts };
    const named = signals.find((s) => s.claim.kind !== 'ours');
    return {
      kind: 'other',
      name:
        named && named.claim.kind !== 'ours'
          ? named.claim.name
          : (input.heading ?? input.name ?? ''),
      stripe: named?.claim.kind === 'other-stripe',
      by: 'admin',
    };
  }
  // Sites and namespaces only speak when nothing stronger names a package: a dependent package
  // (Billing) may well show its dependency's namespace (SBQQ__) on its page.
  const strong = signals.filter((s) => STRONG.includes(s.source));
  const deciding = strong.length > 0 ? strong : signals;
  const [first] = deciding;
  if (!first) return { kind: 'ask', reason: 'none', signals };
  if (deciding.some((s) => claimKey(s.claim) !== claimKey(first.claim)))
    return { kind: 'ask', reason: 'conflict', signals: deciding };
  const claim = first.claim;
  return claim.kind === 'ours'
    ? { kind: 'ours', package: claim.package, by: first.source, conflicts: [] }
    : { kind: 'other', name: claim.name, stripe: claim.kind === 'other-stripe', by: first.source };
}
