import { describe, expect, it } from 'vitest';
import type { Environment } from '../../src/core/hosts';
import {
  chooseEnvironment,
  compareReleaseNames,
  findReleaseNames,
  findVersions,
  newestFirst,
  parseReleaseName,
  parseVersion,
  readInstallLink,
} from '../../src/core/releases';

describe('parseReleaseName', () => {
  it.each([
    ["Winter '27", 'winter', 2027, "Winter '27"],
    ["Summer '26", 'summer', 2026, "Summer '26"],
    ["Spring '26", 'spring', 2026, "Spring '26"],
    ['Winter 27', 'winter', 2027, "Winter '27"],
    ['Winter \u201927', 'winter', 2027, "Winter '27"],
    ['Winter \u201827', 'winter', 2027, "Winter '27"],
    ["winter'27", 'winter', 2027, "Winter '27"],
    ['SPRING 2026', 'spring', 2026, "Spring '26"],
    ["Salesforce CPQ Spring '26 (Version 260.0)", 'spring', 2026, "Spring '26"],
    ['Spring 26.', 'spring', 2026, "Spring '26"],
    ["Summer '05", 'summer', 2005, "Summer '05"],
  ])('%s', (text, season, year, label) => {
    expect(parseReleaseName(text)).toEqual({ season, year, label });
  });

  it.each([
    '',
    'Release Notes',
    'Winter',
    'Version 258.2',
    'winter 258.2', // a version, not a year
    'Summertime 26',
    "Fall '26",
  ])('no release in %j', (text) => {
    expect(parseReleaseName(text)).toBeNull();
  });

  it('finds each release of a text once, in order', () => {
    expect(
      findReleaseNames("Spring '26 replaces Winter '26; Spring ’26 again").map((n) => n.label),
    ).toEqual(["Spring '26", "Winter '26"]);
  });
});

describe('parseVersion', () => {
  it.each([
    ['258.2', '258.2'],
    ['Version 258.2.1', '258.2.1'],
    ['version: 260.0', '260.0'],
    ["Spring '26 (260.0)", '260.0'],
    ["Spring '26 — Version 260.0: Install in Production", '260.0'],
    ['v258.2', '258.2'],
    // The labelled one wins over other numbers.
    ['Requires Salesforce CPQ 256.0. Version 258.1', '258.1'],
  ])('%s → %s', (text, version) => {
    expect(parseVersion(text)).toBe(version);
  });

  it.each([
    '',
    "Winter '26",
    '258',
    '11/27/2026',
    '256.0 or 258.1', // two bare numbers: which one is unknown
    '1.2.3.4.5',
  ])('no version in %j', (text) => {
    expect(parseVersion(text)).toBeNull();
  });

  it('lists labelled versions first', () => {
    expect(findVersions('needs 256.0; Version 258.1')).toEqual(['258.1', '256.0']);
  });
});

describe('release order', () => {
  const name = (text: string) => {
    const parsed = parseReleaseName(text);
    if (!parsed) throw new Error(text);
    return parsed;
  };

  it('the labelled year counts, then Winter < Spring < Summer', () => {
    const chain = ["Winter '27", "Summer '26", "Spring '26", "Winter '26", "Summer '25"];
    for (let i = 0; i < chain.length - 1; i++) {
      expect(compareReleaseNames(name(chain[i] ?? ''), name(chain[i + 1] ?? ''))).toBe(1);
      expect(compareReleaseNames(name(chain[i + 1] ?? ''), name(chain[i] ?? ''))).toBe(-1);
    }
    expect(compareReleaseNames(name('Winter 27'), name('Winter \u201927'))).toBe(0);
  });

  it.each([
    {
      why: 'by version when every release shows one',
      list: [
        { id: 'a', version: '258.2', name: "Winter '26" },
        { id: 'b', version: '260.0', name: "Spring '26" },
        { id: 'c', version: '256.3', name: "Summer '25" },
      ],
      order: ['b', 'a', 'c'],
    },
    {
      why: 'versions compare as numbers, not text',
      list: [
        { id: 'a', version: '258.10' },
        { id: 'b', version: '258.9' },
        { id: 'c', version: '258.9.1' },
      ],
      order: ['a', 'c', 'b'],
    },
    {
      why: 'the version wins over the name when both are shown',
      list: [
        { id: 'a', version: '242.1', name: "Summer '26" },
        { id: 'b', version: '258.1', name: "Winter '26" },
      ],
      order: ['b', 'a'],
    },
    {
      why: 'by release name when no version is shown',
      list: [
        { id: 'a', name: "Spring '26" },
        { id: 'b', name: "Winter '27" },
        { id: 'c', name: "Winter '26" },
        { id: 'd', name: "Summer '26" },
      ],
      order: ['b', 'd', 'a', 'c'],
    },
    {
      why: 'newest last on the page: same answer',
      list: [
        { id: 'c', name: 'Summer 25' },
        { id: 'b', name: 'Winter 26' },
        { id: 'a', name: 'Spring \u201926' },
      ],
      order: ['a', 'b', 'c'],
    },
    {
      why: 'a release showing neither sorts last; equal ones keep page order',
      list: [
        { id: 'x' },
        { id: 'a', name: "Spring '26" },
        { id: 'y' },
        { id: 'b', name: "Spring '26" },
      ],
      order: ['a', 'b', 'x', 'y'],
    },
  ])('$why', ({ list, order }) => {
    const keyed = list.map((r) => ({
      id: r.id,
      version: 'version' in r ? r.version : null,
      name: 'name' in r && r.name ? parseReleaseName(r.name) : null,
    }));
    expect(newestFirst(keyed).map((r) => r.id)).toEqual(order);
  });
});

