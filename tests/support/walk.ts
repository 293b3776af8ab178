/**
 * The whole install sequence walked on the replica org as an admin would: used by `npm run
 * demo` (screenshots) and by the e2e test that stops the service worker between steps.
 */
import type { Page } from 'puppeteer';
import { BILLING_ID, CPQ_ID, STRIPE_ID } from '../fixtures/salesforce/catalog';
import { CPQ_LICENSE, DEFAULT_USER_ID } from '../fixtures/salesforce/state';
import type { ExtensionBrowser } from './browser';
import { card, clickText, frameOf } from './page-actions';
import type { ReplicaServer } from './replica-server';

export interface WalkOptions {
  org?: string;
  /** Called at each step with a page worth a picture and its name. */
  shot?: (where: Page, name: string) => Promise<void>;
  /** Called between every two steps (the restart test stops the worker here). */
  between?: (step: string) => Promise<void>;
  /**
   * Which installer the org shows: the Aura installer of Lightning-era orgs (the Classic entry
   * point redirects there; the default), or the Classic installer page.
   */
  installer?: 'aura' | 'classic';
}

export async function walkSequence(
  ext: ExtensionBrowser,
  server: ReplicaServer,
  options: WalkOptions = {},
) {
  const ORG = options.org ?? 'acme';
  const SETUP = `https://${ORG}.my.salesforce-setup.com`;
  const CLASSIC = `https://${ORG}.my.salesforce.com`;
  const shot = options.shot ?? (async () => undefined);
  const between = options.between ?? (async () => undefined);
  const org = server.org(ORG);
  org.installDurationMs = Math.min(org.installDurationMs, 400);
  org.auraInstaller = (options.installer ?? 'aura') === 'aura';
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const installedPackages = async (expect: string, name?: string) => {
    await page.goto(`${SETUP}/lightning/setup/ImportedPackage/home`, { waitUntil: 'load' });
    await card(await frameOf(page, '/0A3?'), 'installed-packages', expect);
    if (name) await shot(page, name);
  };
  const installPackage = async (p0: string, name: string) => {
    // The link the admin follows; a Lightning-era org sends it on to the Aura installer.
    await page.goto(`${CLASSIC}/packaging/installPackage.apexp?p0=${p0}`, { waitUntil: 'load' });
    await card(page, 'install', 'Next: click');
    await shot(page, name);
    await clickText(page, 'button', 'Install');
    await card(page, 'third-party', 'Approve Third-Party Access');
    if (name === 'install-cpq') await shot(page, 'third-party-access');
    await clickText(page, 'button, input', 'Continue');
    await card(page, 'outcome');
  };

  // 1. The installing user's licence.
  const userPage = `${SETUP}/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`)}`;
  await page.goto(userPage, { waitUntil: 'load' });
  await card(await frameOf(page, `/${DEFAULT_USER_ID}`), 'license');
  await shot(page, 'license-missing');
  org.users[DEFAULT_USER_ID]?.licenses.push(CPQ_LICENSE);
  await page.reload({ waitUntil: 'load' });
  await card(
    await frameOf(page, `/${DEFAULT_USER_ID}`),
    'license',
    'has the Salesforce CPQ License',
  );
  await between('cpq-license');

  // 2. Salesforce CPQ for All Users, with third-party access; 3. Installed Packages confirms it.
  await installPackage(CPQ_ID, 'install-cpq');
  await between('cpq-install submitted');
  await installedPackages('1 of 3', 'installed-packages-cpq');
  await between('cpq-install');

  // 4. CPQ settings: authorize the calculation service, then the Order defaults.
  await page
    .goto(`https://${ORG}--sbqq.vf.force.com/apex/EditSettings`, { waitUntil: 'load' })
    .catch((error: unknown) => {
      throw new Error(`the CPQ settings page did not load: ${error}`);
    });
  await clickText(page, 'td.rich-tab-header', 'Pricing and Calculation');
  await card(page, 'calc-service', 'Authorize the CPQ calculation service');
  await shot(page, 'cpq-authorize');
  // The tab's content may still be re-rendering when the link is first found: a click on the
  // element it replaced opens nothing, and the admin would click again.
  let popupTarget = null;
  for (let attempt = 0; attempt < 3 && !popupTarget; attempt++) {
    const opened = ext.browser
      .waitForTarget((t) => t.url().includes('RemoteAccessAuthorizationPage'), { timeout: 7000 })
      .catch(() => null);
    await clickText(page, 'a', 'Authorize new calculation service');
    popupTarget = await opened;
  }
  if (!popupTarget) throw new Error('the authorization window never opened');
  const popup = await popupTarget.page();
  if (!popup) throw new Error('the authorization window did not open');
  await card(popup, 'authorize');
  await popup.setViewport({ width: 620, height: 640 });
  await shot(popup, 'cpq-allow');
  await Promise.all([page.waitForNavigation(), clickText(popup, 'input, button', 'Allow')]);
  await page.bringToFront(); // the window closed: the admin is back on the settings page
  await clickText(page, 'td.rich-tab-header', 'Pricing and Calculation');
  await stepDone(ext, ORG, 'cpq-calculation-service');
  await between('cpq-calculation-service');
  // Asking the worker may have opened an extension tab: a page in the background renders no
  // frames, and a click waits for one.
  await page.bringToFront();
  await clickText(page, 'td.rich-tab-header', 'Order');
  await card(page, 'order', 'filled in');
  await shot(page, 'cpq-order-defaults');
  await Promise.all([page.waitForNavigation(), clickText(page, 'input[type=submit]', 'Save')]);
  await card(page, 'order', 'Order defaults are set');
  await between('cpq-order-defaults');

  // 5. Salesforce Billing, confirmed; 6. the Stripe connector (Admins Only), confirmed.
  await installPackage(BILLING_ID, 'install-billing');
  await between('billing-install submitted');
  await installedPackages('2 of 3');
  await between('billing-install');
  await installPackage(STRIPE_ID, 'install-stripe');
  await between('stripe-install submitted');
  await installedPackages('All three', 'installed-packages-all');
  await page.close();
}

/** Waits until the worker reports the step done (the page has nothing more to show for it). */
async function stepDone(ext: ExtensionBrowser, org: string, step: string) {
  for (let i = 0; i < 100; i++) {
    const report = await ext.message<{ steps?: { id: string; status: string }[] }>({
      type: 'report:get',
      org,
    });
    if (report.steps?.find((s) => s.id === step)?.status === 'done') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${step} never became done`);
}
