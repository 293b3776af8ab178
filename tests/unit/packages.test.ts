import { describe, expect, it } from 'vitest';
import { compareVersions, identifyPackage } from '../../src/core/packages';

describe('identifyPackage', () => {
  it.each([
    [{ name: 'Salesforce CPQ', publisher: 'Salesforce.com, inc.', namespace: 'SBQQ' }, 'cpq'],
    [{ name: 'Salesforce CPQ', namespace: 'sbqq' }, 'cpq'],
    [{ name: ' Salesforce\u00a0CPQ ', publisher: 'Salesforce' }, 'cpq'],
    [{ name: 'Renamed by the publisher', namespace: 'SBQQ' }, 'cpq'],
    [{ name: 'Salesforce Billing', namespace: 'blng' }, 'billing'],
    [{ name: 'Salesforce Billing' }, 'billing'],
    [
      {
        name: 'Stripe Connector for Salesforce CPQ & Billing',
        publisher: 'Stripe, Inc.',
        namespace: 'stripeGC',
      },
      'stripe',
    ],
    [{ name: 'Stripe for Salesforce Billing', publisher: 'Stripe' }, 'stripe'],
    [{ name: 'STRIPE CONNECTOR FOR SALESFORCE BILLING' }, 'stripe'],
    [{ name: 'Stripe for Salesforce Billing', publisher: 'Acme Payments' }, null],
    [{ name: 'Salesforce CPQ', namespace: 'fake' }, null],
    [{ name: 'Salesforce CPQ Advanced Approvals', namespace: 'sbaa' }, null],
    [{ name: 'Advanced Approvals', namespace: 'sbaa' }, null],
    [{ name: 'DocuSign eSignature for Salesforce', namespace: 'dsfs' }, null],
    [{ name: '' }, null],
    [{}, null],
  ])('%o → %s', (facts, expected) => {
    expect(identifyPackage(facts)).toBe(expected);
  });
});

describe('compareVersions', () => {
  it.each([
    ['256.0', '256.0', 0],
    ['256.1', '256.0', 1],
    ['256.1.3', '256.1', 1],
    ['244.5', '256.0', -1],
    ['1.10', '1.9', 1],
  ])('%s vs %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
