/**
 * The five `config-layout-*` steps end to end (docs/salesforce/page-layouts.md): the Page
 * Layouts tab points at Page Layout Assignment; the assignment page (framed in Lightning Setup,
 * and Classic alone) confirms or names the rows still wrong, with and without record-type
 * columns; Edit Assignment pre-chooses the layout and never saves; a profile the admin named in
 * the popup is honoured; Salesforce Payments' standard Payment is not taken for Billing's.
 */
import type { Frame, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import type { SfObject } from '../fixtures/salesforce/config-world';
import {
  cardIds,
  cardText,
  clickOverlayButton,
  eventually,
  frameMatching,
  overlayRoot,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();

const SETUP = 'https://acme.my.salesforce-setup.com';
const ASSIGNMENT = '/ui/setup/layout/PageLayoutAssignment';
const EDIT = '/ui/setup/layout/PageLayoutAssignmentEdit';
const framed = (address: string) =>
  `${SETUP}/lightning/setup/ObjectManager/page?address=${encodeURIComponent(address)}`;
const step = (report: Report, id: string) => report.steps?.find((s) => s.id === id);

function objectOf(apiName: string): SfObject {
  const o = world.server.org('acme').config.objects.find((x) => x.apiName === apiName);
  if (!o) throw new Error(`no object ${apiName}`);
  return o;
}

/** Sets every record-type column of `profile` to `layout`. */
function assign(apiName: string, profile: string, layout: string): void {
  const o = objectOf(apiName);
  const columns = o.recordTypes.length ? o.recordTypes : [''];
  o.assignments[profile] = Object.fromEntries(columns.map((rt) => [rt, layout]));
}

async function rings(where: Page | Frame): Promise<number> {
  return where.evaluate(
    (root: ShadowRoot | null) => root?.querySelectorAll('.ring').length ?? -1,
    await overlayRoot(where),
  );
}

async function assignmentFrame(page: Page, path: string): Promise<Frame> {
  return frameMatching(page, (url) => url.includes(path) && url.includes('isdtp=p1'));
}

describe.each(['a', 'b'] as const)('Page Layouts tab (markup %s)', (variant) => {
  it('names the layout and both profiles, and rings Page Layout Assignment', async () => {
    world.server.org('acme').variant = variant;
    const page = await world.open(
      `${SETUP}/lightning/setup/ObjectManager/Account/PageLayouts/view`,
    );
    const text = await cardText(page, 'layouts-tab');
    expect(text).toContain('Billing Account Layout');
    expect(text).toContain('System Administrator');
    expect(text).toContain('Standard User');
    expect(text).toContain('Click Page Layout Assignment');
    expect(await rings(page)).toBe(1);
  });
});

describe('Page Layouts tab of a look-alike', () => {
  it("says Salesforce Payments' Payment is not Billing's and reports nothing", async () => {
    const page = await world.open(
      `${SETUP}/lightning/setup/ObjectManager/Payment/PageLayouts/view`,
    );
    const text = await cardText(page, 'layouts-tab');
    expect(text).toContain("Standard Payment, not Billing's");
    expect(text).toContain('blng__Payment__c');
    const report = await world.report('acme').catch(() => null);
    for (const s of report?.steps ?? [])
      if (s.id.startsWith('config-layout')) expect(s.status).toBe('pending');
  });
});

describe.each(['a', 'b'] as const)('Page Layout Assignment (markup %s)', (variant) => {
  it('with record types, framed: names the rows still wrong and rings them', async () => {
    world.server.org('acme').variant = variant;
    // The admin's row is right in one column only: still wrong.
    objectOf('Opportunity').assignments['System Administrator'] = {
      'New Business': 'CPQ Opportunity Layout',
      Renewal: 'Opportunity Layout',
    };
    const page = await world.open(framed(`${ASSIGNMENT}?type=Opportunity`));
    const frame = await assignmentFrame(page, ASSIGNMENT);
    const text = await cardText(frame, 'layout-assignment');
    expect(text).toContain(
      'Not yet CPQ Opportunity Layout in every column for: System Administrator, Standard User.',
    );
    expect(text).toContain('Click Edit Assignment');
    // two profile rows and Edit Assignment
    expect(await rings(frame)).toBe(3);
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'config-layout-opportunity')?.status === 'in-progress',
    );
    expect(step(report, 'config-layout-opportunity')?.note).toContain('System Administrator');
  });

  it('without record types, Classic alone: done when both profiles show the layout', async () => {
    world.server.org('acme').variant = variant;
    assign('Account', 'System Administrator', 'Billing Account Layout');
    assign('Account', 'Standard User', 'Billing Account Layout');
    const page = await world.open(`https://acme.my.salesforce.com${ASSIGNMENT}?type=Account`);
    const text = await waitForCard(page, 'layout-assignment', (t) =>
      t.includes('assigned to both'),
    );
    expect(text).toContain('Billing Account Layout is assigned to both profiles for Account');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'config-layout-account')?.status === 'done',
    );
    expect(step(report, 'config-layout-account')?.evidence?.values).toMatchObject({
      'System Administrator': 'Billing Account Layout',
      'Standard User': 'Billing Account Layout',
    });
  });
});

