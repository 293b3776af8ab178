/**
 * `npm run demo`: the extension on the bundled replica org `acme`, at the start of the sequence.
 * With a display it opens Chromium for you to click through every step as in a real org; with
 * none (or --headless) it walks the sequence itself and writes a screenshot of each step.
 *
 *   npm run demo                      # interactive (needs a display)
 *   npm run demo -- --headless        # walk it, screenshots to demo-output/
 *   npm run demo -- --headless --out docs/screenshots --no-build
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Frame, Page } from 'puppeteer';
import { BILLING_ID, CPQ_ID, STRIPE_ID } from '../tests/fixtures/salesforce/catalog';
import { CPQ_LICENSE, DEFAULT_USER_ID } from '../tests/fixtures/salesforce/state';
import { CHROME_PATH, DIST, launchWithExtension } from '../tests/support/browser';
import { startReplicaServer } from '../tests/support/replica-server';

const { values: args } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo-output' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '0' },
  },
});

const ORG = 'acme';
const SETUP = `https://${ORG}.my.salesforce-setup.com`;
const CLASSIC = `https://${ORG}.my.salesforce.com`;
const START = `${SETUP}/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`)}`;
const install = (p0: string) => `${CLASSIC}/packaging/installPackage.apexp?p0=${p0}`;

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

async function main() {
  if (!existsSync(CHROME_PATH)) {
    fail(
      `Chromium not found at ${CHROME_PATH}.\n  Install it: sudo apt-get install -y chromium\n  or point CHROME_PATH at a Chromium/Chrome binary.`,
    );
  }
  if (!args['no-build']) {
    console.log('Building the extension into dist/ …');
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) fail('the build failed (see above).');
  } else if (!existsSync(resolve(DIST, 'manifest.json'))) {
    fail('dist/ is not built: run without --no-build.');
  }

  const port = Number(args.port);
  const server = await startReplicaServer({ port }).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${port} is taken: choose another with --port N.`
        : String(error),
    ),
  );
  const org = server.org(ORG);
  org.installDurationMs = 400;
  const headless = args.headless || !process.env.DISPLAY;
  const ext = await launchWithExtension({ resolverRules: server.resolverRules, headless });
  const shutdown = async () => {
    await ext.close().catch(() => undefined);
    await server.close();
  };

  if (!headless) {
    console.log(
      `Replica org "${ORG}" served locally; Salesforce host names map to 127.0.0.1:${server.port}.`,
    );
    console.log(
      'Chromium is open at the start of the sequence. Close it (or press Ctrl+C) to stop.',
    );
    const page = await ext.browser.newPage();
    await page.goto(START);
    process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
    ext.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
    return;
  }

  const out = resolve(args.out);
  await mkdir(out, { recursive: true });
  let n = 0;
  const shot = async (where: Page, name: string) => {
    await new Promise((r) => setTimeout(r, 400)); // let the overlay settle and the ring pulse
    const file = resolve(out, `${String(++n).padStart(2, '0')}-${name}.png`);
    await where.screenshot({ path: file });
    console.log(`  ${file}`);
  };
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });

  console.log(`Walking the sequence on the replica org "${ORG}"; screenshots in ${out}:`);
  // 1. The installing user's licence.
  await page.goto(START, { waitUntil: 'load' });
  const userFrame = await frameOf(page, `/${DEFAULT_USER_ID}`);
  await card(userFrame, 'license');
  await shot(page, 'license-missing');
  org.users[DEFAULT_USER_ID]?.licenses.push(CPQ_LICENSE);
  await page.reload({ waitUntil: 'load' });
  await card(
    await frameOf(page, `/${DEFAULT_USER_ID}`),
    'license',
    'has the Salesforce CPQ License',
  );

  // 2. Salesforce CPQ, for All Users, with third-party access.
  await installPackage(page, CPQ_ID, 'install-cpq', shot);

  // 3. Installed Packages confirms it.
  await page.goto(`${SETUP}/lightning/setup/ImportedPackage/home`, { waitUntil: 'load' });
  await card(await frameOf(page, '/0A3?'), 'installed-packages', '1 of 3');
  await shot(page, 'installed-packages-cpq');

  // 4. CPQ settings: authorize the calculation service, then the Order defaults.
  await page.goto(`https://${ORG}--sbqq.vf.force.com/apex/EditSettings`, { waitUntil: 'load' });
  await clickText(page, 'td.rich-tab-header', 'Pricing and Calculation');
  await card(page, 'calc-service', 'Authorize the CPQ calculation service');
  await shot(page, 'cpq-authorize');
  const popupTarget = ext.browser.waitForTarget((t) =>
    t.url().includes('RemoteAccessAuthorizationPage'),
  );
  await clickText(page, 'a', 'Authorize new calculation service');
  const popup = await (await popupTarget).page();
  if (popup) {
    await card(popup, 'authorize');
    await popup.setViewport({ width: 620, height: 640 });
    await shot(popup, 'cpq-allow');
    await Promise.all([page.waitForNavigation(), clickText(popup, 'input, button', 'Allow')]);
  }
  await clickText(page, 'td.rich-tab-header', 'Pricing and Calculation');
  await clickText(page, 'td.rich-tab-header', 'Order');
  await card(page, 'order', 'filled in');
  await shot(page, 'cpq-order-defaults');
  await Promise.all([page.waitForNavigation(), clickText(page, 'input[type=submit]', 'Save')]);
  await card(page, 'order', 'Order defaults are set');

  // 5. Salesforce Billing, then 6. the Stripe connector (Admins Only).
  await installPackage(page, BILLING_ID, 'install-billing', shot);
  await page.goto(`${SETUP}/lightning/setup/ImportedPackage/home`, { waitUntil: 'load' });
  await card(await frameOf(page, '/0A3?'), 'installed-packages', '2 of 3');
  await installPackage(page, STRIPE_ID, 'install-stripe', shot);
  await page.goto(`${SETUP}/lightning/setup/ImportedPackage/home`, { waitUntil: 'load' });
  await card(await frameOf(page, '/0A3?'), 'installed-packages', 'All three');
  await shot(page, 'installed-packages-all');

  // The popup's checklist and report.
  const popupPage = await ext.extensionPage(`src/popup/index.html?org=${ORG}`);
  await popupPage.setViewport({ width: 360, height: 600 });
  await popupPage.waitForSelector('[data-org]');
  await shot(popupPage, 'popup');
  const report = await ext.message<{
    summary: { done: number; total: number };
    steps: { id: string; status: string }[];
  }>({
    type: 'report:get',
    org: ORG,
  });
  console.log(
    `Progress of ${ORG}: ${report.summary.done}/${report.summary.total} (${report.steps.map((s) => `${s.id} ${s.status}`).join(', ')})`,
  );
  await shutdown();
  console.log('Done.');
}

type Shot = (where: Page, name: string) => Promise<void>;

async function installPackage(page: Page, p0: string, name: string, shot: Shot) {
  await page.goto(install(p0), { waitUntil: 'load' });
  await card(page, 'install', 'Next: click');
  await shot(page, name);
  await clickText(page, 'button', 'Install');
  await card(page, 'third-party', 'Approve Third-Party Access');
  if (name === 'install-cpq') await shot(page, 'third-party-access');
  await clickText(page, 'button, input', 'Continue');
  await card(page, 'outcome');
}

async function frameOf(page: Page, part: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes(part));
    if (frame) return frame;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no frame with ${part}`);
}

async function card(where: Page | Frame, id: string, text = '') {
  await where.waitForFunction(
    (cardId, wanted) => {
      const el = document
        .querySelector('sf-install-guide')
        ?.shadowRoot?.querySelector(`[data-card="${cardId}"]`);
      return el && (el.textContent ?? '').includes(wanted);
    },
    { timeout: 15_000 },
    id,
    text,
  );
}

async function clickText(where: Page, selector: string, text: string) {
  const handle = await where.waitForFunction(
    (sel, label) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find(
        (el) =>
          ((el as HTMLInputElement).value || el.textContent || '').replace(/\s+/g, ' ').trim() ===
            label && el.getClientRects().length > 0,
      ) ?? false,
    { timeout: 15_000 },
    selector,
    text,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}

main().catch((error) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
