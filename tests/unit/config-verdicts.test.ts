/**
 * The configuration verdicts (src/core/config/): facts and message keys, table by table.
 */
import { describe, expect, it } from 'vitest';
import { chooseBillingObject, isBillingObject } from '../../src/core/config/billing-objects';
import {
  type AssignmentTable,
  cellsToChange,
  layoutAssignmentVerdict,
} from '../../src/core/config/layout-assignment';
import {
  adminPermissionSetsVerdict,
  missingSets,
  type SeenUser,
  setsToPreselect,
  userPermissionSetsVerdict,
} from '../../src/core/config/permission-sets';
import {
  picklistValuesVerdict,
  type ValueSetSeen,
  valuesToAdd,
} from '../../src/core/config/picklist-values';

const ADMIN = 'System Administrator';
const ALL = [
  'Salesforce Billing Admin',
  'Salesforce CPQ Admin User',
  'Stripe Payment Gateway Admin',
];
const admin = (user: string, sets: string[], profile: string | null = ADMIN): SeenUser => ({
  user,
  profile,
  sets,
});

describe('missingSets: CPQ by whole-word prefix, Billing and Stripe exact', () => {
  it.each([
    [ALL, []],
    [['Salesforce Billing Admin', 'Salesforce CPQ Admin', 'Stripe Payment Gateway Admin'], []],
    [
      ['salesforce billing admin', 'Salesforce CPQ Admin Access', 'Stripe Payment Gateway Admin'],
      [],
    ],
    [
      ['Salesforce Billing Admin', 'Salesforce CPQ Administrator', 'Stripe Payment Gateway Admin'],
      ['Salesforce CPQ Admin'],
    ],
    [
      [
        'Salesforce Billing Admin Extra',
        'Salesforce CPQ Admin User',
        'Stripe Payment Gateway Admin',
      ],
      ['Salesforce Billing Admin'],
    ],
    [
      ['Salesforce Billing Admin', 'Salesforce CPQ Admin User', 'Stripe Connector Admin User'],
      ['Stripe Payment Gateway Admin'],
    ],
    [
      ['Salesforce CPQ User'],
      ['Salesforce Billing Admin', 'Salesforce CPQ Admin', 'Stripe Payment Gateway Admin'],
    ],
  ])('%j lacks %j', (sets, missing) => {
    expect(missingSets(sets, 'config-permsets-admin')).toEqual(missing);
  });

  it('the user sets: CPQ User and its Access variant, Stripe User exact', () => {
    expect(
      missingSets(
        ['Salesforce CPQ User Access', 'Stripe Payment Gateway User'],
        'config-permsets-users',
      ),
    ).toEqual([]);
    expect(missingSets(['Salesforce CPQ Admin User'], 'config-permsets-users')).toEqual([
      'Salesforce CPQ User',
      'Stripe Payment Gateway User',
    ]);
  });
});

describe('adminPermissionSetsVerdict', () => {
  it.each([
    ['one complete admin', [admin('Ada', ALL)], 'done', 'configPermsetsAdminDone', ['Ada']],
    [
      'a complete admin and one lacking Stripe: in progress, the lacking one named',
      [admin('Ada', ALL), admin('Lin', ALL.slice(0, 2))],
      'in-progress',
      'configPermsetsAdminLacks',
      ['Lin', 'Stripe Payment Gateway Admin', 1],
    ],
    [
      'a standard user lacking sets does not count',
      [admin('Ada', ALL), admin('Sam', [], 'Standard User')],
      'done',
      'configPermsetsAdminDone',
      ['Ada'],
    ],
    [
      'no admin seen',
      [admin('Sam', ALL, 'Standard User'), admin('Nobody', ALL, null)],
      'not-started',
      'configPermsetsNoAdminSeen',
      [ADMIN],
    ],
  ] as const)('%s', (_, seen, status, key, args) => {
    const verdict = adminPermissionSetsVerdict(seen);
    expect(verdict).toMatchObject({ status, key, args });
  });

  it('uses the org’s own admin profile, folded', () => {
    const seen = [admin('Ada', ALL, 'Custom Admin'), admin('Lin', [], ADMIN)];
    expect(adminPermissionSetsVerdict(seen, 'custom  admin').status).toBe('done');
    expect(adminPermissionSetsVerdict(seen).facts.admins).toEqual([
      {
        user: 'Lin',
        missing: [
          'Salesforce Billing Admin',
          'Salesforce CPQ Admin',
          'Stripe Payment Gateway Admin',
        ],
      },
    ]);
  });

  it('pre-selects the Available options matching what is missing', () => {
    expect(
      setsToPreselect(
        [
          'Salesforce CPQ Admin User',
          'Salesforce CPQ User',
          'Stripe Connector Admin User',
          'Stripe Payment Gateway Admin',
        ],
        ['Salesforce CPQ Admin', 'Stripe Payment Gateway Admin', 'Salesforce Billing Admin'],
        'config-permsets-admin',
      ),
    ).toEqual(['Salesforce CPQ Admin User', 'Stripe Payment Gateway Admin']);
  });
});

