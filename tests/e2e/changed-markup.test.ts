import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { CHOOSER_GIVE_UP_MS } from '../../src/content/features/edit-permission-set-assignments';
import { INSTALLED_PACKAGES_GIVE_UP_MS } from '../../src/content/features/installed-packages';
import { USER_DETAIL_GIVE_UP_MS } from '../../src/content/features/user-detail';
import { CPQ_SETTINGS_GIVE_UP_MS } from '../../src/content/shared/cpq-settings';
import { INSTALL_PAGE_GIVE_UP_MS } from '../../src/content/shared/install-page.identity';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { CPQ_ROW } from '../fixtures/salesforce/installed';
import { DEFAULT_USER_ID } from '../fixtures/salesforce/state';
import {
  cardIds,
  cardText,
  copiedDiagnostic,
  eventually,
  openChanged,
  useWorld,
} from '../support/harness';

const world = useWorld();
const INSTALL = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;

const checked = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')]
      .filter((r) => r.checked)
      .map((r) => (r.labels?.[0]?.textContent ?? '').trim()),
  );

describe('a page recognized by its URL whose controls changed', () => {
  it('renamed options: says plainly what it could not find, fills nothing, offers a diagnostic', async () => {
    const page = await openChanged(world, INSTALL, () => {
      for (const label of document.querySelectorAll('label')) {
        if (label.textContent?.includes('Install for All Users'))
          label.textContent = ' Install for every user';
      }
    });
    const text = await cardText(page, 'not-found', INSTALL_PAGE_GIVE_UP_MS + 1000);
    expect(text).toContain('Could not find the install options');
    expect(text).toContain('option "Install for All Users"');
    expect(text).toContain('Salesforce may have changed the page');
    expect(await checked(page)).toEqual(['Install for Admins Only']);
    expect(await cardIds(page)).not.toContain('install');

    const copied = await copiedDiagnostic(world, page);
    expect(copied).toMatchObject({
      recognizer: 'install-page',
      path: '/packaging/installPackage.apexp',
      missing: ['option "Install for All Users"'],
      // English is the reference the tables are checked against: nothing unsure, no language line.
      labels: {
        language: 'en',
        lookedFor: [
          'Install for Admins Only',
          'Install for All Users',
          'Install for Specific Profiles',
        ],
        unsure: [],
      },
    });
    expect(text).not.toContain('Setup language');
    expect(JSON.stringify(copied)).not.toContain(CPQ_ID);
  });

  it('decoy radios with look-alike labels elsewhere on the page: ambiguous, so nothing is filled', async () => {
    const page = await openChanged(world, INSTALL, () => {
      const decoy = document.createElement('fieldset');
      for (const [i, text] of [
        'Install for Admins Only',
        'Install for All Users',
        'Install for All Users (legacy)',
      ].entries()) {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = 'decoy';
        input.id = `decoy-${i}`;
        label.htmlFor = input.id;
        label.textContent = text;
        decoy.append(input, label);
      }
      document.body.prepend(decoy);
    });
    const text = await cardText(page, 'not-found', INSTALL_PAGE_GIVE_UP_MS + 1000);
    expect(text).toContain('one option "Install for All Users" (found 2)');
    expect(await checked(page)).toEqual(['Install for Admins Only']);
  });

  it('an Installed Packages page without a package table says so after waiting for it', async () => {
    const page = await openChanged(
      world,
      'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
      () => {
        for (const th of document.querySelectorAll('th')) {
          if (th.textContent?.trim() === 'Package Name') th.textContent = 'Name';
        }
      },
    );
    const text = await cardText(page, 'not-found', INSTALLED_PACKAGES_GIVE_UP_MS + 2000);
    expect(text).toContain('Could not find the Installed Packages list');
    const report = await world.ext.message<{ error?: string }>({ type: 'report:get', org: 'acme' });
    expect(report.error).toBe('no-progress'); // nothing recorded from a page it could not read
  }, 30_000);

  it('a user page without the licence list says so once it has settled', async () => {
    const page = await openChanged(
      world,
      `https://acme.my.salesforce.com/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`,
      () => {
        for (const h of document.querySelectorAll('h3')) {
          if (h.textContent?.trim() === 'Permission Set License Assignments')
            h.closest('.bRelatedList')?.remove();
        }
      },
    );
    const text = await cardText(page, 'not-found', USER_DETAIL_GIVE_UP_MS + 1000);
    expect(text).toContain('Could not find the Permission Set License Assignments list');
    // Nothing recorded from the list it could not read; the permission set list beside it was read.
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.steps?.some((s) => s.id === 'config-permsets-admin' && s.source === 'observed'),
    );
    expect(report.steps.find((s) => s.id === 'cpq-license')?.status).toBe('pending');
    expect(report.history.some((h) => h.kind === 'license')).toBe(false);
  });

  it('the CPQ settings page whose tab strip changed says so; its title shows it is that page', async () => {
    world.server.org('acme').installed.push({ ...CPQ_ROW });
    const page = await openChanged(
      world,
      'https://acme--sbqq.vf.force.com/apex/EditSettings',
      () => {
        for (const tab of document.querySelectorAll('td.rich-tab-header'))
          tab.textContent = `${tab.textContent?.trim()} (new)`;
      },
    );
    const text = await cardText(page, 'not-found', CPQ_SETTINGS_GIVE_UP_MS + 1000);
    expect(text).toContain('Could not find the settings tabs');
    expect(text).toContain('Pricing and Calculation');
  });

  it('a user page without the permission set list says so; the licence list beside it is read', async () => {
    const page = await openChanged(
      world,
      `https://acme.my.salesforce.com/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`,
      () => {
        for (const h of document.querySelectorAll('h3')) {
          if (h.textContent?.trim() === 'Permission Set Assignments')
            h.closest('.bRelatedList')?.remove();
        }
      },
    );
    const text = await cardText(page, 'not-found', USER_DETAIL_GIVE_UP_MS + 1000);
    expect(text).toContain('Could not find the Permission Set Assignments list');
    expect(text).toContain('a related list titled "Permission Set Assignments"');
    // Nothing recorded from the list it could not read; the licence list beside it was read.
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.history?.some((h) => h.kind === 'license'),
    );
    expect(report.history.some((h) => h.kind === 'permission-set-assignments')).toBe(false);
    expect(await cardIds(page)).not.toContain('permsets');
  });

  it('an Edit Assignments chooser without its Enabled list names that list', async () => {
    const page = await openChanged(
      world,
      `https://acme.my.salesforce.com/_ui/perms/ui/setup/PermSetAssignmentPage?userId=${DEFAULT_USER_ID}`,
      () => document.querySelector('select[name="enabled"]')?.remove(),
    );
    const text = await cardText(page, 'not-found', CHOOSER_GIVE_UP_MS + 1000);
    expect(text).toContain('Could not find the permission set chooser');
    expect(text).toContain('could not find: Enabled Permission Sets.');
    expect(await cardIds(page)).not.toContain('permsets-chooser');
  });
});
