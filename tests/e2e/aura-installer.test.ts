import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { INSTALL_PAGE_GIVE_UP_MS } from '../../src/content/shared/install-page.identity';
import {
  BILLING_ID,
  CPQ_ID,
  CPQ_NEWER_ID,
  CPQ_SITES,
  OTHER_STRIPE_ID,
  STRIPE_ID,
  STRIPE_SITES,
  UNKNOWN_ID,
  UNRELATED_ID,
} from '../fixtures/salesforce/catalog';
import { CPQ_ROW } from '../fixtures/salesforce/installed';
import { CPQ_LICENSE } from '../fixtures/salesforce/state';
import {
  cardIds,
  cardText,
  clickOverlayButton,
  clickText,
  eventually,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const aura = (host: string, apvId: string) =>
  `https://${host}/packagingSetupUI/ipLanding.app?apvId=${apvId}`;

/** The option the installer's own component has selected (what it would install with). */
const selected = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('[data-option].selected, [data-option].slds-is-selected')
        ?.textContent ?? null,
  );

/** Waits until the installer's component shows this option selected. */
const selectedBecomes = (page: Page, text: string) =>
  eventually(
    () => selected(page),
    (s) => s === text,
  );

/** Whether the grant-access box is ticked, and Continue enabled. */
const dialogState = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('.grantAccessCheckbox input');
    const cont = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Continue',
    );
    return { ticked: box?.checked ?? null, continueEnabled: cont ? !cont.disabled : null };
  });

const replicaErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { __replicaErrors: unknown[] }).__replicaErrors);

/** Installed Packages seen once: what the guide knows comes from there, as in real use. */
async function confirmPackages(org: string) {
  const page = await world.open(`https://${org}.my.salesforce.com/0A3?setupid=ImportedPackage`);
  await cardText(page, 'installed-packages');
  await page.close();
}

const HOSTS = {
  a: 'acme.lightning.force.com',
  b: 'acme.my.salesforce-setup.com',
} as const;

