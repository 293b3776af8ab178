/**
 * Redaction rules against hostile tables: every case names what must not survive, and what must
 * (so a rule that masked everything would fail too).
 */
import { describe, expect, it } from 'vitest';
import {
  IdentMasker,
  type KnownTexts,
  maskUrl,
  redactAttribute,
  redactionContext,
  redactText,
  scrubText,
  shapeOf,
  type TextPosition,
} from '../../src/core/redaction';

const ctx = redactionContext('https://acme--uat.sandbox.my.salesforce.com/0A3');
const known: KnownTexts = {
  labels: new Set(['package name', 'publisher', 'install', 'email', 'name']),
  products: new Set(['salesforce cpq', 'sbqq']),
};

describe('shapeOf', () => {
  it('keeps length, case, digits as 0 and punctuation', () => {
    expect(shapeOf('Ada O’Brien-Smith, 42')).toBe('Xxx X’Xxxxx-Xxxxx, 00');
    expect(shapeOf('Zoë 日本')).toBe('Xxx xx');
  });
});

describe('scrubText: what hides inside any text, even a label', () => {
  it.each([
    [
      'an email inside a label',
      'Email: ada.lovelace@acme-corp.example',
      ['ada.lovelace', 'acme-corp'],
      'Email: ',
    ],
    [
      'a phone in a package description',
      'Call +1 (415) 555-0100 for support',
      ['415', '555-0100'],
      'Call ',
    ],
    ['a phone without a plus', 'Support 0800 123 4567', ['123 4567'], 'Support '],
    [
      'an 18-character record id',
      'Owner 0055g00000AbCdEAAV',
      ['0055g00000AbCdEAAV', 'AbCdE'],
      'Owner ',
    ],
    ['a 15-character record id', 'See 04t4N000000N6Jt', ['04t4N000000N6Jt'], 'See '],
    [
      'a URL with the My Domain',
      'Open https://acme--uat.sandbox.my.salesforce.com/005Hn00000HjSb2',
      ['acme', 'uat', 'Hn00000HjSb2'],
      'Open https://mydomain--sandbox.sandbox.my.salesforce.com/005000000000000',
    ],
    ['the org name in a heading', 'Acme Setup', ['Acme', 'acme'], ' Setup'],
    ['the sandbox name alone', 'UAT refresh', ['UAT'], ' refresh'],
  ])('%s', (_, input, gone, kept) => {
    const out = scrubText(input, ctx);
    for (const part of gone) expect(out).not.toContain(part);
    expect(out).toContain(kept);
    // Same shape, so the same length (a URL's host name is replaced by `mydomain`).
    if (!input.includes('https://')) expect(out.length).toBe(input.length);
  });

  it('leaves Salesforce words and versions alone', () => {
    expect(scrubText('Version 258.2 (ImportedPackage)', ctx)).toBe(
      'Version 258.2 (ImportedPackage)',
    );
  });
});

describe('maskUrl', () => {
  it.each([
    [
      'record id in the path',
      'https://acme.my.salesforce.com/005Hn00000HjSb2IAF?noredirect=1&isUserEntityOverride=1',
      'https://mydomain.my.salesforce.com/005000000000000000?noredirect=1&isUserEntityOverride=1',
    ],
    [
      'package id in p0',
      'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6FMQA0',
      'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t000000000000000',
    ],
    [
      'sandbox My Domain with a namespace',
      'https://acme--uat--sbqq.sandbox.vf.force.com/apex/EditSettings',
      'https://mydomain--sandbox--sbqq.sandbox.vf.force.com/apex/EditSettings',
    ],
    [
      'an id inside an encoded address',
      'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=%2F0055g00000AbCdEAAV%3Fnoredirect%3D1',
      'https://mydomain.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=%2F005000000000000000%3Fnoredirect%3D1',
    ],
    [
      'a search term and a fragment',
      'https://acme.lightning.force.com/lightning/o/Account/list?q=Ada%20Lovelace#row-ada',
      'https://mydomain.lightning.force.com/lightning/o/Account/list?q=Xxx%20Xxxxxxxx#xxx-xxx',
    ],
    ['a mail link', 'mailto:ada@acme.example', 'mailto:'],
    ['a script link', 'javascript:openUser("0055g00000AbCdEAAV")', 'javascript:'],
    ['a relative record link', '/0055g00000AbCdEAAV', '/005000000000000000'],
    [
      'a Lightning record page',
      '/lightning/r/User/0055g00000AbCdEAAV/view',
      '/lightning/r/User/005000000000000000/view',
    ],
    ['a name in a path', '/s/profile/Ada Lovelace', '/s/xxxxxxx/Xxx Xxxxxxxx'],
    [
      'a site host of no org',
      'https://ada-lovelace.example.com/x',
      'https://xxx-xxxxxxxx.xxxxxxx.xxx/x',
    ],
  ])('%s', (_, input, output) => {
    expect(maskUrl(input, redactionContext(input.startsWith('http') ? input : null))).toBe(output);
  });

  it('is idempotent (the worker sweeps masked URLs again)', () => {
    const once = maskUrl(
      'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage&p0=04t4N000000N6FMQA0&x=Ada',
      ctx,
    );
    expect(maskUrl(once, redactionContext(once))).toBe(once);
    expect(scrubText(once, redactionContext(once))).toBe(once);
  });
});

