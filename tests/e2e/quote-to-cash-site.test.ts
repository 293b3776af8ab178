import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { STRIPE_DOCS } from '../../src/core/plan';
import { BILLING_ID, CPQ_NEWER_ID } from '../fixtures/salesforce/catalog';
import {
  installLink,
  NEWEST,
  OLDER_CPQ,
  PRODUCTION,
  SANDBOX,
  SITE_LAYOUTS,
  SITE_ORDERS,
  setSteelbrickSite,
} from '../fixtures/salesforce/steelbrick';
import {
  cardIds,
  cardText,
  clickOverlayButton,
  eventually,
  inPanel,
  overlayRoot,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const SITE = 'https://install.steelbrick.com/';

const classicHost = (org: string) =>
  org.includes('--')
    ? `${org}.sandbox.my.salesforce.com`
    : org.endsWith('-dev-ed')
      ? `${org}.develop.my.salesforce.com`
      : `${org}.my.salesforce.com`;

/** Seeds the guide's progress for an org the way an admin does: by opening Installed Packages. */
async function visitInstalledPackages(org: string) {
  const page = await world.open(`https://${classicHost(org)}/0A3?setupid=ImportedPackage`);
  await cardText(page, 'installed-packages');
  await page.close();
}

function installCpq(org: string, billing = false) {
  const state = world.server.org(org);
  state.installed.push({
    name: 'Salesforce CPQ',
    publisher: 'Salesforce.com, inc.',
    version: '260.0',
    namespace: 'SBQQ',
    installedOn: '11/20/2026',
  });
  if (billing)
    state.installed.push({
      name: 'Salesforce Billing',
      publisher: 'Salesforce.com, inc.',
      version: '258.1',
      namespace: 'blng',
      installedOn: '11/21/2026',
    });
}

/** Whether an overlay ring is drawn around exactly the link with this href (not just a row holding it). */
const ringAroundLink = async (page: Page, href: string) =>
  page.evaluate(
    (wanted, root: ShadowRoot | null) => {
      const target = [...document.querySelectorAll('a')].find((a) => a.href === wanted);
      const rings = root?.querySelectorAll<HTMLElement>('.ring');
      if (!target || !rings) return false;
      const t = target.getBoundingClientRect();
      const near = (a: number, b: number) => Math.abs(a - b) <= 12;
      return [...rings].some((ring) => {
        const r = ring.getBoundingClientRect();
        return (
          r.left <= t.left &&
          r.top <= t.top &&
          r.right >= t.right &&
          r.bottom >= t.bottom &&
          near(r.width, t.width) &&
          near(r.height, t.height)
        );
      });
    },
    href,
    await overlayRoot(page),
  );

/** Every link of the page, as the site wrote it. */
const hrefs = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')));

/** Clicks a link of the site the way the admin does (a trusted click) and returns the tab it opens. */
async function clickLink(page: Page, href: string, opens: (url: string) => boolean) {
  const handle = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('a')].find((a) => a.href === wanted) ?? false,
    { timeout: 5000 },
    href,
  );
  const opened = world.ext.browser.waitForTarget((t) => t.type() === 'page' && opens(t.url()), {
    timeout: 15_000,
  });
  await (handle as unknown as { click(): Promise<void> }).click();
  const target = await opened;
  const tab = await target.page();
  if (!tab) throw new Error('the link opened no page');
  await tab.waitForFunction(() => document.readyState === 'complete');
  return tab;
}

describe.each(SITE_LAYOUTS.flatMap((layout) => SITE_ORDERS.map((order) => ({ layout, order }))))(
  'the site in its $layout layout, $order',
  ({ layout, order }) => {
    it('marks the newest Salesforce CPQ release and its Production link for a production org', async () => {
      await visitInstalledPackages('acme');
      setSteelbrickSite({ layout, order });
      const page = await world.open(SITE);
      const before = await hrefs(page);
      const text = await waitForCard(page, 'site', (t) => t.includes('newest release'));
      expect(text).toContain("Salesforce CPQ Spring '26");
      expect(text).toContain('acme is a production org: use the Production link');
      expect(
        await eventually(
          () => ringAroundLink(page, installLink(PRODUCTION, NEWEST.cpq.id)),
          Boolean,
        ),
      ).toBe(true);
      expect(await ringAroundLink(page, installLink(SANDBOX, NEWEST.cpq.id))).toBe(false);
      // The site's links are the site's: never rewritten.
      expect(await hrefs(page)).toEqual(before);
    });
  },
);

