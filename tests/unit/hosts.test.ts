import { describe, expect, it } from 'vitest';
import {
  type Environment,
  GENERIC_LOGIN_HOSTS,
  HOST_RULE_EXAMPLES,
  HOST_RULES,
  type HostIdentity,
  hostMatchPatterns,
  identifyHost,
  PROXY_SUFFIXES,
  SALESFORCE_DOMAINS,
  type Surface,
} from '../../src/core/hosts';

/** Expected identity, written in the order people read a host: org, environment, surface. */
const id = (
  host: string,
  org: string | null,
  environment: Environment,
  surface: Surface,
  namespace?: string,
): HostIdentity =>
  namespace === undefined
    ? { host, org, environment, surface }
    : { host, org, environment, surface, namespace };

const unknown = (host: string): HostIdentity => id(host, null, 'unknown', 'unknown');

const CASES: readonly [input: string, expected: HostIdentity | null][] = [
  // Production, every surface
  ['acme.my.salesforce.com', id('acme.my.salesforce.com', 'acme', 'production', 'classic')],
  ['acme.lightning.force.com', id('acme.lightning.force.com', 'acme', 'production', 'lightning')],
  [
    'acme.my.salesforce-setup.com',
    id('acme.my.salesforce-setup.com', 'acme', 'production', 'setup'),
  ],
  [
    'acme--sbqq.vf.force.com',
    id('acme--sbqq.vf.force.com', 'acme', 'production', 'visualforce', 'sbqq'),
  ],
  ['acme--c.vf.force.com', id('acme--c.vf.force.com', 'acme', 'production', 'visualforce', 'c')],
  [
    'acme--blng.vf.force.com',
    id('acme--blng.vf.force.com', 'acme', 'production', 'visualforce', 'blng'),
  ],
  [
    'acme--sbaa.vf.force.com',
    id('acme--sbaa.vf.force.com', 'acme', 'production', 'visualforce', 'sbaa'),
  ],
  ['acme.cloudforce.com', id('acme.cloudforce.com', 'acme', 'production', 'login')],
  // Sandbox
  [
    'acme--uat.sandbox.my.salesforce.com',
    id('acme--uat.sandbox.my.salesforce.com', 'acme--uat', 'sandbox', 'classic'),
  ],
  [
    'acme--uat.sandbox.lightning.force.com',
    id('acme--uat.sandbox.lightning.force.com', 'acme--uat', 'sandbox', 'lightning'),
  ],
  [
    'acme--uat.sandbox.my.salesforce-setup.com',
    id('acme--uat.sandbox.my.salesforce-setup.com', 'acme--uat', 'sandbox', 'setup'),
  ],
  [
    'acme--uat--sbqq.sandbox.vf.force.com',
    id('acme--uat--sbqq.sandbox.vf.force.com', 'acme--uat', 'sandbox', 'visualforce', 'sbqq'),
  ],
  [
    'acme--uat--c.sandbox.vf.force.com',
    id('acme--uat--c.sandbox.vf.force.com', 'acme--uat', 'sandbox', 'visualforce', 'c'),
  ],
  [
    'acme--uat--blng.sandbox.vf.force.com',
    id('acme--uat--blng.sandbox.vf.force.com', 'acme--uat', 'sandbox', 'visualforce', 'blng'),
  ],
  [
    'acme--full.sandbox.my.salesforce.com',
    id('acme--full.sandbox.my.salesforce.com', 'acme--full', 'sandbox', 'classic'),
  ],
  // Developer Edition
  [
    'acme-dev-ed.develop.my.salesforce.com',
    id('acme-dev-ed.develop.my.salesforce.com', 'acme-dev-ed', 'developer', 'classic'),
  ],
  [
    'acme-dev-ed.develop.lightning.force.com',
    id('acme-dev-ed.develop.lightning.force.com', 'acme-dev-ed', 'developer', 'lightning'),
  ],
  [
    'acme-dev-ed.develop.my.salesforce-setup.com',
    id('acme-dev-ed.develop.my.salesforce-setup.com', 'acme-dev-ed', 'developer', 'setup'),
  ],
  [
    'acme-dev-ed--sbqq.develop.vf.force.com',
    id('acme-dev-ed--sbqq.develop.vf.force.com', 'acme-dev-ed', 'developer', 'visualforce', 'sbqq'),
  ],
  [
    'acme-dev-ed--c.develop.vf.force.com',
    id('acme-dev-ed--c.develop.vf.force.com', 'acme-dev-ed', 'developer', 'visualforce', 'c'),
  ],
  // Scratch (the partition word beats the -dev-ed name)
  [
    'acme.scratch.my.salesforce.com',
    id('acme.scratch.my.salesforce.com', 'acme', 'scratch', 'classic'),
  ],
  [
    'power-ability-1234-dev-ed.scratch.lightning.force.com',
    id(
      'power-ability-1234-dev-ed.scratch.lightning.force.com',
      'power-ability-1234-dev-ed',
      'scratch',
      'lightning',
    ),
  ],
  [
    'power-ability-1234-dev-ed.scratch.my.salesforce-setup.com',
    id(
      'power-ability-1234-dev-ed.scratch.my.salesforce-setup.com',
      'power-ability-1234-dev-ed',
      'scratch',
      'setup',
    ),
  ],
  [
    'power-ability-1234-dev-ed--c.scratch.vf.force.com',
    id(
      'power-ability-1234-dev-ed--c.scratch.vf.force.com',
      'power-ability-1234-dev-ed',
      'scratch',
      'visualforce',
      'c',
    ),
  ],
  // Trailhead Playground
  [
    'curious-bear-abc123-dev-ed.trailblaze.my.salesforce.com',
    id(
      'curious-bear-abc123-dev-ed.trailblaze.my.salesforce.com',
      'curious-bear-abc123-dev-ed',
      'trailhead',
      'classic',
    ),
  ],
  [
    'curious-bear-abc123-dev-ed.trailblaze.lightning.force.com',
    id(
      'curious-bear-abc123-dev-ed.trailblaze.lightning.force.com',
      'curious-bear-abc123-dev-ed',
      'trailhead',
      'lightning',
    ),
  ],
  [
    'curious-bear-abc123-dev-ed.trailblaze.my.salesforce-setup.com',
    id(
      'curious-bear-abc123-dev-ed.trailblaze.my.salesforce-setup.com',
      'curious-bear-abc123-dev-ed',
      'trailhead',
      'setup',
    ),
  ],
  // Demo, free, patch
  ['acme.demo.my.salesforce.com', id('acme.demo.my.salesforce.com', 'acme', 'demo', 'classic')],
  [
    'acme.demo.lightning.force.com',
    id('acme.demo.lightning.force.com', 'acme', 'demo', 'lightning'),
  ],
  [
    'acme.free.my.salesforce.com',
    id('acme.free.my.salesforce.com', 'acme', 'developer', 'classic'),
  ],
  [
    'acme--c.free.vf.force.com',
    id('acme--c.free.vf.force.com', 'acme', 'developer', 'visualforce', 'c'),
  ],
  [
    'acme.patch.my.salesforce.com',
    id('acme.patch.my.salesforce.com', 'acme', 'developer', 'classic'),
  ],
  [
    'acme.patch.lightning.force.com',
    id('acme.patch.lightning.force.com', 'acme', 'developer', 'lightning'),
  ],
  // Legacy instance hosts and legacy My Domain forms
  ['na123.salesforce.com', id('na123.salesforce.com', null, 'production', 'classic')],
  ['eu12.salesforce.com', id('eu12.salesforce.com', null, 'production', 'classic')],
  ['ap5.salesforce.com', id('ap5.salesforce.com', null, 'production', 'classic')],
  ['cs42.salesforce.com', id('cs42.salesforce.com', null, 'sandbox', 'classic')],
  ['usa254s.salesforce.com', id('usa254s.salesforce.com', null, 'sandbox', 'classic')],
  [
    'acme--uat.cs42.my.salesforce.com',
    id('acme--uat.cs42.my.salesforce.com', 'acme--uat', 'sandbox', 'classic'),
  ],
  [
    'acme.na50.my.salesforce.com',
    id('acme.na50.my.salesforce.com', 'acme', 'production', 'classic'),
  ],
  [
    'acme-dev-ed.my.salesforce.com',
    id('acme-dev-ed.my.salesforce.com', 'acme-dev-ed', 'developer', 'classic'),
  ],
  [
    'acme--uat.lightning.force.com',
    id('acme--uat.lightning.force.com', 'acme--uat', 'sandbox', 'lightning'),
  ],
  ['cs65.lightning.force.com', id('cs65.lightning.force.com', null, 'sandbox', 'lightning')],
  [
    'acme--c.na50.visual.force.com',
    id('acme--c.na50.visual.force.com', 'acme', 'production', 'visualforce', 'c'),
  ],
  [
    'acme--uat--c.cs42.visual.force.com',
    id('acme--uat--c.cs42.visual.force.com', 'acme--uat', 'sandbox', 'visualforce', 'c'),
  ],
  [
    'acme-dev-ed--c.na50.visual.force.com',
    id('acme-dev-ed--c.na50.visual.force.com', 'acme-dev-ed', 'developer', 'visualforce', 'c'),
  ],
  [
    'acme--c.gs0.visual.force.com',
    id('acme--c.gs0.visual.force.com', 'acme', 'unknown', 'visualforce', 'c'),
  ],
  [
    'c.na50.visual.force.com',
    id('c.na50.visual.force.com', null, 'production', 'visualforce', 'c'),
  ],
  [
    'dolly.cs65.visual.force.com',
    id('dolly.cs65.visual.force.com', null, 'sandbox', 'visualforce', 'dolly'),
  ],
  [
    'acme--c.visualforce.com',
    id('acme--c.visualforce.com', 'acme', 'production', 'visualforce', 'c'),
  ],
  [
    'acme--uat--sbqq.visualforce.com',
    id('acme--uat--sbqq.visualforce.com', 'acme--uat', 'sandbox', 'visualforce', 'sbqq'),
  ],
  // Generic login hosts
  ['login.salesforce.com', id('login.salesforce.com', null, 'production', 'generic-login')],
  ['test.salesforce.com', id('test.salesforce.com', null, 'sandbox', 'generic-login')],
  ['login.salesforce.mil', id('login.salesforce.mil', null, 'production', 'generic-login')],
  ['login.sfcrmproducts.cn', id('login.sfcrmproducts.cn', null, 'production', 'generic-login')],
  ['test.sfcrmproducts.cn', id('test.sfcrmproducts.cn', null, 'sandbox', 'generic-login')],
  // Salesforce hosts whose shape carries no org surface: identity with org null, surface unknown
  ['salesforce.com', unknown('salesforce.com')],
  ['force.com', unknown('force.com')],
  ['my.salesforce.com', unknown('my.salesforce.com')],
  ['lightning.force.com', unknown('lightning.force.com')],
  ['help.salesforce.com', unknown('help.salesforce.com')],
  ['www.salesforce.com', unknown('www.salesforce.com')],
  ['acme.force.com', unknown('acme.force.com')], // legacy Experience Cloud site
  ['acme.secure.force.com', unknown('acme.secure.force.com')], // legacy Salesforce Site
  ['acme.file.force.com', unknown('acme.file.force.com')],
  ['hacc.experience.crmforce.mil', unknown('hacc.experience.crmforce.mil')],
  ['acme.staging.my.salesforce.com', unknown('acme.staging.my.salesforce.com')], // unknown partition
  ['a.b.sandbox.my.salesforce.com', unknown('a.b.sandbox.my.salesforce.com')],
  ['acme--9x.vf.force.com', unknown('acme--9x.vf.force.com')], // namespace must start with a letter
  ['acme.cs42.salesforce.com', unknown('acme.cs42.salesforce.com')],
  // Government Cloud
  ['acme.my.salesforce.mil', id('acme.my.salesforce.mil', 'acme', 'production', 'classic')],
  [
    'acme--uat.sandbox.my.salesforce.mil',
    id('acme--uat.sandbox.my.salesforce.mil', 'acme--uat', 'sandbox', 'classic'),
  ],
  [
    'acme.lightning.crmforce.mil',
    id('acme.lightning.crmforce.mil', 'acme', 'production', 'lightning'),
  ],
  ['acme.lightning.force.mil', id('acme.lightning.force.mil', 'acme', 'production', 'lightning')],
  [
    'acme--sbqq.vf.crmforce.mil',
    id('acme--sbqq.vf.crmforce.mil', 'acme', 'production', 'visualforce', 'sbqq'),
  ],
  [
    'acme--sbqq.vf.force.mil',
    id('acme--sbqq.vf.force.mil', 'acme', 'production', 'visualforce', 'sbqq'),
  ],
  [
    'acme--sbqq.vf.visualforce.mil',
    id('acme--sbqq.vf.visualforce.mil', 'acme', 'production', 'visualforce', 'sbqq'),
  ],
  [
    'acme--uat--c.sandbox.vf.crmforce.mil',
    id('acme--uat--c.sandbox.vf.crmforce.mil', 'acme--uat', 'sandbox', 'visualforce', 'c'),
  ],
  [
    'acme--c.visualforce.mil',
    id('acme--c.visualforce.mil', 'acme', 'production', 'visualforce', 'c'),
  ],
  ['acme.cloudforce.mil', id('acme.cloudforce.mil', 'acme', 'production', 'login')],
  // China (Salesforce on Alibaba Cloud)
  ['acme.my.sfcrmproducts.cn', id('acme.my.sfcrmproducts.cn', 'acme', 'production', 'classic')],
  [
    'acme--uat.sandbox.my.sfcrmproducts.cn',
    id('acme--uat.sandbox.my.sfcrmproducts.cn', 'acme--uat', 'sandbox', 'classic'),
  ],
  [
    'acme.lightning.sfcrmapps.cn',
    id('acme.lightning.sfcrmapps.cn', 'acme', 'production', 'lightning'),
  ],
  ['acme.setup.sfcrmapps.cn', id('acme.setup.sfcrmapps.cn', 'acme', 'production', 'setup')],
  [
    'acme--uat.sandbox.setup.sfcrmproducts.cn',
    id('acme--uat.sandbox.setup.sfcrmproducts.cn', 'acme--uat', 'sandbox', 'setup'),
  ],
  [
    'acme--sbqq.vf.sfcrmapps.cn',
    id('acme--sbqq.vf.sfcrmapps.cn', 'acme', 'production', 'visualforce', 'sbqq'),
  ],
  // Microsoft Defender for Cloud Apps proxy: the suffix is removed from `host`
  ['acme.my.salesforce.com.mcas.ms', id('acme.my.salesforce.com', 'acme', 'production', 'classic')],
  [
    'acme--uat.sandbox.lightning.force.com.mcas.ms',
    id('acme--uat.sandbox.lightning.force.com', 'acme--uat', 'sandbox', 'lightning'),
  ],
  [
    'acme--uat--sbqq.sandbox.vf.force.com.mcas.ms',
    id('acme--uat--sbqq.sandbox.vf.force.com', 'acme--uat', 'sandbox', 'visualforce', 'sbqq'),
  ],
  [
    'acme.my.salesforce-setup.com.mcas.ms',
    id('acme.my.salesforce-setup.com', 'acme', 'production', 'setup'),
  ],
  ['test.salesforce.com.mcas.ms', id('test.salesforce.com', null, 'sandbox', 'generic-login')],
  ['salesforce.com.mcas.ms', unknown('salesforce.com')],
  // Mixed case, trailing dot, whitespace
  ['ACME.My.SalesForce.com', id('acme.my.salesforce.com', 'acme', 'production', 'classic')],
  [
    'Acme--UAT.Sandbox.Lightning.Force.com',
    id('acme--uat.sandbox.lightning.force.com', 'acme--uat', 'sandbox', 'lightning'),
  ],
  [
    'ACME--SBQQ.VF.FORCE.COM',
    id('acme--sbqq.vf.force.com', 'acme', 'production', 'visualforce', 'sbqq'),
  ],
  ['acme.my.salesforce.com.', id('acme.my.salesforce.com', 'acme', 'production', 'classic')],
  [
    '  acme.lightning.force.com  ',
    id('acme.lightning.force.com', 'acme', 'production', 'lightning'),
  ],
  [
    '\tACME.MY.SALESFORCE-SETUP.COM.\n',
    id('acme.my.salesforce-setup.com', 'acme', 'production', 'setup'),
  ],
  [
    'Acme.My.Salesforce.com.MCAS.MS.',
    id('acme.my.salesforce.com', 'acme', 'production', 'classic'),
  ],
  ['LOGIN.SALESFORCE.COM.', id('login.salesforce.com', null, 'production', 'generic-login')],
  // Look-alikes and non-hosts: null
  ['salesforce.com.evil.example', null],
  ['evilsalesforce.com', null],
  ['notforce.com', null],
  ['force.com.attacker.io', null],
  ['my.salesforce.com.example.org', null],
  ['acme.my.salesforce.com.evil.example', null],
  ['acme.lightning.force.co', null],
  ['acme.my.salesforce.comm', null],
  ['acme.my.salesforce-setup.com.example', null],
  ['xn--salesforce-xyz.com', null],
  ['acme.my.site.com', null], // Experience Cloud sites: not a domain we run on
  ['acme.my.salesforce-sites.com', null],
  ['evil.example.mcas.ms', null],
  ['mcas.ms', null],
  ['', null],
  ['   ', null],
  ['.', null],
  ['localhost', null],
  ['192.168.0.1', null],
  ['[::1]', null],
  ['acme.my.salesforce.com:443', null], // a hostname, not a host:port
  ['https://acme.my.salesforce.com', null], // a hostname, not a URL
  ['acme..my.salesforce.com', null],
  ['acme.my.salesforce.com..', null],
  ['-acme.my.salesforce.com', null],
  ['acme_x.my.salesforce.com', null],
  ['acme--.vf.force.com', null], // a label cannot end with a hyphen
  ['acme my.salesforce.com', null],
];

