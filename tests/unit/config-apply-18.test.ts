/**
 * The reducer's parts for #18 items 2, 3 and 5 (src/core/config/apply-*.ts), through
 * applyObservation as the worker calls it: record pages, Billing's batch size, the other Stripe
 * package family.
 */
import { describe, expect, it } from 'vitest';
import { CONNECTOR_ONLY_STEPS } from '../../src/core/config/other-stripe';
import { english } from '../../src/core/i18n';
import { applyManual, applyObservation, newOrgProgress, toReport } from '../../src/core/progress';
import type { Observation, OrgProgress } from '../../src/core/schemas';

const T0 = '2026-11-29T10:00:00.000Z';
const at = (n: number) => new Date(Date.parse(T0) + n * 1000).toISOString();
const fresh = () => newOrgProgress('acme', 'production', T0);
const bar = (names: string[], menu: string[] | null = null, overflow = false) => ({
  bar: names,
  menu,
  overflow,
});

function record(
  object: string,
  actions: ReturnType<typeof bar> | null,
  n = 1,
  relatedLists: { title: string; buttons: ReturnType<typeof bar> }[] = [],
): Observation {
  return {
    kind: 'record-page',
    seenAt: at(n),
    url: `https://acme.lightning.force.com/lightning/r/${object}/a1B5g00000XyZ12EAB/view`,
    object,
    label: null,
    actions,
    relatedLists,
  };
}

describe('record pages', () => {
  it('Refund in the bar of a Billing Payment → done, with the page as evidence', () => {
    const s = applyObservation(fresh(), record('blng__Payment__c', bar(['Edit', 'Refund'])));
    expect(s.steps['config-action-refund']).toMatchObject({ status: 'done', source: 'observed' });
    expect(s.steps['config-action-refund'].evidence?.url).toContain('blng__Payment__c');
  });

  it('an open overflow menu holding Verify Payment Method ACH → Verify done', () => {
    const s = applyObservation(
      fresh(),
      record('blng__PaymentMethod__c', bar(['Edit'], ['Verify Payment Method ACH'], true)),
    );
    expect(s.steps['config-action-verify'].status).toBe('done');
  });

  it('a closed overflow menu, a missing bar or a standard Payment change nothing', () => {
    let s = fresh();
    s = applyObservation(s, record('blng__Payment__c', bar(['Edit'], null, true)));
    s = applyObservation(s, record('blng__Payment__c', null, 2));
    s = applyObservation(s, record('Payment', bar(['Refund', 'Edit']), 3));
    expect(s.steps['config-action-refund'].status).toBe('pending');
    expect(s.steps['config-action-refund'].source).toBeUndefined();
  });

  it('New Payment Method ACH in the Account’s Payment Methods list → done; not recorded without ACH', () => {
    const lists = [{ title: 'Payment Methods', buttons: bar(['New', 'New Payment Method ACH']) }];
    const obs = record('Account', bar(['Edit']), 1, lists);
    expect(applyObservation(fresh(), obs).steps['config-button-ach'].status).toBe('done');
    const noAch = applyObservation(fresh(), obs, { achPayments: false });
    expect(noAch.steps['config-button-ach'].status).toBe('pending');
    expect(noAch.steps['config-button-ach'].source).toBeUndefined();
  });

  it('an action seen, then missing → open again with a note naming the layout; an admin’s done stays', () => {
    let s = applyObservation(fresh(), record('blng__Payment__c', bar(['Refund'])));
    s = applyObservation(s, record('blng__Payment__c', bar(['Edit']), 2));
    expect(s.steps['config-action-refund'].status).toBe('pending');
    expect(toReport(s, english).steps.find((x) => x.id === 'config-action-refund')?.note).toContain(
      'Payment Layout',
    );
    let byHand = applyManual(fresh(), 'config-action-refund', 'done', at(1));
    byHand = applyObservation(byHand, record('blng__Payment__c', bar(['Edit']), 2));
    expect(byHand.steps['config-action-refund']).toMatchObject({ status: 'done', source: 'admin' });
  });
});

function billing(saved: string, afterSave: boolean, n = 1, error = false): Observation {
  return {
    kind: 'billing-settings',
    seenAt: at(n),
    url: 'https://acme--blng.vf.force.com/apex/BillingSettings',
    batchSize: { saved, current: saved, shown: true },
    message: error
      ? { kind: 'error', text: 'Value must be a whole number between 1 and 70.' }
      : null,
    afterSave,
  };
}
const batch = (s: OrgProgress) => s.steps['config-billing-batchsize'];