describe('Page Layout Assignment, near misses and answers', () => {
  it('one profile of two right is not done: the other row is named', async () => {
    assign('Order', 'System Administrator', 'Billing Order Layout');
    const page = await world.open(framed(`${ASSIGNMENT}?type=Order`));
    const frame = await assignmentFrame(page, ASSIGNMENT);
    const text = await cardText(frame, 'layout-assignment');
    expect(text).toContain('for: Standard User.');
    expect(text).not.toContain('for: System Administrator');
    expect(await rings(frame)).toBe(2);
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'config-layout-order')?.status === 'in-progress',
    );
    expect(step(report, 'config-layout-order')?.note).toBe(
      'Not yet Billing Order Layout in every column for: Standard User.',
    );
  });

  it('honours an admin profile named in the popup', async () => {
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { adminProfile: 'Custom: Sales Profile' },
    });
    // System Administrator keeps the old layout: not the profile this org named.
    assign('Product2', 'Custom: Sales Profile', 'Billing Product Layout');
    assign('Product2', 'Standard User', 'Billing Product Layout');
    const page = await world.open(`https://acme.my.salesforce.com${ASSIGNMENT}?type=Product2`);
    await waitForCard(page, 'layout-assignment', (t) => t.includes('assigned to both'));
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'config-layout-product')?.status === 'done',
    );
    expect(step(report, 'config-layout-product')?.evidence?.values).toHaveProperty(
      'Custom: Sales Profile',
      'Billing Product Layout',
    );
  });

  it('a profile the table does not list is said, and keeps the step open', async () => {
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { standardProfile: 'Sales Rep' },
    });
    assign('OrderItem', 'System Administrator', 'Billing Order Product Layout');
    const page = await world.open(`https://acme.my.salesforce.com${ASSIGNMENT}?type=OrderItem`);
    const text = await cardText(page, 'layout-assignment');
    expect(text).toContain('lists no profile Sales Rep');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r, 'config-layout-orderproduct')?.status === 'in-progress',
    );
    expect(step(report, 'config-layout-orderproduct')?.note).toContain('Sales Rep');
  });

  it("Billing's Payment table is not taken for a layout step", async () => {
    const page = await world.open(
      `https://acme.my.salesforce.com${ASSIGNMENT}?type=blng__Payment__c`,
    );
    expect(await page.$eval('h2', () => true)).toBe(true);
    // Then Account's table: once its reading is stored, Payment's (opened first) would be too.
    const account = await world.open(`https://acme.my.salesforce.com${ASSIGNMENT}?type=Account`);
    await cardText(account, 'layout-assignment');
    const report = await eventually(
      () => world.report('acme'),
      (r) => r.history.some((h) => h.kind === 'layout-assignment'),
    );
    const read = report.history.filter((h) => h.kind === 'layout-assignment');
    expect(read.map((h) => h.step)).toEqual(['config-layout-account']);
    expect(await cardIds(page)).toEqual([]);
  });
});

describe.each(['a', 'b'] as const)('Edit Assignment (markup %s)', (variant) => {
  it('pre-chooses the layout, rings the cells, and never saves', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    const before = JSON.stringify(objectOf('Opportunity').assignments);
    const page = await world.open(framed(`${EDIT}?type=Opportunity`));
    const frame = await assignmentFrame(page, EDIT);
    const text = await waitForCard(frame, 'layout-edit', (t) => t.includes('is set to'));
    expect(text).toContain('Page Layout To Use is set to CPQ Opportunity Layout');
    const chosen = await frame.$eval(
      'select[name="layoutToUse"]',
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent,
    );
    expect(chosen).toBe('CPQ Opportunity Layout');
    // 2 profiles × 2 record types, and Save (shown once per button in the grid's block)
    expect(await rings(frame)).toBeGreaterThanOrEqual(5);
    expect(org.config.saves).toEqual([]);
    expect(JSON.stringify(objectOf('Opportunity').assignments)).toBe(before);

    // The admin selects the two rows, chooses the layout and saves: only now does it change.
    const rows = await frame.$$('.rowSelector');
    const names = await Promise.all(rows.map((r) => r.evaluate((e) => e.textContent?.trim())));
    const admin = rows[names.indexOf('System Administrator')];
    const standard = rows[names.indexOf('Standard User')];
    await admin?.click();
    await page.keyboard.down('Control');
    await standard?.click();
    await page.keyboard.up('Control');
    await frame.select('select[name="layoutToUse"]', '');
    await frame.select('select[name="layoutToUse"]', 'CPQ Opportunity Layout');
    await frame.$eval('input[name="save"]', (save) => (save as HTMLInputElement).click());
    await eventually(
      async () => org.config.saves.length,
      (n) => n === 1,
    );
    expect(objectOf('Opportunity').assignments['Standard User']).toEqual({
      'New Business': 'CPQ Opportunity Layout',
      Renewal: 'CPQ Opportunity Layout',
    });
    await eventually(
      () => world.report('acme'),
      (r) => step(r, 'config-layout-opportunity')?.status === 'done',
      10_000,
    );
  });

  it('with auto-fill off, chooses only when Apply is clicked', async () => {
    world.server.org('acme').variant = variant;
    await world.ext.message({ type: 'settings:set', settings: { autofill: false } });
    const page = await world.open(`https://acme.my.salesforce.com${EDIT}?type=Account`);
    const text = await waitForCard(page, 'layout-edit', (t) => t.includes('Choose'));
    expect(text).toContain('Choose Billing Account Layout in Page Layout To Use?');
    const value = () =>
      page.$eval('select[name="layoutToUse"]', (s) => (s as HTMLSelectElement).value);
    expect(await value()).toBe('');
    await clickOverlayButton(page, 'Apply');
    await eventually(value, (v) => v === 'Billing Account Layout');
    expect(world.server.org('acme').config.saves).toEqual([]);
  });
});
