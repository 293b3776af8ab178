/**
 * The configuration phase's pages visited on the replica org after the install walk, each until
 * the guide's card shows: used by `npm run demo` for its screenshots (README, "Screenshots").
 * Only looks: what each page confirms is asserted by its own e2e file (tests/e2e/).
 */
import type { Page } from 'puppeteer';
import { GATEWAY_TYPE_ID } from '../fixtures/salesforce/config-world';
import { DEFAULT_USER_ID } from '../fixtures/salesforce/state';
import type { ExtensionBrowser } from './browser';
import { card, frameOf } from './page-actions';

export async function walkConfiguration(
  ext: ExtensionBrowser,
  org: string,
  shot: (where: Page, name: string) => Promise<void>,
): Promise<void> {
  const setup = `https://${org}.my.salesforce-setup.com`;
  const framed = (area: string, address: string) =>
    `${setup}/lightning/setup/${area}/page?address=${encodeURIComponent(address)}`;
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });

  // Permission sets on the admin's own user page (Setup → Users, framed).
  await page.goto(
    framed('ManageUsers', `/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`),
    { waitUntil: 'load' },
  );
  await card(await frameOf(page, `/${DEFAULT_USER_ID}`), 'permsets');
  await shot(page, 'config-permission-sets');

  // An object's Page Layouts tab, then its Page Layout Assignment.
  await page.goto(`${setup}/lightning/setup/ObjectManager/Account/PageLayouts/view`, {
    waitUntil: 'load',
  });
  await card(page, 'layouts-tab');
  await shot(page, 'config-page-layouts');
  await page.goto(framed('ObjectManager', '/ui/setup/layout/PageLayoutAssignment?type=Account'), {
    waitUntil: 'load',
  });
  await card(await frameOf(page, '/ui/setup/layout/PageLayoutAssignment'), 'layout-assignment');
  await shot(page, 'config-layout-assignment');

  // The Gateway Type value set.
  await page.goto(framed('Picklists', `/${GATEWAY_TYPE_ID}`), { waitUntil: 'load' });
  await card(await frameOf(page, `/${GATEWAY_TYPE_ID}`), 'picklist-values');
  await shot(page, 'config-picklist-values');

  // The Stripe connector's setup app (a Lightning tab in this replica).
  await page.goto(`https://${org}.lightning.force.com/lightning/n/chrgx__Stripe_Setup`, {
    waitUntil: 'load',
  });
  await card(page, 'stripe-authorize');
  await shot(page, 'config-stripe-authorize');
  await page.close();
}
