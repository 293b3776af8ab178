/**
 * Org identity from Salesforce host names: which org (My Domain name), which kind of org, which
 * surface. Pure string work, no DOM and no browser API, so it is tested on plain host names.
 *
 * All host knowledge lives in the tables below (domains, surface suffixes, partitions, instance
 * prefixes, generic login hosts); the code only walks them. When Salesforce moves a surface to a
 * new domain (as Setup did in 2024) the fix is one row here plus its example, and
 * tests/unit/hosts.test.ts checks every example against the table.
 *
 * Source: docs/salesforce/hosts-and-frames.md. Rows marked [judgment] are where it is silent.
 */

export type { Environment } from './login-hosts';

import { type Environment, GENERIC_LOGIN_HOSTS } from './login-hosts';

export type Surface =
  | 'login'
  | 'classic'
  | 'lightning'
  | 'setup'
  | 'visualforce'
  | 'generic-login'
  | 'unknown';

export interface HostIdentity {
  /** Normalized: lower-case, no trailing dot, proxy suffix (.mcas.ms) removed. */
  host: string;
  /**
   * My Domain name: 'acme', sandbox 'acme--uat', developer 'acme-dev-ed'. The same on every
   * surface of one org. null for generic login hosts, legacy instance hosts (na123.salesforce.com)
   * and any Salesforce host whose shape is not in the tables (sites, file hosts, marketing hosts).
   */
  org: string | null;
  environment: Environment;
  surface: Surface;
  /** Visualforce hosts only: package namespace, lower-case, e.g. 'sbqq'; 'c' for the org's own. */
  namespace?: string;
}

/**
 * Registrable domains of every Salesforce family. A host is a Salesforce host only if it is one of
 * these or ends with "." + one of these; the built manifest's match patterns come from this list (src/manifest.ts).
 * Experience Cloud and Sites domains (site.com, salesforce-sites.com) are deliberately absent:
 * they serve an org's public sites, never Setup, so the extension has no business there.
 */
export const SALESFORCE_DOMAINS: readonly string[] = Object.freeze([
  // Commercial
  'salesforce.com',
  'force.com',
  'salesforce-setup.com',
  'visualforce.com',
  'cloudforce.com',
  // Government Cloud
  'salesforce.mil',
  'force.mil',
  'cloudforce.mil',
  'visualforce.mil',
  'crmforce.mil',
  // Salesforce on Alibaba Cloud (China)
  'sfcrmapps.cn',
  'sfcrmproducts.cn',
]);

/** Reverse proxies that append their own domain to any Salesforce host (Microsoft Defender for Cloud Apps). */
export const PROXY_SUFFIXES: readonly string[] = Object.freeze(['mcas.ms']);

// Generic login hosts: a table of their own, so pages that need only them (the installer's
// guards) do not load this whole table (./login-hosts.ts).
export { GENERIC_LOGIN_HOSTS } from './login-hosts';

/**
 * How the first label of a host is read under a rule:
 * - 'org': the My Domain name (acme, acme--uat, acme-dev-ed);
 * - 'org--namespace': Visualforce, "<org>--<namespace>", split at the LAST "--" because a sandbox
 *   org name itself contains one (acme--uat--sbqq); no "--" at all is the legacy host of an org
 *   without My Domain (c.na50.visual.force.com): namespace only, no org;
 * - 'instance': a legacy instance host (na123.salesforce.com): no org.
 */
export type FirstLabel = 'org' | 'org--namespace' | 'instance';

export interface HostRule {
  /** Labels after the org part (and after an optional partition or instance label). */
  readonly suffix: string;
  readonly surface: Surface;
  readonly first: FirstLabel;
}

/**
 * Surface suffixes. A host is "<first>.<suffix>" or "<first>.<partition|instance>.<suffix>";
 * the longest matching suffix wins, so row order does not matter.
 */
