/**
 * The toolbar popup in real Chromium, opened as an extension page (`?org=` picks the org).
 * Progress is seeded through the worker (`step:set`) and by visiting the replica's Installed
 * Packages at its real Setup URL, as an admin would.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterEach, describe, expect, it } from 'vitest';
import { QUOTE_TO_CASH_SITE, type StepId } from '../../src/core/plan';
import type { Report } from '../../src/core/progress';
import { BILLING_ID, CATALOG, CPQ_ID } from '../fixtures/salesforce/catalog';
import type { Pkg } from '../fixtures/salesforce/state';
import { eventually, useWorld } from '../support/harness';

const world = useWorld();
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

type Answer = Report | { error: string };
const isReport = (a: Answer): a is Report => !('error' in a);

let pages: Page[] = [];
let pageErrors: string[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  pages = [];
  const errors = pageErrors;
  pageErrors = [];
  // Nothing the popup does may throw.
  expect(errors).toEqual([]);
});

/**
 * Opens the popup at 360×600 and waits until it has rendered `ready`. `before` runs in the page
 * before its scripts (to stand in for the worker).
 */
async function popup(query: string, ready = '[data-step]', before?: () => void): Promise<Page> {
  const page = await world.ext.browser.newPage();
  pages.push(page);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  if (before) await page.evaluateOnNewDocument(before);
  await page.setViewport({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html${query}`);
  await page.waitForSelector(ready);
  return page;
}

const statusOf = (page: Page, step: StepId) =>
  page.$eval(`[data-step="${step}"]`, (el) => el.getAttribute('data-status'));

const waitStatus = (page: Page, step: StepId, status: string) =>
  page.waitForSelector(`[data-step="${step}"][data-status="${status}"]`, { timeout: 5000 });

const rowText = (page: Page, step: StepId) =>
  page.$eval(`[data-step="${step}"]`, (el) => el.textContent ?? '');

const nextHref = (page: Page) =>
  page.$eval('[data-next]', (el) => el.getAttribute('data-href') ?? '');

const setStep = (org: string, step: StepId, status: 'done' | 'skipped' | 'pending') =>
  world.ext.message<Answer>({ type: 'step:set', org, step, status });

const getReport = (org: string) => world.ext.message<Answer>({ type: 'report:get', org });

function pkg(id: string): Pkg {
  const entry = CATALOG[id];
  if (!entry) throw new Error(`no catalog entry ${id}`);
  const { name, publisher, version, namespace } = entry;
  return { name, publisher, version, namespace, installedOn: '11/20/2026', installId: id };
}

/** Installs packages in the replica org and lets the extension see its Installed Packages. */
async function seedObserved(org: string, host: string, ids: string[], steps: StepId[]) {
  world.server.org(org).installed.push(...ids.map(pkg));
  const page = await world.open(`https://${host}/lightning/setup/ImportedPackage/home`);
  await eventually(
    () => getReport(org),
    (r) => isReport(r) && steps.every((s) => r.steps.find((x) => x.id === s)?.status === 'done'),
    15_000,
  );
  await page.close();
}

/** Clicks a button inside a closed <details> section, opening it first, as a user would. */
async function inSection(page: Page, section: string, selector: string) {
  await page.click(`details[data-section="${section}"] > summary`);
  await page.click(`details[data-section="${section}"] ${selector}`);
}

describe('popup checklist', () => {
  it('shows observed and confirmed statuses with their evidence, and the next step', async () => {
    await seedObserved(
      'acme',
      'acme.my.salesforce-setup.com',
      [CPQ_ID, BILLING_ID],
      ['cpq-install', 'billing-install'],
    );
    await setStep('acme', 'cpq-license', 'done');

    const page = await popup('?org=acme');
    expect(await page.$eval('[data-org]', (el) => el.getAttribute('data-org'))).toBe('acme');
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toMatch(
      /Production.*3\/6\s*done/,
    );
    const statuses = await page.$$eval('[data-phase="install"] [data-step]', (rows) =>
      rows.map((r) => [r.getAttribute('data-step'), r.getAttribute('data-status')]),
    );
    expect(statuses).toEqual([
      ['cpq-license', 'done'],
      ['cpq-install', 'done'],
      ['cpq-calculation-service', 'pending'],
      ['cpq-order-defaults', 'pending'],
      ['billing-install', 'done'],
      ['stripe-install', 'pending'],
    ]);
    // The configure phase is listed after it, collapsed while install is being worked on.
    expect(
      await page.$eval('[data-phase="configure"]', (el) => ({
        open: (el as HTMLDetailsElement).open,
        count: el.querySelector('summary')?.textContent,
        rows: el.querySelectorAll('[data-step]').length,
      })),
    ).toEqual({ open: false, count: 'Configure: 0/14 done', rows: 14 });
    // Status in words, not colour alone; evidence: version, when, where; the admin's mark.
    const cpq = await rowText(page, 'cpq-install');
    expect(cpq).toContain('Done');
    expect(cpq).toContain('v258.2');
    expect(cpq).toContain('acme.my.salesforce-setup.com');
    expect(cpq).not.toContain('confirmed by admin');
    expect(await rowText(page, 'cpq-license')).toContain('confirmed by admin');
    expect(await rowText(page, 'stripe-install')).toContain('Pending');
    // The next step is emphasised and its one button goes to Installed Packages.
    expect(
      await page.$eval('[data-step="cpq-calculation-service"]', (el) =>
        el.getAttribute('aria-current'),
      ),
    ).toBe('step');
    expect(await page.$$('[data-next]')).toHaveLength(1);
    expect(await nextHref(page)).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    expect(await page.$eval('.next', (el) => el.textContent)).toContain(
      'Configure on Salesforce CPQ',
    );

    // The button opens that URL in a new tab.
    const href = await nextHref(page);
    const opened = world.ext.browser.waitForTarget((t) => t.url() === href, { timeout: 10_000 });
    await page.click('[data-next]');
    await (await (await opened).page())?.close();
  });

  it('marks done, skips and undoes by hand; the worker agrees each time', async () => {
    const page = await popup('?org=beta');
    expect(await page.$eval('.next', (el) => el.textContent)).toContain('No progress recorded');
    expect(await statusOf(page, 'cpq-license')).toBe('pending');

    await page.click('[data-step="cpq-license"] [data-action="done"]');
    await waitStatus(page, 'cpq-license', 'done');
    let report = await getReport('beta');
    expect(isReport(report) && report.steps[0]).toMatchObject({ status: 'done', source: 'admin' });
    expect(await rowText(page, 'cpq-license')).toContain('confirmed by admin');
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('1/6');

    await page.click('[data-step="cpq-order-defaults"] [data-action="skipped"]');
    await waitStatus(page, 'cpq-order-defaults', 'skipped');
    report = await getReport('beta');
    expect(isReport(report) && report.steps[3]?.status).toBe('skipped');

    await page.click('[data-step="cpq-license"] [data-action="pending"]');
    await waitStatus(page, 'cpq-license', 'pending');
    report = await getReport('beta');
    expect(isReport(report) && report.steps[0]?.status).toBe('pending');
    expect(isReport(report) && report.summary).toMatchObject({ done: 1, next: 'cpq-license' });
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('1/6');
    // Announced in words for screen readers.
    expect(await page.$eval('[data-announce]', (el) => el.textContent)).toContain('reopened');
  });

  it('resets an org only after the inline confirmation', async () => {
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme', 'cpq-install', 'done');
    const page = await popup('?org=acme');
    expect(await statusOf(page, 'cpq-install')).toBe('done');

    await inSection(page, 'report', '[data-reset]');
    await page.waitForSelector('[data-reset-confirm]');
    expect(await page.$eval('fieldset.confirm', (el) => el.textContent)).toContain('Are you sure?');
    // Focus lands on the safe choice.
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-reset-cancel')),
    ).toBe(true);
    await page.click('[data-reset-cancel]');
    await page.waitForSelector('[data-reset]');
    expect(isReport(await getReport('acme'))).toBe(true);
    expect(await statusOf(page, 'cpq-install')).toBe('done');

    await page.click('[data-reset]');
    await page.click('[data-reset-confirm]');
    await waitStatus(page, 'cpq-install', 'pending');
    expect(await getReport('acme')).toEqual({ error: 'no-progress' });
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('0/6');
    expect(await page.$$eval('[data-status="done"]', (rows) => rows.length)).toBe(0);
  });

  it('lists other orgs and switches to one', async () => {
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme--uat', 'cpq-license', 'done');
    await setStep('acme--uat', 'cpq-install', 'done');
    const page = await popup('?org=acme');

    await page.click('details[data-section="orgs"] > summary');
    const uat = await page.$eval('[data-switch-org="acme--uat"]', (el) => el.textContent ?? '');
    expect(uat).toContain('2/6 done');
    expect(await page.$('[data-switch-org="acme"]')).toBeNull();
    await page.click('[data-switch-org="acme--uat"]');
    await page.waitForSelector('[data-org="acme--uat"]');
    await waitStatus(page, 'cpq-install', 'done');
    // Keyboard focus is not lost with the clicked button: it lands on the new org's heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('acme--uat');
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('2/6');
    expect(await nextHref(page)).toBe(
      'https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
  });

  it('next-step links for a production, a sandbox and a developer org', async () => {
    // Production, environment from the replica's Setup host; nothing else done.
    await seedObserved('acme', 'acme.my.salesforce-setup.com', [CPQ_ID], ['cpq-install']);
    let page = await popup('?org=acme');
    expect(await nextHref(page)).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home',
    );
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme', 'cpq-calculation-service', 'done');
    await setStep('acme', 'cpq-order-defaults', 'done');
    page = await popup('?org=acme');
    expect(await nextHref(page)).toBe(QUOTE_TO_CASH_SITE);
    const prodNote = await page.$eval('.next', (el) => el.textContent ?? '');
    expect(prodNote).toContain('Choose the Production link');
    expect(prodNote).toContain('Install for All Users');

    // Sandbox with no progress yet: an empty checklist, the first step's link on its host.
    page = await popup('?org=acme--uat');
    expect(
      await page.$$eval('[data-phase="install"] [data-status="pending"]', (rows) => rows.length),
    ).toBe(6);
    expect(await nextHref(page)).toBe(
      'https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/ManageUsers/home',
    );
    await setStep('acme--uat', 'cpq-license', 'done');
    page = await popup('?org=acme--uat');
    expect(await nextHref(page)).toBe(QUOTE_TO_CASH_SITE);
    expect(await page.$eval('.next', (el) => el.textContent)).toContain('Choose the Sandbox link');

    // Developer Edition: Installed Packages on the .develop. Setup host.
    await setStep('acme-dev-ed', 'cpq-license', 'done');
    await setStep('acme-dev-ed', 'cpq-install', 'done');
    page = await popup('?org=acme-dev-ed');
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('Developer Edition');
    expect(await nextHref(page)).toBe(
      'https://acme-dev-ed.develop.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
  });

  it('exports the report as Markdown and JSON with real content', async () => {
    await seedObserved('acme', 'acme.my.salesforce-setup.com', [CPQ_ID], ['cpq-install']);
    await setStep('acme', 'cpq-license', 'done');
    const page = await popup('?org=acme');
    // Capture the temporary <a download> instead of saving a file, and read its Blob.
    await page.evaluate(() => {
      const seen: { name: string; href: string }[] = [];
      (window as unknown as { __downloads: typeof seen }).__downloads = seen;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        seen.push({ name: this.download, href: this.href });
      };
    });
    await inSection(page, 'report', '[data-export-format="md"]');
    await page.click('[data-export-format="json"]');
    const files = await page.evaluate(async () => {
      const seen = (window as unknown as { __downloads: { name: string; href: string }[] })
        .__downloads;
      return Promise.all(
        seen.map(async (d) => ({
          name: d.name,
          scheme: new URL(d.href).protocol,
          text: await (await fetch(d.href)).text(),
        })),
      );
    });
    expect(files).toHaveLength(2);
    const [md, json] = files;
    const day = /\d{4}-\d{2}-\d{2}/;
    expect(md?.name).toMatch(new RegExp(`^install-report-acme-${day.source}\\.md$`));
    expect(json?.name).toMatch(new RegExp(`^install-report-acme-${day.source}\\.json$`));
    expect(md?.scheme).toBe('blob:');
    expect(md?.text.split('\n')[0]).toBe('# Install report: acme (Production)');
    expect(md?.text).toMatch(
      /^\| 2 \| Install Salesforce CPQ for All Users \| Done \| 258\.2 \| .+ UTC \| acme\.my\.salesforce-setup\.com\/0A3 \| extension \| Package: Salesforce CPQ\. /m,
    );
    expect(md?.text).toMatch(/^\| 1 \| .+ \| Done \| — \| .+ \| extension popup \| admin \| /m);
    expect(md?.text).toContain('## History (newest first)');
    const report = await getReport('acme');
    expect(JSON.parse(json?.text ?? '')).toEqual(report);
  });

  it('is usable by keyboard alone, with a visible focus ring', async () => {
    await setStep('acme', 'cpq-license', 'done');
    const page = await popup('?org=acme');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        next: el.hasAttribute('data-next'),
        focusVisible: el.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    expect(focused).toEqual({ next: true, focusVisible: true, outline: 'solid 2px' });

    // Onward past the install phase's summary (it collapses the phase) to the first row's
    // buttons; Enter acts, focus stays in the row that changed.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.activeElement?.matches('[data-phase="install"] > summary'),
      ),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Undo: CPQ license for the installer',
    );
    await page.keyboard.press('Enter');
    await waitStatus(page, 'cpq-license', 'pending');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Mark done: CPQ license for the installer',
    );
    await page.keyboard.press('Enter');
    await waitStatus(page, 'cpq-license', 'done');
  });

  it('away from Salesforce: how to start and the orgs with progress', async () => {
    await setStep('acme--uat', 'cpq-license', 'done');
    const page = await popup('', '#start-heading');
    expect(await page.$('[data-step]')).toBeNull();
    expect(await page.$eval('.start', (el) => el.textContent)).toContain('open Setup');
    expect(
      await page.$eval('[data-switch-org="acme--uat"]', (el) => el.textContent ?? ''),
    ).toContain('1/6 done');
    await page.click('[data-switch-org="acme--uat"]');
    await page.waitForSelector('[data-org="acme--uat"] ');
    expect(await statusOf(page, 'cpq-license')).toBe('done');
  });

  it('?tabId= reads the org from that Salesforce tab', async () => {
    const tab = await world.open(
      'https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
    );
    const tabId = await (await popup('', '#start-heading')).evaluate(async () => {
      const [t] = await chrome.tabs.query({ url: 'https://*.my.salesforce-setup.com/*' });
      return t?.id;
    });
    const page = await popup(`?tabId=${tabId}`);
    expect(await page.$eval('[data-org]', (el) => el.getAttribute('data-org'))).toBe('acme--uat');
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('Sandbox');
    await tab.close();
  });

  it('shows the recovery notice with the date of the backup', async () => {
    const worker = await world.ext.worker();
    await worker.evaluate(() => chrome.storage.local.set({ 'org:acme': 'not a record' }));
    const page = await popup('?org=acme', '[data-recovered]');
    const notice = await page.$eval('[data-recovered]', (el) => el.textContent ?? '');
    const report = await getReport('acme');
    expect(isReport(report) && report.recovered?.backupKey).toMatch(/^backup:acme:/);
    if (!isReport(report) || !report.recovered) throw new Error('no recovery recorded');
    expect(notice).toContain(report.recovered.backupKey);
    expect(notice).toContain(String(new Date(report.recovered.at).getFullYear()));
    expect(notice).toContain('not an object');
  });

  it("shows the worker's errors as a visible message", async () => {
    await setStep('acme', 'cpq-license', 'done');
    // The worker answers step:set with an error code (as it does when storage is full).
    const page = await popup('?org=acme', '[data-step]', () => {
      const original = chrome.runtime.sendMessage.bind(chrome.runtime);
      const fake = (message: { type?: string }, ...rest: unknown[]) => {
        if (message?.type !== 'step:set')
          return (original as (...a: unknown[]) => unknown)(message, ...rest);
        const answer = { error: 'storage-full' };
        const callback = rest.find((r) => typeof r === 'function') as
          | ((a: unknown) => void)
          | undefined;
        if (callback) callback(answer);
        else return Promise.resolve(answer);
      };
      (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = fake;
    });
    await page.click('[data-step="cpq-install"] [data-action="done"]');
    const alert = await page.waitForSelector('[data-error][role="alert"]');
    expect(await alert?.evaluate((el) => el.textContent)).toContain(
      "the browser's storage for this extension is full",
    );
    expect(await statusOf(page, 'cpq-install')).toBe('pending');
    expect(await statusOf(page, 'cpq-license')).toBe('done');
  });

  it('saves the two settings', async () => {
    const page = await popup('?org=acme');
    await page.click('details[data-section="settings"] > summary');
    expect(
      await page.$eval('[data-setting="autofill"]', (el) => (el as HTMLInputElement).checked),
    ).toBe(true);
    await page.click('[data-setting="autofill"]');
    await eventually(
      () =>
        world.ext.message<{ settings: { autofill: boolean; launcher: boolean } }>({
          type: 'settings:get',
        }),
      (a) => a.settings.autofill === false && a.settings.launcher === true,
    );
    await page.click('[data-setting="launcher"]');
    await eventually(
      () => world.ext.message<{ settings: { launcher: boolean } }>({ type: 'settings:get' }),
      (a) => a.settings.launcher === false,
    );
  });

  it('fits 360×600 without scrolling; screenshot', async () => {
    await seedObserved(
      'acme--uat',
      'acme--uat.sandbox.my.salesforce-setup.com',
      [CPQ_ID],
      ['cpq-install'],
    );
    await setStep('acme--uat', 'cpq-license', 'done');
    await setStep('acme', 'cpq-license', 'done');
    const page = await popup('?org=acme--uat');
    const size = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, 'popup.png') as `${string}.png` });
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.width).toBeLessThanOrEqual(360);
  });
});