describe('chooseEnvironment', () => {
  it.each<[Environment, 'sandbox' | 'production' | null]>([
    ['production', 'production'],
    ['developer', 'production'],
    ['trailhead', 'production'],
    ['demo', 'production'],
    ['sandbox', 'sandbox'],
    ['scratch', 'sandbox'],
    ['unknown', null],
  ])('%s org → %s link', (org, link) => {
    expect(chooseEnvironment(org)).toBe(link);
  });
});

describe('readInstallLink', () => {
  it.each([
    [
      'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt',
      { versionId: '04t4N000000N6Jt', environment: 'production', host: 'login.salesforce.com' },
    ],
    [
      'https://test.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6FMQA0',
      { versionId: '04t4N000000N6FMQA0', environment: 'sandbox', host: 'test.salesforce.com' },
    ],
    [
      'https://TEST.salesforce.com/packaging/installpackage.apexp?p0=04t4N000000N6FMQA0&p1=x',
      { versionId: '04t4N000000N6FMQA0', environment: 'sandbox', host: 'test.salesforce.com' },
    ],
    [
      'https://login.salesforce.com/?startURL=%2Fpackaging%2FinstallPackage.apexp%3Fp0%3D04t4N000000N6Jt',
      { versionId: '04t4N000000N6Jt', environment: 'production', host: 'login.salesforce.com' },
    ],
    [
      'https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt',
      { versionId: '04t4N000000N6Jt', environment: null, host: 'acme.my.salesforce.com' },
    ],
    [
      'https://login.salesforce.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N6FMQA0',
      { versionId: '04t4N000000N6FMQA0', environment: 'production', host: 'login.salesforce.com' },
    ],
    [
      'https://test.salesforce.com/?startURL=%2FpackagingSetupUI%2FipLanding.app%3FapvId%3D04t4N000000N6Jt',
      { versionId: '04t4N000000N6Jt', environment: 'sandbox', host: 'test.salesforce.com' },
    ],
    [
      'https://acme.lightning.force.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N6Jt',
      { versionId: '04t4N000000N6Jt', environment: null, host: 'acme.lightning.force.com' },
    ],
  ])('%s', (href, link) => {
    expect(readInstallLink(href)).toEqual(link);
  });

  it.each([
    'http://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt',
    'https://login.salesforce.com/packaging/installPackage.apexp',
    'https://login.salesforce.com/packaging/installPackage.apexp?p0=033000000000000',
    'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N0',
    'https://login.salesforce.com/?startURL=https%3A%2F%2Fevil.example%2Fpackaging%2FinstallPackage.apexp%3Fp0%3D04t4N000000N6Jt',
    'https://login.salesforce.com/?startURL=%2F%2Fevil.example%2Fpackaging%2FinstallPackage.apexp%3Fp0%3D04t4N000000N6Jt',
    'https://login.salesforce.com/packagingSetupUI/ipLanding.app?p0=04t4N000000N6Jt',
    'https://login.salesforce.com/packagingSetupUI/ipLanding.app?apvId=04t4N0',
    'https://help.salesforce.com/s/articleView?id=release-notes.rn_cpq.htm',
    'not a url',
  ])('not an install link: %s', (href) => {
    expect(readInstallLink(href)).toBeNull();
  });
});
