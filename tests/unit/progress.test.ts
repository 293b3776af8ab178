import { describe, expect, it } from 'vitest';
import { english } from '../../src/core/i18n';
import { readOrgRecord } from '../../src/core/migrate';
import type { StepId } from '../../src/core/plan';
import {
  applyManual,
  applyObservation,
  HISTORY_CAP,
  newOrgProgress,
  type ReportStep,
  summarize,
  toReport,
} from '../../src/core/progress';
import type { InstalledPackageRow, Observation, OrgProgress } from '../../src/core/schemas';

const URL_IP = 'https://acme.my.salesforce-setup.com/0A3?setupid=ImportedPackage&isdtp=p1';
const CPQ: InstalledPackageRow = {
  name: 'Salesforce CPQ',
  publisher: 'Salesforce.com, inc.',
  version: '258.2',
  namespace: 'SBQQ',
  installedOn: '11/20/2026',
};
const BILLING: InstalledPackageRow = {
  name: 'Salesforce Billing',
  publisher: 'Salesforce.com, inc.',
  version: '258.1',
  namespace: 'blng',
  installedOn: '11/21/2026',
};
const STRIPE: InstalledPackageRow = {
  name: 'Stripe Connector for Salesforce CPQ & Billing',
  publisher: 'Stripe, Inc.',
  version: '3.12',
  namespace: 'stripeGC',
  installedOn: '11/22/2026',
};
const OTHER: InstalledPackageRow = {
  name: 'DocuSign eSignature',
  namespace: 'dsfs',
  version: '7.9',
};

const t = (day: number, hour = 12) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const listed = (seenAt: string, ...packages: InstalledPackageRow[]): Observation => ({
  kind: 'packages',
  seenAt,
  url: URL_IP,
  packages,
});
const fresh = () => newOrgProgress('acme', 'production', t(1));
const run = (state: OrgProgress, ...obs: Observation[]) =>
  obs.reduce((s, o) => applyObservation(s, o), state);
/** The state as the report shows it, in English: notes and summaries are stored as phrases. */
const inWords = (state: OrgProgress) => {
  const report = toReport(state, english);
  return {
    steps: Object.fromEntries(report.steps.map((step) => [step.id, step])) as Record<
      StepId,
      ReportStep
    >,
    history: report.history,
  };
};

describe('Installed Packages observations', () => {
  it('confirms each of our packages with its evidence and ignores others', () => {
    const s = run(fresh(), listed(t(22), OTHER, CPQ, BILLING));
    expect(s.steps['cpq-install']).toMatchObject({
      status: 'done',
      source: 'observed',
      evidence: {
        package: 'Salesforce CPQ',
        namespace: 'SBQQ',
        version: '258.2',
        installedOn: '11/20/2026',
        url: URL_IP,
        seenAt: t(22),
      },
    });
    expect(s.steps['billing-install'].status).toBe('done');
    expect(s.steps['stripe-install'].status).toBe('pending');
    expect(summarize(s)).toEqual({
      done: 2,
      total: 20,
      next: 'cpq-license',
      phase: 'install',
      phases: { install: { done: 2, total: 6 }, configure: { done: 0, total: 14 } },
    });
  });

  it('confirms the Stripe connector by name and publisher (its namespace is not published)', () => {
    const s = run(fresh(), listed(t(22), CPQ, BILLING, STRIPE));
    expect(s.steps['stripe-install']).toMatchObject({
      status: 'done',
      evidence: { version: '3.12' },
    });
  });

  it('records an upgrade to a new version with a note', () => {
    const s = run(fresh(), listed(t(22), CPQ), listed(t(23), { ...CPQ, version: '260.0' }));
    expect(s.steps['cpq-install'].note).toEqual({ key: 'noteUpgraded', args: ['258.2', '260.0'] });
    expect(inWords(s).steps['cpq-install']).toMatchObject({
      status: 'done',
      note: 'Upgraded from 258.2 to 260.0.',
    });
    expect(s.steps['cpq-install'].evidence?.version).toBe('260.0');
  });

  it('returns an uninstalled package to pending and keeps both observations in history', () => {
    const s = run(fresh(), listed(t(22), CPQ, BILLING), listed(t(24), CPQ));
    expect(s.steps['billing-install'].status).toBe('pending');
    expect(inWords(s).steps['billing-install'].note).toBe(
      'Salesforce Billing 258.1 was confirmed on 2026-11-22; not listed in Installed Packages on 2026-11-24.',
    );
    const billing = s.history.filter((h) => h.step === 'billing-install');
    expect(billing.map((h) => h.status)).toEqual(['done', 'pending']);
  });

  it('ignores an older observation that arrives late (no regression)', () => {
    const s = run(fresh(), listed(t(24), CPQ), listed(t(23)));
    expect(s.steps['cpq-install'].status).toBe('done');
    expect(inWords(s).history.at(-1)?.summary).toMatch(/^Older observation ignored/);
  });

  it('a step nothing has set yet takes an observation older than the record itself', () => {
    const s = run(newOrgProgress('acme', 'production', t(25)), listed(t(24), CPQ));
    expect(s.steps['cpq-install'].status).toBe('done');
  });

  it('repeated identical visits fold into one history entry with a count', () => {
    const s = run(fresh(), listed(t(22), CPQ), listed(t(23), CPQ), listed(t(24), CPQ));
    expect(s.history).toHaveLength(2);
    expect(s.history[1]).toMatchObject({ count: 2, at: t(24) });
  });

  it('keeps two orgs apart', () => {
    const prod = run(newOrgProgress('acme', 'production', t(1)), listed(t(22), CPQ));
    const uat = newOrgProgress('acme--uat', 'sandbox', t(1));
    expect(prod.steps['cpq-install'].status).toBe('done');
    expect(uat.steps['cpq-install'].status).toBe('pending');
    expect(toReport(uat, english).org).toBe('acme--uat');
  });
});