describe('identifyHost', () => {
  it('has a large table of real-looking hosts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(CASES.map(([input]) => input)).size).toBe(CASES.length);
  });

  it.each(CASES)('%j', (input, expected) => {
    expect(identifyHost(input)).toStrictEqual(expected);
  });

  it('gives the same org and environment on every surface of one org', () => {
    const orgs: Record<string, { environment: Environment; hosts: string[] }> = {
      acme: {
        environment: 'production',
        hosts: [
          'acme.my.salesforce.com',
          'acme.lightning.force.com',
          'acme.my.salesforce-setup.com',
          'acme--c.vf.force.com',
          'acme--sbqq.vf.force.com',
          'acme--blng.vf.force.com',
          'ACME.my.salesforce.com.mcas.ms',
        ],
      },
      'acme--uat': {
        environment: 'sandbox',
        hosts: [
          'acme--uat.sandbox.my.salesforce.com',
          'acme--uat.sandbox.lightning.force.com',
          'acme--uat.sandbox.my.salesforce-setup.com',
          'acme--uat--c.sandbox.vf.force.com',
          'acme--uat--sbqq.sandbox.vf.force.com',
          'acme--uat--blng.sandbox.vf.force.com',
          'acme--uat.cs42.my.salesforce.com',
          'acme--uat--c.cs42.visual.force.com',
          'acme--uat--sbqq.visualforce.com',
        ],
      },
      'acme-dev-ed': {
        environment: 'developer',
        hosts: [
          'acme-dev-ed.develop.my.salesforce.com',
          'acme-dev-ed.develop.lightning.force.com',
          'acme-dev-ed.develop.my.salesforce-setup.com',
          'acme-dev-ed--c.develop.vf.force.com',
          'acme-dev-ed--sbqq.develop.vf.force.com',
          'Acme-Dev-Ed--BLNG.develop.vf.force.com',
        ],
      },
    };
    for (const [org, { environment, hosts }] of Object.entries(orgs)) {
      const identities = hosts.map((host) => identifyHost(host));
      expect(identities.map((identity) => identity?.org)).toStrictEqual(hosts.map(() => org));
      expect(identities.map((identity) => identity?.environment)).toStrictEqual(
        hosts.map(() => environment),
      );
      // Every surface of the org is represented, so the group really spans surfaces.
      expect(new Set(identities.map((identity) => identity?.surface))).toStrictEqual(
        new Set(['classic', 'lightning', 'setup', 'visualforce']),
      );
    }
    // A sandbox is a different org from its production.
    expect(identifyHost('acme--uat.sandbox.my.salesforce.com')?.org).not.toBe(
      identifyHost('acme.my.salesforce.com')?.org,
    );
  });

  it('identifies every example beside a host rule with that rule’s surface', () => {
    for (const rule of HOST_RULES) {
      const examples = HOST_RULE_EXAMPLES[rule.suffix] ?? [];
      expect(examples.length, rule.suffix).toBeGreaterThan(0);
      for (const example of examples) {
        expect({ example, surface: identifyHost(example)?.surface }).toStrictEqual({
          example,
          surface: rule.surface,
        });
      }
    }
  });

  it('keeps every host rule under a Salesforce domain, each suffix once', () => {
    const suffixes = HOST_RULES.map((rule) => rule.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const suffix of suffixes) {
      expect(
        SALESFORCE_DOMAINS.some((domain) => suffix === domain || suffix.endsWith(`.${domain}`)),
        suffix,
      ).toBe(true);
    }
  });

  it('identifies every generic login host with its install environment', () => {
    for (const [host, environment] of Object.entries(GENERIC_LOGIN_HOSTS)) {
      expect(identifyHost(host)).toStrictEqual(id(host, null, environment, 'generic-login'));
    }
    expect(GENERIC_LOGIN_HOSTS['login.salesforce.com']).toBe('production');
    expect(GENERIC_LOGIN_HOSTS['test.salesforce.com']).toBe('sandbox');
  });

  it('is idempotent: identifying the normalized host gives the same identity', () => {
    for (const [input, expected] of CASES) {
      if (expected === null) continue;
      expect(identifyHost(expected.host), input).toStrictEqual(expected);
    }
  });

  it('never throws, and anything it accepts is a normalized Salesforce host', () => {
    // Deterministic pseudo-random strings (mulberry32) built from host-ish fragments and junk.
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const fragments = [
      ...SALESFORCE_DOMAINS,
      ...PROXY_SUFFIXES,
      ...HOST_RULES.map((rule) => rule.suffix),
      'acme',
      'acme--uat',
      '--',
      '-',
      '.',
      '..',
      'sandbox',
      'develop',
      'cs42',
      'na1',
      'c',
      ' ',
      '\t',
      'ß',
      'İ',
      '😀',
      '\u0000',
      '%2e',
      '/',
      ':',
      '@',
      'xn--',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      'A'.repeat(70),
    ];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const inputs: string[] = [];
    for (let i = 0; i < 400; i++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        random() < 0.8 ? pick(fragments) : String.fromCharCode(Math.floor(random() * 0x3000)),
      );
      inputs.push(parts.join(random() < 0.5 ? '.' : ''));
    }
    inputs.push('a'.repeat(300), `${'a.'.repeat(200)}salesforce.com`, '__proto__.salesforce.com');

    for (const input of inputs) {
      let result: HostIdentity | null = null;
      expect(() => {
        result = identifyHost(input);
      }, JSON.stringify(input)).not.toThrow();
      const identity = result as HostIdentity | null;
      if (identity === null) continue;
      expect(identity.host).toBe(identity.host.toLowerCase());
      expect(identity.host.endsWith('.')).toBe(false);
      expect(
        SALESFORCE_DOMAINS.some((d) => identity.host === d || identity.host.endsWith(`.${d}`)),
      ).toBe(true);
      if (identity.org !== null) expect(identity.org).toBe(identity.org.toLowerCase());
    }
    // Non-strings from untyped callers give null rather than throwing.
    expect(identifyHost(undefined as unknown as string)).toBeNull();
    expect(identifyHost(42 as unknown as string)).toBeNull();
  });
});

