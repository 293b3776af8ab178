/**
 * Permission sets (`config-permsets-admin`, `config-permsets-users`) end to end: a user's page
 * read by its Permission Set Assignments list, the Edit Assignments chooser pre-selected but never
 * submitted, the org's own admin profile honoured (docs/salesforce/permission-sets.md).
 */
import type { Frame, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import {
  BILLING_ADMIN_SET,
  CPQ_ADMIN_SET,
  CPQ_USER_SET,
  STRIPE_ADMIN_SET,
  STRIPE_USER_SET,
} from '../fixtures/salesforce/config-world';
import {
  DEFAULT_USER_ID,
  LICENCE_TRAP_USER_ID,
  SECOND_USER_ID,
} from '../fixtures/salesforce/state';
import { eventually, frameMatching, useWorld, waitForCard } from '../support/harness';

const world = useWorld();
const ALL = [CPQ_ADMIN_SET, BILLING_ADMIN_SET, STRIPE_ADMIN_SET];
const userPath = (id: string) => `/${id.slice(0, 15)}?noredirect=1&isUserEntityOverride=1`;
const step = (r: Report, id: string) => r.steps.find((s) => s.id === id);

/** A user's page, Classic or framed in Lightning Setup; resolves where the guide's card is. */
async function openUser(id: string, where: 'classic' | 'lightning'): Promise<[Page, Page | Frame]> {
  if (where === 'classic') {
    const page = await world.open(`https://acme.my.salesforce.com${userPath(id)}`);
    return [page, page];
  }
  const page = await world.open(
    `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=${encodeURIComponent(userPath(id))}`,
  );
  return [page, await frameMatching(page, (u) => u.includes(`/${id.slice(0, 15)}`))];
}

const adminStep = async () => step(await world.report('acme'), 'config-permsets-admin');

describe.each(['classic', 'lightning'] as const)('permission sets on a user page (%s)', (where) => {
  it('an admin with all three sets: done, the evidence names the user and the sets', async () => {
    const org = world.server.org('acme');
    const ada = org.users[DEFAULT_USER_ID];
    if (!ada) throw new Error('replica user missing');
    ada.permissionSets = [...ALL];
    const [, frame] = await openUser(DEFAULT_USER_ID, where);
    expect(await waitForCard(frame, 'permsets', (t) => t.includes('Ada Admin'))).toContain(
      'holds all three admin permission sets',
    );
    const s = await eventually(adminStep, (s) => s?.status === 'done');
    expect(s?.evidence?.permsetUsers?.[0]).toMatchObject({
      user: 'Ada Admin',
      sets: expect.arrayContaining(ALL),
    });
    expect(s?.note).toContain('Ada Admin');
  });

  it('an admin lacking the Stripe set: in progress naming it, the card points at Edit Assignments', async () => {
    const ada = world.server.org('acme').users[DEFAULT_USER_ID];
    if (!ada) throw new Error('replica user missing');
    ada.permissionSets = [CPQ_ADMIN_SET, BILLING_ADMIN_SET];
    const [, frame] = await openUser(DEFAULT_USER_ID, where);
    const card = await waitForCard(frame, 'permsets', (t) => t.includes('still lacks'));
    expect(card).toContain(STRIPE_ADMIN_SET);
    expect(card).toContain('Edit Assignments');
    const s = await eventually(adminStep, (s) => s?.status === 'in-progress');
    expect(s?.note).toContain(`Ada Admin still lacks ${STRIPE_ADMIN_SET}`);
  });
});

describe('permission sets: what counts', () => {
  it('a licence named like a set does not count: Lin Licence still lacks the Stripe set', async () => {
    const [, page] = await openUser(LICENCE_TRAP_USER_ID, 'classic');
    const card = await waitForCard(page, 'permsets', (t) => t.includes('still lacks'));
    expect(card).toContain(`Lin Licence still lacks: ${STRIPE_ADMIN_SET}`);
    const s = await eventually(adminStep, (s) => s?.status === 'in-progress');
    expect(s?.evidence?.permsetUsers?.[0]?.sets).not.toContain(STRIPE_ADMIN_SET);
  });

  it('a second admin lacking sets keeps the step in progress; both are kept', async () => {
    const org = world.server.org('acme');
    const ada = org.users[DEFAULT_USER_ID];
    if (!ada) throw new Error('replica user missing');
    ada.permissionSets = [...ALL];
    const [first] = await openUser(DEFAULT_USER_ID, 'classic');
    await waitForCard(first, 'permsets', (t) => t.includes('holds all three'));
    await eventually(adminStep, (s) => s?.status === 'done');
    const [, second] = await openUser(LICENCE_TRAP_USER_ID, 'classic');
    await waitForCard(second, 'permsets', (t) => t.includes('still lacks'));
    const s = await eventually(adminStep, (s) => s?.status === 'in-progress');
    expect(s?.note).toContain('Lin Licence');
    expect(s?.evidence?.permsetUsers?.map((u) => u.user).sort()).toEqual([
      'Ada Admin',
      'Lin Licence',
    ]);
  });

  it('a non-admin: said not to be an admin; with payment users, what config-permsets-users needs', async () => {
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { nonAdminPayments: true },
    });
    const [, page] = await openUser(SECOND_USER_ID, 'classic');
    const card = await waitForCard(page, 'permsets', (t) => t.includes('not an admin'));
    expect(card).toContain('Sam Seller');
    expect(card).toContain(`${CPQ_USER_SET}, ${STRIPE_USER_SET}`);
    const s = await eventually(adminStep, (s) => s?.status === 'pending');
    expect(s?.note).toContain('System Administrator');
  });

  it('the admin profile named in the popup is honoured', async () => {
    const org = world.server.org('acme');
    const sam = org.users[SECOND_USER_ID];
    if (!sam) throw new Error('replica user missing');
    sam.profile = 'Custom Admin';
    sam.permissionSets = [...ALL];
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { adminProfile: 'Custom Admin' },
    });
    const [, page] = await openUser(SECOND_USER_ID, 'classic');
    await waitForCard(page, 'permsets', (t) => t.includes('holds all three'));
    const s = await eventually(adminStep, (s) => s?.status === 'done');
    expect(s?.note).toContain('Sam Seller');
    // Ada (System Administrator) is now not an admin for this org.
    const [, ada] = await openUser(DEFAULT_USER_ID, 'classic');
    expect(await waitForCard(ada, 'permsets', (t) => t.includes('not an admin'))).toContain(
      'Custom Admin',
    );
    expect((await adminStep())?.status).toBe('done');
  });

  it('payment users: both sets and the acknowledgement → done', async () => {
    const org = world.server.org('acme');
    const sam = org.users[SECOND_USER_ID];
    if (!sam) throw new Error('replica user missing');
    sam.permissionSets = [CPQ_USER_SET, STRIPE_USER_SET];
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { nonAdminPayments: true },
    });
    const [, page] = await openUser(SECOND_USER_ID, 'classic');
    await waitForCard(page, 'permsets', (t) => t.includes('holds both sets'));
    const users = async () => step(await world.report('acme'), 'config-permsets-users');
    expect((await eventually(users, (s) => s?.status === 'in-progress'))?.note).toContain(
      'Billing object access',
    );
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { billingAccessAck: true },
    });
    expect((await eventually(users, (s) => s?.status === 'done'))?.note).toContain('Sam Seller');
  });
});

