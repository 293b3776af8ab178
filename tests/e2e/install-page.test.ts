import { describe, expect, it } from 'vitest';
import {
  BILLING_ID,
  CPQ_ID,
  CPQ_NEWER_ID,
  CPQ_SITES,
  STRIPE_ID,
  STRIPE_RENAMED_ID,
  UNRELATED_ID,
} from '../fixtures/salesforce/catalog';
import { CPQ_LICENSE } from '../fixtures/salesforce/state';
import {
  cardIds,
  cardText,
  checkedOption,
  clickOverlayButton,
  clickText,
  eventually,
  ringAround,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const install = (host: string, p0: string) =>
  `https://${host}/packaging/installPackage.apexp?p0=${p0}`;

async function confirmPackages(org: string) {
  // What the extension knows comes from Installed Packages, as in real use.
  const page = await world.open(`https://${org}.my.salesforce.com/0A3?setupid=ImportedPackage`);
  await cardText(page, 'installed-packages');
  await page.close();
}

describe.each(['a', 'b'] as const)('install page, markup variant %s', (variant) => {
  it('Salesforce CPQ: selects All Users, points at Install, grants third-party access, reports the outcome', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installDurationMs = 0;
    org.users[org.currentUserId]?.licenses.push(CPQ_LICENSE);
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));

    const text = await waitForCard(page, 'install', (t) => t.includes('All Users'));
    expect(text).toContain('Salesforce CPQ: Install for All Users');
    expect(text).toContain('The guide selected Install for All Users');
    expect(await checkedOption(page)).toBe('Install for All Users');
    expect(await eventually(() => ringAround(page, 'button', 'Install'), Boolean)).toBe(true);

    // The admin clicks Install; the page inserts the Approve Third-Party Access dialog.
    await clickText(page, 'button', 'Install');
    const dialog = await waitForCard(page, 'third-party', (t) => t.includes(CPQ_SITES[0] ?? ''));
    for (const site of CPQ_SITES) expect(dialog).toContain(site);
    const state = await page.evaluate(() => {
      const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
        (b) =>
          /grant access/i.test(b.labels?.[0]?.textContent ?? b.parentElement?.textContent ?? ''),
      );
      const cont = [
        ...document.querySelectorAll<HTMLButtonElement>('button, input[type=button]'),
      ].find((b) => (b.textContent || (b as HTMLInputElement).value).trim() === 'Continue');
      return { ticked: box?.checked, continueDisabled: cont?.disabled };
    });
    expect(state).toEqual({ ticked: true, continueDisabled: false });
    expect(await eventually(() => ringAround(page, 'button, input', 'Continue'), Boolean)).toBe(
      true,
    );
    // Never clicked for the admin: nothing was installed yet.
    expect(world.server.org('acme').installs).toHaveLength(0);

    await clickText(page, 'button, input', 'Continue');
    await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
    const attempt = world.server.org('acme').installs[0];
    expect(attempt).toMatchObject({
      securityOption: 'AllUsers',
      thirdPartyAccess: true,
      outcome: 'installed',
    });
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.steps?.find((s) => s.id === 'cpq-install')?.status === 'in-progress',
    );
    expect(report.steps.find((s) => s.id === 'cpq-install')?.note).toMatch(/Installed Packages/);
    expect(
      await page.evaluate(
        () => (window as unknown as { __replicaErrors: unknown[] }).__replicaErrors,
      ),
    ).toEqual([]);
  });

  it('the Stripe connector: keeps Admins Only and warns that CPQ and Billing come first', async () => {
    world.server.org('acme').variant = variant;
    const page = await world.open(install('acme.my.salesforce.com', STRIPE_ID));
    const text = await waitForCard(page, 'install', (t) => t.includes('Admins Only'));
    expect(text).toContain('Install for Admins Only');
    expect(await checkedOption(page)).toBe('Install for Admins Only');
    const order = await cardText(page, 'guard-order');
    expect(order).toContain('Install Salesforce CPQ and Salesforce Billing first');
  });
});