export const HOST_RULES: readonly HostRule[] = Object.freeze([
  // Enhanced My Domain, commercial [high]
  {
    suffix: 'my.salesforce.com',
    surface: 'classic',
    first: 'org',
  },
  {
    suffix: 'lightning.force.com',
    surface: 'lightning',
    first: 'org',
  },
  {
    // Setup moved to its own domain in the Spring '24 rollout; some orgs still serve it from Lightning.
    suffix: 'my.salesforce-setup.com',
    surface: 'setup',
    first: 'org',
  },
  {
    suffix: 'vf.force.com',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  // Legacy commercial forms still seen [medium]
  {
    suffix: 'visual.force.com',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    // "Stabilized" Visualforce hosts from before enhanced domains.
    suffix: 'visualforce.com',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    // Legacy My Domain login host.
    suffix: 'cloudforce.com',
    surface: 'login',
    first: 'org',
  },
  {
    // Instance hosts have no org identity; no longer redirected since Spring '26.
    suffix: 'salesforce.com',
    surface: 'classic',
    first: 'instance',
  },
  // Government Cloud: the same structure on .mil domains [judgment: plausible forms; peers match
  // lightning.force.mil and lightning.crmforce.mil; which Visualforce domain is current is not
  // documented to us, so all three candidates are read the same way]
  {
    suffix: 'my.salesforce.mil',
    surface: 'classic',
    first: 'org',
  },
  {
    suffix: 'lightning.crmforce.mil',
    surface: 'lightning',
    first: 'org',
  },
  {
    suffix: 'lightning.force.mil',
    surface: 'lightning',
    first: 'org',
  },
  {
    suffix: 'vf.crmforce.mil',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    suffix: 'vf.force.mil',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    suffix: 'vf.visualforce.mil',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    suffix: 'visual.force.mil',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    suffix: 'visualforce.mil',
    surface: 'visualforce',
    first: 'org--namespace',
  },
  {
    suffix: 'cloudforce.mil',
    surface: 'login',
    first: 'org',
  },
  // Salesforce on Alibaba Cloud: sfcrmproducts.cn plays salesforce.com, sfcrmapps.cn plays
  // force.com [judgment: forms as used by public tooling; both domains accepted for each surface
  // because that tooling does so and nothing else lives there]
  {
    suffix: 'my.sfcrmproducts.cn',
    surface: 'classic',
    first: 'org',
  },
  {
    suffix: 'my.sfcrmapps.cn',
    surface: 'classic',
    first: 'org',
  },
  {
    suffix: 'lightning.sfcrmapps.cn',
    surface: 'lightning',
    first: 'org',
  },
  {
    suffix: 'lightning.sfcrmproducts.cn',
    surface: 'lightning',
    first: 'org',
  },
  {
    suffix: 'setup.sfcrmapps.cn',
    surface: 'setup',
    first: 'org',
  },
  {
    suffix: 'setup.sfcrmproducts.cn',
    surface: 'setup',
    first: 'org',
  },
  {
    suffix: 'vf.sfcrmapps.cn',
    surface: 'visualforce',
    first: 'org--namespace',
  },
] satisfies HostRule[]);
/**
 * Real hosts each rule (by suffix) must identify with its surface; checked by the unit tests.
 * Kept beside the table rather than in it, so the content script that runs in every frame does
 * not carry them.
 */
export const HOST_RULE_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'my.salesforce.com': [
    'acme.my.salesforce.com',
    'acme--uat.sandbox.my.salesforce.com',
    'acme-dev-ed.develop.my.salesforce.com',
    'acme--uat.cs42.my.salesforce.com', // legacy sandbox My Domain, instance in the host
  ],
  'lightning.force.com': [
    'acme.lightning.force.com',
    'acme--uat.sandbox.lightning.force.com',
    'acme-dev-ed.develop.lightning.force.com',
    'cs65.lightning.force.com', // legacy org without My Domain: instance, no org
  ],
  'my.salesforce-setup.com': [
    'acme.my.salesforce-setup.com',
    'acme--uat.sandbox.my.salesforce-setup.com',
    'acme-dev-ed.develop.my.salesforce-setup.com',
  ],
  'vf.force.com': [
    'acme--sbqq.vf.force.com',
    'acme--uat--sbqq.sandbox.vf.force.com',
    'acme-dev-ed--sbqq.develop.vf.force.com',
  ],
  'visual.force.com': ['acme--c.na50.visual.force.com', 'c.na50.visual.force.com'],
  'visualforce.com': ['acme--c.visualforce.com', 'acme--uat--c.visualforce.com'],
  'cloudforce.com': ['acme.cloudforce.com'],
  'salesforce.com': ['na123.salesforce.com', 'eu12.salesforce.com', 'cs42.salesforce.com'],
  'my.salesforce.mil': ['acme.my.salesforce.mil', 'acme--uat.sandbox.my.salesforce.mil'],
  'lightning.crmforce.mil': ['acme.lightning.crmforce.mil'],
  'lightning.force.mil': ['acme.lightning.force.mil'],
  'vf.crmforce.mil': ['acme--sbqq.vf.crmforce.mil'],
  'vf.force.mil': ['acme--sbqq.vf.force.mil'],
  'vf.visualforce.mil': ['acme--sbqq.vf.visualforce.mil'],
  'visual.force.mil': ['acme--c.usa2.visual.force.mil'],
  'visualforce.mil': ['acme--c.visualforce.mil'],
  'cloudforce.mil': ['acme.cloudforce.mil'],
  'my.sfcrmproducts.cn': ['acme.my.sfcrmproducts.cn', 'acme--uat.sandbox.my.sfcrmproducts.cn'],
  'my.sfcrmapps.cn': ['acme.my.sfcrmapps.cn'],
  'lightning.sfcrmapps.cn': [
    'acme.lightning.sfcrmapps.cn',
    'acme--uat.sandbox.lightning.sfcrmapps.cn',
  ],
  'lightning.sfcrmproducts.cn': ['acme.lightning.sfcrmproducts.cn'],
  'setup.sfcrmapps.cn': ['acme.setup.sfcrmapps.cn', 'acme--uat.sandbox.setup.sfcrmapps.cn'],
  'setup.sfcrmproducts.cn': ['acme.setup.sfcrmproducts.cn'],
  'vf.sfcrmapps.cn': ['acme--sbqq.vf.sfcrmapps.cn', 'acme--uat--c.sandbox.vf.sfcrmapps.cn'],
};