describe.each(['a', 'b'] as const)('Edit Assignments chooser (markup %s)', (variant) => {
  const chooser = (id: string) =>
    `https://acme.my.salesforce.com/_ui/perms/ui/setup/PermSetAssignmentPage?userId=${id}`;
  const selected = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLOptionElement>('select[name="available"] option')]
        .filter((o) => o.selected)
        .map((o) => o.text),
    );

  it('pre-selects the missing sets, points at Add, clicks neither Add nor Save', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    const ada = org.users[DEFAULT_USER_ID];
    if (!ada) throw new Error('replica user missing');
    ada.permissionSets = [BILLING_ADMIN_SET];
    const [user] = await openUser(DEFAULT_USER_ID, 'classic');
    await waitForCard(user, 'permsets', (t) => t.includes('still lacks'));
    const page = await world.open(chooser(DEFAULT_USER_ID));
    const card = await waitForCard(page, 'permsets-chooser', (t) => t.includes('Selected in'));
    expect(card).toContain('Click Add, then Save');
    expect((await selected(page)).sort()).toEqual([CPQ_ADMIN_SET, STRIPE_ADMIN_SET].sort());
    // Ada has no CPQ licence: the CPQ set would fail on Save.
    expect(card).toContain('Salesforce CPQ License');
    // Nothing moved to Enabled, nothing saved: the world is unchanged.
    const enabled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLOptionElement>('select[name="enabled"] option')].map(
        (o) => o.text,
      ),
    );
    expect(enabled).toEqual([BILLING_ADMIN_SET]);
    expect(org.config.saves.filter((s) => s.page === 'permission-sets')).toEqual([]);
    expect(ada.permissionSets).toEqual([BILLING_ADMIN_SET]);
  });

  it('auto-fill off: nothing selected until Apply', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    const lin = org.users[LICENCE_TRAP_USER_ID];
    if (!lin) throw new Error('replica user missing');
    await world.ext.message({ type: 'settings:set', settings: { autofill: false } });
    const [user] = await openUser(LICENCE_TRAP_USER_ID, 'classic');
    await waitForCard(user, 'permsets', (t) => t.includes('still lacks'));
    const page = await world.open(chooser(LICENCE_TRAP_USER_ID));
    const card = await waitForCard(page, 'permsets-chooser', (t) => t.includes('still lacks'));
    expect(card).toContain('Apply');
    expect(await selected(page)).toEqual([]);
    const { clickOverlayButton } = await import('../support/harness');
    await clickOverlayButton(page, 'Apply');
    await waitForCard(page, 'permsets-chooser', (t) => t.includes('Selected in'));
    expect(await selected(page)).toEqual([STRIPE_ADMIN_SET]);
    expect(lin.permissionSets).toEqual([CPQ_ADMIN_SET, BILLING_ADMIN_SET]);
  });
});

