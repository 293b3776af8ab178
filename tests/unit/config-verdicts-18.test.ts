// @vitest-environment node
/** The #18 verdicts (src/core/config/): observations in, facts out, table by table. */
import { describe, expect, it } from 'vitest';
import { billingBatchVerdict } from '../../src/core/config/billing-batch';
import {
  type BillingSettingsObservation,
  observation18Schema,
  type RecordPageObservation,
  type StripeAppObservation,
} from '../../src/core/config/observations-18';
import { CONNECTOR_ONLY_STEPS, otherStripeVerdict } from '../../src/core/config/other-stripe';
import { recordActionVerdicts } from '../../src/core/config/record-actions';
import { stripeAuthorizeVerdict } from '../../src/core/config/stripe-authorize';
import { stripeLauncherHint } from '../../src/core/config/stripe-launcher';

type Bar = NonNullable<RecordPageObservation['actions']>;
const bar = (shown: string[], menu: string[] | null = null, overflow = menu !== null): Bar => ({
  bar: shown,
  menu,
  overflow,
});
const record = (
  object: string,
  actions: Bar | null,
  relatedLists: RecordPageObservation['relatedLists'] = [],
): RecordPageObservation => ({
  kind: 'record-page',
  object,
  label: null,
  actions,
  relatedLists,
});

describe('recordActionVerdicts', () => {
  it.each([
    [
      'Refund in the bar',
      record('blng__Payment__c', bar(['Edit', 'Refund'])),
      'config-action-refund',
      'done',
      'recordActionShown',
      ['Refund', 'bar'],
    ],
    [
      'Refund in the open menu',
      record('blng__Payment__c', bar(['Edit'], ['Clone', 'refund'])),
      'config-action-refund',
      'done',
      'recordActionShown',
      ['refund', 'menu'],
    ],
    [
      'a closed menu may hold it',
      record('blng__Payment__c', bar(['Edit'], null, true)),
      'config-action-refund',
      null,
      'recordActionMaybeInMenu',
      ['Refund'],
    ],
    [
      'no Refund, nothing hidden',
      record('blng__Payment__c', bar(['Edit', 'Delete'])),
      'config-action-refund',
      'pending',
      'recordActionMissing',
      ['Refund', 'Payment Layout'],
    ],
    [
      'open menu without it',
      record('blng__Payment__c', bar(['Edit'], ['Clone'])),
      'config-action-refund',
      'pending',
      'recordActionMissing',
      ['Refund', 'Payment Layout'],
    ],
    [
      'no action bar found',
      record('blng__Payment__c', null),
      'config-action-refund',
      null,
      'recordActionBarNotFound',
      [],
    ],
    [
      'the standard Payment is no evidence',
      record('Payment', bar(['Refund'])),
      'config-action-refund',
      null,
      'recordNotBillingObject',
      ['Payment', 'blng__Payment__c'],
    ],
    [
      'Verify',
      record('blng__PaymentMethod__c', bar(['Verify'])),
      'config-action-verify',
      'done',
      'recordActionShown',
      ['Verify', 'bar'],
    ],
    [
      'the longer Verify label',
      record('blng__PaymentMethod__c', bar(['Edit'], ['Verify Payment Method ACH'])),
      'config-action-verify',
      'done',
      'recordActionShown',
      ['Verify Payment Method ACH', 'menu'],
    ],
    [
      'Verify look-alike',
      record('blng__PaymentMethod__c', bar(['Verify Card'])),
      'config-action-verify',
      'pending',
      'recordActionMissing',
      ['Verify', 'Payment Method Layout'],
    ],
    [
      'ACH button on the list',
      record('Account', bar(['Edit']), [
        { title: 'Payment Methods', buttons: bar(['New', 'New Payment Method ACH']) },
      ]),
      'config-button-ach',
      'done',
      'recordActionShown',
      ['New Payment Method ACH', 'bar'],
    ],
    [
      'ACH button only on another list',
      record('Account', bar(['Edit']), [
        { title: 'Contacts', buttons: bar(['New Payment Method ACH']) },
        { title: 'Payment Methods', buttons: bar(['New']) },
      ]),
      'config-button-ach',
      'pending',
      'recordActionMissing',
      ['New Payment Method ACH', 'Billing Account Layout'],
    ],
    [
      'no Payment Methods list',
      record('Account', bar(['Edit']), [{ title: 'Contacts', buttons: bar(['New']) }]),
      'config-button-ach',
      null,
      'recordRelatedListNotFound',
      ['Payment Methods', 'Billing Account Layout'],
    ],
  ] as const)('%s', (_, obs, step, status, key, args) => {
    expect(recordActionVerdicts(obs)).toEqual([{ step, status, key, args }]);
  });

  it('other objects have nothing to say', () => {
    expect(recordActionVerdicts(record('Opportunity', bar(['Refund'])))).toEqual([]);
  });
});

