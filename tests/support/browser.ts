/**
 * Starts Debian's Chromium with the built extension (dist/) and Salesforce host names mapped
 * to the local replica server, so pages load at their real URLs and the manifest's own match
 * patterns decide where the content script runs.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page, type WebWorker } from 'puppeteer';

export const DIST = resolve(process.env.SFIG_DIST ?? resolve(import.meta.dirname, '../../dist'));
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * How Chromium is started for tests, the demo and the bench: extensions on (loaded over the
 * pipe), the replica server's self-signed certificate accepted, Salesforce host names mapped to
 * it, and no background traffic (this machine has no network beyond the package registries).
 */
export function chromiumLaunchOptions(
  userDataDir: string,
  resolverRules: string,
  headless = true,
  args: string[] = [],
): LaunchOptions {
  return {
    executablePath: CHROME_PATH,
    headless,
    pipe: true,
    enableExtensions: true,
    acceptInsecureCerts: true,
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${resolverRules}`,
      ...args,
    ],
  };
}

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** Opens an extension page (e.g. the popup) in a tab. */
  extensionPage(path?: string): Promise<Page>;
  /** Sends a runtime message from an extension page, as the popup does. */
  message<T = unknown>(message: unknown): Promise<T>;
  /** Empties the extension's local and session storage, from an extension page. */
  clearStorage(): Promise<void>;
  /** The service worker, started if it is stopped. */
  worker(): Promise<WebWorker>;
  /** Stops the service worker (as Chrome does when idle). */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  resolverRules: string;
  headless?: boolean;
  args?: string[];
}): Promise<ExtensionBrowser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROME_PATH}. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH).`,
    );
  }
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error('dist/ is not built: run `npm run build` first.');
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'sfig-chromium-'));
  const browser = await puppeteer.launch(
    chromiumLaunchOptions(
      userDataDir,
      options.resolverRules,
      options.headless ?? true,
      options.args,
    ),
  );
  const extensionId = await browser.installExtension(DIST);
  const origin = `chrome-extension://${extensionId}`;
  let messenger: Page | null = null;
  /** One extension page, opened once and reused, for messages and storage. */
  const messengerPage = async () => {
    if (!messenger || messenger.isClosed()) messenger = await api.extensionPage();
    return messenger;
  };

  const findWorker = async () => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(origin),
      { timeout: 10_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('service worker target has no worker');
    return worker;
  };

  const api: ExtensionBrowser = {
    browser,
    extensionId,
    async extensionPage(path = 'src/popup/index.html') {
      const page = await browser.newPage();
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async message<T>(message: unknown) {
      const from = await messengerPage();
      return (await from.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
    },
    async clearStorage() {
      // From an extension page, not the worker: a worker may be stopping when it is found.
      const from = await messengerPage();
      await from.evaluate(() =>
        Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]),
      );
    },
    async worker() {
      // Waking: any extension event starts it; opening an extension page is one.
      const existing = browser
        .targets()
        .find((t) => t.type() === 'service_worker' && t.url().startsWith(origin));
      if (!existing) await api.message({ type: 'settings:get' });
      return findWorker();
    },
    async stopWorker() {
      const target = browser
        .targets()
        .find((t) => t.type() === 'service_worker' && t.url().startsWith(origin));
      if (!target) return;
      // This worker must end; a new one may start at once (a tab finishing loading wakes it, as
      // in real use): what the tests check is that nothing is lost when it does. A worker busy
      // with an event may ignore the first request: ask again.
      for (let attempt = 0; attempt < 4; attempt++) {
        await (await target.worker())?.close().catch(() => undefined);
        const deadline = Date.now() + 2000;
        while (browser.targets().includes(target) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
        if (!browser.targets().includes(target)) return;
      }
      throw new Error('service worker did not stop');
    },
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return api;
}
