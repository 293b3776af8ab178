import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { CPQ_ROW as CPQ } from '../fixtures/salesforce/installed';
import {
  CPQ_AA_LICENSE,
  CPQ_LICENSE,
  DEFAULT_USER_ID,
  SECOND_USER_ID,
} from '../fixtures/salesforce/state';
import {
  cardIds,
  cardText,
  clickOverlayButton,
  clickText,
  eventually,
  frameMatching,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const SETTINGS = 'https://acme--sbqq.vf.force.com/apex/EditSettings';
const step = (r: Report, id: string) => r.steps?.find((s) => s.id === id);

async function withCpq(variant: 'a' | 'b' = 'a') {
  const org = world.server.org('acme');
  org.variant = variant;
  org.installed.push(CPQ);
  const page = await world.open('https://acme.my.salesforce.com/0A3?setupid=ImportedPackage');
  await cardText(page, 'installed-packages');
  await page.close();
  return org;
}

const orderFields = (page: Page) =>
  page.evaluate(() => {
    const cells = [...document.querySelectorAll('th, td')];
    const control = (label: string, sel: string) => {
      const cell = cells.find((c) => c.textContent?.trim() === label);
      return cell?.parentElement?.querySelector(sel) as HTMLInputElement & HTMLSelectElement;
    };
    const allow = control('Allow Multiple Orders', 'input[type=checkbox]');
    const start = control('Default Order Start Date', 'select');
    return { allow: allow?.checked, start: start?.selectedOptions[0]?.text };
  });

describe.each(['a', 'b'] as const)('CPQ settings, variant %s', (variant) => {
  it('authorize flow: tab → link → popup Allow → reload without link → done', async () => {
    await withCpq(variant);
    const page = await world.open(SETTINGS);
    expect(
      await waitForCard(page, 'calc-service', (t) => t.includes('Pricing and Calculation')),
    ).toContain('Open the Pricing and Calculation tab');
    await clickText(page, 'td.rich-tab-header', 'Pricing and Calculation');
    await waitForCard(page, 'calc-service', (t) =>
      t.includes('Authorize the CPQ calculation service'),
    );

    const popupTarget = world.ext.browser.waitForTarget((t) =>
      t.url().includes('RemoteAccessAuthorizationPage'),
    );
    await clickText(page, 'a, input', 'Authorize new calculation service');
    const popup = await (await popupTarget).page();
    if (!popup) throw new Error('no popup page');
    expect(await cardText(popup, 'authorize')).toContain('Click Allow (highlighted)');
    // The guide only points: nothing was authorized until the admin clicks.
    expect(world.server.org('acme').calcServiceAuthorized).toBe(false);
    await Promise.all([page.waitForNavigation(), clickText(popup, 'input, button', 'Allow')]);
    // The page reloads on its first tab; the guide asks to reopen Pricing and Calculation to confirm.
    await waitForCard(page, 'calc-service', (t) => t.includes('Confirm the authorization'));
    await clickText(page, 'td.rich-tab-header', 'Pricing and Calculation');

    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'cpq-calculation-service')?.status === 'done',
      10_000,
    );
    expect(step(report, 'cpq-calculation-service')?.evidence?.url).toContain(
      'acme--sbqq.vf.force.com',
    );
    expect(world.server.org('acme').calcServiceAuthorized).toBe(true);
  });

  it('Order tab: fills the recommended defaults, the admin saves, the step is done with the values', async () => {
    const org = await withCpq(variant);
    org.calcServiceAuthorized = true;
    const page = await world.open(SETTINGS);
    await clickText(page, 'td.rich-tab-header', 'Order');
    const text = await waitForCard(page, 'order', (t) => t.includes('filled in'));
    expect(text).toContain('click Save');
    expect(await orderFields(page)).toEqual({ allow: true, start: 'Quote Start Date' });
    expect(world.server.org('acme').order.allowMultipleOrders).toBe(false); // not saved by us

    await Promise.all([page.waitForNavigation(), clickText(page, 'input[type=submit]', 'Save')]);
    expect(world.server.org('acme').order).toMatchObject({
      allowMultipleOrders: true,
      defaultOrderStartDate: 'Quote Start Date',
    });
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'cpq-order-defaults')?.status === 'done',
    );
    expect(step(report, 'cpq-order-defaults')?.evidence?.values).toEqual({
      'Allow Multiple Orders': 'Yes',
      'Default Order Start Date': 'Quote Start Date',
    });
  });
});