const app = (o: Partial<StripeAppObservation>): StripeAppObservation => ({
  kind: 'stripe-setup-app',
  stage: null,
  mode: null,
  authorized: null,
  buttons: [],
  ...o,
});

describe('stripeAuthorizeVerdict', () => {
  it.each([
    [
      'Authorized, test',
      app({ stage: 'system-connections', mode: 'test', authorized: true, buttons: ['Finish'] }),
      'production',
      'done',
      'stripeAuthorized',
      ['test'],
      'Finish',
      [],
    ],
    [
      'Authorized, mode not shown',
      app({ stage: 'system-connections', authorized: true }),
      'sandbox',
      'done',
      'stripeAuthorized',
      ['unknown'],
      null,
      [],
    ],
    [
      'Not Authorized',
      app({
        stage: 'system-connections',
        mode: 'live',
        authorized: false,
        buttons: ['Authorize', 'Finish'],
      }),
      'sandbox',
      'in-progress',
      'stripeNotAuthorized',
      ['live'],
      'Authorize',
      ['stripeLiveModeInSandbox'],
    ],
    [
      'status not shown',
      app({ stage: 'system-connections' }),
      'production',
      null,
      'stripeStatusNotShown',
      [],
      null,
      [],
    ],
    [
      'choosing, production',
      app({ stage: 'mode', buttons: ['Authorize'] }),
      'production',
      'in-progress',
      'stripeChooseMode',
      ['none'],
      'Authorize',
      ['stripeTestModeInProduction'],
    ],
    [
      'live chosen in production',
      app({ stage: 'mode', mode: 'live', buttons: ['Authorize'] }),
      'production',
      'in-progress',
      'stripeChooseMode',
      ['live'],
      'Authorize',
      [],
    ],
    [
      'live chosen in a sandbox',
      app({ stage: 'mode', mode: 'live', buttons: ['Authorize'] }),
      'sandbox',
      'in-progress',
      'stripeChooseMode',
      ['live'],
      'Authorize',
      ['stripeLiveModeInSandbox'],
    ],
    [
      'Get Started',
      app({ stage: 'get-started', buttons: ['Get Started'] }),
      'production',
      'in-progress',
      'stripePressGetStarted',
      [],
      'Get Started',
      [],
    ],
    [
      'Get Started button missing',
      app({ stage: 'get-started' }),
      'production',
      'in-progress',
      'stripePressGetStarted',
      [],
      null,
      [],
    ],
    ['unknown stage', app({}), 'production', null, 'stripeStageUnknown', [], null, []],
  ] as const)('%s', (_, obs, kind, status, key, args, point, warnings) => {
    const v = stripeAuthorizeVerdict(obs, kind);
    expect({ status: v.status, key: v.key, args: v.args, point: v.point }).toEqual({
      status,
      key,
      args,
      point,
    });
    expect(v.warnings.map((w) => w.key)).toEqual(warnings);
    expect(v.mode).toBe(obs.mode);
  });

  it('going live after a test authorization says it must be authorized again', () => {
    const v = stripeAuthorizeVerdict(app({ stage: 'mode', mode: 'live' }), 'production', 'test');
    expect(v.warnings).toContainEqual({
      key: 'stripeModeChangeReauthorize',
      args: ['test', 'live'],
    });
  });
});

describe('stripeLauncherHint', () => {
  it.each([
    [
      ['Sales', 'Stripe Payment Gateway Setup'],
      'stripe',
      {
        key: 'launcherOpenStripeSetup',
        args: ['Stripe Payment Gateway Setup'],
        app: 'Stripe Payment Gateway Setup',
      },
    ],
    [
      ['Stripe Payments'],
      'Stripe',
      {
        key: 'launcherStripeSetupMissing',
        args: ['Stripe Payment Gateway Setup', 'Stripe'],
        app: null,
      },
    ],
    [['Sales', 'Service'], 'sal', null],
  ])('%j searched %s', (apps, search, hint) => {
    expect(stripeLauncherHint({ kind: 'app-launcher', apps, search })).toEqual(hint);
  });
});

const batch = (
  saved: string,
  o: Partial<BillingSettingsObservation> = {},
): BillingSettingsObservation => ({
  kind: 'billing-settings',
  batchSize: { saved, current: saved, shown: true },
  message: null,
  afterSave: false,
  ...o,
});

