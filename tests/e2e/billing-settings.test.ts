/**
 * #18 item 3: Billing's settings page (Billing Configuration → Payment tab). The guide fills
 * Payment creation batch size with 70 and highlights Save, never saving itself (the replica
 * world keeps what was saved); after the admin's save, 70 is done and another value is skipped
 * with that value, never suggested again.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import { BILLING_INSTALLED } from '../fixtures/salesforce/config-world-18';
import {
  cardText,
  clickOverlayButton,
  clickText,
  eventually,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const SETTINGS = 'https://acme--blng.vf.force.com/apex/BillingSettings';
const FIELD = 'Payment creation batch size';
const SAVED_KEY = `blng:${FIELD}`;
const step = (r: Report) => r.steps?.find((s) => s.id === 'config-billing-batchsize');

function org(variant: 'a' | 'b') {
  const state = world.server.org('acme');
  state.variant = variant;
  state.installed.push(BILLING_INSTALLED);
  return state;
}

const field = (page: Page) =>
  page.evaluate((label: string) => {
    const cell = [...document.querySelectorAll('th, td, label')].find(
      (c) => c.textContent?.trim() === label,
    );
    const row = cell?.closest('tr');
    return (row?.querySelector('input[type=text], input:not([type])') as HTMLInputElement | null)
      ?.value;
  }, FIELD);

async function typeInField(page: Page, value: string) {
  const handle = await page.evaluateHandle((label: string) => {
    const cell = [...document.querySelectorAll('th, td, label')].find(
      (c) => c.textContent?.trim() === label,
    );
    return cell?.closest('tr')?.querySelector('input[type=text], input:not([type])');
  }, FIELD);
  const input = handle.asElement() as import('puppeteer').ElementHandle<HTMLInputElement>;
  // Click into it, select its whole value and type over it, as an admin
  // would (a triple click's selection depends on click timing on a busy machine).
  await input.click();
  await input.evaluate((el) => el.select());
  await input.type(value);
  await page.keyboard.press('Tab');
}

const save = (page: Page) =>
  Promise.all([page.waitForNavigation(), clickText(page, 'input[type=submit]', 'Save')]);

describe.each(['a', 'b'] as const)('Billing settings, variant %s', (variant) => {
  it('Payment tab → 70 filled, Save highlighted, nothing saved by the guide; the admin saves → done', async () => {
    const state = org(variant);
    const page = await world.open(SETTINGS);
    expect(await cardText(page, 'billing-batch')).toContain('Open the Payment tab');
    await clickText(page, 'td.rich-tab-header', 'Payment');
    const text = await waitForCard(page, 'billing-batch', (t) =>
      t.includes('Batch size filled in'),
    );
    expect(text).toContain('Click Save (highlighted)');
    expect(await field(page)).toBe('70');
    // Filled, never saved: the org holds no value, no form was posted.
    expect(state.cpqOtherSettings[SAVED_KEY]).toBeUndefined();
    expect(
      world.server.requests.some((r) => r.method === 'POST' && r.host.includes('--blng')),
    ).toBe(
      variant === 'b', // b's tab switch is an AJAX postback of the tab, not a save
    );
    expect(state.cpqOtherSettings[SAVED_KEY]).toBeUndefined();
    expect(step(await world.report('acme'))?.status).not.toBe('done');

    await save(page);
    expect(state.cpqOtherSettings[SAVED_KEY]).toBe('70');
    expect(await cardText(page, 'billing-batch')).toContain('saved as 70');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r)?.status === 'done',
    );
    expect(step(report)?.evidence?.values).toEqual({ [FIELD]: '70' });
  });

  it('the admin saves another value → skipped with it; the next visit suggests nothing', async () => {
    const state = org(variant);
    let page = await world.open(SETTINGS);
    await clickText(page, 'td.rich-tab-header', 'Payment');
    await waitForCard(page, 'billing-batch', (t) => t.includes('Batch size filled in'));
    await typeInField(page, '50');
    // The admin's own value is left alone, said once.
    expect(
      await waitForCard(page, 'billing-batch', (t) => t.includes('You changed it to “50”')),
    ).toContain('Apply');
    expect(await field(page)).toBe('50');
    await save(page);
    expect(state.cpqOtherSettings[SAVED_KEY]).toBe('50');
    const report = await eventually(
      () => world.report('acme'),
      (r) => step(r)?.status === 'skipped',
    );
    expect(step(report)?.note).toContain('Saved as 50');
    await page.close();

    page = await world.open(SETTINGS);
    await clickText(page, 'td.rich-tab-header', 'Payment');
    const text = await waitForCard(page, 'billing-batch', (t) => t.includes('is kept'));
    expect(text).toContain('saved as 50');
    expect(text).not.toContain('Apply');
    expect(await field(page)).toBe('50');
  });
});

describe('Billing settings, auto-fill off', () => {
  it('an Apply button instead of filling; Apply fills 70', async () => {
    org('a');
    await world.ext.message({ type: 'settings:set', settings: { autofill: false } });
    const page = await world.open(SETTINGS);
    await clickText(page, 'td.rich-tab-header', 'Payment');
    await waitForCard(page, 'billing-batch', (t) => t.includes('Recommended batch size'));
    expect(await field(page)).toBe('');
    await clickOverlayButton(page, 'Apply');
    await waitForCard(page, 'billing-batch', (t) => t.includes('Batch size filled in'));
    expect(await field(page)).toBe('70');
  });
});
