import { describe, expect, it } from 'vitest';
import {
  billingLookAlike,
  layoutStepForApiName,
  layoutStepForLabel,
  picklistStepForValueSet,
} from '../../src/core/config/layout-objects';
import { english } from '../../src/core/i18n';
import { say } from '../../src/core/phrase';
import { applyObservation, newOrgProgress, toReport } from '../../src/core/progress';
import { type Observation, observationSchema } from '../../src/core/schemas';

const T0 = '2026-11-29T10:00:00.000Z';
const T1 = '2026-11-29T10:05:00.000Z';
const URL =
  'https://acme.my.salesforce-setup.com/ui/setup/layout/PageLayoutAssignment?type=Account';

const layout = (
  rows: Array<[string, string[]]>,
  recordTypes: string[] = [],
  seenAt = T1,
): Observation => ({
  kind: 'layout-assignment',
  seenAt,
  url: URL,
  step: 'config-layout-account',
  object: 'Account',
  recordTypes,
  rows: rows.map(([profile, layouts]) => ({ profile, layouts })),
});

const picklist = (active: Array<[string, string | null]>, seenAt = T1): Observation => ({
  kind: 'picklist-values',
  seenAt,
  url: 'https://acme.my.salesforce.com/0Nt5g000000GtWY',
  step: 'config-picklist-gatewaytype',
  valueSet: 'Gateway Type',
  active: active.map(([label, apiName]) => ({ label, apiName })),
  inactive: [],
});

const fresh = () => newOrgProgress('acme', 'production', T0);
const note = (
  state: ReturnType<typeof fresh>,
  id: 'config-layout-account' | 'config-picklist-gatewaytype',
) => {
  const n = state.steps[id].note;
  return n ? say(n, english) : undefined;
};

describe('layout assignment observations', () => {
  it('are valid observations, and a hostile size is refused', () => {
    expect(observationSchema.safeParse(layout([['System Administrator', ['x']]])).success).toBe(
      true,
    );
    const huge = layout([['a'.repeat(400), ['x']]]);
    expect(observationSchema.safeParse(huge).success).toBe(false);
  });

  it('done when both default profiles show the layout in every column', () => {
    const next = applyObservation(
      fresh(),
      layout([
        ['System Administrator', ['Billing Account Layout']],
        ['Standard User', ['billing account  layout']],
        ['Read Only', ['Account Layout']],
      ]),
    );
    expect(next.steps['config-layout-account']).toMatchObject({
      status: 'done',
      source: 'observed',
    });
    expect(next.steps['config-layout-account'].evidence?.values).toEqual({
      'System Administrator': 'Billing Account Layout',
      'Standard User': 'billing account  layout',
    });
    expect(note(next, 'config-layout-account')).toBe(
      'Billing Account Layout is assigned to both profiles for Account.',
    );
  });

  it('one record-type column wrong keeps it in progress, naming the profile', () => {
    const next = applyObservation(
      fresh(),
      layout(
        [
          ['System Administrator', ['Billing Account Layout', 'Account Layout']],
          ['Standard User', ['Billing Account Layout', 'Billing Account Layout']],
        ],
        ['Business', 'Person'],
      ),
    );
    expect(next.steps['config-layout-account'].status).toBe('in-progress');
    expect(note(next, 'config-layout-account')).toBe(
      'Not yet Billing Account Layout in every column for: System Administrator.',
    );
  });

  it("uses the org's answers for the profiles", () => {
    const obs = layout([
      ['System Administrator', ['Account Layout']],
      ['Custom Admin', ['Billing Account Layout']],
      ['Standard User', ['Billing Account Layout']],
    ]);
    expect(applyObservation(fresh(), obs).steps['config-layout-account'].status).toBe(
      'in-progress',
    );
    const named = applyObservation(fresh(), obs, { adminProfile: 'Custom Admin' });
    expect(named.steps['config-layout-account'].status).toBe('done');
  });

  it('another object table changes nothing; the same reading twice changes nothing', () => {
    const other = {
      ...layout([['System Administrator', ['X']]]),
      object: 'Opportunity',
    } as Observation;
    expect(applyObservation(fresh(), other).steps['config-layout-account'].status).toBe('pending');
    const wrong = layout([
      ['System Administrator', ['Account Layout']],
      ['Standard User', ['Account Layout']],
    ]);
    const once = applyObservation(fresh(), wrong);
    const twice = applyObservation(once, {
      ...wrong,
      seenAt: '2026-11-29T10:06:00.000Z',
    } as Observation);
    expect(twice.steps['config-layout-account']).toEqual(once.steps['config-layout-account']);
    expect(say(twice.history.at(-1)?.summary ?? { text: '' }, english)).toContain(
      'Page layout assignment of Account',
    );
  });

  it('a done step reads in the report with its note', () => {
    const next = applyObservation(
      fresh(),
      layout([
        ['System Administrator', ['Billing Account Layout']],
        ['Standard User', ['Billing Account Layout']],
      ]),
    );
    const step = toReport(next, english).steps.find((s) => s.id === 'config-layout-account');
    expect(step).toMatchObject({ status: 'done', phase: 'configure', source: 'observed' });
  });
});

describe('picklist value observations', () => {
  it('done on the exact value; a near miss is named and not done', () => {
    expect(
      applyObservation(fresh(), picklist([['Stripe', 'Stripe']])).steps[
        'config-picklist-gatewaytype'
      ].status,
    ).toBe('done');
    const cased = applyObservation(fresh(), picklist([['stripe', 'stripe']]));
    expect(cased.steps['config-picklist-gatewaytype'].status).toBe('in-progress');
    expect(note(cased, 'config-picklist-gatewaytype')).toContain('letter case differs');
    const none = applyObservation(fresh(), picklist([['PayPal', 'PayPal']]));
    expect(none.steps['config-picklist-gatewaytype'].status).toBe('pending');
    expect(note(none, 'config-picklist-gatewaytype')).toBe(
      'Gateway Type has no active value Stripe yet.',
    );
  });

  it('a later reading without the value takes a done step back', () => {
    const done = applyObservation(fresh(), picklist([['Stripe', 'Stripe']]));
    const gone = applyObservation(
      done,
      picklist([['PayPal', 'PayPal']], '2026-11-29T10:09:00.000Z'),
    );
    expect(gone.steps['config-picklist-gatewaytype'].status).toBe('pending');
    // An older reading never overrides a newer one.
    const stale = applyObservation(done, picklist([['PayPal', 'PayPal']], T0));
    expect(stale.steps['config-picklist-gatewaytype'].status).toBe('done');
  });
});

describe('which step a page names', () => {
  it('by URL slot, label and value set; look-alikes of Billing objects', () => {
    expect(layoutStepForApiName('orderitem')).toBe('config-layout-orderproduct');
    expect(layoutStepForApiName('01I5g000000PmT1')).toBeNull();
    expect(layoutStepForLabel('Order  Product')).toBe('config-layout-orderproduct');
    expect(billingLookAlike('Payment')).toEqual({ label: 'Payment', billing: 'blng__Payment__c' });
    expect(billingLookAlike('blng__Payment__c')).toBeNull();
    expect(picklistStepForValueSet('Bank Account Type')).toBe('config-picklist-bankaccounttype');
    expect(picklistStepForValueSet('Industry')).toBeNull();
  });
});
