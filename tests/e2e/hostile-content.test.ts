import type { Frame, Page } from 'puppeteer';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, CPQ_ID } from '../fixtures/salesforce/catalog';
import { DEFAULT_USER_ID } from '../fixtures/salesforce/state';
import {
  cardText,
  clickOverlayButton,
  frameMatching,
  inPanel,
  overlayRoot,
  panelElement,
  useWorld,
  waitForCard,
} from '../support/harness';

const world = useWorld();

/** Markup and script in page text: the page escapes it; so must the guide. */
const XSS = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
const BREAKOUT = '"><script>window.__pwned=(window.__pwned||0)+1</script>';
const LONG = `Unbroken${'W'.repeat(3000)}`;
const RTL_EMOJI = '\u202Eتثبيت الحزمة 📦🔥 ‮';

const HOSTILE_ID = '04t9Z000000XSSaQAG';
const CPQ_LOOKALIKE_ID = '04t9Z000000XSSbQAG';
CATALOG[HOSTILE_ID] = {
  name: `${XSS} ${RTL_EMOJI}`,
  publisher: BREAKOUT,
  version: '1.0',
  versionName: LONG,
  namespace: 'xss',
  description: XSS,
  thirdPartySites: [],
  requires: [],
  counts: { apps: 0, tabs: 0, objects: 0 },
  appExchange: false,
};
const cpq = CATALOG[CPQ_ID];
if (!cpq) throw new Error('catalog changed');
CATALOG[CPQ_LOOKALIKE_ID] = {
  ...cpq,
  thirdPartySites: [`https://calc.example/${XSS}`, `https://${'a'.repeat(400)}.example`, BREAKOUT],
};
afterAll(() => {
  delete CATALOG[HOSTILE_ID];
  delete CATALOG[CPQ_LOOKALIKE_ID];
});

type Where = Page | Frame;

/**
 * Anything that ran, and any element the page text became: in our shadow root (where only our
 * own panel frame belongs) and inside the panel.
 */
const damage = async (where: Where) => {
  const page = await where.evaluate(
    (root: ShadowRoot | null) => {
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
        injected: root
          ? root.querySelectorAll('img, script, iframe:not(.panel), object, embed').length
          : -1,
      };
    },
    await overlayRoot(where),
  );
  const panel = await inPanel(
    where,
    () => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      injected: document.querySelectorAll('img, iframe, object, embed, script:not([type="module"])')
        .length,
    }),
    [],
  );
  return { pwned: page.pwned + panel.pwned, injected: page.injected + panel.injected };
};

/** The panel stays inside the viewport and keeps its width whatever the text. */
const panelBox = async (where: Where) =>
  where.evaluate(
    (panel: HTMLIFrameElement | null) => {
      const r = panel?.getBoundingClientRect();
      return r
        ? {
            width: Math.round(r.width),
            right: r.right <= window.innerWidth,
            bottom: r.bottom <= window.innerHeight,
          }
        : null;
    },
    await panelElement(where),
  );

