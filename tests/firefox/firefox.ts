/**
 * Starts Debian's Firefox ESR with the Firefox build (dist-firefox/) over WebDriver BiDi, every
 * HTTPS connection sent to the local replica server.
 *
 * Firefox has no `--host-resolver-rules`. Instead it is given an HTTPS proxy (a few lines of
 * CONNECT tunnel, below) that connects every tunnel, whatever host it names, to the replica
 * server; Firefox still speaks TLS to the real host name inside the tunnel (SNI and Host header),
 * so the replica routes as it does for Chromium and pages load at their real URLs. The machine has
 * no other network, so nothing else is lost by tunnelling everything.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { GECKO_ID } from '../../scripts/firefox-manifest';

export const DIST_FIREFOX = resolve(
  process.env.SFIG_DIST_FIREFOX ?? resolve(import.meta.dirname, '../../dist-firefox'),
);
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned moz-extension:// host (pref `extensions.webextensions.uuids`), so tests can open the popup. */
export const EXTENSION_UUID = '5f1d7c4e-2b8a-4c39-9e61-0a7d3b2c8f15';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The id Firefox reports for the installed add-on (the manifest's gecko id). */
  addonId: string;
  /** Opens an extension page (e.g. the popup) in a tab. */
  extensionPage(path?: string): Promise<Page>;
  /** Sends a runtime message from an extension page, as the popup does. */
  message<T = unknown>(message: unknown): Promise<T>;
  close(): Promise<void>;
}

/** An HTTP proxy that answers CONNECT only, tunnelling every connection to 127.0.0.1:port. */
async function startTunnel(port: number): Promise<{ port: number; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    res.writeHead(405).end();
  });
  server.on('connect', (_req, client: Socket, head: Buffer) => {
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  server.on('close', () => {
    for (const s of sockets) s.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as { port: number }).port, server };
}

export async function launchFirefoxWithExtension(options: {
  /** the replica server's port */
  replicaPort: number;
  headless?: boolean;
}): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`,
    );
  }
  if (!existsSync(resolve(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error('dist-firefox/ is not built: run `npm run build:firefox` first.');
  }
  const tunnel = await startTunnel(options.replicaPort);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      // WebDriver BiDi navigates only to http(s), file and blob URLs unless system access is on:
      // the popup is a moz-extension:// page.
      args: ['-remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': tunnel.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
  } catch (error) {
    tunnel.server.close();
    throw error;
  }
  let addonId: string;
  try {
    addonId = await browser.installExtension(DIST_FIREFOX);
  } catch (error) {
    await browser.close();
    tunnel.server.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  let messenger: Page | null = null;

  const api: FirefoxWithExtension = {
    browser,
    addonId,
    async extensionPage(path = 'src/popup/index.html') {
      const page = await browser.newPage();
      const url = `${origin}/${path}`;
      // Firefox sends no BiDi navigation events for moz-extension:// documents, so `goto` would
      // wait for its timeout: start the navigation, then wait for the document itself.
      page.goto(url, { timeout: 15_000 }).catch(() => {});
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ready = await page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async message<T>(message: unknown) {
      if (!messenger || messenger.isClosed()) messenger = await api.extensionPage();
      return (await messenger.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
    },
    async close() {
      await browser.close();
      await new Promise((done) => tunnel.server.close(done));
    },
  };
  return api;
}
