// @vitest-environment happy-dom
/**
 * The #18 page readers (src/content/read/) against the replicas' own HTML, in both markups:
 * what they find, and "not found" (null) kept apart from "empty".
 */
import { describe, expect, it } from 'vitest';
import { findApp, readAppLauncher } from '../../src/content/read/app-launcher';
import { findBatchSizeInput, readBillingSettings } from '../../src/content/read/billing-settings';
import { readPaymentCenter } from '../../src/content/read/payment-center';
import { readActionBar, readRecordPage, recordAddress } from '../../src/content/read/record-page';
import { findStripeButton, readStripeSetupApp } from '../../src/content/read/stripe-setup-app';
import { lightningPage } from '../fixtures/salesforce/app-launcher';
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
import {
  BILLING_SETTINGS,
  CPQ_SETTINGS,
  handleSettingsPost,
  renderSettingsPage,
} from '../fixtures/salesforce/cpq-settings';
import { type ParsedHost, parseHost } from '../fixtures/salesforce/hosts';
import { renderPaymentCenter } from '../fixtures/salesforce/payment-center';
import { renderRecordPage } from '../fixtures/salesforce/record-pages';
import { createOrgState, type OrgState, type Pkg } from '../fixtures/salesforce/state';
import { renderStripeSetupApp } from '../fixtures/salesforce/stripe-setup-app';

const VARIANTS = ['a', 'b'] as const;
const LIGHTNING = parseHost('acme.lightning.force.com') as ParsedHost;

function parse(html: string | null): Document {
  if (html === null) throw new Error('the replica rendered nothing');
  // the page's own stylesheet and scripts are not loaded here: the readers read the markup
  const markup = html.replace(/<link\b[^>]*>/g, '').replace(/<script\b[\s\S]*?<\/script>/g, '');
  return new DOMParser().parseFromString(markup, 'text/html');
}

function org(variant: 'a' | 'b', ...packages: Pkg[]): OrgState {
  const state = createOrgState('acme');
  state.variant = variant;
  state.installed.push(...packages);
  return state;
}

describe('readAppLauncher', () => {
  it.each(VARIANTS)(
    'variant %s: the search and its results, the Stripe setup app found by name',
    (v) => {
      const state = org(v, CONNECTOR_INSTALLED);
      const doc = parse(
        lightningPage(LIGHTNING, state, {
          title: 'Home',
          main: '',
          launcher: { open: true, search: 'stripe' },
        }),
      );
      expect(readAppLauncher(doc)).toEqual({
        search: 'stripe',
        apps: ['Stripe Payment Gateway Setup', 'Stripe Payments'],
      });
      expect(findApp(doc, 'Stripe Payment Gateway Setup')).not.toBeNull();
      expect(findApp(doc, 'Sales')).toBeNull(); // hidden by the search
    },
  );

  it.each(VARIANTS)(
    'variant %s: closed is null; a search without matches is an empty list',
    (v) => {
      const state = org(v);
      expect(
        readAppLauncher(parse(lightningPage(LIGHTNING, state, { title: 'Home', main: '' }))),
      ).toBeNull();
      const empty = parse(
        lightningPage(LIGHTNING, state, {
          title: 'Home',
          main: '',
          launcher: { open: true, search: 'stripe' },
        }),
      );
      expect(readAppLauncher(empty)).toEqual({ search: 'stripe', apps: [] });
      expect(findApp(empty, 'Stripe Payment Gateway Setup')).toBeNull();
    },
  );
});

