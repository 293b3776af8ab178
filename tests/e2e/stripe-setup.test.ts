/**
 * `config-stripe-authorize`, the Payment Center trap and the finish line in Chromium against the
 * #18 replicas: the App Launcher hint, each stage of the Stripe setup app pointing at its button
 * without clicking it (the replica world shows no mode chosen and no sign-in started until the
 * test clicks), done on Authorized with the mode, the mode warnings by org kind, the Payment
 * Center's two warnings, an unrelated Lightning page that loads no feature chunk of these pages,
 * and a fully configured org in the popup, the report and the badge.
 */
import type { CDPSession, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/core/plan';
import type { Report } from '../../src/core/progress';
import {
  ACCOUNT_ID,
  BILLING_INSTALLED,
  CONNECTOR_INSTALLED,
  configWorld,
} from '../fixtures/salesforce/config-world-18';
import {
  badgeText,
  cardIds,
  cardText,
  clickText,
  eventually,
  openChanged,
  ringAround,
  searchAppLauncher,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();

const stripeApp = (variant: 'a' | 'b', org = 'acme', sandbox = false) => {
  const suffix = sandbox ? '.sandbox' : '';
  return variant === 'a'
    ? `https://${org}${suffix}.lightning.force.com/lightning/n/chrgx__Stripe_Setup`
    : `https://${org}${suffix}.my.salesforce.com/apex/chrgx__StripeSetup`;
};

const BUTTONS = 'button, input[type=submit]';
const submit = (page: Page, label: string) =>
  Promise.all([page.waitForNavigation(), clickText(page, BUTTONS, label)]);

const checkedModes = (page: Page) =>
  page.$$eval('input[type=radio]:checked', (radios) =>
    radios.map((r) => (r as HTMLInputElement).value),
  );

/** The extension's scripts this page has parsed (its content script and the chunks it loaded). */
async function trackScripts(page: Page): Promise<{ cdp: CDPSession; names: () => string[] }> {
  const cdp = await page.createCDPSession();
  const seen: string[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
    if (e.url.startsWith('chrome-extension://')) seen.push(e.url.replace(/^.*\/assets\//, ''));
  });
  await cdp.send('Debugger.enable');
  return { cdp, names: () => [...seen] };
}

describe.each(['a', 'b'] as const)('variant %s', (variant) => {
  it('the App Launcher search for Stripe names Stripe Payment Gateway Setup', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installed.push(CONNECTOR_INSTALLED);
    const page = await world.open('https://acme.lightning.force.com/lightning/page/home');
    await searchAppLauncher(page, 'stripe');
    const text = await waitForCard(page, 'stripe-launcher', (t) =>
      t.includes('Open Stripe Payment Gateway Setup'),
    );
    expect(text).toContain('Stripe Payment Gateway Setup');
    // Only pointed at: the launcher still shows, the page did not move.
    expect(new URL(page.url()).pathname).toBe('/lightning/page/home');
  });

  it('each stage points at its button and clicks nothing; Authorized marks the step done with the mode', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installed.push(CONNECTOR_INSTALLED);
    const stripe = configWorld(org).stripe;
    const page = await world.open(stripeApp(variant));
    const start = page.url();

    let card = await waitForCard(page, 'stripe-authorize', (t) => t.includes('Get Started'));
    expect(card).toContain('Click Get Started yourself');
    await eventually(() => ringAround(page, BUTTONS, 'Get Started'), Boolean);
    expect(page.url()).toBe(start);

    await submit(page, 'Get Started');
    card = await waitForCard(page, 'stripe-authorize', (t) => t.includes('then click Authorize'));
    // acme is a production org: Test Mode moves no money, going live means authorizing again.
    expect(card).toContain('Test Mode moves no money');
    expect(card).toContain('Click Authorize yourself');
    await eventually(() => ringAround(page, BUTTONS, 'Authorize'), Boolean);
    // The mode stays as the app drew it: none in a, Test Mode by default in b.
    expect(await checkedModes(page)).toEqual(variant === 'a' ? [] : ['TEST']);
    expect(stripe.mode).toBeNull();
    expect(stripe.signIns).toEqual([]);
    expect(new URL(page.url()).host).not.toBe('connect.stripe.com');

    await page.click('input[type=radio][value="test"], input[type=radio][value="TEST"]');
    await submit(page, 'Authorize');
    expect(new URL(page.url()).host).toBe('connect.stripe.com');
    await submit(page, 'Connect');
    card = await waitForCard(page, 'stripe-authorize', (t) =>
      t.includes('authorized in Test Mode'),
    );
    expect(card).toContain('This step is done');
    await eventually(() => ringAround(page, BUTTONS, 'Finish'), Boolean);

    const report = await eventually(
      () => world.report('acme'),
      (r: Report) => r.steps.find((s) => s.id === 'config-stripe-authorize')?.status === 'done',
    );
    const step = report.steps.find((s) => s.id === 'config-stripe-authorize');
    expect(step?.evidence?.stripeMode).toBe('test');
    expect(stripe.signIns).toEqual([{ mode: 'test', outcome: 'authorized' }]);
    expect(stripe.finished).toBe(false);
  });

  it('in a sandbox, choosing Live Mode warns that it charges real cards', async () => {
    const org = world.server.org('acme--uat');
    org.variant = variant;
    org.installed.push(CONNECTOR_INSTALLED);
    const page = await world.open(stripeApp(variant, 'acme--uat', true));
    await submit(page, 'Get Started');
    let card = await waitForCard(page, 'stripe-authorize', (t) =>
      t.includes('then click Authorize'),
    );
    expect(card).not.toContain('charges real cards');
    expect(card).not.toContain('Test Mode moves no money');
    await page.click('input[type=radio][value="live"], input[type=radio][value="LIVE"]');
    card = await waitForCard(page, 'stripe-authorize', (t) =>
      t.includes('Live Mode charges real cards'),
    );
    expect(card).toContain('chosen: Live Mode');
    expect(configWorld(org).stripe.signIns).toEqual([]);
  });

  it('the Payment Center warns about ACH and about saving and charging at once', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installed.push(BILLING_INSTALLED);
    const page = await world.open(
      `https://acme--blng.vf.force.com/apex/PaymentCenter?id=${ACCOUNT_ID}`,
    );
    if (variant === 'a') await page.click('input[type=radio][value="ACH"]');
    else await page.select('select[name="pc:type"]', 'ACH');
    const ach = await cardText(page, 'payment-center-ach');
    expect(ach).toContain('bank account must be verified first');
    expect(ach).toContain('New Payment Method ACH');
    await page.click('input[name="pc:charge"]');
    const charge = await cardText(page, 'payment-center-charge');
    expect(charge).toContain('cannot save a new payment method and charge it at once');
    expect(configWorld(org).paymentCenterSubmissions).toEqual([]);
  });
});

