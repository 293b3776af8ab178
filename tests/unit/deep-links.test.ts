import { describe, expect, it } from 'vitest';
import {
  installedPackagesUrl,
  nextStepLink,
  orgEnvironment,
  setupHost,
  usersUrl,
} from '../../src/core/deep-links';
import { type Environment, identifyHost } from '../../src/core/hosts';
import { english } from '../../src/core/i18n';
import { QUOTE_TO_CASH_SITE, STEP_IDS, STRIPE_DOCS, type StepId } from '../../src/core/plan';
import {
  applyManual,
  applyObservation,
  newOrgProgress,
  type Report,
  toReport,
} from '../../src/core/progress';

const T0 = '2026-11-27T09:00:00.000Z';

/** A report of `org` whose steps before `next` are done (all of them when next is null). */
function reportAt(org: string, environment: Environment, next: StepId | null): Report {
  let state = newOrgProgress(org, environment, T0);
  for (const id of STEP_IDS) {
    if (id === next) break;
    state = applyManual(state, id, 'done', T0);
  }
  return toReport(state, english);
}

interface OrgCase {
  org: string;
  environment: Environment;
  setup: string;
  /** The install link the note must name. */
  choose: 'Sandbox' | 'Production';
}

const ORGS: readonly OrgCase[] = [
  {
    org: 'acme',
    environment: 'production',
    setup: 'acme.my.salesforce-setup.com',
    choose: 'Production',
  },
  {
    org: 'acme--uat',
    environment: 'sandbox',
    setup: 'acme--uat.sandbox.my.salesforce-setup.com',
    choose: 'Sandbox',
  },
  {
    org: 'acme-dev-ed',
    environment: 'developer',
    setup: 'acme-dev-ed.develop.my.salesforce-setup.com',
    choose: 'Production',
  },
  {
    org: 'site-power-1234-dev-ed',
    environment: 'scratch',
    setup: 'site-power-1234-dev-ed.scratch.my.salesforce-setup.com',
    choose: 'Sandbox',
  },
];

describe('setupHost and Setup URLs', () => {
  it.each(ORGS)('$environment org $org → $setup', ({ org, environment, setup }) => {
    expect(setupHost(org, environment)).toBe(setup);
    expect(installedPackagesUrl(org, environment)).toBe(
      `https://${setup}/lightning/setup/ImportedPackage/home`,
    );
    expect(usersUrl(org, environment)).toBe(`https://${setup}/lightning/setup/ManageUsers/home`);
  });

  it.each([
    ['acme', 'trailhead', 'acme.trailblaze.my.salesforce-setup.com'],
    ['acme', 'demo', 'acme.demo.my.salesforce-setup.com'],
  ] as const)('%s as %s → %s', (org, environment, host) => {
    expect(setupHost(org, environment)).toBe(host);
  });

  it('reads every host it builds back to the same org and environment', () => {
    const environments: Environment[] = ['production', 'developer', 'trailhead', 'demo'];
    const cases: [string, Environment][] = [
      ...environments.map((e): [string, Environment] => ['acme', e]),
      ...ORGS.map((o): [string, Environment] => [o.org, o.environment]),
    ];
    for (const [org, environment] of cases) {
      expect(identifyHost(setupHost(org, environment))).toMatchObject({
        org,
        environment,
        surface: 'setup',
      });
    }
  });

  it('an org recorded by hand (environment unknown) is read from its My Domain name', () => {
    expect(orgEnvironment('acme--uat', 'unknown')).toBe('sandbox');
    expect(orgEnvironment('acme-dev-ed', 'unknown')).toBe('developer');
    // A plain name is probably production, but not certainly: stays unknown.
    expect(orgEnvironment('acme', 'unknown')).toBe('unknown');
    expect(orgEnvironment('acme', 'sandbox')).toBe('sandbox');
    expect(setupHost('acme--uat', 'unknown')).toBe('acme--uat.sandbox.my.salesforce-setup.com');
    expect(setupHost('acme-dev-ed', 'unknown')).toBe('acme-dev-ed.develop.my.salesforce-setup.com');
    expect(setupHost('acme', 'unknown')).toBe('acme.my.salesforce-setup.com');
  });
});

describe('nextStepLink, every org kind × every step', () => {
  for (const o of ORGS) {
    describe(`${o.environment} org ${o.org}`, () => {
      const at = (next: StepId | null) =>
        nextStepLink(reportAt(o.org, o.environment, next), english);

      it('cpq-license → the Users page of this org', () => {
        expect(at('cpq-license')).toEqual({
          label: 'Open Users',
          href: `https://${o.setup}/lightning/setup/ManageUsers/home`,
          note: expect.stringContaining('Open your user: Permission Set License Assignments'),
        });
      });

      it.each(['cpq-install', 'billing-install'] as const)(
        '%s → the Quote-to-Cash install site, naming the link and the audience',
        (step) => {
          const link = at(step);
          expect(link?.href).toBe(QUOTE_TO_CASH_SITE);
          expect(link?.note).toContain(`Choose the ${o.choose} link`);
          expect(link?.note).toContain('Install for All Users');
          expect(link?.note).not.toContain(o.choose === 'Sandbox' ? 'Production' : 'Sandbox');
        },
      );

      it.each(['cpq-calculation-service', 'cpq-order-defaults'] as const)(
        '%s → Installed Packages of this org, Configure on Salesforce CPQ',
        (step) => {
          const link = at(step);
          expect(link?.href).toBe(`https://${o.setup}/lightning/setup/ImportedPackage/home`);
          expect(link?.note).toMatch(/click Configure on Salesforce CPQ/i);
        },
      );

      it('stripe-install → Stripe install docs, Admins Only', () => {
        const link = at('stripe-install');
        expect(link?.href).toBe(STRIPE_DOCS.install);
        expect(link?.note).toContain('Install for Admins Only');
        expect(link?.note).toContain(`Choose the ${o.choose} link`);
      });

      it('everything done, both phases → Stripe’s configuration guide', () => {
        expect(at(null)).toMatchObject({
          label: "Open Stripe's configuration guide",
          href: STRIPE_DOCS.configure,
        });
      });
    });
  }
});

