import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import {
  BILLING_ROW as BILLING,
  CPQ_ROW as CPQ,
  STRIPE_ROW as STRIPE,
} from '../fixtures/salesforce/installed';
import {
  badgeText,
  cardText,
  eventually,
  frameMatching,
  overlayRoot,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();

const lightning = (org: string, suffix = 'my.salesforce-setup.com') =>
  `https://${org}.${suffix}/lightning/setup/ImportedPackage/home`;
const step = (report: Report, id: string) => report.steps?.find((s) => s.id === id);

async function visitLightning(org: string, suffix?: string): Promise<Page> {
  const page = await world.open(lightning(org, suffix));
  const frame = await frameMatching(page, (url) => url.includes('/0A3?'));
  await cardText(frame, 'installed-packages');
  return page;
}

describe('Installed Packages confirms packages', () => {
  it.each(['a', 'b'] as const)(
    'in the Lightning Setup frame (variant %s): evidence, marked rows, Configure pointer',
    async (variant) => {
      const org = world.server.org('acme');
      org.variant = variant;
      org.installed.push(CPQ, BILLING);
      org.uninstalled.push(STRIPE); // listed under Uninstalled Packages: not installed
      const page = await world.open(lightning('acme'));
      const frame = await frameMatching(page, (url) => url.includes('/0A3?'));
      const text = await waitForCard(frame, 'installed-packages', (t) => t.includes('2 of 3'));
      expect(text).toContain('Confirmed: version 258.2, installed 11/20/2026');
      expect(text).toContain('Stripe Connector for Salesforce Billing');
      expect(text).toContain('Next: click Configure on Salesforce CPQ');

      const report = await eventually(
        () => world.report('acme'),
        (r) => step(r, 'billing-install')?.status === 'done',
      );
      expect(step(report, 'cpq-install')?.evidence).toMatchObject({
        package: 'Salesforce CPQ',
        namespace: 'SBQQ',
        version: '258.2',
        installedOn: '11/20/2026',
      });
      expect(step(report, 'cpq-install')?.evidence?.url).toContain('/0A3?setupid=ImportedPackage');
      expect(step(report, 'stripe-install')?.status).toBe('pending');

      // Our two rows and the Configure link carry a highlight ring.
      const rings = await frame.evaluate(
        (root: ShadowRoot | null) => root?.querySelectorAll('.ring').length,
        await overlayRoot(frame),
      );
      expect(rings).toBe(3);
    },
  );

  it('on the Classic page alone, and with rows that arrive late', async () => {
    const org = world.server.org('acme');
    org.installed.push(CPQ);
    org.installedPackagesDelayMs = 800;
    const page = await world.open('https://acme.my.salesforce.com/0A3?setupid=ImportedPackage');
    await waitForCard(page, 'installed-packages', (t) => t.includes('1 of 3'));
    const report = await world.report('acme');
    expect(step(report, 'cpq-install')?.status).toBe('done');
    // The list while still loading was never reported as "nothing installed".
    expect(report.history.filter((h) => h.summary.includes('not listed'))).toEqual([]);
  });

  it.each(['a', 'b'] as const)(
    'follows the list when the page re-renders it (variant %s), while noise elsewhere is ignored',
    async (variant) => {
      const org = world.server.org('acme');
      org.variant = variant;
      org.installed.push(CPQ);
      const page = await world.open('https://acme.my.salesforce.com/0A3?setupid=ImportedPackage');
      await waitForCard(page, 'installed-packages', (t) => t.includes('1 of 3'));
      org.installed.push(BILLING);
      // As Salesforce re-renders: the whole related list (an ancestor of the table) is replaced
      // by a fresh copy from the server, amid unrelated changes elsewhere in the page.
      await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        const installedList = (doc: Document) =>
          [...doc.querySelectorAll('.bRelatedList')].find(
            (list) => list.querySelector('h3')?.textContent === 'Installed Packages',
          );
        const noise = document.body.appendChild(document.createElement('div'));
        for (let i = 0; i < 50; i++) noise.append(document.createElement('span'));
        const next = installedList(fresh);
        if (!next) throw new Error('no list in the fresh page');
        installedList(document)?.replaceWith(document.importNode(next, true));
      });
      await waitForCard(page, 'installed-packages', (t) => t.includes('2 of 3'));
      const report = await eventually(
        () => world.report('acme'),
        (r) => r.summary?.done === 2,
      );
      expect(step(report, 'billing-install')?.evidence?.version).toBe(BILLING.version);
    },
  );

  it('Stripe’s newer app is named as such and not counted as the connector', async () => {
    const org = world.server.org('acme');
    org.installed.push(CPQ, BILLING, {
      name: 'Stripe Connector for Salesforce Platform',
      publisher: 'Stripe',
      version: '1.4',
      namespace: 'stripeConnect',
      installedOn: '11/23/2026',
    });
    const page = await world.open('https://acme.my.salesforce.com/0A3?setupid=ImportedPackage');
    const text = await waitForCard(page, 'installed-packages', (t) => t.includes('2 of 3'));
    expect(text).toContain(
      "Stripe Connector for Salesforce Platform is Stripe's newer app, not the Stripe Connector for Salesforce Billing",
    );
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'billing-install')?.status === 'done',
    );
    expect(step(report, 'stripe-install')?.status).toBe('pending');
  });

  it('the Classic frame on the My Domain host inside Lightning Setup', async () => {
    const org = world.server.org('acme');
    org.installedPackagesFrameHost = 'classic';
    org.installed.push(CPQ, BILLING, STRIPE);
    const page = await world.open(lightning('acme'));
    const frame = await frameMatching(page, (url) => url.includes('acme.my.salesforce.com/0A3'));
    expect(
      await waitForCard(frame, 'installed-packages', (t) => t.includes('All three')),
    ).toContain('3.12');
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.summary?.done === 3,
    );
    expect(step(report, 'stripe-install')?.evidence?.package).toBe(STRIPE.name);
  });

  it('keeps a sandbox and its production apart', async () => {
    world.server.org('acme').installed.push(CPQ);
    world.server.org('acme--uat').installed.push(CPQ, BILLING);
    await visitLightning('acme');
    await visitLightning('acme--uat', 'sandbox.my.salesforce-setup.com');
    const prod = await eventually(
      () => world.report('acme'),
      (r) => r.summary?.done === 1,
    );
    const uat = await eventually(
      () => world.report('acme--uat'),
      (r) => r.summary?.done === 2,
    );
    expect(prod.environment).toBe('production');
    expect(uat.environment).toBe('sandbox');
    const list = await world.ext.message<{ orgs: { org: string }[] }>({ type: 'report:list' });
    expect(list.orgs.map((o) => o.org).sort()).toEqual(['acme', 'acme--uat']);
  });

  it('an uninstalled package returns its step to pending, and history keeps both', async () => {
    const org = world.server.org('acme');
    org.installed.push(CPQ, BILLING);
    await visitLightning('acme');
    await eventually(
      () => world.report('acme'),
      (r) => step(r, 'billing-install')?.status === 'done',
    );
    org.installed = org.installed.filter((p) => p.namespace !== 'blng');
    org.uninstalled.push(BILLING);
    await visitLightning('acme');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'billing-install')?.status === 'pending',
    );
    expect(step(report, 'billing-install')?.note).toMatch(
      /^Salesforce Billing 258.1 was confirmed on .*; not listed in Installed Packages on /,
    );
    expect(report.history.filter((h) => h.step === 'billing-install').map((h) => h.status)).toEqual(
      ['done', 'pending'],
    );
  });

  it('nothing is lost when the service worker is stopped between two visits', async () => {
    const org = world.server.org('acme');
    org.installed.push(CPQ);
    await visitLightning('acme');
    await eventually(
      () => world.report('acme'),
      (r) => r.summary?.done === 1,
    );
    await world.ext.stopWorker();
    org.installed.push(BILLING);
    await visitLightning('acme'); // wakes the worker with the frame's message
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.summary?.done === 2,
    );
    expect(step(report, 'cpq-install')?.status).toBe('done');
  });

  it('five tabs reporting at once lose nothing', async () => {
    const orgs = ['acme', 'beta', 'gamma', 'delta', 'omega'];
    for (const [i, name] of orgs.entries()) {
      world.server.org(name).installed.push(...[CPQ, BILLING, STRIPE].slice(0, (i % 3) + 1));
    }
    // Five more tabs of one org at once, on both page shapes.
    world.server.org('acme').installed.push(BILLING);
    const urls = [
      ...orgs.map((o) => lightning(o)),
      ...Array.from({ length: 5 }, (_, i) =>
        i % 2 ? lightning('acme') : 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
      ),
    ];
    await Promise.all(urls.map((url) => world.ext.browser.newPage().then((p) => p.goto(url))));
    for (const [i, name] of orgs.entries()) {
      const expected = name === 'acme' ? 2 : (i % 3) + 1;
      await eventually(
        () => world.report(name),
        (r) => r.summary?.done === expected,
        10_000,
      );
    }
    // Every one of the six acme tabs' observations was applied: the history accounts for each.
    const observed = (r: Report) => r.history.reduce((n, h) => n + (h.count ?? 1), 0);
    const acme = await eventually(
      () => world.report('acme'),
      (r) => observed(r) >= 7,
      15_000,
    );
    expect(observed(acme)).toBe(7); // two steps confirmed by the first, then five without change
    for (const name of orgs.slice(1))
      expect(observed(await world.report(name))).toBe((orgs.indexOf(name) % 3) + 1);
  });

  it('the badge shows done/total for the tab’s org', async () => {
    world.server.org('acme').installed.push(CPQ, BILLING);
    const page = await visitLightning('acme');
    expect(await badgeText(world, page.url(), (text) => text === '2/6')).toBe('2/6');
  });
});
