/**
 * #18 item 2 on Lightning record pages and the layout editor: Refund, Verify and New Payment
 * Method ACH are confirmed where they show, a closed overflow menu is never opened by the guide
 * (it says the action may be there, and reads the menu once the admin opens it), a standard
 * Payment is no evidence, and the layout editor's card says what to add and where.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import {
  ACCOUNT_ID,
  BILLING_INSTALLED,
  configureLayouts,
  configWorld,
  PAYMENT_ID,
  PAYMENT_METHOD_ID,
  STANDARD_PAYMENT_ID,
} from '../fixtures/salesforce/config-world-18';
import { cardIds, cardText, eventually, useWorld, waitForCard } from '../support/harness';

const world = useWorld();
const LIGHTNING = 'https://acme.lightning.force.com';
const step = (r: Report, id: string) => r.steps?.find((s) => s.id === id);
const status = async (id: string) => step(await world.report('acme'), id)?.status;

/** An org with Billing installed, as the guide knows it (it says nothing on records before). */
async function org(variant: 'a' | 'b', configured: boolean) {
  const state = world.server.org('acme');
  state.variant = variant;
  state.installed.push(BILLING_INSTALLED);
  if (configured) configureLayouts(configWorld(state));
  await world.ext.message({
    type: 'step:set',
    org: 'acme',
    step: 'billing-install',
    status: 'done',
  });
  return state;
}

const menuOpen = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('[role="menuitem"]').length);

describe('Lightning record pages', () => {
  it('a Payment without Refund (no overflow menu): the card names the Payment Layout; the step stays open', async () => {
    // Room for every action: no overflow menu could hide Refund.
    configWorld(await org('b', false)).layouts.visibleActions = 10;
    const page = await world.open(`${LIGHTNING}/lightning/r/blng__Payment__c/${PAYMENT_ID}/view`);
    const text = await cardText(page, 'record-config-action-refund');
    expect(text).toContain('Refund is not on this record');
    expect(text).toContain('Payment Layout');
    expect(await status('config-action-refund')).toBe('pending');
  });

  it('Refund in the bar (variant b): done, the action highlighted', async () => {
    await org('b', true);
    const page = await world.open(`${LIGHTNING}/lightning/r/blng__Payment__c/${PAYMENT_ID}/view`);
    expect(
      await waitForCard(page, 'record-config-action-refund', (t) => t.includes('action bar')),
    ).toContain('Refund is on this record');
    await eventually(
      () => status('config-action-refund'),
      (s) => s === 'done',
    );
    const report = await world.report('acme');
    expect(step(report, 'config-action-refund')?.evidence?.url).toContain(
      '/lightning/r/blng__Payment__c/',
    );
  });

  it('Refund in a closed overflow menu (variant a): "may be in the menu", read once the admin opens it', async () => {
    await org('a', true);
    const page = await world.open(`${LIGHTNING}/lightning/r/blng__Payment__c/${PAYMENT_ID}/view`);
    expect(await cardText(page, 'record-config-action-refund')).toContain(
      'Refund may be in the menu',
    );
    // The guide never opened the menu, and claims nothing yet.
    expect(await menuOpen(page)).toBe(0);
    expect(await status('config-action-refund')).toBe('pending');
    await page.click('records-highlights2 lightning-button-menu > button');
    expect(
      await waitForCard(page, 'record-config-action-refund', (t) => t.includes('menu you opened')),
    ).toContain('Refund is on this record');
    await eventually(
      () => status('config-action-refund'),
      (s) => s === 'done',
    );
  });

  it('a standard Payment with its own Refund is no evidence, and says so', async () => {
    await org('b', false);
    const page = await world.open(`${LIGHTNING}/lightning/r/Payment/${STANDARD_PAYMENT_ID}/view`);
    const text = await cardText(page, 'record-config-action-refund');
    expect(text).toContain('Not a Salesforce Billing record');
    expect(text).toContain('blng__Payment__c');
    // Not reported at all: the org has no progress, certainly no Refund done.
    expect(await status('config-action-refund')).not.toBe('done');
  });

  it('Verify under its longer label on a Payment Method: done', async () => {
    const state = await org('b', false);
    configWorld(state).layouts.paymentMethodVerify = 'Verify Payment Method ACH';
    const page = await world.open(
      `${LIGHTNING}/lightning/r/blng__PaymentMethod__c/${PAYMENT_METHOD_ID}/view`,
    );
    expect(await cardText(page, 'record-config-action-verify')).toContain(
      'Verify Payment Method ACH is on this record',
    );
    await eventually(
      () => status('config-action-verify'),
      (s) => s === 'done',
    );
  });

  it.each(['a', 'b'] as const)(
    'the Account’s Payment Methods list (variant %s): missing, then shown once the layout has it',
    async (variant) => {
      const state = await org(variant, false);
      const url = `${LIGHTNING}/lightning/r/Account/${ACCOUNT_ID}/view`;
      let page = await world.open(url);
      expect(await cardText(page, 'record-config-button-ach')).toContain(
        'New Payment Method ACH is not on this record',
      );
      await page.close();
      configWorld(state).layouts.accountAchButton = true;
      page = await world.open(url);
      if (variant === 'b') {
        // b keeps one button visible: the ACH button is in the list's closed menu.
        expect(await cardText(page, 'record-config-button-ach')).toContain('may be in the menu');
        expect(await status('config-button-ach')).toBe('pending');
        await page.click(
          'lst-related-list-single-container:nth-of-type(2) lightning-button-menu > button',
        );
      }
      await waitForCard(page, 'record-config-button-ach', (t) =>
        t.includes('New Payment Method ACH is on this record'),
      );
      await eventually(
        () => status('config-button-ach'),
        (s) => s === 'done',
      );
    },
  );

  it('no ACH payments: the Account page says nothing of the ACH button and records nothing', async () => {
    await org('a', true);
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { achPayments: false },
    });
    const page = await world.open(`${LIGHTNING}/lightning/r/Account/${ACCOUNT_ID}/view`);
    // Positive sign first: the page was read and reported.
    await eventually(
      () => world.report('acme'),
      (r) => r.history?.some((h) => h.kind === 'record-page' && h.summary.includes('Account')),
    );
    expect(await cardIds(page)).not.toContain('record-config-button-ach');
    const report = await world.report('acme');
    expect(step(report, 'config-button-ach')?.status).toBe('skipped');
    expect(step(report, 'config-button-ach')?.source).toBeUndefined();
  });
});

describe('the layout editor', () => {
  it('Account: the card says where the ACH button goes and that the popup confirms by hand', async () => {
    await org('a', false);
    const page = await world.open(
      `${LIGHTNING}/lightning/setup/ObjectManager/Account/PageLayouts/00h5g000001AbCdAAK/view`,
    );
    const text = await cardText(page, 'record-editor');
    expect(text).toContain('Payment Methods related list click the wrench');
    expect(text).toContain('New Payment Method ACH to Selected Buttons');
    expect(text).toContain('mark the step done in the extension');
  });

  it('a Billing object’s id: Refund and Verify, each with its layout, palette and section', async () => {
    await org('a', false);
    const page = await world.open(
      `${LIGHTNING}/lightning/setup/ObjectManager/01I5g000000XyZa/PageLayouts/00h5g000001AbCd/view`,
    );
    const text = await cardText(page, 'record-editor');
    expect(text).toContain('If this is the Payment Layout');
    expect(text).toContain('If this is the Payment Method Layout');
    expect(text).toContain('Mobile & Lightning Actions');
    expect(text).toContain('override the predefined actions');
  });
});
