/**
 * Starts Debian's Chromium for the bench, with or without the built extension, modelled on
 * tests/support/browser.ts: same flags, Salesforce hosts mapped to the replica server. The
 * extension is loaded from a bench build folder (dist-bench/), never from dist/, so a bench run
 * never disturbs e2e tests running at the same time.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page, type WebWorker } from 'puppeteer';
import { CHROME_PATH, chromiumLaunchOptions } from '../tests/support/browser';

export { CHROME_PATH };

export interface BenchBrowser {
  label: 'with' | 'without' | 'floor';
  browser: Browser;
  /** null when started without the extension */
  extensionId: string | null;
  /** The one tab the storm runs are measured in. */
  page: Page;
  /** Sends a runtime message from an extension page, as the popup does. */
  message<T = unknown>(message: unknown): Promise<T>;
  /** An extension page (the popup), opened once and reused. */
  extensionPage(): Promise<Page>;
  /** The extension's service worker (started if stopped). */
  worker(): Promise<WebWorker>;
  close(): Promise<void>;
}

export async function launchBench(options: {
  label: 'with' | 'without' | 'floor';
  resolverRules: string;
  /** the built extension to load; null for the browser without it */
  extensionDir: string | null;
}): Promise<BenchBrowser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH} (set CHROME_PATH).`);
  }
  if (options.extensionDir && !existsSync(join(options.extensionDir, 'manifest.json'))) {
    throw new Error(`${options.extensionDir} holds no built extension.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), `sfig-bench-${options.label}-`));
  const browser = await puppeteer.launch(chromiumLaunchOptions(userDataDir, options.resolverRules));
  const extensionId = options.extensionDir
    ? await browser.installExtension(options.extensionDir)
    : null;
  const origin = extensionId ? `chrome-extension://${extensionId}` : '';
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  let messenger: Page | null = null;

  const requireExtension = () => {
    if (!extensionId) throw new Error(`the ${options.label} browser has no extension`);
  };
  const isWorker = (t: { type(): string; url(): string }) =>
    t.type() === 'service_worker' && t.url().startsWith(origin);

  const api: BenchBrowser = {
    label: options.label,
    browser,
    extensionId,
    page,
    async extensionPage() {
      requireExtension();
      if (!messenger || messenger.isClosed()) {
        messenger = await browser.newPage();
        await messenger.goto(`${origin}/src/popup/index.html`);
      }
      return messenger;
    },
    async message<T>(message: unknown) {
      const from = await api.extensionPage();
      return (await from.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
    },
    async worker() {
      requireExtension();
      if (!browser.targets().some(isWorker)) await api.message({ type: 'settings:get' });
      const target = await browser.waitForTarget(isWorker, { timeout: 10_000 });
      const worker = await target.worker();
      if (!worker) throw new Error('service worker target has no worker');
      return worker;
    },
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return api;
}

/**
 * The "without" arm inside the same Chromium as `of`: an off-the-record browser context, where
 * the extension is not allowed (Chrome enables extensions in incognito only when the user says
 * so), so it injects nothing there and hears none of its tabs' events. Both arms then share one
 * browser process, GPU process and network service; only the context differs, which an A/A run
 * (`--aa --same-browser`: no extension anywhere) measures on its own.
 */
export async function offTheRecordArm(of: BenchBrowser): Promise<BenchBrowser> {
  const context: BrowserContext = await of.browser.createBrowserContext();
  const page = await context.newPage();
  const none = () => {
    throw new Error('the off-the-record arm has no extension');
  };
  return {
    label: 'without',
    browser: of.browser,
    extensionId: null,
    page,
    extensionPage: none,
    message: none,
    worker: none,
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}