describe('nextStepLink, special cases', () => {
  it('an org of unknown kind hedges the install link choice', () => {
    const link = nextStepLink(reportAt('acme', 'unknown', 'cpq-install'), english);
    expect(link?.note).toContain('Sandbox link for a sandbox or scratch org');
    expect(link?.note).toContain('Production link otherwise');
  });

  it('a skipped optional step is passed over', () => {
    let state = newOrgProgress('acme', 'production', T0);
    for (const id of ['cpq-license', 'cpq-install', 'cpq-calculation-service'] as const)
      state = applyManual(state, id, 'done', T0);
    state = applyManual(state, 'cpq-order-defaults', 'skipped', T0);
    expect(nextStepLink(toReport(state, english), english)?.note).toContain('Salesforce Billing');
  });

  it('a submitted install points at Installed Packages, where its proof will appear', () => {
    let state = applyManual(newOrgProgress('acme', 'production', T0), 'cpq-license', 'done', T0);
    state = applyObservation(state, {
      kind: 'install-page',
      seenAt: '2026-11-27T10:00:00.000Z',
      url: 'https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6FMQA0',
      package: 'cpq',
      stage: 'submitted',
    });
    expect(nextStepLink(toReport(state, english), english)).toMatchObject({
      label: 'Check Installed Packages',
      href: 'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    });
  });
});

describe('nextStepLink, configuration steps (from the plan’s links)', () => {
  const configure = (org: string, environment: Environment, next: StepId, settings = {}) => {
    const report = reportAt(org, environment, next);
    return nextStepLink({ ...toReport(stateOf(report), english, settings) }, english);
  };
  /** The state behind a report built by reportAt: every step before `next` done by hand. */
  const stateOf = (report: Report) => {
    let state = newOrgProgress(report.org, report.environment, T0);
    for (const step of report.steps)
      if (step.status === 'done') state = applyManual(state, step.id, 'done', T0);
    return state;
  };

  it.each([
    ['config-layout-opportunity', 'Opportunity', 'Opportunity'],
    ['config-layout-account', 'Account', 'Account'],
    ['config-layout-order', 'Order', 'Order'],
    ['config-layout-orderproduct', 'OrderItem', 'Order Product'],
    ['config-layout-product', 'Product2', 'Product'],
  ] as const)('%s → Object Manager page layouts of %s', (step, object, label) => {
    const link = configure('acme--uat', 'sandbox', step, { nonAdminPayments: false });
    expect(link).toMatchObject({
      label: `Open ${label} page layouts`,
      href: `https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/ObjectManager/${object}/PageLayouts/view`,
    });
    expect(link?.note).toContain('Page Layout Assignment');
  });

  it('the picklist steps → Picklist Value Sets; payment users → Permission Sets', () => {
    expect(configure('acme', 'production', 'config-picklist-gatewaytype')?.href).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/Picklists/home',
    );
    expect(
      configure('acme', 'production', 'config-permsets-users', { nonAdminPayments: true })?.href,
    ).toBe('https://acme.my.salesforce-setup.com/lightning/setup/PermSets/home');
  });

  it('an unanswered question is asked before the link', () => {
    const link = configure('acme', 'production', 'config-permsets-users');
    expect(link?.note).toMatch(/^First answer the question below/);
  });

  it('Stripe authorization → the org’s Lightning home, to open the App Launcher', () => {
    expect(configure('acme--uat', 'sandbox', 'config-stripe-authorize')).toMatchObject({
      label: 'Open Salesforce, then the App Launcher',
      href: 'https://acme--uat.sandbox.my.salesforce.com/lightning/page/home',
      note: expect.stringContaining('search for Stripe Payment Gateway Setup'),
    });
  });

  it('the admins’ permission sets → the user page the licence was confirmed on, else Users', () => {
    let state = newOrgProgress('acme', 'production', T0);
    state = applyObservation(state, {
      kind: 'license',
      seenAt: T0,
      url: 'https://acme.my.salesforce.com/005Dn000001AbCd?noredirect=1&isUserEntityOverride=1',
      user: 'Ada Admin',
      hasCpqLicense: true,
    });
    for (const id of STEP_IDS.slice(1, 6)) state = applyManual(state, id, 'done', T0);
    expect(nextStepLink(toReport(state, english), english)).toMatchObject({
      label: 'Open your user',
      href: 'https://acme.my.salesforce.com/005Dn000001AbCd?noredirect=1&isUserEntityOverride=1',
    });
    expect(configure('acme', 'production', 'config-permsets-admin')).toMatchObject({
      label: 'Open Users',
      href: 'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home',
    });
  });
});