describe('install page outcomes', () => {
  const page = (stage: 'submitted' | 'failed' | 'long-running', message?: string): Observation => ({
    kind: 'install-page',
    seenAt: t(22),
    url: 'https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=04t',
    package: 'billing',
    stage,
    version: '258.1',
    ...(message && { message }),
  });

  it('a submitted install is in progress until Installed Packages confirms it', () => {
    const s = run(fresh(), page('submitted'));
    expect(s.steps['billing-install'].status).toBe('in-progress');
    const confirmed = run(s, listed(t(23), CPQ, BILLING));
    expect(confirmed.steps['billing-install'].status).toBe('done');
  });

  it('a long-running install is in progress too', () => {
    expect(run(fresh(), page('long-running')).steps['billing-install'].status).toBe('in-progress');
  });

  it('a failure blocks the step with the message', () => {
    const message =
      'A required package is missing: Package "Salesforce CPQ", Version 256.0 or later must be installed first.';
    const s = run(fresh(), page('failed', message));
    expect(s.steps['billing-install']).toMatchObject({ status: 'blocked' });
    expect(inWords(s).steps['billing-install'].note).toContain(message);
  });

  it('an upgrade submitted keeps the step done', () => {
    const s = run(fresh(), listed(t(21), CPQ, BILLING), page('submitted'));
    expect(s.steps['billing-install'].status).toBe('done');
    expect(inWords(s).steps['billing-install'].note).toMatch(/^Upgrade to 258.1 submitted/);
  });
});

describe('CPQ settings, license', () => {
  const url = 'https://acme--sbqq.vf.force.com/apex/EditSettings';
  it('calculation service authorized, then offered again', () => {
    const s = run(fresh(), { kind: 'calc-service', seenAt: t(22), url, authorized: true });
    expect(s.steps['cpq-calculation-service'].status).toBe('done');
    const again = run(s, { kind: 'calc-service', seenAt: t(23), url, authorized: false });
    expect(again.steps['cpq-calculation-service'].status).toBe('pending');
  });

  it('order defaults: recommended values are done, other saved values are skipped', () => {
    const order = (
      saved: boolean,
      allowMultipleOrders: boolean,
      defaultOrderStartDate: string,
    ): Observation => ({
      kind: 'order-settings',
      seenAt: t(22),
      url,
      saved,
      allowMultipleOrders,
      defaultOrderStartDate,
    });
    expect(run(fresh(), order(false, false, '')).steps['cpq-order-defaults'].status).toBe(
      'pending',
    );
    const done = inWords(run(fresh(), order(true, true, 'Quote Start Date'))).steps[
      'cpq-order-defaults'
    ];
    expect(done).toMatchObject({
      status: 'done',
      evidence: {
        values: { 'Allow Multiple Orders': 'Yes', 'Default Order Start Date': 'Quote Start Date' },
      },
    });
    const skipped = inWords(run(fresh(), order(true, true, 'Today'))).steps['cpq-order-defaults'];
    expect(skipped.status).toBe('skipped');
    expect(skipped.note).toContain('Default Order Start Date: Today');
  });

  it('license: present is done with the user; AA-only is not', () => {
    const s = run(fresh(), {
      kind: 'license',
      seenAt: t(22),
      url,
      user: 'Ada Admin',
      hasCpqLicense: false,
    });
    expect(s.steps['cpq-license'].status).toBe('pending');
    const d = run(s, {
      kind: 'license',
      seenAt: t(23),
      url,
      user: 'Ada Admin',
      hasCpqLicense: true,
    });
    expect(d.steps['cpq-license']).toMatchObject({
      status: 'done',
      evidence: { user: 'Ada Admin' },
    });
    const other = run(d, {
      kind: 'license',
      seenAt: t(24),
      url,
      user: 'Bob Builder',
      hasCpqLicense: false,
    });
    expect(other.steps['cpq-license'].status).toBe('done');
  });
});

