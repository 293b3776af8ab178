import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import { CPQ_ID, CPQ_SITES } from '../fixtures/salesforce/catalog';
import { BILLING_ROW as BILLING, CPQ_ROW as CPQ } from '../fixtures/salesforce/installed';
import { CPQ_LICENSE } from '../fixtures/salesforce/state';
import {
  cardIds,
  cardText,
  checkedOption,
  clickText,
  copiedDiagnostic,
  eventually,
  frameMatching,
  openChanged,
  useWorld,
  waitForCard,
} from '../support/harness';

/**
 * The guide on a French or German Setup (<html lang> and the page's texts in that language): the
 * replicas write what French Setup screenshots show (docs/salesforce/labels.md), and German as
 * the German table expects it.
 */
const world = useWorld();
const INSTALL = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;
const CLASSIC_LIST = 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage';
const step = (report: Report, id: string) => report.steps?.find((s) => s.id === id);

/** The dialog's checkbox and its Continue button, found by the page's own texts. */
const dialogState = (page: Page, grant: RegExp, continueLabel: string) =>
  page.evaluate(
    (source, label) => {
      const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
        (b) =>
          new RegExp(source).test(b.labels?.[0]?.textContent ?? b.parentElement?.textContent ?? ''),
      );
      const cont = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => (b.textContent ?? '').trim() === label,
      );
      return { ticked: box?.checked, continueDisabled: cont?.disabled };
    },
    grant.source,
    continueLabel,
  );

describe.each(['a', 'b'] as const)('a French Setup, markup variant %s', (variant) => {
  it('install page: selects "Installer pour tous les utilisateurs", ticks the French dialog, reads the outcome', async () => {
    const org = world.server.org('acme');
    org.language = 'fr';
    org.variant = variant;
    org.installDurationMs = 0;
    org.users[org.currentUserId]?.licenses.push(CPQ_LICENSE);
    const page = await world.open(INSTALL);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    const text = await waitForCard(page, 'install', (t) => t.includes('tous les utilisateurs'));
    expect(text).toContain('Salesforce CPQ: Installer pour tous les utilisateurs');
    expect(await checkedOption(page)).toBe('Installer pour tous les utilisateurs');

    await clickText(page, 'button', 'Installer');
    const dialog = await waitForCard(page, 'third-party', (t) => t.includes(CPQ_SITES[0] ?? ''));
    for (const site of CPQ_SITES) expect(dialog).toContain(site);
    expect(
      await eventually(
        () => dialogState(page, /accorder l.acc/, 'Continuer'),
        (s) => s.ticked === true,
      ),
    ).toEqual({
      ticked: true,
      continueDisabled: false,
    });
    expect(world.server.org('acme').installs).toHaveLength(0); // Continuer is the admin's click

    await clickText(page, 'button', 'Continuer');
    await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
    expect(world.server.org('acme').installs[0]).toMatchObject({
      securityOption: 'AllUsers',
      thirdPartyAccess: true,
      outcome: 'installed',
    });
    expect(
      await page.evaluate(
        () => (window as unknown as { __replicaErrors: unknown[] }).__replicaErrors,
      ),
    ).toEqual([]);
  });

  it('Installed Packages: reads the French list ("Editeur" without its accent) and confirms the packages', async () => {
    const org = world.server.org('acme');
    org.language = 'fr';
    org.variant = variant;
    org.installed.push(CPQ, BILLING, {
      // Named like the Stripe connector, published by someone else: only its publisher, read
      // from the "Editeur" column, tells it apart.
      name: 'Stripe for Salesforce Billing',
      publisher: 'Acme Payments',
      version: '1.0',
      namespace: 'acmepay',
      installedOn: '11/21/2026',
    });
    const page = await world.open(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    const frame = await frameMatching(page, (url) => url.includes('/0A3?'));
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    const text = await waitForCard(frame, 'installed-packages', (t) => t.includes('2 of 3'));
    expect(text).toContain('Confirmed: version 258.2, installed 11/20/2026');
    expect(text).toContain('Configurer'); // the Configure link as the French page names it
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'billing-install')?.status === 'done',
    );
    expect(step(report, 'cpq-install')?.evidence).toMatchObject({
      package: 'Salesforce CPQ',
      namespace: 'SBQQ',
      version: '258.2',
    });
    expect(step(report, 'stripe-install')?.status).toBe('pending');
  });
});