describe('Billing batch size', () => {
  it('70 saved → done with the value as evidence', () => {
    const s = applyObservation(fresh(), billing('70', true));
    expect(batch(s)).toMatchObject({ status: 'done', source: 'observed' });
    expect(batch(s).evidence?.values).toEqual({ 'Payment creation batch size': '70' });
  });

  it('another value saved by the admin → skipped with it, once; a value seen without a save → nothing', () => {
    expect(batch(applyObservation(fresh(), billing('50', false))).status).toBe('pending');
    let s = applyObservation(fresh(), billing('50', true));
    expect(batch(s).status).toBe('skipped');
    expect(
      toReport(s, english).steps.find((x) => x.id === 'config-billing-batchsize')?.note,
    ).toContain('50');
    const again = applyObservation(s, billing('50', true, 2));
    expect(again.history.filter((h) => h.step === 'config-billing-batchsize')).toHaveLength(1);
    s = applyObservation(again, billing('70', true, 3));
    expect(batch(s).status).toBe('done');
  });

  it('a refused save changes nothing', () => {
    const s = applyObservation(fresh(), billing('', true, 1, true));
    expect(batch(s).status).toBe('pending');
    expect(batch(s).source).toBeUndefined();
  });
});

const row = (name: string, namespace?: string, publisher = 'Stripe, Inc.') => ({
  name,
  publisher,
  ...(namespace && { namespace }),
});
function packages(rows: ReturnType<typeof row>[], n = 1): Observation {
  return {
    kind: 'packages',
    seenAt: at(n),
    url: 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
    packages: rows,
  };
}
const OTHER = row('Stripe Connector for Salesforce Platform', 'stripeGC');
const CONNECTOR = row('Stripe Connector for Salesforce CPQ & Billing', 'chrgx');
/** The connector's own steps ([judgment], docs/salesforce/other-stripe-packages.md). */
const ONLY_CONNECTOR_STEPS = CONNECTOR_ONLY_STEPS;

describe('the other Stripe package family', () => {
  it('only the other family → the connector’s steps skipped with a note naming it; the rest stay', () => {
    const s = applyObservation(fresh(), packages([OTHER]));
    const report = toReport(s, english);
    for (const id of ONLY_CONNECTOR_STEPS) {
      const step = report.steps.find((x) => x.id === id);
      expect(step?.status, id).toBe('skipped');
      expect(step?.note, id).toContain('Stripe Connector for Salesforce Platform');
    }
    expect(s.steps['config-permsets-admin'].status).toBe('pending');
    expect(s.steps['config-billing-batchsize'].status).toBe('pending');
    expect(s.steps['stripe-install'].status).toBe('pending');
    expect(report.steps.find((x) => x.id === 'stripe-install')?.note).toContain(
      "Stripe's other package family",
    );
  });

  it('both families → nothing skipped; the connector listed later reopens the skipped steps', () => {
    const both = applyObservation(fresh(), packages([OTHER, CONNECTOR]));
    for (const id of ONLY_CONNECTOR_STEPS) expect(both.steps[id].status).toBe('pending');
    let s = applyObservation(fresh(), packages([OTHER]));
    s = applyObservation(s, packages([OTHER, CONNECTOR], 2));
    for (const id of ONLY_CONNECTOR_STEPS) expect(s.steps[id].status, id).toBe('pending');
    expect(s.steps['stripe-install'].status).toBe('done');
  });

  it('a step done or set by the admin is not touched; repeating the list adds no history', () => {
    let s = applyObservation(fresh(), record('blng__Payment__c', bar(['Refund'])));
    s = applyManual(s, 'config-picklist-gatewaytype', 'done', at(1));
    s = applyObservation(s, packages([OTHER], 2));
    expect(s.steps['config-action-refund'].status).toBe('done');
    expect(s.steps['config-picklist-gatewaytype'].source).toBe('admin');
    const entries = s.history.length;
    const again = applyObservation(s, packages([OTHER], 3));
    expect(again.history.length - entries).toBe(1); // the "no change" line only
    expect(again.history.at(-1)?.step).toBeUndefined();
  });
});