describe('userPermissionSetsVerdict', () => {
  const sam = admin(
    'Sam Seller',
    ['Salesforce CPQ User', 'Stripe Payment Gateway User'],
    'Standard User',
  );
  it.each([
    ['nobody named', [], [sam], true, 'not-started', 'configPermsetsUsersNoneNamed'],
    ['named, page not seen', ['Sam Seller'], [], true, 'not-started', 'configPermsetsUsersLacks'],
    [
      'sets there, Billing access not acknowledged',
      ['Sam Seller'],
      [sam],
      false,
      'in-progress',
      'configPermsetsUsersBillingAccess',
    ],
    ['sets there and acknowledged', ['sam seller'], [sam], true, 'done', 'configPermsetsUsersDone'],
    [
      'one of two lacks Stripe',
      ['Sam Seller', 'Pat'],
      [sam, admin('Pat', ['Salesforce CPQ User'], 'Standard User')],
      true,
      'in-progress',
      'configPermsetsUsersLacks',
    ],
  ] as const)('%s', (_, named, seen, ack, status, key) => {
    expect(userPermissionSetsVerdict(named, seen, ack)).toMatchObject({ status, key });
  });
});

describe('layoutAssignmentVerdict', () => {
  const matrix = (
    admin: string[],
    standard: string[],
    recordTypes = ['New Business', 'Renewal'],
  ): AssignmentTable => ({
    object: 'Opportunity',
    recordTypes,
    rows: [
      { profile: 'Marketing User', layouts: recordTypes.map(() => 'Opportunity Layout') },
      { profile: 'Standard User', layouts: standard },
      { profile: 'System Administrator', layouts: admin },
    ],
  });
  const CPQ = 'CPQ Opportunity Layout';

  it.each([
    [
      'both profiles, every record type',
      matrix([CPQ, CPQ], [CPQ, CPQ]),
      'done',
      'configLayoutDone',
    ],
    [
      'admin done, standard one column wrong',
      matrix([CPQ, CPQ], [CPQ, 'Opportunity Layout']),
      'in-progress',
      'configLayoutRowsWrong',
    ],
    [
      'nothing assigned yet',
      matrix(
        ['Opportunity Layout', 'Opportunity Layout'],
        ['Opportunity Layout', 'Opportunity Layout'],
      ),
      'in-progress',
      'configLayoutRowsWrong',
    ],
    ['no record types', matrix([CPQ], [CPQ], []), 'done', 'configLayoutDone'],
    [
      'case and spaces folded',
      matrix(['cpq  opportunity layout'], [CPQ], []),
      'done',
      'configLayoutDone',
    ],
  ] as const)('%s', (_, table, status, key) => {
    expect(layoutAssignmentVerdict(table, 'config-layout-opportunity')).toMatchObject({
      status,
      key,
    });
  });

  it('names the wrong rows and columns, and the cells Edit Assignment should change', () => {
    const table = matrix([CPQ, 'Opportunity Layout'], ['Opportunity (Marketing) Layout', CPQ]);
    const verdict = layoutAssignmentVerdict(table, 'config-layout-opportunity');
    expect(verdict.args).toEqual(['System Administrator, Standard User', CPQ]);
    expect(verdict.facts.rows).toEqual([
      {
        role: 'admin',
        profile: ADMIN,
        row: 2,
        wrong: [{ column: 1, recordType: 'Renewal', layout: 'Opportunity Layout' }],
      },
      {
        role: 'standard',
        profile: 'Standard User',
        row: 1,
        wrong: [
          { column: 0, recordType: 'New Business', layout: 'Opportunity (Marketing) Layout' },
        ],
      },
    ]);
    expect(cellsToChange(table, 'config-layout-opportunity', ['Opportunity Layout', CPQ])).toEqual({
      layoutToUse: CPQ,
      cells: [
        [2, 1],
        [1, 0],
      ],
    });
  });

  it('the org’s own profiles; a missing profile row; another object’s table', () => {
    const table: AssignmentTable = {
      recordTypes: [],
      rows: [
        { profile: 'Custom Admin', layouts: ['Billing Account Layout'] },
        { profile: 'Standard User', layouts: ['Billing Account Layout'] },
      ],
    };
    expect(
      layoutAssignmentVerdict(table, 'config-layout-account', { adminProfile: 'Custom Admin' })
        .status,
    ).toBe('done');
    expect(layoutAssignmentVerdict(table, 'config-layout-account')).toMatchObject({
      status: 'in-progress',
      key: 'configLayoutProfileMissing',
      args: [ADMIN, 'Account'],
    });
    expect(
      layoutAssignmentVerdict({ ...table, object: 'Order' }, 'config-layout-account'),
    ).toMatchObject({
      status: 'not-started',
      key: 'configLayoutOtherObject',
    });
  });
});