describe('readStripeSetupApp', () => {
  const page = (state: OrgState, step: string) => {
    const p =
      state.variant === 'a' ? LIGHTNING : (parseHost('acme--chrgx.vf.force.com') as ParsedHost);
    const query = new URLSearchParams(state.variant === 'a' ? { c__step: step } : { step });
    return parse(renderStripeSetupApp(p, state, query));
  };

  it.each(VARIANTS)('variant %s: each stage, its buttons, mode and authorization', (v) => {
    const state = org(v, CONNECTOR_INSTALLED);
    const start = page(state, 'get-started');
    expect(readStripeSetupApp(start)).toEqual({
      stage: 'get-started',
      mode: null,
      authorized: null,
      buttons: ['Get Started'],
    });
    expect(findStripeButton(start, 'Get Started')).not.toBeNull();
    expect(readStripeSetupApp(page(state, 'mode'))).toMatchObject({
      stage: 'mode',
      mode: v === 'a' ? null : 'test', // b chooses Test Mode by default
      buttons: ['Authorize'],
    });
    const world = configWorld(state);
    world.stripe.mode = 'live';
    expect(readStripeSetupApp(page(state, 'system-connections'))).toEqual({
      stage: 'system-connections',
      mode: 'live',
      authorized: false,
      buttons: ['Authorize', 'Finish'],
    });
    world.stripe.authorized.live = true;
    expect(readStripeSetupApp(page(state, 'system-connections'))).toEqual({
      stage: 'system-connections',
      mode: 'live',
      authorized: true,
      buttons: ['Finish'],
    });
  });

  it('the title without any stage text is the app with an unknown stage; other pages are null', () => {
    const state = org('a', CONNECTOR_INSTALLED);
    expect(readStripeSetupApp(page(state, 'finished'))).toMatchObject({
      stage: null,
      authorized: null,
    });
    expect(
      readStripeSetupApp(parse(lightningPage(LIGHTNING, state, { title: 'Home', main: '' }))),
    ).toBeNull();
  });
});

describe('readRecordPage', () => {
  const record = (state: OrgState, object: string, id: string, openMenus = false) =>
    parse(renderRecordPage(LIGHTNING, state, object, id, { openMenus }));
  const url = (object: string, id: string) =>
    new URL(`https://acme.lightning.force.com/lightning/r/${object}/${id}/view`);

  it('takes the object API name from the URL', () => {
    expect(recordAddress(url('blng__Payment__c', PAYMENT_ID))).toEqual({
      object: 'blng__Payment__c',
      id: PAYMENT_ID,
    });
    expect(
      recordAddress(new URL('https://acme.lightning.force.com/lightning/o/Account/list')),
    ).toBeNull();
  });

  it('variant a: Refund sits in the overflow, read only once the admin has opened it', () => {
    const state = org('a', BILLING_INSTALLED);
    configureLayouts(configWorld(state));
    const closed = readActionBar(record(state, 'blng__Payment__c', PAYMENT_ID));
    expect(closed).toEqual({ bar: ['Edit', 'Delete', 'Clone'], menu: null, overflow: true });
    const open = readActionBar(record(state, 'blng__Payment__c', PAYMENT_ID, true));
    expect(open?.menu).toEqual(['Change Owner', 'Printable View', 'Refund']);
  });

  it('variant b: Refund and the long Verify label show in the bar', () => {
    const state = org('b', BILLING_INSTALLED);
    configureLayouts(configWorld(state));
    configWorld(state).layouts.paymentMethodVerify = 'Verify Payment Method ACH';
    expect(readActionBar(record(state, 'blng__Payment__c', PAYMENT_ID))?.bar[0]).toBe('Refund');
    const pm = readRecordPage(
      record(state, 'blng__PaymentMethod__c', PAYMENT_METHOD_ID),
      url('blng__PaymentMethod__c', PAYMENT_METHOD_ID),
    );
    expect(pm).toMatchObject({ object: 'blng__PaymentMethod__c', label: 'Payment Method' });
    expect(pm?.actions?.bar).toContain('Verify Payment Method ACH');
  });

  it.each(VARIANTS)("variant %s: the Account's Payment Methods list and its buttons", (v) => {
    const state = org(v, BILLING_INSTALLED);
    configWorld(state).layouts.accountAchButton = true;
    const view = readRecordPage(
      record(state, 'Account', ACCOUNT_ID, true),
      url('Account', ACCOUNT_ID),
    );
    const list = view?.relatedLists.find((l) => l.title === 'Payment Methods');
    const buttons = [...(list?.buttons.bar ?? []), ...(list?.buttons.menu ?? [])];
    expect(buttons).toEqual(['New', 'New Payment Method ACH']);
    expect(view?.relatedLists.map((l) => l.title)).toEqual([
      'Contacts',
      'Payment Methods',
      'Invoices',
      'Opportunities',
    ]);
  });

  it('the standard Payment reads as object Payment, with its own Refund', () => {
    const state = org('a');
    const view = readRecordPage(
      record(state, 'Payment', STANDARD_PAYMENT_ID),
      url('Payment', STANDARD_PAYMENT_ID),
    );
    expect(view).toMatchObject({ object: 'Payment', label: 'Payment' });
    expect(view?.actions?.bar).toContain('Refund');
  });

  it('no action bar is null, not an empty bar', () => {
    const doc = parse(
      '<html><body><records-highlights2><h1>P-1</h1></records-highlights2></body></html>',
    );
    expect(readActionBar(doc)).toBeNull();
    expect(readRecordPage(doc, url('blng__Payment__c', PAYMENT_ID))?.actions).toBeNull();
  });
});

