import type { Frame, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/core/plan';
import { CPQ_ROW as CPQ } from '../fixtures/salesforce/installed';
import {
  cardIds,
  cardText,
  clickOverlayButton,
  eventually,
  frameMatching,
  inPanel,
  panelElement,
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

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The panel's frame in `where`, in the top frame's coordinates (a child frame adds its offset). */
async function panelRect(where: Page | Frame): Promise<Rect> {
  const element = await panelElement(where);
  if (!element) throw new Error('no panel');
  const own = await element.evaluate((frame) => {
    const r = frame.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  const holder = 'mainFrame' in where ? null : await where.frameElement();
  if (!holder) return own;
  const at = await holder.evaluate((frame) => {
    const r = frame.getBoundingClientRect();
    return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
  });
  return {
    left: own.left + at.x,
    top: own.top + at.y,
    right: own.right + at.x,
    bottom: own.bottom + at.y,
  };
}

const intersect = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the launcher beside a framed Setup page', () => {
  it("never covers the framed page's card at 1280 × 800, expanded or collapsed", async () => {
    // The configuration phase: the launcher's longest checklist (14 steps).
    for (const step of STEPS.filter((s) => s.phase === 'install'))
      await world.ext.message({ type: 'step:set', org: 'acme', step: step.id, status: 'done' });
    const page = await world.ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const address = '/ui/setup/layout/PageLayoutAssignment?type=Account';
    await page.goto(
      `https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/page?address=${encodeURIComponent(address)}`,
      { waitUntil: 'load' },
    );
    const framed = await frameMatching(page, (u) => u.includes(address) && u.includes('isdtp=p1'));
    expect(await cardText(framed, 'layout-assignment')).toContain('Billing Account Layout');
    expect(await waitForCard(page, 'launcher', (t) => t.includes('0/14 done'))).toContain(
      'Permission sets for every admin',
    );
    const framedPage = await (await framed.frameElement())?.evaluate((frame) => {
      const r = frame.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    if (!framedPage) throw new Error('no framed page');
    const card = await panelRect(framed);
    expect(card.right - card.left).toBeGreaterThan(0);
    // The launcher narrows to the column left of the framed page (the Setup tree's).
    const launcher = await eventually(
      () => panelRect(page),
      (r) => r.right <= framedPage.left,
    );
    expect(launcher.right - launcher.left).toBeGreaterThanOrEqual(200);
    expect(launcher.bottom).toBeLessThanOrEqual(800);
    expect(intersect(launcher, card)).toBe(false);
    // Narrowed, it still shows all it says: the panel fits its frame, nothing cut off sideways.
    const fit = await inPanel(page, () => {
      const panel = document.querySelector('.panel');
      if (!panel) return null;
      return {
        inFrame: panel.getBoundingClientRect().right <= window.innerWidth,
        cut: panel.scrollWidth - panel.clientWidth,
      };
    }, []);
    expect(fit).toEqual({ inFrame: true, cut: 0 });

    await clickOverlayButton(page, 'Collapse');
    await waitForCard(page, 'launcher', (t) => t.includes('Show checklist'));
    const collapsed = await eventually(
      () => panelRect(page),
      (r) => r.bottom - r.top < launcher.bottom - launcher.top,
    );
    expect(collapsed.right).toBeLessThanOrEqual(framedPage.left);
    expect(intersect(collapsed, await panelRect(framed))).toBe(false);
    await page.close();
  });
});