describe('changed markup', () => {
  it('the app titled but without its stage texts: said plainly once the page settled', async () => {
    const org = world.server.org('acme');
    org.variant = 'a';
    org.installed.push(CONNECTOR_INSTALLED);
    const page = await openChanged(world, stripeApp('a'), () => {
      document.querySelector('.slds-card__body')?.replaceChildren();
    });
    const card = await cardText(page, 'not-found');
    expect(card).toContain("the Stripe setup app's texts");
    expect(card).toContain('Get Started');
    expect(await cardIds(page)).not.toContain('stripe-authorize');
  });
});

describe('URL envelopes', () => {
  it('an unrelated Lightning page loads no feature chunk of these pages; the opened launcher loads its own', async () => {
    const org = world.server.org('acme');
    org.installed.push(CONNECTOR_INSTALLED, BILLING_INSTALLED);
    const page = await world.ext.browser.newPage();
    const scripts = await trackScripts(page);
    await page.goto('https://acme.lightning.force.com/lightning/page/home', { waitUntil: 'load' });
    // Positive sign first: the content script ran in this page.
    await eventually(
      async () => scripts.names(),
      (names) => names.some((n) => n.startsWith('src-content-index')),
    );
    await page.waitForFunction(() => document.readyState === 'complete');
    const feature = /^(app-launcher|stripe-setup-app|payment-center)-/;
    expect(scripts.names().filter((n) => feature.test(n))).toEqual([]);
    // The launcher opened: its content test passes and its chunk loads (the check can fail).
    await page.click('button[title="App Launcher"]');
    await eventually(
      async () => scripts.names(),
      (names) => names.some((n) => n.startsWith('app-launcher-')),
    );
    expect(scripts.names().filter((n) => /^(stripe-setup-app|payment-center)-/.test(n))).toEqual(
      [],
    );
    await scripts.cdp.detach();
  });

  it('a Lightning tab that is not the Stripe app loads none of its code; the Stripe app does', async () => {
    const org = world.server.org('acme');
    org.installed.push(CONNECTOR_INSTALLED);
    const other = await world.ext.browser.newPage();
    const otherScripts = await trackScripts(other);
    await other.goto('https://acme.lightning.force.com/lightning/n/Other_Tab', {
      waitUntil: 'load',
    });
    await eventually(
      async () => otherScripts.names(),
      (names) => names.some((n) => n.startsWith('src-content-index')),
    );
    const app = await world.ext.browser.newPage();
    const appScripts = await trackScripts(app);
    await app.goto(stripeApp('a'), { waitUntil: 'load' });
    await cardText(app, 'stripe-authorize');
    expect(appScripts.names().some((n) => n.startsWith('stripe-setup-app-'))).toBe(true);
    expect(otherScripts.names().filter((n) => n.startsWith('stripe-setup-app-'))).toEqual([]);
  });
});

