import { describe, expect, it } from 'vitest';
import { CPQ_ROW as CPQ } from '../fixtures/salesforce/installed';
import {
  cardIds,
  cardText,
  clickOverlayButton,
  frameMatching,
  inPanel,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();
const HOME = 'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home';

async function startSequence() {
  world.server.org('acme').installed.push(CPQ);
  const page = await world.open(
    'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
  );
  await cardText(await frameMatching(page, (u) => u.includes('/0A3?')), 'installed-packages');
  await page.close();
}

describe('the on-page launcher on Setup pages', () => {
  it('is not shown for an org whose sequence has not started', async () => {
    const page = await world.open(HOME);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardIds(page)).toEqual([]);
  });

  it('shows done/total and the next step with its link; collapse and dismissal are remembered', async () => {
    await startSequence();
    const page = await world.open(HOME);
    const text = await cardText(page, 'launcher');
    expect(text).toContain('Install guide: 1/6 done');
    expect(text).toContain('Salesforce CPQ License for the installing user');
    const href = await inPanel(
      page,
      () =>
        document.querySelector('[data-card="launcher"] .actions a')?.getAttribute('href') ?? null,
      [],
    );
    expect(href).toBe('https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home');

    await clickOverlayButton(page, 'Collapse');
    await waitForCard(page, 'launcher', (t) => t.includes('Show checklist'));
    await page.reload({ waitUntil: 'load' });
    expect(await waitForCard(page, 'launcher', (t) => t.includes('Show checklist'))).toContain(
      'Next: Salesforce CPQ License',
    );
    await clickOverlayButton(page, 'Show checklist');
    await waitForCard(page, 'launcher', (t) => t.includes('Hide for this org'));
    await clickOverlayButton(page, 'Hide for this org');
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardIds(page)).toEqual([]);
  });

  it('follows progress made in the Classic frame below it', async () => {
    world.server.org('acme').installed.push(CPQ);
    const page = await world.open(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    );
    // Not started when the shell loaded; the frame's confirmation starts the sequence.
    expect(await waitForCard(page, 'launcher', (t) => t.includes('1/6 done'))).toContain(
      'Install guide',
    );
    await world.ext.message({ type: 'step:set', org: 'acme', step: 'cpq-license', status: 'done' });
    await waitForCard(page, 'launcher', (t) => t.includes('2/6 done'));
  });

  it('is off when the admin turns it off in the popup settings', async () => {
    await startSequence();
    await world.ext.message({ type: 'settings:set', settings: { launcher: false } });
    const page = await world.open(HOME);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardIds(page)).toEqual([]);
  });
});