describe('billingBatchVerdict', () => {
  it.each([
    ['70 saved', batch('70'), 'done', 'batchSizeRecommended', [70], null],
    [
      '70 after a save',
      batch('70', { afterSave: true }),
      'done',
      'batchSizeRecommended',
      [70],
      null,
    ],
    [
      'another value the admin saved',
      batch('25', { afterSave: true }),
      'skipped',
      'batchSizeOther',
      [25],
      null,
    ],
    [
      'another value, not saved by the admin',
      batch('25'),
      'pending',
      'batchSizeSuggest',
      ['25', 70],
      '70',
    ],
    ['empty', batch(''), 'pending', 'batchSizeSuggest', ['', 70], '70'],
    [
      '70 typed, not saved yet',
      batch('', { batchSize: { saved: '', current: '70', shown: true } }),
      'pending',
      'batchSizeSuggest',
      ['', 70],
      null,
    ],
    [
      'refused by the page',
      batch('', {
        afterSave: true,
        message: { kind: 'error', text: 'x' },
        batchSize: { saved: '', current: '80', shown: true },
      }),
      null,
      'batchSizeRejected',
      ['80'],
      null,
    ],
    [
      'an old out-of-range value saved',
      batch('100', { afterSave: true }),
      'pending',
      'batchSizeSuggest',
      ['100', 70],
      '70',
    ],
    [
      'on a hidden tab',
      batch('', { batchSize: { saved: '', current: '', shown: false } }),
      null,
      'batchSizeOpenPaymentTab',
      [],
      null,
    ],
    ['field not found', batch('', { batchSize: null }), null, 'batchSizeNotFound', [], null],
  ] as const)('%s', (_, obs, status, key, args, fill) => {
    expect(billingBatchVerdict(obs)).toEqual({ status, key, args, fill });
  });
});

describe('otherStripeVerdict', () => {
  const CONNECTOR = {
    name: 'Stripe Connector for Salesforce CPQ & Billing',
    publisher: 'Stripe, Inc.',
  };
  const PLATFORM = { name: 'Stripe Connector for Salesforce Platform', publisher: 'Stripe' };
  const EXTENSION = { name: 'Salesforce Billing Extension', publisher: 'Stripe' };
  const BILLING = { name: 'Salesforce Billing', namespace: 'blng' };

  it.each([
    ['connector only', [BILLING, CONNECTOR], 'connector', null, 0],
    ['nothing of Stripe', [BILLING], 'none', null, 0],
    [
      'the other family only',
      [BILLING, PLATFORM, EXTENSION],
      'other',
      'otherStripeOnly',
      CONNECTOR_ONLY_STEPS.length,
    ],
    ['both', [CONNECTOR, PLATFORM], 'both', 'otherStripeAlsoInstalled', 0],
  ] as const)('%s', (_, rows, family, notice, skipped) => {
    const v = otherStripeVerdict(rows);
    expect(v.family).toBe(family);
    expect(v.notice?.key ?? null).toBe(notice);
    expect(v.skipped).toHaveLength(skipped);
  });

  it('names the other packages in every skipped step, and skips no layout or permission step', () => {
    const v = otherStripeVerdict([PLATFORM, EXTENSION]);
    expect(v.skipped[0]).toEqual({
      step: 'config-action-refund',
      status: 'skipped',
      key: 'skippedForOtherStripe',
      args: ['Stripe Connector for Salesforce Platform, Salesforce Billing Extension'],
    });
    expect(v.skipped.map((s) => s.step).filter((s) => /permsets|layout|batchsize/.test(s))).toEqual(
      [],
    );
  });
});

describe('observation18Schema', () => {
  it('accepts what the readers produce and refuses malformed or oversized observations', () => {
    expect(observation18Schema.safeParse(batch('70', { afterSave: true })).success).toBe(true);
    expect(observation18Schema.safeParse(record('blng__Payment__c', bar(['Refund']))).success).toBe(
      true,
    );
    expect(observation18Schema.safeParse(record('x y', bar([]))).success).toBe(false);
    expect(observation18Schema.safeParse({ ...app({}), buttons: ['Click'] }).success).toBe(false);
    expect(
      observation18Schema.safeParse({ kind: 'app-launcher', search: '', apps: ['x'.repeat(301)] })
        .success,
    ).toBe(false);
    expect(observation18Schema.safeParse({ kind: 'nothing' }).success).toBe(false);
  });
});