describe.each(['a', 'b'] as const)('the Aura installer, markup %s', (variant) => {
  const host = HOSTS[variant];

  it('Salesforce CPQ: All Users selected by a click on its text, access granted, outcome recorded', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installDurationMs = 0;
    org.users[org.currentUserId]?.licenses.push(CPQ_LICENSE);
    const page = await world.open(aura(host, CPQ_ID));

    const text = await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    expect(text).toContain('Salesforce CPQ: Install for All Users');
    expect(await selectedBecomes(page, 'Install for All Users')).toBe('Install for All Users');

    await clickText(page, 'button', 'Install');
    const dialog = await waitForCard(page, 'third-party', (t) => t.includes(CPQ_SITES[0] ?? ''));
    for (const site of CPQ_SITES) expect(dialog).toContain(site);
    expect(
      await eventually(
        () => dialogState(page),
        (s) => s.ticked === true,
      ),
    ).toEqual({
      ticked: true,
      continueEnabled: true,
    });
    expect(world.server.org('acme').installs).toHaveLength(0); // Continue is the admin's

    await clickText(page, 'button', 'Continue');
    await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
    expect(world.server.org('acme').installs[0]).toMatchObject({
      securityOption: 'AllUsers',
      thirdPartyAccess: true,
      outcome: 'installed',
    });
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.steps?.find((s) => s.id === 'cpq-install')?.status === 'in-progress',
    );
    expect(report.steps.find((s) => s.id === 'cpq-install')?.evidence?.identifiedBy).toBe(
      'heading',
    );
    expect(await replicaErrors(page)).toEqual([]);
  });

  it('Salesforce Billing: All Users, after CPQ is confirmed', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installed.push({ ...CPQ_ROW });
    await confirmPackages('acme');
    const page = await world.open(aura(host, BILLING_ID));
    await waitForCard(page, 'install', (t) =>
      t.includes('Salesforce Billing: Install for All Users'),
    );
    expect(await selectedBecomes(page, 'Install for All Users')).toBe('Install for All Users');
    expect(await cardIds(page)).not.toContain('guard-order');
  });

  it('the Stripe connector: Admins Only kept, the order warned, access granted', async () => {
    world.server.org('acme').variant = variant;
    const page = await world.open(aura(host, STRIPE_ID));
    const text = await waitForCard(page, 'install', (t) => t.includes('Admins Only'));
    expect(text).toContain('Stripe Connector for Salesforce Billing: Install for Admins Only');
    expect(await cardText(page, 'guard-order')).toContain('Salesforce CPQ and Salesforce Billing');
    expect(await selected(page)).toBe('Install for Admins Only');
    await clickText(page, 'button', 'Install');
    const dialog = await waitForCard(page, 'third-party', (t) => t.includes(STRIPE_SITES[0] ?? ''));
    expect(dialog).toContain(STRIPE_SITES[1]);
    expect(
      await eventually(
        () => dialogState(page),
        (s) => s.ticked === true,
      ),
    ).toMatchObject({
      ticked: true,
    });
  });

  it('Undo puts the page’s own selection back the same way; the admin’s own click is respected', async () => {
    world.server.org('acme').variant = variant;
    const page = await world.open(aura(host, CPQ_ID));
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    await clickOverlayButton(page, 'Undo');
    expect(await selectedBecomes(page, 'Install for Admins Only')).toBe('Install for Admins Only');
    await waitForCard(page, 'install', (t) => t.includes('recommended'));
    // The admin clicks All Users, then Specific Profiles, on the options' own text.
    await clickText(page, '.radioText', 'Install for All Users');
    await eventually(
      () => selected(page),
      (s) => s === 'Install for All Users',
    );
    await clickText(
      page,
      '.radioText',
      'Install for Specific Profiles' + (variant === 'a' ? '...' : '\u2026'),
    );
    await eventually(
      () => selected(page),
      (s) => s?.startsWith('Install for Specific') ?? false,
    );
    const warning = await waitForCard(page, 'install', (t) => t.includes('Specific Profiles'));
    expect(warning).toContain('The guide leaves your choice alone');
    // Never selected again by the guide on this page.
    expect(await selected(page)).toMatch(/^Install for Specific Profiles/);
  });

  it('an unrelated package: a small note, nothing changed', async () => {
    world.server.org('acme').variant = variant;
    const page = await world.open(aura(host, UNRELATED_ID));
    expect(await cardText(page, 'install')).toContain('Field Trip is not one of the packages');
    expect(await selected(page)).toBe('Install for Admins Only');
  });

  it('nothing names the package: the guide asks, then selects, and remembers the answer', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installPageShows = { heading: null, details: false, namespaces: false };
    const page = await world.open(aura(host, BILLING_ID));
    const ask = await cardText(page, 'identity-ask', INSTALL_PAGE_GIVE_UP_MS + 1000);
    expect(ask).toContain('Which package is this?');
    expect(await selected(page)).toBe('Install for Admins Only'); // nothing filled before the answer
    await clickOverlayButton(page, 'Salesforce Billing');
    await waitForCard(page, 'install', (t) =>
      t.includes('Salesforce Billing: Install for All Users'),
    );
    expect(await selectedBecomes(page, 'Install for All Users')).toBe('Install for All Users');
    expect(await cardText(page, 'identity')).toContain('You named this package Salesforce Billing');

    // Reloaded: the answer stands for this version id, no question asked again.
    await page.reload({ waitUntil: 'load' });
    await waitForCard(page, 'install', (t) =>
      t.includes('Salesforce Billing: Install for All Users'),
    );
    expect(await cardIds(page)).not.toContain('identity-ask');
  });

  it('signals that disagree: the guide asks and fills nothing until answered', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installPageShows = { heading: 'Salesforce Billing', detailsName: 'Salesforce CPQ' };
    if (variant === 'b') org.installPageShows = { heading: 'Salesforce Billing' };
    const page = await world.open(aura(host, CPQ_ID));
    if (variant === 'a') {
      const ask = await cardText(page, 'identity-ask', INSTALL_PAGE_GIVE_UP_MS + 1000);
      expect(ask).toContain('the heading says Salesforce Billing');
      expect(ask).toContain('the package details says Salesforce CPQ');
      expect(await selected(page)).toBe('Install for Admins Only');
    } else {
      // One signal only (the heading): it is believed.
      await waitForCard(page, 'install', (t) => t.includes('Salesforce Billing'));
    }
  });

  it('the non-Salesforce acknowledgement is pointed out, never ticked', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installAcknowledgement = true;
    const page = await world.open(aura(host, STRIPE_ID));
    expect(await cardText(page, 'acknowledgement')).toContain('never ticks that box');
    await waitForCard(page, 'install', (t) => t.includes('Admins Only'));
    expect(
      await page.evaluate(
        () =>
          document.querySelector<HTMLInputElement>(
            '.securityReviewAcknowledgmentContainer input[type=checkbox]',
          )?.checked,
      ),
    ).toBe(false);
  });
});