describe('the Quote-to-Cash install site', () => {
  it.each([
    {
      kind: 'sandbox',
      org: 'acme--uat',
      use: SANDBOX,
      not: PRODUCTION,
      says: 'acme--uat is a sandbox: use the Sandbox link',
    },
    {
      kind: 'Developer Edition',
      org: 'acme-dev-ed',
      use: PRODUCTION,
      not: SANDBOX,
      says: 'acme-dev-ed is a Developer Edition org: use the Production link',
    },
  ])('a $kind org: its link is marked, and the card says why', async ({ org, use, not, says }) => {
    await visitInstalledPackages(org);
    setSteelbrickSite({ layout: 'list' });
    const page = await world.open(SITE);
    const text = await waitForCard(page, 'site', (t) => t.includes('newest release'));
    expect(text).toContain(says);
    expect(text).toContain(`Installing into ${org}`);
    expect(
      await eventually(() => ringAroundLink(page, installLink(use, NEWEST.cpq.id)), Boolean),
    ).toBe(true);
    expect(await ringAroundLink(page, installLink(not, NEWEST.cpq.id))).toBe(false);
  });

  it('with Salesforce CPQ installed, Billing is next', async () => {
    installCpq('acme--uat');
    await visitInstalledPackages('acme--uat');
    setSteelbrickSite({ layout: 'cards', order: 'newest-last' });
    const page = await world.open(SITE);
    const text = await waitForCard(page, 'site', (t) => t.includes('Salesforce Billing'));
    expect(text).toContain("Salesforce Billing Winter '26: the newest release");
    expect(text).toContain('Installing into acme--uat: Salesforce CPQ is installed there');
    expect(
      await eventually(() => ringAroundLink(page, installLink(SANDBOX, BILLING_ID)), Boolean),
    ).toBe(true);
  });

  it('with CPQ and Billing installed, it points at Stripe instead', async () => {
    installCpq('acme', true);
    await visitInstalledPackages('acme');
    const page = await world.open(SITE);
    const text = await waitForCard(page, 'site', (t) => t.includes('Stripe'));
    expect(text).toContain('Salesforce CPQ and Salesforce Billing are installed in acme');
    expect(text).toContain('does not come from this site');
    const links = await inPanel(
      page,
      () =>
        [...document.querySelectorAll<HTMLAnchorElement>('[data-card="site"] a')].map(
          (a) => a.href,
        ),
      [],
    );
    expect(links).toEqual([STRIPE_DOCS.install]);
  });

  it('works on the org with the most recent progress; the picker switches, for the session', async () => {
    await visitInstalledPackages('acme');
    await visitInstalledPackages('acme--uat');
    const page = await world.open(SITE);
    expect(
      await waitForCard(page, 'site', (t) => t.includes('Installing into acme--uat')),
    ).toContain('Switch to acme');
    await clickOverlayButton(page, 'Switch to acme');
    await waitForCard(page, 'site', (t) => t.includes('acme is a production org'));
    expect(
      await eventually(() => ringAroundLink(page, installLink(PRODUCTION, NEWEST.cpq.id)), Boolean),
    ).toBe(true);
    await page.reload({ waitUntil: 'load' });
    expect(await waitForCard(page, 'site', (t) => t.includes('newest release'))).toContain(
      'acme is a production org',
    );
  });

  it('with no org seen yet, it asks which org, and still marks the newest CPQ release', async () => {
    const page = await world.open(SITE);
    const text = await cardText(page, 'site');
    expect(text).toContain('Which org are you installing into?');
    expect(text).toContain("Salesforce CPQ Spring '26 (260.0)");
  });

  it('the link the admin clicks is remembered: the install page names it, with no warning', async () => {
    await visitInstalledPackages('acme--uat');
    world.server.sessions.sandbox = 'acme--uat';
    setSteelbrickSite({ layout: 'table', order: 'newest-last' });
    const site = await world.open(SITE);
    await waitForCard(site, 'site', (t) => t.includes('newest release'));
    const tab = await clickLink(site, installLink(SANDBOX, CPQ_NEWER_ID), (url) =>
      url.startsWith('https://acme--uat.sandbox.my.salesforce.com/packaging/'),
    );
    expect(await cardText(tab, 'link')).toContain(
      "You are installing Salesforce CPQ Spring '26 (Sandbox link) into acme--uat.",
    );
    await waitForCard(tab, 'install', (t) => t.includes('All Users'));
    expect(await cardIds(tab)).not.toContain('guard-environment');
    expect(await cardText(site, 'site-click')).toContain("Opened Salesforce CPQ Spring '26");
    // The site itself is untouched and its own scripts saw nothing wrong.
    expect(
      await site.evaluate(
        () => (window as unknown as { __replicaErrors: unknown[] }).__replicaErrors,
      ),
    ).toEqual([]);
  });

  it('the link keeps its meaning across the redirect to the Aura installer, and alone names the package', async () => {
    await visitInstalledPackages('acme--uat');
    world.server.sessions.sandbox = 'acme--uat';
    const org = world.server.org('acme--uat');
    org.auraInstaller = true;
    // The installer shows no name at all: the chosen link is the only signal.
    org.installPageShows = { heading: null, details: false, namespaces: false };
    setSteelbrickSite({ layout: 'table', order: 'newest-last' });
    const site = await world.open(SITE);
    await waitForCard(site, 'site', (t) => t.includes('newest release'));
    const tab = await clickLink(site, installLink(SANDBOX, CPQ_NEWER_ID), (url) =>
      url.startsWith('https://acme--uat.sandbox.lightning.force.com/packagingSetupUI/'),
    );
    expect(tab.url()).toContain(`apvId=${CPQ_NEWER_ID}`);
    expect(await cardText(tab, 'link')).toContain(
      "You are installing Salesforce CPQ Spring '26 (Sandbox link) into acme--uat.",
    );
    await waitForCard(tab, 'install', (t) =>
      t.includes('The guide selected Install for All Users'),
    );
    expect(await cardIds(tab)).not.toContain('identity-ask');
  });

  it('a Production link clicked while working on a sandbox: warned on the site and on the install page', async () => {
    await visitInstalledPackages('acme--uat');
    world.server.sessions.production = 'acme--uat';
    const site = await world.open(SITE);
    await waitForCard(site, 'site', (t) => t.includes('use the Sandbox link'));
    const tab = await clickLink(site, installLink(PRODUCTION, CPQ_NEWER_ID), (url) =>
      url.startsWith('https://acme--uat.sandbox.my.salesforce.com/packaging/'),
    );
    const warning = await cardText(tab, 'guard-environment');
    expect(warning).toContain('Production link, sandbox');
    expect(warning).toContain('login.salesforce.com');
    expect(await cardText(tab, 'link')).toContain('(Production link) into acme--uat');
    expect(await cardText(site, 'site-click')).toContain('installs through the Sandbox link');
  });

  it('an older release clicked: the site says which one is newest', async () => {
    await visitInstalledPackages('acme');
    world.server.sessions.production = 'acme';
    const site = await world.open(SITE);
    await waitForCard(site, 'site', (t) => t.includes('newest release'));
    const tab = await clickLink(site, installLink(PRODUCTION, OLDER_CPQ.id), (url) =>
      url.startsWith('https://acme.my.salesforce.com/packaging/'),
    );
    expect(await cardText(tab, 'link')).toContain(
      "You are installing Salesforce CPQ Winter '26 (Production link) into acme.",
    );
    expect(await cardText(site, 'site-click')).toContain(
      "Winter '26 is not the newest Salesforce CPQ release: Salesforce CPQ Spring '26 (260.0) is.",
    );
  });
});