describe('popup: the configure phase', () => {
  const INSTALL: StepId[] = [
    'cpq-license',
    'cpq-install',
    'cpq-calculation-service',
    'cpq-order-defaults',
    'billing-install',
    'stripe-install',
  ];

  it('install done: collapsed; the next configuration step links to Setup; the answers decide', async () => {
    for (const step of INSTALL) await setStep('acme', step, 'done');
    const page = await popup('?org=acme', '[data-phase="configure"][open]');
    expect(
      await page.$eval('[data-phase="install"]', (el) => (el as HTMLDetailsElement).open),
    ).toBe(false);
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('Configure: 0/14');
    expect(await page.$eval('.next h2', (el) => el.textContent)).toBe(
      'Next: Permission sets for every admin',
    );
    expect(await nextHref(page)).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home',
    );
    expect(await page.$('[data-install-open]')).toBeNull();

    // Mark the admins' sets done by hand: next is the payment users' step, which asks first.
    await page.click('[data-step="config-permsets-admin"] [data-action="done"]');
    await waitStatus(page, 'config-permsets-admin', 'done');
    await page.waitForFunction(() =>
      document.querySelector('.next')?.textContent?.includes('First answer the question below'),
    );
    expect(await nextHref(page)).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/PermSets/home',
    );

    // "No" to non-admin payments: that step is skipped with the answer; next moves on.
    await page.click('[data-question="nonAdminPayments"] [data-answer="false"]');
    await waitStatus(page, 'config-permsets-users', 'skipped');
    expect(await rowText(page, 'config-permsets-users')).toContain(
      'Not needed: you said non-admin users will not take payments.',
    );
    expect(await nextHref(page)).toBe(
      'https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/Opportunity/PageLayouts/view',
    );
    // "Yes" to ACH: its three steps stay required (pending).
    await page.click('[data-question="achPayments"] [data-answer="true"]');
    await eventually(
      () => getReport('acme'),
      (r) =>
        isReport(r) &&
        JSON.stringify(r.orgSettings) ===
          JSON.stringify({ nonAdminPayments: false, achPayments: true }),
      5000,
    );
    await page.waitForFunction(
      () =>
        (
          document.querySelector(
            '[data-question="achPayments"] [data-answer="true"]',
          ) as HTMLInputElement | null
        )?.checked === true,
    );
    expect(await statusOf(page, 'config-button-ach')).toBe('pending');
    expect(await page.$eval('[data-phase="configure"] summary', (el) => el.textContent)).toBe(
      'Configure: 2/14 done',
    );

    // Profile names, once per org.
    await page.type('[data-profile="adminProfile"]', 'Acme Admins');
    await page.click('[data-save-profiles]');
    await eventually(
      () => getReport('acme'),
      (r) => isReport(r) && r.orgSettings.adminProfile === 'Acme Admins',
      5000,
    );
    // Reopened, the questions are answered: the section is closed and keeps the answers.
    const again = await popup('?org=acme', '[data-phase="configure"][open]');
    expect(
      await again.$eval('[data-section="org-questions"]', (el) => (el as HTMLDetailsElement).open),
    ).toBe(false);
    expect(
      await again.$eval(
        '[data-question="nonAdminPayments"] [data-answer="false"]',
        (el) => (el as HTMLInputElement).checked,
      ),
    ).toBe(true);
  });

  it('a configuration step confirmed while install is open: noted, next stays in order', async () => {
    await setStep('acme', 'cpq-license', 'done');
    await setStep('acme', 'config-layout-order', 'done');
    const page = await popup('?org=acme', '[data-install-open]');
    expect(await page.$eval('.next h2', (el) => el.textContent)).toBe(
      'Next: Install Salesforce CPQ',
    );
    expect(
      await page.$eval('[data-phase="configure"]', (el) => (el as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await statusOf(page, 'config-layout-order')).toBe('done');
    expect(await page.$eval('[data-org]', (el) => el.textContent)).toContain('Install: 1/6');
  });
});
