/**
 * WCAG 2.2 A/AA with axe-core, in real Chromium: the popup in each of its states, and the panel's
 * frame (an extension page framed in the admin's page) with each kind of card and the Setup
 * launcher. Every audit first waits for the state it names to be on screen, so an empty list of
 * violations means axe checked that state.
 */
import type { Page } from 'puppeteer';
import { afterEach, describe, expect, it } from 'vitest';
import { INSTALL_PAGE_GIVE_UP_MS } from '../../src/content/shared/install-page.identity';
import { STEPS } from '../../src/core/plan';
import { CPQ_ID, STRIPE_ID } from '../fixtures/salesforce/catalog';
import { CPQ_ROW as CPQ } from '../fixtures/salesforce/installed';
import { CPQ_LICENSE, LICENCE_TRAP_USER_ID } from '../fixtures/salesforce/state';
import { type AxeViolation, axeViolations } from '../support/axe';
import {
  cardText,
  clickOverlayButton,
  clickText,
  frameMatching,
  panelElement,
  shownPanel,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();

let pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  pages = [];
});

/** Violations as readable lines, so a failure says what and where. */
const lines = (violations: AxeViolation[]) =>
  violations.flatMap((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `  ${n}`)]);

async function popup(query: string, ready: string): Promise<Page> {
  const page = await world.ext.browser.newPage();
  pages.push(page);
  await page.setViewport({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html${query}`);
  await page.waitForSelector(ready);
  return page;
}

const setStep = (org: string, step: string, status: 'done' | 'skipped' | 'pending') =>
  world.ext.message({ type: 'step:set', org, step, status });

const install = (host: string, id: string) =>
  `https://${host}/packaging/installPackage.apexp?p0=${id}`;

describe('popup: zero WCAG 2.2 A/AA violations in each state', () => {
  it('no org (away from Salesforce), with orgs listed and settings open', async () => {
    await setStep('acme', 'cpq-license', 'done');
    const page = await popup('', '#start-heading');
    await page.waitForSelector('[data-switch-org="acme"]');
    await page.click('details.more > summary');
    await page.waitForSelector('details.more[open] input[type=checkbox]');
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('in progress', async () => {
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme', 'cpq-install', 'skipped');
    const page = await popup('?org=acme', '[data-step="cpq-install"][data-status="skipped"]');
    await page.waitForSelector('[data-next]');
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('configuring: install done and collapsed, the org questions open, a step skipped by an answer', async () => {
    for (const step of STEPS.filter((s) => s.phase === 'install'))
      await setStep('acme', step.id, 'done');
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { nonAdminPayments: false },
    });
    const page = await popup(
      '?org=acme',
      '[data-phase="configure"][open] [data-step="config-permsets-users"][data-status="skipped"]',
    );
    await page.waitForSelector(
      '[data-section="org-questions"][open] [data-question="achPayments"]',
    );
    await page.waitForSelector('[data-next]');
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('permission sets: the users seen listed, the Billing access acknowledgement offered', async () => {
    await world.ext.message({
      type: 'org-settings:set',
      org: 'acme',
      settings: { nonAdminPayments: true },
    });
    const user = await world.open(
      `https://acme.my.salesforce.com/${LICENCE_TRAP_USER_ID.slice(0, 15)}?noredirect=1&isUserEntityOverride=1`,
    );
    pages.push(user);
    await waitForCard(user, 'permsets', (t) => t.includes('still lacks'));
    const page = await popup('?org=acme', '[data-permset-users="config-permsets-admin"] li');
    await page.waitForSelector('[data-section="org-questions"][open] [data-billing-access-ack]');
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('configuring while install is still open: the note', async () => {
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme', 'config-layout-order', 'done');
    const page = await popup('?org=acme', '[data-install-open]');
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('all done', async () => {
    for (const step of STEPS) await setStep('acme', step.id, 'done');
    const page = await popup('?org=acme', '[data-step]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-status="done"]').length === n,
      {},
      STEPS.length,
    );
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('other orgs, settings and report sections open', async () => {
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme--uat', 'cpq-license', 'done');
    const page = await popup('?org=acme', '[data-step]');
    for (const section of ['orgs', 'settings', 'report']) {
      await page.click(`details[data-section="${section}"] > summary`);
      await page.waitForSelector(`details[data-section="${section}"][open]`);
    }
    await page.waitForSelector('[data-switch-org="acme--uat"]');
    expect(lines(await axeViolations(page))).toEqual([]);
  });

  it('report section with the reset confirmation open', async () => {
    await setStep('acme', 'cpq-license', 'done');
    const page = await popup('?org=acme', '[data-step]');
    await page.click('details[data-section="report"] > summary');
    await page.click('[data-reset]');
    await page.waitForSelector('details[data-section="report"] fieldset');
    expect(lines(await axeViolations(page))).toEqual([]);
  });
});

describe('panel: zero WCAG 2.2 A/AA violations with each kind of card', () => {
  it('selected (the guide filled a control), then the third-party dialog, then the outcome', async () => {
    const org = world.server.org('acme');
    org.installDurationMs = 0;
    org.users[org.currentUserId]?.licenses.push(CPQ_LICENSE);
    const page = await world.open(install('acme.my.salesforce.com', CPQ_ID));
    pages.push(page);
    await waitForCard(page, 'install', (t) => t.includes('The guide selected'));
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);

    await clickText(page, 'button', 'Install');
    await waitForCard(page, 'third-party', (t) => t.includes('Approve'));
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);

    await clickText(page, 'button, input', 'Continue');
    await waitForCard(page, 'outcome', (t) => t.includes('Salesforce CPQ installed'));
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);
  });

  it('warning (the install order)', async () => {
    const page = await world.open(install('acme.my.salesforce.com', STRIPE_ID));
    pages.push(page);
    await cardText(page, 'guard-order');
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);
  });

  it('not found (changed markup)', async () => {
    const page = await world.ext.browser.newPage();
    pages.push(page);
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('DOMContentLoaded', () => {
        for (const label of document.querySelectorAll('label')) {
          if (label.textContent?.includes('Install for All Users'))
            label.textContent = ' Install for every user';
        }
      }),
    );
    await page.goto(install('acme.my.salesforce.com', CPQ_ID), { waitUntil: 'load' });
    await cardText(page, 'not-found', INSTALL_PAGE_GIVE_UP_MS + 1000);
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);
  });

  it('asking which package, then the admin named it; the installation-key and acknowledgement cards', async () => {
    const org = world.server.org('acme');
    org.installPageShows = { heading: null, details: false, namespaces: false };
    const aura = (id: string) =>
      `https://acme.lightning.force.com/packagingSetupUI/ipLanding.app?apvId=${id}`;
    const page = await world.open(aura(CPQ_ID));
    pages.push(page);
    await cardText(page, 'identity-ask', INSTALL_PAGE_GIVE_UP_MS + 1000);
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);
    await clickOverlayButton(page, 'Salesforce CPQ');
    await waitForCard(page, 'identity', (t) => t.includes('You named this package'));
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);

    org.installPageShows = {};
    org.installKey = 's3cret';
    const key = await world.open(aura(STRIPE_ID));
    pages.push(key);
    await cardText(key, 'identity-key');
    expect(lines(await axeViolations(await shownPanel(key)))).toEqual([]);

    org.installKey = null;
    org.installAcknowledgement = true;
    const ack = await world.open(aura(STRIPE_ID));
    pages.push(ack);
    await cardText(ack, 'acknowledgement');
    expect(lines(await axeViolations(await shownPanel(ack)))).toEqual([]);
  });

  it('the launcher on a Setup page, expanded and collapsed', async () => {
    world.server.org('acme').installed.push(CPQ);
    const packages = await world.open(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    await cardText(await frameMatching(packages, (u) => u.includes('/0A3?')), 'installed-packages');
    await packages.close();
    const page = await world.open(
      'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
    );
    pages.push(page);
    await waitForCard(page, 'launcher', (t) => t.includes('1/6 done'));
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);
    // The overlay's own part of the admin's page: the framed panel is titled (axe's frame-title
    // rule; axe cannot enter the overlay's closed shadow root, the test reaches it from the panel).
    const titled = await (await panelElement(page))?.evaluate((frame) => frame.title.trim());
    expect(titled).toBe('Salesforce install guide');

    await clickOverlayButton(page, 'Collapse');
    await waitForCard(page, 'launcher', (t) => t.includes('Show checklist'));
    expect(lines(await axeViolations(await shownPanel(page)))).toEqual([]);
  });
});
