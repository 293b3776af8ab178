import { describe, expect, it } from 'vitest';
import { addLaterSteps, LATER_STEPS } from '../../src/core/later-steps';
import { readOrgRecord } from '../../src/core/migrate';
import { nextSteps, type StepStates } from '../../src/core/next-steps';
import type { OrgSettings } from '../../src/core/org-settings';
import {
  PACKAGES,
  prerequisitesOf,
  STEP_IDS,
  STEPS,
  type StepId,
  type StepStatus,
} from '../../src/core/plan';

const INSTALL: readonly StepId[] = [
  'cpq-license',
  'cpq-install',
  'cpq-calculation-service',
  'cpq-order-defaults',
  'billing-install',
  'stripe-install',
];
const CONFIGURE: readonly StepId[] = [
  'config-permsets-admin',
  'config-permsets-users',
  'config-layout-opportunity',
  'config-layout-account',
  'config-layout-order',
  'config-layout-orderproduct',
  'config-layout-product',
  'config-action-refund',
  'config-action-verify',
  'config-button-ach',
  'config-picklist-bankaccounttype',
  'config-picklist-gatewaytype',
  'config-stripe-authorize',
  'config-billing-batchsize',
];
const ACH: readonly StepId[] = [
  'config-action-verify',
  'config-button-ach',
  'config-picklist-bankaccounttype',
];

/** Every step in `ids` with `status`, the rest pending. */
const with_ = (status: StepStatus, ids: readonly StepId[], base: StepStates = {}): StepStates => ({
  ...base,
  ...Object.fromEntries(ids.map((id) => [id, { status }])),
});
const installed = with_('done', INSTALL);

describe('the plan', () => {
  it('has the install phase, then the configure phase in the sequence file’s order', () => {
    expect(STEP_IDS).toEqual([...INSTALL, ...CONFIGURE]);
    expect(STEPS.filter((s) => s.phase === 'install').map((s) => s.id)).toEqual(INSTALL);
    expect(STEPS.filter((s) => s.phase === 'configure').map((s) => s.id)).toEqual(CONFIGURE);
  });

  it('asks the two org questions of exactly the steps they decide; batch size is optional', () => {
    const asks = Object.fromEntries(STEPS.flatMap((s) => (s.ask ? [[s.id, s.ask]] : [])));
    expect(asks).toEqual({
      'config-permsets-users': 'nonAdminPayments',
      'config-action-verify': 'achPayments',
      'config-button-ach': 'achPayments',
      'config-picklist-bankaccounttype': 'achPayments',
    });
    expect(STEPS.filter((s) => s.optional).map((s) => s.id)).toEqual([
      'cpq-order-defaults',
      'config-billing-batchsize',
    ]);
  });

  it('orders every dependency before its step, and every configuration step has a link and text', () => {
    for (const [i, spec] of STEPS.entries()) {
      for (const before of spec.after) expect(STEP_IDS.indexOf(before)).toBeLessThan(i);
      if (spec.phase === 'configure') {
        expect(spec.link, spec.id).toBeDefined();
        expect(spec.description, spec.id).toBeDefined();
      }
    }
  });

  it('derives which packages come first from the steps’ dependencies', () => {
    expect(PACKAGES.cpq.requires).toEqual([]);
    expect(PACKAGES.billing.requires).toEqual(['cpq']);
    expect(PACKAGES.stripe.requires).toEqual(['cpq', 'billing']);
    expect(prerequisitesOf('config-stripe-authorize')).toEqual([
      'cpq-license',
      'cpq-install',
      'billing-install',
      'stripe-install',
      'config-permsets-admin',
    ]);
  });
});

interface Case {
  name: string;
  state: StepStates;
  settings?: OrgSettings;
  next: StepId | null;
  done: number;
  install: number;
  configure: number;
  phase: 'install' | 'configure';
  questions?: string[];
}

