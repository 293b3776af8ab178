import { describe, expect, it } from 'vitest';
import { PAGE_PROBES } from '../../src/core/page-probes';
import { PAGE_URL_EXAMPLES, PAGE_URLS, type PageId, toPageUrl } from '../../src/core/pages';

const keys = Object.keys(PAGE_URLS) as PageId[];
const examples = keys.flatMap((key) => PAGE_URL_EXAMPLES[key].map((url) => ({ key, url })));

describe('page URL predicates (cross-matrix)', () => {
  it.each(examples)('$url is $key and nothing else', ({ key, url }) => {
    const page = toPageUrl(url);
    expect(page).not.toBeNull();
    if (!page) return;
    // setup-shell (the on-page launcher) runs beside every Lightning Setup page's own features,
    // and an envelope's page beside any page its URL covers (its content test decides).
    const beside = (k: PageId) => k === 'setup-shell' || k in PAGE_PROBES;
    const matching = keys.filter((k) => PAGE_URLS[k](page) && (!beside(k) || k === key));
    // An envelope's own examples may also be other pages' (Billing's Visualforce host is both
    // its settings and its Payment Center): the content tests tell them apart.
    if (key in PAGE_PROBES) expect(matching).toContain(key);
    else expect(matching).toEqual([key]);
  });
});

describe('pages nobody recognizes', () => {
  it.each([
    'https://acme.my.salesforce.com/home/home.jsp',
    'https://acme.my.salesforce.com/0A3xx000000abcd',
    'https://acme.my.salesforce.com/033xx000000abcd',
    'https://acme--c.vf.force.com/apex/EditSettings',
    'https://acme.my.salesforce.com/layouteditor/layoutEditor.apexp?type=Account',
    'https://help.salesforce.com/packaging/installPackage.apexp?p0=04t',
    'https://acme.my.site.com/packaging/installPackage.apexp',
    'https://salesforce.com.evil.example/packaging/installPackage.apexp',
    'https://acme.my.salesforce.com.evil.example/0A3',
    'http://acme.my.salesforce.com/0A3',
  ])('%s', (url) => {
    const page = toPageUrl(url);
    const matching = page ? keys.filter((k) => PAGE_URLS[k](page)) : [];
    expect(matching).toEqual([]);
  });

  it('rejects what is not a URL', () => {
    expect(toPageUrl('not a url')).toBeNull();
    expect(toPageUrl('')).toBeNull();
  });
});

describe('URL envelopes (their content tests decide: src/core/page-probes.ts)', () => {
  it.each([
    ['https://acme.lightning.force.com/lightning/page/home', ['app-launcher']],
    [
      'https://acme.lightning.force.com/lightning/n/chrgx__Stripe_Setup?c__step=mode',
      ['app-launcher', 'stripe-setup-app', 'payment-center'],
    ],
    [
      'https://acme.lightning.force.com/lightning/app/chrgx__Stripe',
      ['app-launcher', 'stripe-setup-app'],
    ],
    ['https://acme--blng.vf.force.com/apex/EditSettings', ['billing-settings', 'payment-center']],
    [
      'https://acme.lightning.force.com/lightning/r/blng__Payment__c/a1B5g00000XyZ12EAB/view',
      ['record-page', 'app-launcher'],
    ],
    ['https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home', ['setup-shell']],
  ] as const)('%s is %j by URL', (url, expected) => {
    const page = toPageUrl(url);
    expect(page && keys.filter((k) => PAGE_URLS[k](page))).toEqual(expected);
  });
});
