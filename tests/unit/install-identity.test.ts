import { describe, expect, it } from 'vitest';
import { claimOfName, type IdentityInput, identify } from '../../src/core/install-identity';

const CPQ = 'Salesforce CPQ';
const BILLING = 'Salesforce Billing';
const STRIPE = 'Stripe Connector for Salesforce CPQ & Billing';

describe('identify: each signal alone is enough', () => {
  it.each<[string, IdentityInput, string, string]>([
    ['the chosen link', { link: 'billing' }, 'billing', 'link'],
    ['the heading', { heading: CPQ }, 'cpq', 'heading'],
    [
      'the heading, Stripe by its publisher',
      { heading: STRIPE, publisher: 'Stripe, Inc.' },
      'stripe',
      'heading',
    ],
    [
      'the heading, Stripe with no publisher shown',
      { heading: 'Stripe for Salesforce Billing' },
      'stripe',
      'heading',
    ],
    [
      'the labelled details',
      { name: BILLING, publisher: 'Salesforce.com, inc.' },
      'billing',
      'details',
    ],
    [
      'the third-party sites',
      { sites: ['https://api.stripe.com', 'https://connect.stripe.com'] },
      'stripe',
      'sites',
    ],
    ['the namespaces', { namespaces: ['SBQQ', 'sbqq'] }, 'cpq', 'namespaces'],
    ['the namespaces, Billing', { namespaces: ['blng'] }, 'billing', 'namespaces'],
  ])('%s', (_, input, pkg, by) => {
    expect(identify(input)).toEqual({ kind: 'ours', package: pkg, by, conflicts: [] });
  });
});

describe('identify: packages that are not this sequence’s', () => {
  it('an unrelated name', () => {
    expect(identify({ heading: 'DocuSign eSignature' })).toMatchObject({
      kind: 'other',
      name: 'DocuSign eSignature',
      stripe: false,
    });
  });
  it.each(['Stripe Connector for Salesforce Platform', 'Salesforce Billing Extension'])(
    'Stripe’s newer app: %s',
    (name) => {
      expect(identify({ heading: name, publisher: 'Stripe' })).toMatchObject({
        kind: 'other',
        stripe: true,
      });
      expect(claimOfName(name)).toEqual({ kind: 'other-stripe', name });
    },
  );
  it('a Stripe-named package from another publisher is not the connector', () => {
    expect(identify({ name: STRIPE, publisher: 'Acme Payments' })).toMatchObject({ kind: 'other' });
  });
});

describe('identify: ask when signals disagree or say nothing', () => {
  it('nothing at all', () => {
    expect(identify({})).toEqual({ kind: 'ask', reason: 'none', signals: [] });
  });
  it('the link and the heading name different packages', () => {
    const identity = identify({ link: 'cpq', heading: BILLING });
    expect(identity).toMatchObject({ kind: 'ask', reason: 'conflict' });
    expect(identity.kind === 'ask' && identity.signals.map((s) => s.source)).toEqual([
      'link',
      'heading',
    ]);
  });
  it('the heading and the details disagree', () => {
    expect(identify({ heading: CPQ, name: 'Something Else' })).toMatchObject({
      kind: 'ask',
      reason: 'conflict',
    });
  });
  it('two namespaces and no name', () => {
    expect(identify({ namespaces: ['SBQQ', 'blng'] })).toMatchObject({
      kind: 'ask',
      reason: 'conflict',
    });
  });
  it('a weaker signal never overturns a stronger one: Billing’s page may show SBQQ__', () => {
    expect(identify({ heading: BILLING, namespaces: ['SBQQ'] })).toMatchObject({
      kind: 'ours',
      package: 'billing',
      by: 'heading',
    });
  });
  it('the link and the page agree', () => {
    expect(identify({ link: 'cpq', heading: CPQ, name: CPQ })).toMatchObject({
      kind: 'ours',
      package: 'cpq',
      by: 'link',
    });
  });
});

describe('identify: the admin’s answer stands', () => {
  it('with nothing on the page', () => {
    expect(identify({ answer: 'billing' })).toEqual({
      kind: 'ours',
      package: 'billing',
      by: 'admin',
      conflicts: [],
    });
  });
  it('a later page signal does not overturn it, but is kept to show', () => {
    const identity = identify({ answer: 'cpq', heading: BILLING });
    expect(identity).toMatchObject({ kind: 'ours', package: 'cpq', by: 'admin' });
    expect(identity.kind === 'ours' && identity.conflicts).toEqual([
      { source: 'heading', claim: { kind: 'ours', package: 'billing' } },
    ]);
  });
  it('"something else"', () => {
    expect(identify({ answer: 'other', heading: 'Acme Tools' })).toMatchObject({
      kind: 'other',
      name: 'Acme Tools',
      by: 'admin',
    });
  });
});
