// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextProduct } from '../../src/content/features/quote-to-cash-site';
import {
  linkFor,
  productOfHeading,
  readQuoteToCashSite,
  releaseOfLink,
} from '../../src/content/read/quote-to-cash-site';
import type { SiteOrg } from '../../src/core/protocol/answers';
import {
  ADVANCED_APPROVALS_RELEASES,
  NEWEST,
  renderSteelbrickInstallSite,
  SITE_LAYOUTS,
  SITE_ORDERS,
} from '../fixtures/salesforce/steelbrick';

/** The replica's stylesheet is served by the replica server only: leave it out here. */
const parse = (html: string) =>
  new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/g, ''), 'text/html');
const layouts = SITE_LAYOUTS.flatMap((layout) => SITE_ORDERS.map((order) => ({ layout, order })));

describe.each(layouts)('the replica site, $layout layout, $order', ({ layout, order }) => {
  const doc = parse(renderSteelbrickInstallSite({ layout, order }));
  const site = readQuoteToCashSite(doc);

  it('finds the newest CPQ and Billing releases with both links', () => {
    for (const product of ['cpq', 'billing'] as const) {
      const newest = site.sections[product]?.releases[0];
      expect(newest?.name?.label).toBe(NEWEST[product].release);
      expect(newest?.version).toBe(layout === 'cards' ? null : NEWEST[product].version);
      const production = newest && linkFor(newest, 'production');
      const sandbox = newest && linkFor(newest, 'sandbox');
      expect(production?.versionId).toBe(NEWEST[product].id);
      expect(sandbox?.versionId).toBe(NEWEST[product].id);
      expect(new URL(production?.href ?? '').hostname).toBe('login.salesforce.com');
      expect(new URL(sandbox?.href ?? '').hostname).toBe('test.salesforce.com');
      // The element marked as the release shows its name and holds its links.
      const element = newest?.elements[0];
      expect(element?.contains(production?.element ?? null)).toBe(true);
      expect(element?.contains(sandbox?.element ?? null)).toBe(true);
    }
  });

  it('lists every release of each product once, newest first', () => {
    expect(site.sections.cpq?.releases.map((r) => r.name?.label)).toEqual([
      "Spring '26",
      "Winter '26",
      "Summer '25",
    ]);
    expect(site.sections.billing?.releases.map((r) => r.name?.label)).toEqual([
      "Winter '26",
      "Summer '25",
    ]);
    for (const section of Object.values(site.sections))
      for (const release of section.releases) expect(release.links).toHaveLength(2);
  });

  it('leaves Advanced Approvals (listed after Billing, newer by name) out', () => {
    const decoys = new Set(ADVANCED_APPROVALS_RELEASES.map((r) => r.id));
    const ids = Object.values(site.sections).flatMap((s) =>
      s.releases.flatMap((r) => r.links.map((l) => l.versionId)),
    );
    expect(ids.filter((id) => decoys.has(id))).toEqual([]);
    // …though they are install links all the same.
    expect(site.linkCount).toBe(ids.length + 2 * decoys.size);
  });

  it('maps a clicked link back to its release and the newest one', () => {
    const older = site.sections.cpq?.releases[1];
    const anchor = older && linkFor(older, 'sandbox')?.element;
    const hit = anchor ? releaseOfLink(site, anchor) : null;
    expect(hit?.release.name?.label).toBe("Winter '26");
    expect(hit?.link.environment).toBe('sandbox');
    expect(hit?.newest.name?.label).toBe("Spring '26");
    const notes = [...doc.querySelectorAll('a')].find((a) => a.href.includes('help.salesforce'));
    if (layout !== 'cards') expect(notes && releaseOfLink(site, notes)).toBeNull();
  });
});

describe('other shapes of the site', () => {
  it('a release split across a Production table and a Sandbox table is one release', () => {
    const doc = parse(`<h1>Install</h1>
      <h2>Salesforce CPQ</h2>
      <h3>Production</h3>
      <table><tr><td>Winter '26</td><td><a href="https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6FMQA0">Install</a></td></tr>
      <tr><td>Spring '26</td><td><a href="https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt">Install</a></td></tr></table>
      <h3>Sandbox</h3>
      <table><tr><td>Spring '26</td><td><a href="https://test.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt">Install</a></td></tr></table>`);
    const site = readQuoteToCashSite(doc);
    const newest = site.sections.cpq?.releases[0];
    expect(newest?.label).toBe("Spring '26");
    expect(newest?.links.map((l) => l.environment)).toEqual(['production', 'sandbox']);
    expect(newest?.elements).toHaveLength(2);
    expect(site.sections.cpq?.releases).toHaveLength(2);
  });

  it('names stacked above their links in one block are read from the nearest name before', () => {
    const doc = parse(`<h2 role="heading">Salesforce Billing</h2>
      <div><p>Summer '25</p><a href="https://login.salesforce.com/packaging/installPackage.apexp?p0=04t0K000001VKq1">Production</a>
      <p>Winter '26</p><a href="https://test.salesforce.com/packaging/installPackage.apexp?p0=04t0K000001VLsUQAW">Sandbox</a></div>`);
    const releases = readQuoteToCashSite(doc).sections.billing?.releases ?? [];
    expect(releases.map((r) => [r.label, r.links[0]?.environment])).toEqual([
      ["Winter '26", 'sandbox'],
      ["Summer '25", 'production'],
    ]);
  });

  it('links outside any product section, or on other hosts, are not ours', () => {
    const doc = parse(`<h1>Salesforce CPQ and Billing Installation</h1>
      <p>Spring '26 <a href="https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt">Production</a></p>
      <h2>Salesforce CPQ</h2>
      <p>Spring '26 <a href="https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt">My org</a>
      <a href="https://evil.example/packaging/installPackage.apexp?p0=04t4N000000N6Jt">Mirror</a></p>
      <script>var s = "<a href='https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N6Jt'>";</script>`);
    const site = readQuoteToCashSite(doc);
    expect(site.sections).toEqual({});
    expect(site.linkCount).toBe(1);
  });

  it.each([
    ['Salesforce CPQ', 'cpq'],
    ['Salesforce Billing', 'billing'],
    ['SALESFORCE  CPQ Releases', 'cpq'],
    ['Salesforce CPQ and Billing Installation', null],
    ['Salesforce CPQ Advanced Approvals', 'other'],
    ['Install links', null],
  ])('heading %j names %s', (text, product) => {
    expect(productOfHeading(text)).toBe(product);
  });
});

describe('which product is next', () => {
  const steps = (done: string[]) =>
    Object.fromEntries(
      ['cpq-license', 'cpq-install', 'billing-install', 'stripe-install'].map((id) => [
        id,
        { status: done.includes(id) ? 'done' : 'pending' },
      ]),
    ) as SiteOrg['steps'];

  it.each([
    [[], 'cpq'],
    [['cpq-license'], 'cpq'],
    [['cpq-install'], 'billing'],
    [['billing-install'], 'cpq'],
    [['cpq-install', 'billing-install'], 'stripe'],
    [['cpq-install', 'billing-install', 'stripe-install'], 'all'],
  ])('%j done → %s', (done, next) => {
    expect(nextProduct(steps(done))).toBe(next);
  });

  it('no progress at all: CPQ', () => {
    expect(nextProduct(null)).toBe('cpq');
  });
});