describe('a German Setup', () => {
  it.each(['a', 'b'] as const)(
    'install page (variant %s): selects "Für alle Benutzer installieren" and ticks the German dialog',
    async (variant) => {
      const org = world.server.org('acme');
      org.language = 'de';
      org.variant = variant;
      org.installDurationMs = 0;
      const page = await world.open(INSTALL);
      const text = await waitForCard(page, 'install', (t) => t.includes('alle Benutzer'));
      expect(text).toContain('Salesforce CPQ: Für alle Benutzer installieren');
      expect(await checkedOption(page)).toBe('Für alle Benutzer installieren');

      await clickText(page, 'button', 'Installieren');
      await waitForCard(page, 'third-party', (t) => t.includes(CPQ_SITES[0] ?? ''));
      expect(
        await eventually(
          () => dialogState(page, /Zugriff auf diese/, 'Weiter'),
          (s) => s.ticked === true,
        ),
      ).toEqual({ ticked: true, continueDisabled: false });
      await clickText(page, 'button', 'Weiter');
      await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
      expect(world.server.org('acme').installs[0]).toMatchObject({
        securityOption: 'AllUsers',
        thirdPartyAccess: true,
      });
    },
  );

  it('Installed Packages: the German list is read too', async () => {
    const org = world.server.org('acme');
    org.language = 'de';
    org.installed.push(CPQ);
    const page = await world.open(CLASSIC_LIST);
    await waitForCard(page, 'installed-packages', (t) => t.includes('1 of 3'));
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'cpq-install')?.status === 'done',
    );
    expect(step(report, 'cpq-install')?.evidence).toMatchObject({ version: '258.2' });
  });
});

describe('a label the page words differently: the card names the texts and the Setup language', () => {
  it('French install page with a renamed option: the French texts looked for, in the card and the diagnostic', async () => {
    world.server.org('acme').language = 'fr';
    const page = await openChanged(world, INSTALL, () => {
      for (const label of document.querySelectorAll('label, span')) {
        if (
          label.children.length === 0 &&
          label.textContent?.trim() === 'Installer pour tous les utilisateurs'
        )
          label.textContent = 'Installer pour chaque utilisateur';
      }
    });
    const text = await cardText(page, 'not-found', 8000);
    expect(text).toContain('option "Installer pour tous les utilisateurs"');
    expect(text).toContain(
      'Setup language: French. The guide looked for "Installer pour les administrateurs uniquement", "Installer pour tous les utilisateurs", "Installer pour des profils spécifiques".',
    );
    expect(text).not.toContain('Not yet confirmed'); // all three were seen on French Setup
    expect(await cardIds(page)).not.toContain('install');
    const copied = await copiedDiagnostic(world, page);
    expect(copied).toMatchObject({
      recognizer: 'install-page',
      labels: {
        language: 'fr',
        lookedFor: [
          'Installer pour les administrateurs uniquement',
          'Installer pour tous les utilisateurs',
          'Installer pour des profils spécifiques',
        ],
        unsure: [],
      },
    });
  });

  it('German Installed Packages with another column header: names "Paketname" as not yet confirmed', async () => {
    const org = world.server.org('acme');
    org.language = 'de';
    org.installed.push(CPQ);
    const page = await openChanged(world, CLASSIC_LIST, () => {
      for (const th of document.querySelectorAll('th')) {
        if (th.textContent?.trim() === 'Paketname') th.textContent = 'Name des Pakets';
      }
    });
    const text = await cardText(page, 'not-found', 15_000);
    expect(text).toContain('a table with a "Paketname" column');
    expect(text).toContain('Setup language: German. The guide looked for "Paketname".');
    expect(text).toContain('Not yet confirmed in a real org: "Paketname".');
    const copied = await copiedDiagnostic(world, page);
    expect(copied).toMatchObject({
      recognizer: 'installed-packages',
      labels: {
        language: 'de',
        lookedFor: ['Paketname'],
        unsure: [{ text: 'Paketname', confidence: 'unsure' }],
      },
    });
  }, 30_000);
});
