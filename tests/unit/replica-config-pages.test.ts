// @vitest-environment node
/**
 * The #18 replicas (tests/fixtures/salesforce/config-routes.ts) answer under the real host names
 * and change the org's configuration world: the App Launcher, the Stripe setup app with its
 * round trip through the Stripe sign-in stand-in, record pages whose actions follow the layouts,
 * Billing's settings Payment tab, and the Payment Center.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_ID,
  BILLING_INSTALLED,
  CONNECTOR_INSTALLED,
  configureLayouts,
  configWorld,
  PAYMENT_ID,
  PAYMENT_METHOD_ID,
  STANDARD_PAYMENT_ID,
} from '../fixtures/salesforce/config-world-18';
import { parse, replicaFetch, texts } from '../support/replica-fetch';
import { type ReplicaServer, startReplicaServer } from '../support/replica-server';

let server: ReplicaServer;
const fetchAs = replicaFetch(() => server);
const FORM = 'application/x-www-form-urlencoded';

beforeAll(async () => {
  server = await startReplicaServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

const LIGHTNING = 'acme.lightning.force.com';

describe('App Launcher', () => {
  it('lists the Stripe setup app by data-name once the connector is installed (variant a)', async () => {
    const before = parse((await fetchAs(LIGHTNING, '/lightning/page/home')).body);
    const launcher = before.querySelector('one-app-launcher-modal') as Element;
    expect(launcher.hasAttribute('hidden')).toBe(true);
    expect(
      Array.from(launcher.querySelectorAll('.slds-app-launcher__tile')).map((t) =>
        t.getAttribute('data-name'),
      ),
    ).toEqual(['Sales', 'Service']);
    server.org('acme').installed.push(CONNECTOR_INSTALLED);
    const after = parse((await fetchAs(LIGHTNING, '/lightning/page/home')).body);
    const tile = after.querySelector('[data-name="Stripe Payment Gateway Setup"]') as Element;
    expect(tile.querySelector('a')?.getAttribute('href')).toBe('/lightning/n/chrgx__Stripe_Setup');
    expect(after.querySelector('script[src$="/LightningApp.js"]')).not.toBeNull();
  });

  it('variant b is the quick-search popover, its app opening a Visualforce page', async () => {
    const org = server.org('acme');
    org.variant = 'b';
    org.installed.push(CONNECTOR_INSTALLED);
    const doc = parse((await fetchAs(LIGHTNING, '/lightning/page/home')).body);
    const option = doc.querySelector(
      'one-app-launcher-menu a[role=option][data-label="Stripe Payment Gateway Setup"]',
    ) as Element;
    expect(option.getAttribute('href')).toBe('/apex/chrgx__StripeSetup');
    const redirect = await fetchAs('acme.my.salesforce.com', '/apex/chrgx__StripeSetup');
    expect(redirect.headers.location).toBe('https://acme--chrgx.vf.force.com/apex/StripeSetup');
  });
});

describe('Stripe Payment Gateway Setup', () => {
  async function roundTrip(decision: 'connect' | 'cancel', mode: 'test' | 'live') {
    const start = await fetchAs('acme--chrgx.vf.force.com', `/apex/StripeAuthorize?mode=${mode}`);
    expect(start.status).toBe(302);
    const toStripe = new URL(String(start.headers.location));
    expect(toStripe.host).toBe('connect.stripe.com');
    expect(toStripe.searchParams.get('redirect_uri')).toBe(
      'https://acme--chrgx.vf.force.com/apex/StripeOAuthCallback',
    );
    const signIn = parse((await fetchAs(toStripe.host, toStripe.pathname + toStripe.search)).body);
    const form = signIn.querySelector('form') as HTMLFormElement;
    const data = new URLSearchParams();
    for (const input of Array.from(
      form.querySelectorAll('input[type=hidden]'),
    ) as HTMLInputElement[])
      data.set(input.name, input.value);
    data.set(decision, '');
    const back = await fetchAs(toStripe.host, form.getAttribute('action') as string, {
      method: 'POST',
      body: data.toString(),
      type: FORM,
    });
    const callback = new URL(String(back.headers.location));
    expect(callback.host).toBe('acme--chrgx.vf.force.com');
    const done = await fetchAs(callback.host, callback.pathname + callback.search);
    expect(done.status).toBe(302);
    const page = new URL(String(done.headers.location));
    return parse((await fetchAs(page.host, page.pathname + page.search)).body);
  }

  it('walks Get Started → mode → Stripe → System Connections with Authorized (variant a)', async () => {
    const org = server.org('acme');
    org.installed.push(CONNECTOR_INSTALLED);
    const first = parse((await fetchAs(LIGHTNING, '/lightning/n/chrgx__Stripe_Setup')).body);
    expect(texts(first, 'h1')).toContain('Stripe Payment Gateway Setup');
    expect(texts(first, 'button')).toContain('Get Started');
    const mode = parse(
      (await fetchAs(LIGHTNING, '/lightning/n/chrgx__Stripe_Setup?c__step=mode')).body,
    );
    expect(texts(mode, 'chrgx-setup-wizard label')).toEqual(['Test Mode', 'Live Mode']);
    expect(mode.querySelector('input[type=radio]:checked')).toBeNull();
    const connections = await roundTrip('connect', 'test');
    expect(texts(connections, 'h2')).toContain('System Connections');
    expect(texts(connections, 'lightning-badge')).toEqual(['Authorized']);
    expect(texts(connections, 'button')).not.toContain('Authorize');
    expect(configWorld(org).stripe).toMatchObject({
      mode: 'test',
      authorized: { test: true, live: false },
      signIns: [{ mode: 'test', outcome: 'authorized' }],
    });
  });

  it('a cancelled sign-in leaves it Not Authorized with an error; live needs its own authorization', async () => {
    const org = server.org('acme');
    org.variant = 'b';
    org.installed.push(CONNECTOR_INSTALLED);
    const cancelled = await roundTrip('cancel', 'live');
    expect(texts(cancelled, '.status')).toEqual(['Not Authorized', 'Connected']);
    expect(cancelled.querySelector('[role=alert]')?.textContent).toContain('cancelled');
    expect(
      Array.from(cancelled.querySelectorAll('input[type=submit]')).map(
        (i) => (i as HTMLInputElement).value,
      ),
    ).toContain('Authorize');
    configWorld(org).stripe.authorized.test = true;
    const live = await roundTrip('connect', 'live');
    expect(texts(live, '.status')).toEqual(['Authorized', 'Connected']);
    expect(texts(live, '.mode')).toEqual(['Live Mode', '—']);
    const finish = await fetchAs(
      'acme--chrgx.vf.force.com',
      '/apex/StripeSetup?step=finished&finish=1',
    );
    expect(finish.body).toContain('Stripe is connected in Live Mode.');
    expect(configWorld(org).stripe.finished).toBe(true);
  });

  it('is not there before the connector is installed; Stripe refuses foreign redirect URIs', async () => {
    expect((await fetchAs(LIGHTNING, '/lightning/n/chrgx__Stripe_Setup')).status).toBe(404);
    expect((await fetchAs('acme--chrgx.vf.force.com', '/apex/StripeSetup')).status).toBe(404);
    const bad = await fetchAs(
      'connect.stripe.com',
      `/oauth/authorize?redirect_uri=${encodeURIComponent('https://evil.example/cb')}`,
    );
    expect(bad.status).toBe(400);
  });
});

describe('record pages', () => {
  const path = (object: string, id: string) => `/lightning/r/${object}/${id}/view`;
  // happy-dom's selector parser refuses `_` in tag names: look these up by tag
  const tag = (root: Element, name: string) => Array.from(root.getElementsByTagName(name));
  const ribbonOf = (doc: Document) =>
    tag(
      doc.querySelector('records-highlights2') as Element,
      'runtime_platform_actions-actions-ribbon',
    )[0] as Element;
  const visible = (ribbon: Element) =>
    tag(ribbon, 'runtime_platform_actions-action-renderer').map((r) => r.getAttribute('title'));
  const overflow = (ribbon: Element) =>
    JSON.parse(
      ribbon.querySelector('lightning-button-menu')?.getAttribute('data-menu-items') ?? '[]',
    );

  it('a Payment shows Refund only once its layout has it: in the overflow (a), in the bar (b)', async () => {
    const org = server.org('acme');
    org.installed.push(BILLING_INSTALLED);
    const before = ribbonOf(
      parse((await fetchAs(LIGHTNING, path('blng__Payment__c', PAYMENT_ID))).body),
    );
    expect([...visible(before), ...overflow(before)]).not.toContain('Refund');
    configureLayouts(configWorld(org));
    const a = ribbonOf(
      parse((await fetchAs(LIGHTNING, path('blng__Payment__c', PAYMENT_ID))).body),
    );
    expect(visible(a)).not.toContain('Refund');
    expect(overflow(a)).toContain('Refund');
    expect(a.querySelector('lightning-menu-item')).toBeNull(); // closed menus hold no items
    org.variant = 'b';
    const b = ribbonOf(
      parse((await fetchAs(LIGHTNING, path('blng__Payment__c', PAYMENT_ID))).body),
    );
    expect(visible(b)[0]).toBe('Refund');
  });

  it('a Payment Method shows Verify under either label; the standard Payment is a look-alike', async () => {
    const org = server.org('acme');
    configWorld(org).layouts.paymentMethodVerify = 'Verify Payment Method ACH';
    const pm = ribbonOf(
      parse((await fetchAs(LIGHTNING, path('blng__PaymentMethod__c', PAYMENT_METHOD_ID))).body),
    );
    expect([...visible(pm), ...overflow(pm)]).toContain('Verify Payment Method ACH');
    const standard = parse((await fetchAs(LIGHTNING, path('Payment', STANDARD_PAYMENT_ID))).body);
    expect(visible(ribbonOf(standard))).toContain('Refund');
    expect(standard.querySelector('.entityNameTitle')?.textContent).toBe('Payment');
    expect((await fetchAs(LIGHTNING, path('blng__Payment__c', STANDARD_PAYMENT_ID))).status).toBe(
      404,
    );
  });

  it("an Account's Payment Methods list shows New Payment Method ACH once the layout has it", async () => {
    const org = server.org('acme');
    org.installed.push(BILLING_INSTALLED);
    const buttons = async () => {
      const doc = parse((await fetchAs(LIGHTNING, path('Account', ACCOUNT_ID))).body);
      const list = Array.from(doc.querySelectorAll('lst-related-list-single-container')).find(
        (c) => c.querySelector('h2 .slds-truncate')?.textContent === 'Payment Methods',
      ) as Element;
      const ribbon = tag(list, 'runtime_platform_actions-actions-ribbon')[0] as Element;
      return [...visible(ribbon), ...overflow(ribbon)];
    };
    expect(await buttons()).toEqual(['New']);
    configWorld(org).layouts.accountAchButton = true;
    expect(await buttons()).toEqual(['New', 'New Payment Method ACH']);
  });
});

describe('Billing settings (Billing Configuration)', () => {
  const vf = 'acme--blng.vf.force.com';
  async function save(value: string) {
    const doc = parse((await fetchAs(vf, '/apex/BillingSettings')).body);
    const form = doc.getElementById('page:form') as HTMLFormElement;
    const label = Array.from(doc.querySelectorAll('td.labelCol label')).find(
      (x) => x.textContent === 'Payment creation batch size',
    ) as HTMLLabelElement;
    const field = doc.getElementById(label.htmlFor) as HTMLInputElement;
    const data = new URLSearchParams();
    for (const input of Array.from(
      form.querySelectorAll('input[type=hidden]'),
    ) as HTMLInputElement[])
      data.set(input.name, input.value);
    data.set(field.name, value);
    data.set((form.querySelector('input[value=Save]') as HTMLInputElement).name, 'Save');
    return parse(
      (
        await fetchAs(vf, form.getAttribute('action') as string, {
          method: 'POST',
          body: data.toString(),
          type: FORM,
        })
      ).body,
    );
  }

  it('titles the page Billing Configuration with a Payment tab; saves 1–70 and refuses the rest', async () => {
    const org = server.org('acme');
    org.installed.push(BILLING_INSTALLED);
    const page = parse((await fetchAs(vf, '/apex/BillingSettings')).body);
    expect(page.querySelector('h2.pageDescription')?.textContent?.trim()).toBe(
      'Billing Configuration',
    );
    expect(texts(page, 'td.rich-tab-header')).toEqual(['General', 'Invoice', 'Payment']);
    expect(page.body.textContent).not.toContain('Payment Scheduler');
    for (const bad of ['71', '0', 'abc', '']) {
      const after = await save(bad);
      expect(after.querySelector('.message.errorM3')?.textContent).toContain('between 1 and 70');
    }
    expect(org.cpqOtherSettings['blng:Payment creation batch size']).toBeUndefined();
    const ok = await save('70');
    expect(ok.querySelector('.message.confirmM3')).not.toBeNull();
    expect(org.cpqOtherSettings['blng:Payment creation batch size']).toBe('70');
    const reloaded = parse((await fetchAs(vf, '/apex/BillingSettings')).body);
    expect(reloaded.querySelector('input[value="70"]')).not.toBeNull();
  });
});

describe('Payment Center', () => {
  it('takes a new payment method; ACH from here fails, as does saving and charging at once', async () => {
    const org = server.org('acme');
    org.installed.push(BILLING_INSTALLED);
    const page = await fetchAs('acme--blng.vf.force.com', `/apex/PaymentCenter?id=${ACCOUNT_ID}`);
    const doc = parse(page.body);
    expect(texts(doc, 'h2')).toContain('New Payment Method');
    const post = (body: string) =>
      fetchAs('acme--blng.vf.force.com', `/apex/PaymentCenter?id=${ACCOUNT_ID}`, {
        method: 'POST',
        body,
        type: FORM,
      });
    expect((await post('pc:type=ACH&pc:save=on')).body).toContain('not verified');
    expect((await post('pc:type=Credit+Card&pc:save=on&pc:charge=on')).body).toContain(
      'saved and charged',
    );
    expect(configWorld(org).paymentCenterSubmissions).toEqual([
      { type: 'ACH', saveForFuture: true, charge: false },
      { type: 'Credit Card', saveForFuture: true, charge: true },
    ]);
    expect((await fetchAs('acme--blng.vf.force.com', '/apex/PaymentCenter?id=nope')).status).toBe(
      404,
    );
  });
});