describe('CPQ settings choices', () => {
  it('Undo puts the Order fields back', async () => {
    await withCpq();
    const page = await world.open(SETTINGS);
    await clickText(page, 'td.rich-tab-header', 'Order');
    await waitForCard(page, 'order', (t) => t.includes('Undo'));
    await clickOverlayButton(page, 'Undo');
    await waitForCard(page, 'order', (t) => t.includes('Apply'));
    expect(await orderFields(page)).toEqual({ allow: false, start: '-- None --' });
  });

  it("the admin's own values are recorded as skipped, and the guide stops suggesting", async () => {
    await withCpq();
    await world.ext.message({ type: 'settings:set', settings: { autofill: false } });
    const page = await world.open(SETTINGS);
    await clickText(page, 'td.rich-tab-header', 'Order');
    expect(await waitForCard(page, 'order', (t) => t.includes('Apply'))).toContain(
      'Recommended Order defaults',
    );
    expect(await orderFields(page)).toEqual({ allow: false, start: '-- None --' });
    await page.evaluate(() => {
      const select = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => o.text === 'Today'),
      );
      if (!select) throw new Error('no select');
      select.value = [...select.options].find((o) => o.text === 'Today')?.value ?? '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await Promise.all([page.waitForNavigation(), clickText(page, 'input[type=submit]', 'Save')]);
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'cpq-order-defaults')?.status === 'skipped',
    );
    expect(step(report, 'cpq-order-defaults')?.note).toContain('Default Order Start Date: Today');
    await clickText(page, 'td.rich-tab-header', 'Order');
    await new Promise((r) => setTimeout(r, 500));
    expect(await cardIds(page)).not.toContain('order');
  });
});

describe('Salesforce CPQ License of the installing user', () => {
  const userPage = (id: string) =>
    `https://acme.my.salesforce.com/${id}?noredirect=1&isUserEntityOverride=1`;

  it('absent: a warning that points at Edit Assignments; the step stays pending', async () => {
    const page = await world.open(userPage(DEFAULT_USER_ID));
    const text = await cardText(page, 'license');
    expect(text).toContain('Ada Admin does not have the Salesforce CPQ License');
    expect(text).toContain('Edit Assignments');
    const report = await eventually(
      () => world.report('acme'),
      (r) => 'org' in r,
    );
    expect(step(report, 'cpq-license')?.status).toBe('pending');
  });

  it('the AA licence alone is not the CPQ License', async () => {
    world.server.org('acme').users[DEFAULT_USER_ID]?.licenses.push(CPQ_AA_LICENSE);
    const page = await world.open(userPage(DEFAULT_USER_ID));
    expect(await cardText(page, 'license')).toContain('Advanced Approvals');
    const report = await eventually(
      () => world.report('acme'),
      (r) => 'org' in r,
    );
    expect(step(report, 'cpq-license')?.status).toBe('pending');
  });

  it('present, framed in Lightning Setup: done with the user as evidence', async () => {
    const page = await world.open(
      `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${SECOND_USER_ID}?noredirect=1&isUserEntityOverride=1`)}`,
    );
    const frame = await frameMatching(page, (url) => url.includes(`/${SECOND_USER_ID}`));
    expect(await cardText(frame, 'license')).toContain('Sam Seller has the Salesforce CPQ License');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'cpq-license')?.status === 'done',
    );
    expect(step(report, 'cpq-license')?.evidence?.user).toBe('Sam Seller');
  });

  it('the CPQ install page says so until the licence is confirmed, then no more', async () => {
    const install = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;
    const before = await world.open(install);
    expect(await cardText(before, 'guard-license')).toContain(
      'Salesforce CPQ License not confirmed',
    );
    world.server.org('acme').users[DEFAULT_USER_ID]?.licenses.push(CPQ_LICENSE);
    const user = await world.open(userPage(DEFAULT_USER_ID));
    await cardText(user, 'license');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'cpq-license')?.status === 'done',
    );
    expect(step(report, 'cpq-license')?.evidence?.user).toBe('Ada Admin');
    const after = await world.open(install);
    await cardText(after, 'install');
    expect(await cardIds(after)).not.toContain('guard-license');
  });
});
