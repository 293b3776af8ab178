import { describe, expect, it } from 'vitest';
import {
  PAGE_URL_EXAMPLES,
  PAGE_URLS,
  type PageId,
  toPageUrl,
  WITHIN_SETUP_SHELL,
} from '../../src/core/pages';

const keys = Object.keys(PAGE_URLS) as PageId[];
const examples = keys.flatMap((key) => PAGE_URL_EXAMPLES[key].map((url) => ({ key, url })));

describe('page URL predicates (cross-matrix)', () => {
  it.each(examples)('$url is $key and nothing else', ({ key, url }) => {
    const page = toPageUrl(url);
    expect(page).not.toBeNull();
    if (!page) return;
    const matching = keys.filter((k) => PAGE_URLS[k](page));
    expect(matching).toEqual(WITHIN_SETUP_SHELL.includes(key) ? ['setup-shell', key] : [key]);
  });
});

describe('pages nobody recognizes', () => {
  it.each([
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.my.salesforce.com/home/home.jsp',
    'https://acme.my.salesforce.com/0A3xx000000abcd',
    'https://acme.my.salesforce.com/033xx000000abcd',
    'https://acme--c.vf.force.com/apex/EditSettings',
    'https://acme--blng.vf.force.com/apex/EditSettings',
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
