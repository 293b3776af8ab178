/**
 * The two picklist steps end to end (docs/salesforce/picklist-value-sets.md): the value set's
 * page (framed in Lightning Setup, and Classic alone) confirms the exact active values or names
 * the near miss; New types the values one per line, ticks the all-record-types box, rings Save
 * and never saves; with auto-fill off it waits for Apply.
 */
import type { Frame, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { VALUE_SET_GIVE_UP_MS } from '../../src/content/features/picklist-value-set';
import type { Report } from '../../src/core/progress';
import {
  BANK_ACCOUNT_TYPE_ID,
  GATEWAY_TYPE_ID,
  type PicklistValue,
  type ValueSet,
} from '../fixtures/salesforce/config-world';
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
const CLASSIC = 'https://acme.my.salesforce.com';
const NEW = '/setup/ui/picklist_masternew.jsp';
const framed = (id: string) =>
  `${SETUP}/lightning/setup/Picklists/page?address=${encodeURIComponent(`/${id}`)}`;
const step = (report: Report, id: string) => report.steps?.find((s) => s.id === id);

function valueSet(id: string): ValueSet {
  const set = world.server.org('acme').config.valueSets.find((s) => s.id === id);
  if (!set) throw new Error(`no value set ${id}`);
  return set;
}

const value = (label: string, apiName = label, active = true): PicklistValue => ({
  label,
  apiName,
  active,
});

async function rings(where: Page | Frame): Promise<number> {
  return where.evaluate(
    (root: ShadowRoot | null) => root?.querySelectorAll('.ring').length ?? -1,
    await overlayRoot(where),
  );
}

async function setFrame(page: Page, id: string): Promise<Frame> {
  return frameMatching(page, (url) => url.includes(`/${id}`) && url.includes('isdtp=p1'));
}

async function settled(id: string, status: string): Promise<Report> {
  return eventually(
    () => world.report('acme'),
    (r) => step(r, id)?.status === status,
  );
}

describe.each(['a', 'b'] as const)('Gateway Type value set (markup %s)', (variant) => {
  it('framed: no Stripe yet → pending, New ringed', async () => {
    world.server.org('acme').variant = variant;
    const page = await world.open(framed(GATEWAY_TYPE_ID));
    const frame = await setFrame(page, GATEWAY_TYPE_ID);
    const text = await cardText(frame, 'picklist-values');
    expect(text).toContain('Gateway Type has no active value Stripe yet.');
    expect(text).toContain('Click New to add: Stripe.');
    expect(await rings(frame)).toBe(1);
    const report = await eventually(
      () => world.report('acme'),
      (r) => Boolean(step(r, 'config-picklist-gatewaytype')?.note),
    );
    expect(step(report, 'config-picklist-gatewaytype')?.status).toBe('pending');
  });

  it('Classic: Stripe active → done', async () => {
    world.server.org('acme').variant = variant;
    valueSet(GATEWAY_TYPE_ID).values.push(value('Stripe'));
    const page = await world.open(`${CLASSIC}/${GATEWAY_TYPE_ID}`);
    const text = await cardText(page, 'picklist-values');
    expect(text).toContain('Gateway Type has the active values Stripe.');
    expect(await rings(page)).toBe(0);
    const report = await settled('config-picklist-gatewaytype', 'done');
    expect(
      step(report, 'config-picklist-gatewaytype')?.evidence?.values?.['Gateway Type'],
    ).toContain('"Stripe"');
  });
});

describe('Gateway Type near misses', () => {
  it.each([
    [value('stripe'), 'letter case differs'],
    [value('Stripe ', 'Stripe '), 'extra spaces'],
    [value('Stripe (Universal Extension)'), "the value of Stripe's other product"],
    [value('Stripe', 'Stripe_Gateway'), 'its API name is "Stripe_Gateway"'],
  ])('%j is named as a near miss', async (shown, words) => {
    valueSet(GATEWAY_TYPE_ID).values.push(shown);
    const page = await world.open(framed(GATEWAY_TYPE_ID));
    const frame = await setFrame(page, GATEWAY_TYPE_ID);
    const text = await cardText(frame, 'picklist-values');
    expect(text).toContain(words);
    const report = await eventually(
      () => world.report('acme'),
      (r) => Boolean(step(r, 'config-picklist-gatewaytype')?.note),
    );
    expect(step(report, 'config-picklist-gatewaytype')?.status).not.toBe('done');
    expect(step(report, 'config-picklist-gatewaytype')?.note).toContain(words);
  });

  it('an inactive value does not count', async () => {
    valueSet(BANK_ACCOUNT_TYPE_ID).values.push(
      value('Individual'),
      value('Company', 'Company', false),
    );
    const page = await world.open(`${CLASSIC}/${BANK_ACCOUNT_TYPE_ID}`);
    const text = await cardText(page, 'picklist-values');
    expect(text).toContain('Company is among the inactive values of Bank Account Type');
    await settled('config-picklist-bankaccounttype', 'in-progress');
  });
});

describe.each(['a', 'b'] as const)('Values column headed otherwise (markup %s)', (variant) => {
  /** Gateway Type with Stripe active, its value column headed `header`, framed in Setup. */
  async function stripeUnder(header: string): Promise<Frame> {
    const org = world.server.org('acme');
    org.variant = variant;
    org.config.valuesHeader = header;
    valueSet(GATEWAY_TYPE_ID).values.push(value('Stripe'));
    const page = await world.open(framed(GATEWAY_TYPE_ID));
    return setFrame(page, GATEWAY_TYPE_ID);
  }

  it('headed "Label" (a variant read too): Stripe is read → done', async () => {
    const frame = await stripeUnder('Label');
    expect(
      await frame.$$eval('th[scope="col"]', (ths) => ths.map((th) => th.textContent)),
    ).toContain('Label');
    const text = await cardText(frame, 'picklist-values');
    expect(text).toContain('Gateway Type has the active values Stripe.');
    expect(await rings(frame)).toBe(0);
    await settled('config-picklist-gatewaytype', 'done');
  });

  it('a header it does not know: the not-found card, never "no Stripe"', async () => {
    const frame = await stripeUnder('Picklist Value');
    const text = await cardText(frame, 'not-found', VALUE_SET_GIVE_UP_MS + 2000);
    expect(text).toContain('Could not find the entries of the Values list');
    expect(text).toContain('a column headed "Values", "Value", "Label" in the "Values" list');
    expect(await cardIds(frame)).not.toContain('picklist-values');
    const report = await world.report('acme');
    expect(step(report, 'config-picklist-gatewaytype')?.status).not.toBe('done');
    expect(step(report, 'config-picklist-gatewaytype')?.note ?? '').not.toContain('Stripe');
  });
});

describe.each(['a', 'b'] as const)('New on Bank Account Type (markup %s)', (variant) => {
  it('types the values, ticks the box, rings Save and never saves', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    const page = await world.open(framed(BANK_ACCOUNT_TYPE_ID));
    const frame = await setFrame(page, BANK_ACCOUNT_TYPE_ID);
    await cardText(frame, 'picklist-values');
    // The admin clicks New, as a person does.
    await frame.$eval('input[name="new"]', (b) => (b as HTMLInputElement).click());
    const form = await frameMatching(page, (url) => url.includes(NEW));
    const text = await waitForCard(form, 'picklist-new', (t) => t.includes('Typed'));
    expect(text).toContain('Typed Individual, Company, one per line');
    expect(await form.$eval('textarea', (a) => (a as HTMLTextAreaElement).value)).toBe(
      'Individual\nCompany',
    );
    expect(await form.$eval('input[type="checkbox"]', (b) => (b as HTMLInputElement).checked)).toBe(
      true,
    );
    expect(await rings(form)).toBeGreaterThanOrEqual(1);
    expect(org.config.saves).toEqual([]);
    expect(valueSet(BANK_ACCOUNT_TYPE_ID).values).toEqual([]);

    // Only the admin's Save adds them; the value set's page then confirms the step.
    await form.$eval('input[name="save"]', (b) => (b as HTMLInputElement).click());
    await eventually(
      async () => org.config.saves.length,
      (n) => n === 1,
    );
    expect(org.config.saves[0]?.detail).toBe(
      'Bank Account Type: Individual, Company (all record types)',
    );
    await settled('config-picklist-bankaccounttype', 'done');
  });
});

describe('New with auto-fill off', () => {
  it('types only when Apply is clicked, and only the value still missing', async () => {
    await world.ext.message({ type: 'settings:set', settings: { autofill: false } });
    valueSet(GATEWAY_TYPE_ID).values.push(value('Stripe (Universal Extension)'));
    const page = await world.open(`${CLASSIC}/${GATEWAY_TYPE_ID}`);
    await cardText(page, 'picklist-values');
    await page.goto(`${CLASSIC}${NEW}?id=${GATEWAY_TYPE_ID}`, { waitUntil: 'load' });
    const text = await waitForCard(page, 'picklist-new', (t) => t.includes('Type Stripe'));
    expect(text).toContain('Type Stripe, one per line, and tick Add the new picklist values');
    const area = () => page.$eval('textarea', (a) => (a as HTMLTextAreaElement).value);
    expect(await area()).toBe('');
    await clickOverlayButton(page, 'Apply');
    await eventually(area, (v) => v === 'Stripe');
    expect(world.server.org('acme').config.saves).toEqual([]);
  });
});
