/**
 * `npm run demo`: the extension on the bundled replica org `acme`, at the start of the sequence.
 * With a display it opens Chromium for you to click through every step as in a real org; with
 * none (or --headless) it walks the install sequence itself, then visits the configuration
 * phase's pages, and writes a screenshot of each step.
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
import type { Page } from 'puppeteer';
import { DEFAULT_USER_ID } from '../tests/fixtures/salesforce/state';
import { CHROME_PATH, DIST, launchWithExtension } from '../tests/support/browser';
import { startReplicaServer } from '../tests/support/replica-server';
import { walkSequence } from '../tests/support/walk';
import { walkConfiguration } from '../tests/support/walk-configure';

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
const START = `${SETUP}/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`)}`;

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
  console.log(`Walking the sequence on the replica org "${ORG}"; screenshots in ${out}:`);
  await walkSequence(ext, server, { org: ORG, shot });
  // Then the configuration phase's pages, each with the guide's card.
  await walkConfiguration(ext, ORG, shot);

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

main().catch((error) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