describe('finish line', () => {
  it('a fully configured org: the popup and the report say so, with the evidence; the badge shows a check', async () => {
    world.server.org('acme').installed.push(CONNECTOR_INSTALLED);
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { nonAdminPayments: true, achPayments: true },
    });
    for (const step of STEP_IDS.filter((id) => id !== 'config-stripe-authorize'))
      await world.ext.message({ type: 'step:set', org: 'acme', step, status: 'done' });
    // The last step by observation: the setup app's System Connections shows Authorized.
    const page = await world.open(stripeApp('a'));
    await submit(page, 'Get Started');
    await page.click('input[type=radio][value="test"]');
    await submit(page, 'Authorize');
    await submit(page, 'Connect');
    await waitForCard(page, 'stripe-authorize', (t) => t.includes('authorized in Test Mode'));

    expect(await badgeText(world, page.url(), (text) => text === '✓')).toBe('✓');

    const popup = await world.ext.browser.newPage();
    await popup.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html?org=acme`);
    await popup.waitForSelector('[data-configured]');
    const notice = await popup.$eval('[data-configured]', (el) => el.textContent ?? '');
    expect(notice).toContain('This org is configured');
    expect(notice).toContain('Markdown report');
    const row = await popup.$eval('[data-step="config-stripe-authorize"]', (el) =>
      el.getAttribute('data-status'),
    );
    expect(row).toBe('done');
  });

  it('one required step open: no finish line', async () => {
    for (const step of STEP_IDS.filter((id) => id !== 'config-layout-order'))
      await world.ext.message({ type: 'step:set', org: 'acme', step, status: 'done' });
    const popup = await world.ext.browser.newPage();
    await popup.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html?org=acme`);
    await popup.waitForSelector('[data-step="config-layout-order"][data-status="pending"]');
    expect(await popup.$('[data-configured]')).toBeNull();
  });
});
