/**
 * The Firefox build (dist-firefox/) in Debian's Firefox ESR over WebDriver BiDi: it installs, its
 * content script runs at real Salesforce URLs in every frame (replica server behind a CONNECT
 * tunnel, see ./firefox.ts), the overlay appears, the background script (a module event page in
 * Firefox, a service worker in Chrome) records what the page showed, the badge and the popup
 * follow. `npm run test:firefox`; not part of `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/progress';
import { CPQ_ID } from '../fixtures/salesforce/catalog';
import { BILLING_ROW, CPQ_ROW } from '../fixtures/salesforce/installed';
import { cardText, eventually, frameMatching, waitForCard } from '../support/harness';
import { type ReplicaServer, startReplicaServer } from '../support/replica-server';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './firefox';

let server: ReplicaServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startReplicaServer();
  firefox = await launchFirefoxWithExtension({ replicaPort: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const LIGHTNING_PACKAGES =
  'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home';

describe('the Firefox build in Firefox ESR, at real Salesforce URLs', () => {
  it('installs under the manifest’s gecko id', () => {
    expect(firefox.addonId).toBe('sf-billing-install-guide@example.invalid');
  });

  it('reads Installed Packages in the Classic iframe of Lightning Setup; the background script records it; the badge follows', async () => {
    server.org('acme').installed.push(CPQ_ROW, BILLING_ROW);
    const page = await firefox.browser.newPage();
    await page.goto(LIGHTNING_PACKAGES, { waitUntil: 'load' });
    expect(page.url()).toBe(LIGHTNING_PACKAGES);
    const frame = await frameMatching(page, (url) => url.includes('/0A3?'));
    expect(await cardText(frame, 'installed-packages')).toContain('Salesforce CPQ');

    const report = await eventually(
      () => firefox.message<Report>({ type: 'report:get', org: 'acme' }),
      (r) => 'org' in r && r.summary.done === 2,
    );
    expect(report.environment).toBe('production');
    expect(report.steps.find((s) => s.id === 'cpq-install')?.status).toBe('done');
    expect(report.steps.find((s) => s.id === 'billing-install')?.status).toBe('done');

    // Tab URLs (for the badge) come from host permissions alone: Firefox grants them at install.
    const badge = await eventually(
      async () => {
        const ext = await firefox.extensionPage();
        const text = await ext.evaluate(async (url) => {
          const [tab] = await chrome.tabs.query({ url });
          return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
        }, LIGHTNING_PACKAGES);
        await ext.close();
        return text;
      },
      (text) => text === '2/6',
    );
    expect(badge).toBe('2/6');
    await page.close();
  });

  it('selects All Users on the install page and points at Install', async () => {
    // Another org: acme has CPQ already (the test above), this one starts from nothing.
    const page = await firefox.browser.newPage();
    await page.goto(
      `https://globex.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`,
      {
        waitUntil: 'load',
      },
    );
    const text = await waitForCard(page, 'install', (t) => t.includes('All Users'));
    expect(text).toContain('The guide selected Install for All Users');
    const checked = await page.evaluate(() => {
      const radio = document.querySelector<HTMLInputElement>('input[type=radio]:checked');
      return (radio?.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    expect(checked).toBe('Install for All Users');
    await page.close();
  });

  it('the popup shows the org’s checklist', async () => {
    const popup = await firefox.extensionPage('src/popup/index.html?org=acme');
    const steps = await eventually(
      () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('[data-phase="install"] [data-step]')].map((el) => [
            el.getAttribute('data-step'),
            el.getAttribute('data-status'),
          ]),
        ),
      (list) => list.length === 6,
    );
    expect(steps).toContainEqual(['cpq-install', 'done']);
    expect(steps).toContainEqual(['stripe-install', 'pending']);
    // The configure phase follows, its fourteen steps listed after the install phase's six.
    expect(await popup.evaluate(() => document.querySelectorAll('[data-step]').length)).toBe(20);
    await popup.close();
  });
});