describe('Manage Assignments of a set', () => {
  it('lists the members and the admins among them; adds the set to a user already seen', async () => {
    const org = world.server.org('acme');
    const [user] = await openUser(LICENCE_TRAP_USER_ID, 'classic');
    await waitForCard(user, 'permsets', (t) => t.includes('still lacks'));
    const lin = org.users[LICENCE_TRAP_USER_ID];
    if (!lin) throw new Error('replica user missing');
    lin.permissionSets = [...(lin.permissionSets ?? []), STRIPE_ADMIN_SET];
    const set = org.config.permissionSets.find((s) => s.label === STRIPE_ADMIN_SET);
    const page = await world.open(
      `https://acme.my.salesforce.com/005?id=${set?.id}&isUserEntityOverride=1`,
    );
    const card = await waitForCard(page, 'permsets-members', (t) => t.includes('Lin Licence'));
    expect(card).toContain('With the admin profile System Administrator: Lin Licence');
    await eventually(adminStep, (s) => s?.status === 'done');
  });
});

describe('popup: the permission set rows', () => {
  it('list each admin seen and what they lack', async () => {
    const ada = world.server.org('acme').users[DEFAULT_USER_ID];
    if (!ada) throw new Error('replica user missing');
    ada.permissionSets = [...ALL];
    const [first] = await openUser(DEFAULT_USER_ID, 'classic');
    await waitForCard(first, 'permsets', (t) => t.includes('holds all three'));
    const [second] = await openUser(LICENCE_TRAP_USER_ID, 'classic');
    await waitForCard(second, 'permsets', (t) => t.includes('still lacks'));
    const popup = await world.ext.browser.newPage();
    await popup.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html?org=acme`);
    await popup.waitForSelector(
      '[data-permset-users="config-permsets-admin"] li[data-user="Lin Licence"]',
    );
    const rows = await popup.$$eval('[data-permset-users="config-permsets-admin"] li', (li) =>
      li.map((l) => l.textContent),
    );
    expect(rows).toEqual([
      expect.stringContaining(`Lin Licence: lacks ${STRIPE_ADMIN_SET}`),
      expect.stringContaining('Ada Admin: all sets'),
    ]);
    await popup.close();
  });
});