describe('hostMatchPatterns', () => {
  const patterns = hostMatchPatterns();

  it('covers every domain, bare and behind every proxy suffix', () => {
    expect(patterns).toContain('https://*.salesforce.com/*');
    expect(patterns).toContain('https://*.salesforce.com.mcas.ms/*');
    expect(patterns).toContain('https://*.salesforce-setup.com/*');
    expect(patterns).toContain('https://*.force.com/*');
    expect(patterns).toContain('https://*.visualforce.mil.mcas.ms/*');
    expect(patterns).toHaveLength(SALESFORCE_DOMAINS.length * (1 + PROXY_SUFFIXES.length));
    for (const domain of SALESFORCE_DOMAINS) {
      expect(patterns).toContain(`https://*.${domain}/*`);
      for (const proxy of PROXY_SUFFIXES)
        expect(patterns).toContain(`https://*.${domain}.${proxy}/*`);
    }
  });

  it('is sorted and has no duplicates', () => {
    expect(patterns).toStrictEqual([...new Set(patterns)].sort());
  });

  it('gives only valid Chrome match patterns of the https://*.<host>/* shape', () => {
    // scheme://host/path, host "*." + labels, path "/*" (developer.chrome.com match patterns).
    const shape = /^https:\/\/\*\.(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\/\*$/;
    for (const pattern of patterns) expect(pattern).toMatch(shape);
  });

  it('covers every host identifyHost accepts', () => {
    const covered = (host: string) =>
      patterns.some((pattern) => {
        const domain = pattern.slice('https://*.'.length, -'/*'.length);
        return host === domain || host.endsWith(`.${domain}`);
      });
    for (const [input, expected] of CASES) {
      if (expected === null) continue;
      expect(covered(input.trim().toLowerCase().replace(/\.$/, '')), input).toBe(true);
    }
  });
});