describe('manual confirmation', () => {
  it('confirm, skip and reopen, marked as the admin', () => {
    let s = applyManual(fresh(), 'cpq-calculation-service', 'done', t(22));
    expect(inWords(s).steps['cpq-calculation-service']).toMatchObject({
      status: 'done',
      source: 'admin',
      note: 'Confirmed by admin on 2026-11-22.',
    });
    s = applyManual(s, 'cpq-order-defaults', 'skipped', t(22));
    expect(summarize(s).done).toBe(2);
    s = applyManual(s, 'cpq-calculation-service', 'pending', t(23));
    expect(s.steps['cpq-calculation-service'].status).toBe('pending');
    expect(s.history.map((h) => h.kind)).toEqual(['manual', 'manual', 'manual']);
  });
});

describe('history is bounded', () => {
  it(`keeps the newest ${HISTORY_CAP} entries and counts the dropped ones`, () => {
    let s = fresh();
    for (let i = 0; i < HISTORY_CAP + 50; i++) {
      s = applyObservation(
        s,
        listed(new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), ...(i % 2 ? [CPQ] : [])),
      );
    }
    expect(s.history).toHaveLength(HISTORY_CAP);
    expect(s.historyDropped).toBe(50);
  });
});

describe('stored records', () => {
  it('round-trips a current record', () => {
    const s = run(fresh(), listed(t(22), CPQ));
    expect(readOrgRecord(JSON.parse(JSON.stringify(s)))).toEqual({
      ok: true,
      value: s,
      migrated: false,
    });
  });
  it.each([
    ['garbage', 'garbage'],
    ['array', [1, 2]],
    ['null', null],
    ['future', { ...fresh(), v: 99 }],
    ['wrong types', { ...fresh(), steps: 'all done' }],
    ['half-written', { v: 1, org: 'acme', environment: 'production' }],
    // The first draft's shape never shipped: no migration reads it.
    [
      'without a schema version',
      { org: 'acme', updatedAt: t(5), steps: { 'cpq-install': 'done' } },
    ],
  ])('refuses %s', (_name, raw) => {
    expect(readOrgRecord(raw).ok).toBe(false);
  });
});

describe('summarize and the report over both phases', () => {
  const installedAll = () => run(fresh(), listed(t(22), CPQ, BILLING, STRIPE));

  it('a required step skipped by hand is not counted done; an optional one is', () => {
    let s = applyManual(fresh(), 'cpq-license', 'skipped', t(2));
    expect(summarize(s).done).toBe(0);
    s = applyManual(s, 'cpq-order-defaults', 'skipped', t(2));
    expect(summarize(s).done).toBe(1);
    expect(summarize(s).phases.install).toEqual({ done: 1, total: 6 });
  });

  it('every step of both phases, in plan order, each with its phase; install ids unchanged', () => {
    const report = toReport(installedAll(), english);
    expect(report.steps).toHaveLength(20);
    expect(report.steps.slice(0, 6).map((s) => [s.id, s.phase])).toEqual([
      ['cpq-license', 'install'],
      ['cpq-install', 'install'],
      ['cpq-calculation-service', 'install'],
      ['cpq-order-defaults', 'install'],
      ['billing-install', 'install'],
      ['stripe-install', 'install'],
    ]);
    expect(report.steps.slice(6).every((s) => s.phase === 'configure')).toBe(true);
    expect(report.steps[1]).toMatchObject({ status: 'done', source: 'observed' });
    expect(report.summary).toMatchObject({
      done: 3,
      total: 20,
      next: 'cpq-license',
      phase: 'install',
      phases: { install: { done: 3, total: 6 }, configure: { done: 0, total: 14 } },
    });
  });

  it('steps the org’s answers make unneeded show as skipped with that answer, nothing stored', () => {
    const s = installedAll();
    const report = toReport(s, english, { nonAdminPayments: false, achPayments: false });
    const byId = Object.fromEntries(report.steps.map((step) => [step.id, step]));
    expect(byId['config-permsets-users']).toMatchObject({
      status: 'skipped',
      ask: 'nonAdminPayments',
      note: 'Not needed: you said non-admin users will not take payments.',
    });
    for (const id of [
      'config-action-verify',
      'config-button-ach',
      'config-picklist-bankaccounttype',
    ])
      expect(byId[id]).toMatchObject({ status: 'skipped', ask: 'achPayments' });
    expect(report.summary.phases.configure).toEqual({ done: 4, total: 14 });
    expect(report.orgSettings).toEqual({ nonAdminPayments: false, achPayments: false });
    expect(s.steps['config-permsets-users'].status).toBe('pending');
    const yes = toReport(s, english, { achPayments: true });
    expect(yes.steps.find((step) => step.id === 'config-button-ach')?.status).toBe('pending');
  });
});