describe('redactText by position', () => {
  it.each<[string, string, TextPosition, string | 'masked']>([
    ['a user named like a label, in a data cell', 'Publisher', 'data', 'masked'],
    ['a user named like a label, in a picklist', 'Package Name', 'choice', 'Package Name'],
    ['a person in a picklist', 'Ada Lovelace', 'choice', 'masked'],
    ['a known label anywhere', 'Install', 'other', 'Install'],
    ['a known label with a colon', 'Publisher:', 'other', 'Publisher:'],
    ['an unknown text outside a label', 'Ada Lovelace', 'other', 'masked'],
    ['a field label', 'Company Registration', 'label', 'Company Registration'],
    ['an email in a label', 'Email ada@acme.example', 'label', 'Email xxx@xxxx.xxxxxxx'],
    ['a product name in a data cell', 'Salesforce CPQ', 'data', 'Salesforce CPQ'],
    ['a namespace in a data cell', 'SBQQ', 'data', 'SBQQ'],
    ['a package description with a phone in a data cell', 'Call 415 555 0100', 'data', 'masked'],
    ['a record count in a data cell', '119', 'data', 'masked'],
  ])('%s', (_, input, position, expected) => {
    const out = redactText(input, position, known, ctx);
    expect(out).toBe(expected === 'masked' ? shapeOf(input) : expected);
  });
});

describe('attributes', () => {
  it('ids: generated parts masked, references kept consistent and distinct', () => {
    const masker = new IdentMasker(ctx);
    const a = masker.mask('j_id0:j_id12:secOpt:0');
    const b = masker.mask('j_id0:j_id12:secOpt:1');
    expect(a).not.toBe(b);
    expect(masker.mask('j_id0:j_id12:secOpt:0')).toBe(a);
    expect(masker.mask('oaapprove')).toBe('oaapprove');
    expect(masker.mask(`row-0055g00000AbCdEAAV`)).not.toMatch(/AbCdE|0055g/);
    expect(masker.mask('acme-header')).not.toContain('acme');
    expect(masker.mask('ada@acme.example')).not.toMatch(/ada|acme/);
    // aria-labelledby lists several ids: each is masked as it is elsewhere.
    expect(masker.mask('j_id0:j_id12:secOpt:0 oaapprove')).toBe(`${a} oaapprove`);
  });

  it.each([
    ['class', 'class', 'dataRow row-0055g00000AbCdEAAV acme-theme', ['AbCdE', 'acme'], 'dataRow'],
    ['aria-label', 'text', 'Edit Ada Lovelace', ['Ada', 'Lovelace'], 'Xxxx Xxx Xxxxxxxx'],
    ['title', 'text', 'Install', [], 'Install'],
    [
      'href',
      'url',
      '/0055g00000AbCdEAAV?retURL=%2Fhome%2Fada',
      ['AbCdE', 'ada'],
      '/005000000000000000',
    ],
    ['type', 'keep', '<img onerror=alert(1)>', ['alert', '<img'], ''],
  ] as const)('%s', (_, rule, value, gone, kept) => {
    const out = redactAttribute(value, rule, new IdentMasker(ctx), 'other', known, ctx);
    for (const part of gone) expect(out).not.toContain(part);
    expect(out).toContain(kept);
  });
});