describe('hostile page content is shown as text, never run', () => {
  it('package name, publisher and version name on the install page', async () => {
    const page = await world.open(
      `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${HOSTILE_ID}`,
    );
    const text = await cardText(page, 'install');
    expect(text).toContain(XSS);
    expect(text).toContain('📦');
    expect(await damage(page)).toEqual({ pwned: 0, injected: 0 });
    expect(await panelBox(page)).toEqual({ width: 340, right: true, bottom: true });
  });

  it('third-party site list in the dialog', async () => {
    const page = await world.open(
      `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_LOOKALIKE_ID}`,
    );
    await waitForCard(page, 'install', (t) => t.includes('All Users'));
    const install = await page.evaluateHandle(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Install'),
    );
    await (install as unknown as { click(): Promise<void> }).click();
    const text = await waitForCard(page, 'third-party', (t) => t.includes('calc.example'));
    // Sites are read as URLs: markup cannot be part of one, so it ends the URL.
    expect(text).toContain('https://calc.example/');
    expect(text).toContain(`https://${'a'.repeat(400)}.example`);
    expect(await damage(page)).toEqual({ pwned: 0, injected: 0 });
    expect(await panelBox(page)).toMatchObject({ width: 340, right: true });
  });

  it("a user's name on the licence card", async () => {
    const user = world.server.org('acme').users[DEFAULT_USER_ID];
    if (!user) throw new Error('no default user');
    user.name = `${BREAKOUT}${XSS}`;
    const page = await world.open(
      `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${DEFAULT_USER_ID}?noredirect=1&isUserEntityOverride=1`)}`,
    );
    const frame = await frameMatching(page, (u) => u.includes(`/${DEFAULT_USER_ID}?`));
    expect(await cardText(frame, 'license')).toContain('<script>');
    expect(await damage(frame)).toEqual({ pwned: 0, injected: 0 });
    const report = await world.report('acme');
    expect(JSON.stringify(report)).not.toContain('undefined');
  });

  it('Installed Packages rows full of markup, RTL and long text, and the popup that reports them', async () => {
    world.server.org('acme').installed.push(
      {
        name: XSS,
        publisher: BREAKOUT,
        version: '1.0',
        namespace: 'xss',
        installedOn: RTL_EMOJI,
      },
      {
        name: 'Salesforce CPQ',
        publisher: BREAKOUT,
        version: `258.2${XSS}`,
        namespace: 'SBQQ',
        installedOn: LONG.slice(0, 40),
      },
    );
    const page = await world.open('https://acme.my.salesforce.com/0A3?setupid=ImportedPackage');
    const text = await cardText(page, 'installed-packages');
    // The version column held 68 characters of markup: clipped to the stored limit, as text.
    expect(text).toContain('258.2<img src=x');
    expect(await damage(page)).toEqual({ pwned: 0, injected: 0 });
    const popup = await world.ext.extensionPage('src/popup/index.html?org=acme');
    await popup.waitForSelector('[data-step="cpq-install"][data-status="done"]');
    const popupDamage = await popup.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      images: document.querySelectorAll('img, script:not([src]), iframe').length,
      text: document.body.textContent ?? '',
    }));
    expect(popupDamage.pwned).toBe(0);
    expect(popupDamage.images).toBe(0);
    expect(popupDamage.text).toContain('258.2<img src=x');
    // The collapse control still works with all that text in the card.
    await clickOverlayButton(page, 'Collapse the install guide');
  });
});

describe("the overlay's host is out of the page's reach", () => {
  /** What the page's own scripts can see of our host (the one element beside <head> and <body>). */
  const hostAsThePageSeesIt = (page: Page) =>
    page.evaluate(() => {
      const hosts = [...document.documentElement.children].filter(
        (el) => el.localName !== 'head' && el.localName !== 'body',
      );
      return hosts.map((el) => ({
        tag: el.localName,
        shadowRoot: el.shadowRoot,
        id: el.id,
        className: el.className,
      }));
    });

  it('a random custom-element-like tag per load, no id or class, a closed shadow root', async () => {
    const url = `https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=${CPQ_ID}`;
    const tags: string[] = [];
    for (let load = 0; load < 2; load++) {
      const page = await world.open(url);
      await cardText(page, 'install');
      const seen = await hostAsThePageSeesIt(page);
      expect(seen).toHaveLength(1);
      const [host] = seen;
      expect(host?.tag).toMatch(/^[a-z]+-[a-z]+$/);
      expect(host).toMatchObject({ shadowRoot: null, id: '', className: '' });
      // Our panel is in it all the same: reached from the extension's own frame.
      const root = await overlayRoot(page);
      expect(await root?.evaluate((r) => r.host.localName)).toBe(host?.tag);
      tags.push(host?.tag ?? '');
      await page.close();
    }
    expect(tags[0]).not.toBe(tags[1]);
  });
});
