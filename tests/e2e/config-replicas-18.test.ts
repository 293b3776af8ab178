/**
 * The #18 replicas behave in Chromium (with the extension loaded) as their unit-tested states
 * assume: the waffle opens the App Launcher and its search keeps only the matching apps, an
 * overflow menu gets its items only once clicked open, and Authorize goes through the Stripe
 * sign-in stand-in on connect.stripe.com and comes back to System Connections, Authorized.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import {
  CONNECTOR_INSTALLED,
  configureLayouts,
  configWorld,
  PAYMENT_ID,
} from '../fixtures/salesforce/config-world-18';
import { clickText, searchAppLauncher, useWorld } from '../support/harness';

const world = useWorld();

const pageErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { __replicaErrors: string[] }).__replicaErrors);

describe.each(['a', 'b'] as const)('variant %s', (variant) => {
  it('the App Launcher opens on the waffle and its search keeps the Stripe apps', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installed.push(CONNECTOR_INSTALLED);
    const page = await world.open('https://acme.lightning.force.com/lightning/page/home');
    await searchAppLauncher(page, 'stripe');
    const shown = await page.waitForFunction(() => {
      const names = [...document.querySelectorAll('[data-name], [data-label]')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => el.getAttribute('data-name') ?? el.getAttribute('data-label'));
      return names.length === 2 ? names : null;
    });
    expect(await shown.jsonValue()).toEqual(['Stripe Payment Gateway Setup', 'Stripe Payments']);
    expect(await pageErrors(page)).toEqual([]);
  });

  it('an overflow menu holds its items only once opened', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    configureLayouts(configWorld(org));
    configWorld(org).layouts.visibleActions = 1;
    const page = await world.open(
      `https://acme.lightning.force.com/lightning/r/blng__Payment__c/${PAYMENT_ID}/view`,
    );
    const items = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[role="menuitem"]')].map((el) => el.textContent),
      );
    expect(await items()).toEqual([]);
    const inMenu = await page.$eval('lightning-button-menu', (m) =>
      JSON.parse(m.getAttribute('data-menu-items') ?? '[]'),
    );
    // a puts the added Refund last, b first: in the menu only for a
    expect(inMenu.includes('Refund')).toBe(variant === 'a');
    await page.click('lightning-button-menu > button');
    await page.waitForSelector('[role="menuitem"]', { visible: true });
    expect(await items()).toEqual(inMenu);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[role="menuitem"]') === null);
    expect(await pageErrors(page)).toEqual([]);
  });

  it('Authorize goes to the Stripe sign-in stand-in and back to System Connections, Authorized', async () => {
    const org = world.server.org('acme');
    org.variant = variant;
    org.installed.push(CONNECTOR_INSTALLED);
    const start =
      variant === 'a'
        ? 'https://acme.lightning.force.com/lightning/n/chrgx__Stripe_Setup'
        : 'https://acme.my.salesforce.com/apex/chrgx__StripeSetup';
    const page = await world.open(start);
    await Promise.all([
      page.waitForNavigation(),
      clickText(page, 'button, input[type=submit]', 'Get Started'),
    ]);
    await page.click('input[type=radio][value="test"], input[type=radio][value="TEST"]');
    await Promise.all([
      page.waitForNavigation(),
      clickText(page, 'button, input[type=submit]', 'Authorize'),
    ]);
    expect(new URL(page.url()).host).toBe('connect.stripe.com');
    await Promise.all([page.waitForNavigation(), clickText(page, 'button', 'Connect')]);
    await page.waitForFunction(() => document.body.textContent?.includes('System Connections'));
    const status = await page.evaluate(() =>
      [...document.querySelectorAll('lightning-badge, .status')].map((el) => el.textContent),
    );
    expect(status[0]).toBe('Authorized');
    expect(configWorld(org).stripe.signIns).toEqual([{ mode: 'test', outcome: 'authorized' }]);
  });
});