/**
 * Partition word that enhanced My Domain puts before the suffix; no word means production.
 * e.g. acme--uat.sandbox.my.salesforce.com, acme-dev-ed.develop.lightning.force.com.
 */
const PARTITIONS: Readonly<Record<string, Environment>> = Object.freeze({
  sandbox: 'sandbox',
  develop: 'developer',
  scratch: 'scratch',
  trailblaze: 'trailhead',
  demo: 'demo',
  // [judgment] 'free' (no-cost sign-up orgs) and 'patch' (ISV patch-development orgs) are build
  // and try-out orgs with no customer data, like Developer Edition; we have no closer environment.
  free: 'developer',
  patch: 'developer',
});

/**
 * Legacy instance prefixes (na123, cs42) and what kind of org lives there. [judgment] Hyperforce
 * instances (usa660, usa254s) follow the same shape, with a trailing "s" for sandbox instances;
 * gs0 is the pre-release instance, whose orgs we cannot classify.
 */
const INSTANCE_PREFIXES: Readonly<Record<string, Environment>> = Object.freeze({
  na: 'production',
  eu: 'production',
  ap: 'production',
  um: 'production',
  cs: 'sandbox',
  gs: 'unknown',
  usa: 'production',
  can: 'production',
  aus: 'production',
  ind: 'production',
  deu: 'production',
  fra: 'production',
  jpn: 'production',
  gbr: 'production',
});

/**
 * Environment read from the My Domain name itself, for legacy hosts that carry no partition word.
 * [judgment] "--" only ever appears in a My Domain name as the sandbox separator (acme--uat), and
 * Salesforce appends "-dev-ed" to Developer Edition names; both are reserved for those uses.
 * First match wins; a partition word always overrides these (scratch orgs also end in -dev-ed).
 */
const NAME_MARKERS: readonly {
  readonly test: (org: string) => boolean;
  readonly environment: Environment;
}[] = [
  { test: (org) => org.includes('--'), environment: 'sandbox' },
  { test: (org) => org.endsWith('-dev-ed'), environment: 'developer' },
];

const RULES_LONGEST_FIRST: readonly HostRule[] = [...HOST_RULES].sort(
  (a, b) => b.suffix.split('.').length - a.suffix.split('.').length,
);

/** One DNS label as browsers give it to us: ASCII letters, digits, inner hyphens (punycode included). */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Instance label: letters, digits, optional "s" (sandbox on Hyperforce). */
const INSTANCE_LABEL = /^([a-z]+)\d+(s?)$/;
/** Namespace prefix as it appears in a host: starts with a letter, letters and digits only. */
const NAMESPACE = /^[a-z][a-z0-9]*$/;

const lookup = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A Salesforce host whose shape we do not read (bare domain, sites, marketing hosts). */
const unknownHost = (host: string): HostIdentity => ({
  host,
  org: null,
  environment: 'unknown',
  surface: 'unknown',
});