describe('the Aura installer, wherever it is reached', () => {
  it('on login.salesforce.com: the org is not known, the audience still selected', async () => {
    const page = await world.open(aura('login.salesforce.com', CPQ_ID));
    await waitForCard(page, 'install', (t) => t.includes('Install for All Users'));
    expect(await cardText(page, 'guard-org-unknown')).toContain('login.salesforce.com');
  });

  it('the Classic entry point in a Lightning-era org ends on the Aura installer, and works there', async () => {
    const org = world.server.org('acme');
    org.auraInstaller = true;
    const page = await world.open(
      `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
    );
    expect(page.url()).toBe(aura('acme.lightning.force.com', CPQ_ID));
    await waitForCard(page, 'install', (t) =>
      t.includes('The guide selected Install for All Users'),
    );
  });

  it('an installation key first: the card says to enter it, then the guide goes on', async () => {
    world.server.org('acme').installKey = 's3cret';
    const page = await world.open(aura('acme.lightning.force.com', CPQ_ID));
    expect(await cardText(page, 'identity-key')).toContain('installation key');
    expect(await cardIds(page)).not.toContain('identity-ask');
    await page.type('input[type=password]', 's3cret');
    await clickText(page, 'button', 'Submit');
    await waitForCard(page, 'install', (t) =>
      t.includes('The guide selected Install for All Users'),
    );
    expect(await cardIds(page)).not.toContain('identity-key');
  });

  it('an upgrade is named from the page’s own header, with no confirmation in this org', async () => {
    world.server.org('acme').installed.push({ ...CPQ_ROW });
    const page = await world.open(aura('acme.lightning.force.com', CPQ_NEWER_ID));
    const guard = await cardText(page, 'guard-upgrade');
    expect(guard).toMatch(/upgrade from version 258\.2 to 260\.\d/);
    await waitForCard(page, 'install', (t) => t.includes('Upgrade'));
  });

  it('Stripe’s newer app is named as such, and nothing changes', async () => {
    const page = await world.open(aura('acme.lightning.force.com', OTHER_STRIPE_ID));
    expect(await cardText(page, 'install')).toContain("Stripe's newer app");
    expect(await selected(page)).toBe('Install for Admins Only');
  });

  it('a package whose Done leads to its own post-install page: the outcome is recorded first', async () => {
    const org = world.server.org('acme');
    org.installDurationMs = 0;
    org.postInstallUrl = '/lightning/setup/SetupOneHome/home';
    const page = await world.open(aura('acme.lightning.force.com', CPQ_ID));
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    await clickText(page, 'button', 'Install');
    await eventually(
      () => dialogState(page),
      (s) => s.continueEnabled === true,
    );
    await clickText(page, 'button', 'Continue');
    await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
    await Promise.all([page.waitForNavigation(), clickText(page, 'button', 'Done')]);
    expect(page.url()).toContain('/lightning/setup/SetupOneHome/home');
    const report = await world.report('acme');
    expect(report.steps.find((s) => s.id === 'cpq-install')?.status).toBe('in-progress');
  });

  it('the URL but none of the content: a "could not find" card within the give-up time', async () => {
    const page = await world.open(aura('acme.lightning.force.com', UNKNOWN_ID));
    const text = await cardText(page, 'not-found', INSTALL_PAGE_GIVE_UP_MS + 1000);
    expect(text).toContain('Could not find the package on this install page');
  });
});