describe('readBillingSettings', () => {
  const vf = parseHost('acme--blng.vf.force.com') as ParsedHost;

  it.each(VARIANTS)(
    'variant %s: the batch size field empty, then saved at 70 with the Success message',
    (v) => {
      const state = org(v, BILLING_INSTALLED);
      const payment = 2;
      const first = parse(
        renderSettingsPage(BILLING_SETTINGS, vf, state, new URLSearchParams(), {
          activeTab: payment,
        }),
      );
      expect(readBillingSettings(first)).toEqual({
        batchSize: { saved: '', current: '', shown: true },
        message: null,
      });
      const input = findBatchSizeInput(first) as HTMLInputElement;
      const form = new URLSearchParams();
      for (const hidden of first.querySelectorAll<HTMLInputElement>('input[type=hidden]'))
        form.set(hidden.name, hidden.value);
      form.set(input.name, '70');
      form.set((first.querySelector('input[value=Save]') as HTMLInputElement).name, 'Save');
      const outcome = handleSettingsPost(BILLING_SETTINGS, state, form);
      if (outcome.kind !== 'page') throw new Error('expected a page');
      const saved = parse(
        renderSettingsPage(BILLING_SETTINGS, vf, state, new URLSearchParams(), outcome.render),
      );
      expect(readBillingSettings(saved)).toEqual({
        batchSize: { saved: '70', current: '70', shown: true },
        message: { kind: 'success', text: 'Your settings have been saved.' },
      });
    },
  );

  it('the field on a hidden tab is not shown; absent (b renders one tab) is null; CPQ is not Billing', () => {
    const a = parse(
      renderSettingsPage(BILLING_SETTINGS, vf, org('a', BILLING_INSTALLED), new URLSearchParams()),
    );
    expect(readBillingSettings(a)?.batchSize?.shown).toBe(false);
    const b = parse(
      renderSettingsPage(BILLING_SETTINGS, vf, org('b', BILLING_INSTALLED), new URLSearchParams()),
    );
    expect(readBillingSettings(b)).toEqual({ batchSize: null, message: null });
    const cpq = parse(renderSettingsPage(CPQ_SETTINGS, vf, org('a'), new URLSearchParams()));
    expect(readBillingSettings(cpq)).toBeNull();
  });
});

describe('readPaymentCenter', () => {
  const vf = parseHost('acme--blng.vf.force.com') as ParsedHost;
  it.each(VARIANTS)('variant %s: the chosen type and the save / charge boxes', (v) => {
    const state = org(v, BILLING_INSTALLED);
    const card = parse(renderPaymentCenter(vf, state, new URLSearchParams({ id: ACCOUNT_ID })));
    expect(readPaymentCenter(card)).toEqual({ type: 'card', saveForFuture: true, charge: false });
    const ach = parse(
      renderPaymentCenter(vf, state, new URLSearchParams({ id: ACCOUNT_ID, type: 'ACH' })),
    );
    expect(readPaymentCenter(ach)?.type).toBe('ach');
  });

  it('another page is null', () => {
    expect(
      readPaymentCenter(parse('<html><body><h1>Payment Center</h1></body></html>')),
    ).toBeNull();
  });
});