describe('picklistValuesVerdict', () => {
  const v = (label: string, apiName: string | null = label) => ({ label, apiName });
  const set = (
    active: ReturnType<typeof v>[],
    inactive: ReturnType<typeof v>[] = [],
  ): ValueSetSeen => ({
    active,
    inactive,
  });
  it.each([
    ['exact', set([v('PayPal'), v('Stripe')]), 'done', 'configPicklistDone', null],
    [
      'relabelled over the right API name',
      set([v('Stripe Payments', 'Stripe')]),
      'done',
      'configPicklistDone',
      null,
    ],
    [
      'no API name shown, exact label',
      set([v('Stripe', null)]),
      'done',
      'configPicklistDone',
      null,
    ],
    ['missing', set([v('PayPal')]), 'not-started', 'configPicklistMissing', 'missing'],
    ['case', set([v('stripe')]), 'in-progress', 'configPicklistNearMissCase', 'case'],
    [
      'trailing space',
      set([v('Stripe ', 'Stripe ')]),
      'in-progress',
      'configPicklistNearMissSpaces',
      'spaces',
    ],
    [
      'trailing space in the label only',
      set([v('Stripe ', 'Stripe')]),
      'in-progress',
      'configPicklistNearMissSpaces',
      'spaces',
    ],
    [
      'another product’s value',
      set([v('Stripe (Universal Extension)', 'Stripe_Universal')]),
      'in-progress',
      'configPicklistOtherProduct',
      'other-product',
    ],
    [
      'API name changed',
      set([v('Stripe', 'Stripe_Gateway')]),
      'in-progress',
      'configPicklistApiNameChanged',
      'api-name-changed',
    ],
    [
      'inactive only',
      set([v('PayPal')], [v('Stripe')]),
      'in-progress',
      'configPicklistInactive',
      'inactive',
    ],
  ] as const)('%s', (_, seen, status, key, problem) => {
    const verdict = picklistValuesVerdict(seen, 'config-picklist-gatewaytype');
    expect(verdict).toMatchObject({ status, key });
    expect(verdict.facts.values[0]?.problem).toBe(problem);
  });

  it('Bank Account Type wants both values; the first problem is named, all are in the facts', () => {
    const verdict = picklistValuesVerdict(
      set([v('Individual'), v('company')]),
      'config-picklist-bankaccounttype',
    );
    expect(verdict).toMatchObject({
      status: 'in-progress',
      key: 'configPicklistNearMissCase',
      args: ['Company', 'company', 'company', 'Bank Account Type'],
    });
    expect(verdict.facts.values.map((x) => x.problem)).toEqual([null, 'case']);
    expect(valuesToAdd(set([]), 'config-picklist-bankaccounttype')).toEqual([
      'Individual',
      'Company',
    ]);
    expect(
      valuesToAdd(set([v('Individual')], [v('Company')]), 'config-picklist-bankaccounttype'),
    ).toEqual([]);
  });
});

describe('Billing objects by their blng__ API name', () => {
  it('tells Billing’s Payment from Salesforce Payments’ Payment', () => {
    const objects = [
      { label: 'Payment', apiName: 'Payment' },
      { label: 'Payment', apiName: 'blng__Payment__c' },
      { label: 'Payment Gateway', apiName: 'PaymentGateway' },
    ];
    expect(isBillingObject('blng__PaymentMethod__c')).toBe(true);
    expect(isBillingObject('PaymentMethod')).toBe(false);
    expect(chooseBillingObject(objects, 'Payment')).toEqual({
      kind: 'billing',
      object: { label: 'Payment', apiName: 'blng__Payment__c' },
      lookAlikes: [{ label: 'Payment', apiName: 'Payment' }],
    });
    expect(chooseBillingObject(objects, 'Payment Gateway')).toMatchObject({
      kind: 'standard-only',
    });
    expect(chooseBillingObject(objects, 'Payment Method')).toEqual({ kind: 'none' });
  });
});

describe('proposed observation schemas', () => {
  const base = {
    seenAt: '2026-11-29T09:00:00.000Z',
    url: 'https://acme.my.salesforce.com/0Nt5g000000GtWY',
  };
  it('accepts what the readers produce and refuses bloated or malformed input', async () => {
    const { configObservationSchema } = await import('../../src/core/config/observations');
    expect(
      configObservationSchema.safeParse({
        kind: 'picklist-values',
        ...base,
        step: 'config-picklist-gatewaytype',
        valueSet: 'Gateway Type',
        active: [{ label: 'Stripe ', apiName: 'Stripe' }],
        inactive: null,
      }).success,
    ).toBe(true);
    expect(
      configObservationSchema.safeParse({
        kind: 'layout-assignment',
        ...base,
        step: 'config-layout-opportunity',
        object: 'Opportunity',
        recordTypes: [],
        rows: [{ profile: 'System Administrator', layouts: ['CPQ Opportunity Layout'] }],
      }).success,
    ).toBe(true);
    expect(
      configObservationSchema.safeParse({
        kind: 'permission-set-assignments',
        ...base,
        user: 'Ada',
        profile: null,
        sets: Array.from({ length: 201 }, (_, i) => `Set ${i}`),
      }).success,
    ).toBe(false);
    expect(
      configObservationSchema.safeParse({
        kind: 'layout-assignment',
        ...base,
        step: 'config-layout-payment',
      }).success,
    ).toBe(false);
  });
});