describe('install page guards and choices', () => {
  it('Billing before CPQ is confirmed: a warning naming CPQ, and the failure when Salesforce refuses', async () => {
    world.server.org('acme').installDurationMs = 0;
    const page = await world.open(install('acme.my.salesforce.com', BILLING_ID));
    expect(await cardText(page, 'guard-order')).toContain('Install Salesforce CPQ first');
    await waitForCard(page, 'install', (t) => t.includes('All Users'));
    expect(await checkedOption(page)).toBe('Install for All Users');
    await clickText(page, 'button', 'Install');
    await waitForCard(page, 'third-party', (t) => t.includes('Approve Third-Party Access'));
    await clickText(page, 'button, input', 'Continue');
    const failure = await waitForCard(page, 'outcome', (t) => t.includes('did not install'));
    expect(failure).toContain('A required package is missing');
    expect(failure).toContain('Salesforce CPQ must be installed first');
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.steps?.find((s) => s.id === 'billing-install')?.status === 'blocked',
    );
    expect(report.steps.find((s) => s.id === 'billing-install')?.note).toContain(
      'A required package is missing',
    );
  });

  it('an upgrade says which version it upgrades from and highlights Upgrade', async () => {
    const org = world.server.org('acme');
    org.installed.push({
      name: 'Salesforce CPQ',
      publisher: 'Salesforce',
      version: '258.2',
      namespace: 'SBQQ',
      installedOn: '11/20/2026',
    });
    await confirmPackages('acme');
    const page = await world.open(install('acme.my.salesforce.com', CPQ_NEWER_ID));
    expect(await cardText(page, 'guard-upgrade')).toContain('upgrade from version 258.2 to 260.0');
    await waitForCard(page, 'install', (t) => t.includes('click Upgrade'));
    expect(await eventually(() => ringAround(page, 'button', 'Upgrade'), Boolean)).toBe(true);
  });

  it('an unrelated package is left alone, with a small note', async () => {
    const page = await world.open(install('acme.my.salesforce.com', UNRELATED_ID));
    expect(await cardText(page, 'install')).toContain('Not part of this install sequence');
    expect(await checkedOption(page)).toBe('Install for Admins Only');
    expect(await cardIds(page)).toEqual(['install']);
  });

  it('the renamed Stripe package is recognized too', async () => {
    const page = await world.open(install('acme.my.salesforce-setup.com', STRIPE_RENAMED_ID));
    expect(await waitForCard(page, 'install', (t) => t.includes('Admins Only'))).toContain(
      'Stripe Connector for Salesforce Billing',
    );
  });

  it('on login.salesforce.com the org is not known: it says so rather than guess', async () => {
    const page = await world.open(install('login.salesforce.com', CPQ_ID));
    expect(await cardText(page, 'guard-org-unknown')).toContain(
      'login.salesforce.com: production link',
    );
    await waitForCard(page, 'install', (t) => t.includes('All Users'));
    expect(await cardIds(page)).not.toContain('guard-order');
  });

  it('a sandbox link that lands in a production org is flagged, naming both', async () => {
    const link = await world.open(install('test.salesforce.com', CPQ_ID));
    await cardText(link, 'guard-org-unknown');
    await link.close();
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    const warning = await cardText(page, 'guard-environment');
    expect(warning).toContain('Sandbox link, production org');
    expect(warning).toContain('test.salesforce.com');
    expect(warning).toContain('acme is a production org');
  });

  it('the production link in a sandbox org is flagged too', async () => {
    world.server.sessions.production = 'acme--uat';
    const page = await world.open(install('login.salesforce.com', CPQ_ID));
    expect(new URL(page.url()).hostname).toBe('acme--uat.sandbox.my.salesforce.com');
    // A 302 leaves no page on login.salesforce.com: the guide cannot know the link, and says nothing wrong.
    await waitForCard(page, 'install', (t) => t.includes('All Users'));
    expect(await cardIds(page)).not.toContain('guard-environment');
    world.server.sessions.production = null;
    const direct = await world.open(install('login.salesforce.com', BILLING_ID));
    await cardText(direct, 'guard-org-unknown');
    const sandbox = await world.open(install('acme--uat.sandbox.my.salesforce.com', BILLING_ID));
    expect(await cardText(sandbox, 'guard-environment')).toContain('Production link, sandbox');
  });

  it('Undo puts back the option that was selected, and the guide does not select again', async () => {
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    await waitForCard(page, 'install', (t) => t.includes('Undo'));
    await clickOverlayButton(page, 'Undo');
    await waitForCard(page, 'install', (t) => t.includes('is recommended'));
    expect(await checkedOption(page)).toBe('Install for Admins Only');
    await new Promise((r) => setTimeout(r, 300));
    expect(await checkedOption(page)).toBe('Install for Admins Only');
  });

  it("the admin's own choice is respected with an inline warning", async () => {
    const page = await world.open(install('acme.my.salesforce.com', BILLING_ID));
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    await clickText(page, 'label', 'Install for Specific Profiles...');
    const text = await waitForCard(page, 'install', (t) => t.includes('is recommended'));
    expect(text).toContain('Install for Specific Profiles');
    expect(text).toContain('leaves your choice alone');
    await new Promise((r) => setTimeout(r, 300));
    expect(await checkedOption(page)).toBe('Install for Specific Profiles...');
  });

  it('with auto-fill off, nothing is selected until the admin clicks Apply', async () => {
    await world.ext.message({ type: 'settings:set', settings: { autofill: false } });
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    const text = await waitForCard(page, 'install', (t) => t.includes('Apply'));
    expect(text).toContain('Auto-fill is off');
    expect(await checkedOption(page)).toBe('Install for Admins Only');
    await clickOverlayButton(page, 'Apply Install for All Users');
    await waitForCard(page, 'install', (t) =>
      t.includes('The guide selected Install for All Users'),
    );
    expect(await checkedOption(page)).toBe('Install for All Users');
  });

  it('options rendered late, then re-rendered by the page, still get the right audience', async () => {
    const org = world.server.org('acme');
    org.installPageRenderDelayMs = 300;
    org.installPageRerender = true;
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    await waitForCard(page, 'install', (t) => t.includes('All Users'));
    await new Promise((r) => setTimeout(r, 1200));
    expect(await checkedOption(page)).toBe('Install for All Users');
    const cards = await cardIds(page);
    expect(cards.filter((c) => c === 'install')).toHaveLength(1);
    expect(cards).not.toContain('not-found');
  });

  it('a long install is recorded as in progress', async () => {
    const org = world.server.org('acme');
    org.slowInstall = true;
    org.installDurationMs = 0;
    const page = await world.open(install('acme.my.salesforce.com', UNRELATED_ID));
    await cardText(page, 'install');
    const cpq = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    await waitForCard(cpq, 'install', (t) => t.includes('All Users'));
    await clickText(cpq, 'button', 'Install');
    await waitForCard(cpq, 'third-party', (t) => t.includes('Approve'));
    await clickText(cpq, 'button, input', 'Continue');
    await waitForCard(cpq, 'outcome', (t) => t.includes('still installing'));
    await eventually(
      () => world.report('acme'),
      (r) => r.steps?.find((s) => s.id === 'cpq-install')?.status === 'in-progress',
    );
  });

  it('the highlight follows Install when the page scrolls or shifts its layout', async () => {
    const org = world.server.org('acme');
    org.users[org.currentUserId]?.licenses.push(CPQ_LICENSE);
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    await waitForCard(page, 'install', (t) => t.includes('All Users'));
    expect(await eventually(() => ringAround(page, 'button', 'Install'), Boolean)).toBe(true);
    const installTop = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('button')]
            .find((b) => b.textContent?.trim() === 'Install')
            ?.getBoundingClientRect().top ?? 0,
      );
    const before = await installTop();

    // Content inserted above it moves it down without a scroll event.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '900px';
      document.body.prepend(spacer);
    });
    expect(await installTop()).toBeGreaterThan(before + 800);
    expect(await eventually(() => ringAround(page, 'button', 'Install'), Boolean)).toBe(true);

    // Then the admin scrolls it back into view.
    await page.evaluate(() => window.scrollBy(0, 700));
    expect(await eventually(() => ringAround(page, 'button', 'Install'), Boolean)).toBe(true);
  });
});
