/**
 * #18 item 5: Installed Packages lists Stripe's other package family instead of this sequence's
 * connector. The connector's own configuration steps are skipped with a note naming the other
 * package, the popup says so plainly, and listing the connector beside it skips nothing.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { CONNECTOR_ONLY_STEPS } from '../../src/core/config/other-stripe';
import type { StepId } from '../../src/core/plan';
import type { Report } from '../../src/core/progress';
import { BILLING_ROW, CPQ_ROW, STRIPE_ROW } from '../fixtures/salesforce/installed';
import type { Pkg } from '../fixtures/salesforce/state';
import { cardText, eventually, useWorld } from '../support/harness';

const world = useWorld();
const PACKAGES = 'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage';
const OTHER: Pkg = {
  name: 'Stripe Connector for Salesforce Platform',
  publisher: 'Stripe',
  version: '1.4',
  namespace: 'stripeConnect',
  installedOn: '11/23/2026',
};
const CONNECTOR_STEPS: readonly StepId[] = CONNECTOR_ONLY_STEPS;
const step = (r: Report, id: StepId) => r.steps?.find((s) => s.id === id);

async function listed(rows: Pkg[]): Promise<Report> {
  world.server.org('acme').installed.push(...rows);
  const page = await world.open(PACKAGES);
  await cardText(page, 'installed-packages');
  return eventually(
    () => world.report('acme'),
    (r) => step(r, 'cpq-install')?.status === 'done',
  );
}

async function popup(): Promise<Page> {
  const page = await world.ext.browser.newPage();
  await page.setViewport({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${world.ext.extensionId}/src/popup/index.html?org=acme`);
  await page.waitForSelector('[data-step="config-stripe-authorize"]');
  return page;
}

describe('the other Stripe package family', () => {
  it('only the other family: the connector’s steps skipped with a note naming it; the popup says so', async () => {
    const report = await listed([CPQ_ROW, BILLING_ROW, OTHER]);
    for (const id of CONNECTOR_STEPS) {
      expect(step(report, id)?.status, id).toBe('skipped');
      expect(step(report, id)?.note, id).toContain('Stripe Connector for Salesforce Platform');
    }
    // Steps that apply to either family stay open; the connector's install is not counted done.
    expect(step(report, 'config-permsets-admin')?.status).toBe('pending');
    expect(step(report, 'config-billing-batchsize')?.status).toBe('pending');
    expect(step(report, 'stripe-install')?.status).toBe('pending');

    const page = await popup();
    const install = await page.$eval('[data-step="stripe-install"]', (el) => el.textContent ?? '');
    expect(install).toContain(
      "Installed Packages lists Stripe Connector for Salesforce Platform, Stripe's other package family",
    );
    expect(
      await page.$eval('[data-step="config-stripe-authorize"]', (el) =>
        el.getAttribute('data-status'),
      ),
    ).toBe('skipped');
    expect(
      await page.$eval('[data-step="config-action-refund"]', (el) => el.textContent ?? ''),
    ).toContain('Not needed: this org has Stripe Connector for Salesforce Platform');
  });

  it('both families listed: nothing skipped, the connector counts', async () => {
    const report = await listed([CPQ_ROW, BILLING_ROW, STRIPE_ROW, OTHER]);
    expect(step(report, 'stripe-install')?.status).toBe('done');
    for (const id of CONNECTOR_STEPS) expect(step(report, id)?.status, id).not.toBe('skipped');
  });
});