function normalize(hostname: string): string | null {
  // Callers in plain JS (message handlers) may hand us anything; never throw.
  if (typeof hostname !== 'string') return null;
  let host = hostname.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  const proxy = PROXY_SUFFIXES.find((suffix) => host.endsWith(`.${suffix}`));
  if (proxy !== undefined) host = host.slice(0, -(proxy.length + 1));
  if (host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) return null;
  return host;
}

const isUnder = (host: string, suffix: string): boolean => host.endsWith(`.${suffix}`);

/** Environment of an instance label, or undefined when the label is not one. */
function instanceEnvironment(label: string): Environment | undefined {
  const match = INSTANCE_LABEL.exec(label);
  if (match === null) return undefined;
  const [, prefix = '', sandboxMark] = match;
  const known = lookup(INSTANCE_PREFIXES, prefix);
  if (known === undefined) return undefined;
  return sandboxMark === 's' && known === 'production' ? 'sandbox' : known;
}

/** A partition word says it all; else the name; else the instance; else enhanced-domain production. */
function environmentOf(
  org: string | null,
  partition: Environment | undefined,
  instance: Environment | undefined,
): Environment {
  if (partition !== undefined) return partition;
  const marker = org === null ? undefined : NAME_MARKERS.find((m) => m.test(org));
  if (marker !== undefined) return marker.environment;
  return instance ?? 'production';
}

/** Reads "<first>[.<partition|instance>]" in front of a rule's suffix; null when it does not fit. */
function readLabels(host: string, rule: HostRule, labels: string[]): HostIdentity | null {
  const [first, ...middle] = labels;
  if (first === undefined || middle.length > 1) return null;
  const marker = middle[0];
  let partition: Environment | undefined;
  let instance: Environment | undefined;
  if (marker !== undefined) {
    partition = lookup(PARTITIONS, marker);
    instance = partition === undefined ? instanceEnvironment(marker) : undefined;
    if (partition === undefined && instance === undefined) return null;
  }
  const { surface } = rule;

  switch (rule.first) {
    case 'instance': {
      const environment = marker === undefined ? instanceEnvironment(first) : undefined;
      return environment === undefined ? null : { host, org: null, environment, surface };
    }
    case 'org': {
      // An org without My Domain shows its instance where the name would be (cs65.lightning.force.com).
      const bareInstance = marker === undefined ? instanceEnvironment(first) : undefined;
      if (bareInstance !== undefined)
        return { host, org: null, environment: bareInstance, surface };
      return { host, org: first, environment: environmentOf(first, partition, instance), surface };
    }
    case 'org--namespace': {
      const cut = first.lastIndexOf('--');
      if (cut === -1) {
        if (!NAMESPACE.test(first)) return null;
        const environment = environmentOf(null, partition, instance);
        return { host, org: null, environment, surface, namespace: first };
      }
      const org = first.slice(0, cut);
      const namespace = first.slice(cut + 2);
      if (!HOST_LABEL.test(org) || !NAMESPACE.test(namespace)) return null;
      const environment = environmentOf(org, partition, instance);
      return { host, org, environment, surface, namespace };
    }
  }
}

/** null when the host is not a Salesforce host at all (look-alikes give null). Takes a hostname, not a URL. */
export function identifyHost(hostname: string): HostIdentity | null {
  const host = normalize(hostname);
  if (host === null) return null;
  if (!SALESFORCE_DOMAINS.some((domain) => host === domain || isUnder(host, domain))) return null;

  const generic = lookup(GENERIC_LOGIN_HOSTS, host);
  if (generic !== undefined) {
    return { host, org: null, environment: generic, surface: 'generic-login' };
  }
  const rule = RULES_LONGEST_FIRST.find((r) => isUnder(host, r.suffix));
  if (rule === undefined) return unknownHost(host);
  const labels = host.slice(0, -(rule.suffix.length + 1)).split('.');
  return readLabels(host, rule, labels) ?? unknownHost(host);
}

/**
 * Every `https://*.<domain>/*` pattern, plus the same with each proxy suffix appended
 * (https://*.salesforce.com.mcas.ms/*). Sorted, no duplicates.
 */
export function hostMatchPatterns(): string[] {
  const patterns = new Set<string>();
  for (const domain of SALESFORCE_DOMAINS) {
    patterns.add(`https://*.${domain}/*`);
    for (const proxy of PROXY_SUFFIXES) patterns.add(`https://*.${domain}.${proxy}/*`);
  }
  return [...patterns].sort();
}