const CASES: readonly Case[] = [
  {
    name: 'nothing done: the licence, install phase, both questions open',
    state: {},
    next: 'cpq-license',
    done: 0,
    install: 0,
    configure: 0,
    phase: 'install',
    questions: ['nonAdminPayments', 'achPayments'],
  },
  {
    name: 'an optional step skipped counts as settled',
    state: with_('skipped', ['cpq-order-defaults'], with_('done', ['cpq-license', 'cpq-install'])),
    next: 'cpq-calculation-service',
    done: 3,
    install: 3,
    configure: 0,
    phase: 'install',
  },
  {
    name: 'a required step skipped by hand is not done and not offered again',
    state: with_('skipped', ['cpq-license']),
    // cpq-install waits on the licence: nothing is ready, so the first open step is offered.
    next: 'cpq-install',
    done: 0,
    install: 0,
    configure: 0,
    phase: 'install',
  },
  {
    name: 'an install submitted (in progress) stays next',
    state: with_('in-progress', ['cpq-install'], with_('done', ['cpq-license'])),
    next: 'cpq-install',
    done: 1,
    install: 1,
    configure: 0,
    phase: 'install',
  },
  {
    name: 'configuration confirmed while installing: next stays in the install phase',
    state: with_('done', ['config-layout-opportunity', 'config-picklist-gatewaytype'], {
      'cpq-license': { status: 'done' },
    }),
    next: 'cpq-install',
    done: 3,
    install: 1,
    configure: 2,
    phase: 'install',
  },
  {
    name: 'installs done: the admins’ permission sets, configure phase',
    state: installed,
    next: 'config-permsets-admin',
    done: 6,
    install: 6,
    configure: 0,
    phase: 'configure',
  },
  {
    name: 'unanswered question: its step is open and next when reached',
    state: with_('done', ['config-permsets-admin'], installed),
    next: 'config-permsets-users',
    done: 7,
    install: 6,
    configure: 1,
    phase: 'configure',
    questions: ['nonAdminPayments', 'achPayments'],
  },
  {
    name: 'no to both questions: the four steps settle with that answer',
    state: with_('done', ['config-permsets-admin'], installed),
    settings: { nonAdminPayments: false, achPayments: false },
    next: 'config-layout-opportunity',
    done: 11,
    install: 6,
    configure: 5,
    phase: 'configure',
    questions: [],
  },
  {
    name: 'yes to ACH: the ACH steps are required',
    state: with_(
      'done',
      CONFIGURE.filter((id) => !ACH.includes(id)),
      installed,
    ),
    settings: { nonAdminPayments: true, achPayments: true },
    next: 'config-action-verify',
    done: 17,
    install: 6,
    configure: 11,
    phase: 'configure',
  },
  {
    name: 'yes to ACH but the ACH steps skipped by hand: not settled, nothing left to offer',
    state: with_(
      'skipped',
      ACH,
      with_(
        'done',
        CONFIGURE.filter((id) => !ACH.includes(id)),
        installed,
      ),
    ),
    settings: { nonAdminPayments: true, achPayments: true },
    next: null,
    done: 17,
    install: 6,
    configure: 11,
    phase: 'configure',
  },
  {
    name: 'a step waiting on an open dependency is passed for a ready one',
    state: with_('done', ['config-layout-opportunity'], installed),
    settings: { nonAdminPayments: false, achPayments: true },
    // config-permsets-admin is first and ready: it is next; config-stripe-authorize waits on it.
    next: 'config-permsets-admin',
    done: 8,
    install: 6,
    configure: 2,
    phase: 'configure',
  },
  {
    name: 'everything done',
    state: with_('done', [...INSTALL, ...CONFIGURE]),
    next: null,
    done: 20,
    install: 6,
    configure: 14,
    phase: 'configure',
  },
];

describe('nextSteps', () => {
  it.each(CASES)('$name', (c) => {
    const result = nextSteps(STEPS, c.state, c.settings);
    expect(result.next).toBe(c.next);
    expect(result.done).toBe(c.done);
    expect(result.total).toBe(20);
    expect(result.phases).toEqual({
      install: { done: c.install, total: 6 },
      configure: { done: c.configure, total: 14 },
    });
    expect(result.phase).toBe(c.phase);
    if (c.questions) expect(result.questions).toEqual(c.questions);
    if (c.next) expect(result.open).toContain(c.next);
  });

  it('ready lists, in plan order, the open steps whose dependencies are settled', () => {
    const result = nextSteps(STEPS, with_('done', ['cpq-license', 'cpq-install']));
    expect(result.ready).toEqual([
      'cpq-calculation-service',
      'cpq-order-defaults',
      'billing-install',
      'config-layout-opportunity',
    ]);
    expect(result.open.slice(0, 3)).toEqual([
      'cpq-calculation-service',
      'cpq-order-defaults',
      'billing-install',
    ]);
  });

  it('a step done before the org said it is not needed stays done', () => {
    const state = with_('done', ['config-button-ach'], installed);
    const no = nextSteps(STEPS, state, { achPayments: false });
    const yes = nextSteps(STEPS, state, { achPayments: true });
    expect(no.needs['config-button-ach']).toBe('not-needed');
    expect(no.phases.configure.done).toBe(3);
    expect(yes.phases.configure.done).toBe(1);
  });
});

describe('records written before the configuration phase (schema v1, install steps only)', () => {
  const at = '2026-11-20T08:00:00.000Z';
  const v1 = {
    v: 1,
    org: 'acme',
    environment: 'production',
    createdAt: at,
    updatedAt: '2026-11-21T09:00:00.000Z',
    steps: Object.fromEntries(
      INSTALL.map((id, i) => [
        id,
        i < 2
          ? {
              status: 'done',
              source: 'observed',
              evidence: { seenAt: at, url: 'https://acme.my.salesforce.com/005' },
              updatedAt: at,
            }
          : { status: 'pending', updatedAt: at },
      ]),
    ),
    history: [
      { at, kind: 'packages', summary: 'Salesforce CPQ 258.2 listed', step: 'cpq-install' },
    ],
    historyDropped: 0,
  };

  it('read without loss, the configuration steps added as pending', () => {
    const result = readOrgRecord(structuredClone(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const id of INSTALL) expect(result.value.steps[id]).toEqual(v1.steps[id]);
    for (const id of CONFIGURE)
      expect(result.value.steps[id]).toEqual({
        status: 'pending',
        updatedAt: '2026-11-21T09:00:00.000Z',
      });
    // v1 prose that no message matches is kept as text, shown as written (src/core/migrate.ts).
    expect(result.value.history).toEqual(
      v1.history.map((entry) => ({ ...entry, summary: { text: entry.summary } })),
    );
  });

  it('addLaterSteps adds only what is missing, and never an install step', () => {
    expect(LATER_STEPS).toEqual(CONFIGURE);
    const partial = { ...v1, steps: { ...v1.steps, 'config-layout-order': { status: 'done' } } };
    const out = addLaterSteps(partial) as { steps: Record<string, unknown> };
    expect(out.steps['config-layout-order']).toEqual({ status: 'done' });
    expect(Object.keys(out.steps)).toHaveLength(20);
    const { 'cpq-license': _, ...lacking } = v1.steps;
    const half = readOrgRecord({ ...v1, steps: lacking });
    expect(half.ok).toBe(false);
    expect(!half.ok && half.reason).toContain('cpq-license');
  });
});
