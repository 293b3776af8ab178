import { describe, expect, it } from 'vitest';
import { type GuardInput, guardsFor, linkEnvironmentFor } from '../../src/core/guards';
import { english } from '../../src/core/i18n';

const base: GuardInput = {
  package: 'billing',
  version: '258.1',
  pageHost: 'acme.my.salesforce.com',
  org: 'acme',
  orgEnvironment: 'production',
  steps: {
    'cpq-license': { status: 'done' },
    'cpq-install': { status: 'done', version: '258.2' },
    'billing-install': { status: 'pending' },
    'stripe-install': { status: 'pending' },
  },
};
const kinds = (input: Partial<GuardInput>) =>
  guardsFor({ ...base, ...input }, english).map((g) => g.kind);

describe('install-page guards', () => {
  it('nothing to say when the order is right', () => {
    expect(kinds({})).toEqual([]);
  });

  it('Billing before CPQ names CPQ and how to get it', () => {
    const [guard] = guardsFor(
      { ...base, steps: { 'cpq-install': { status: 'pending' } } },
      english,
    );
    expect(guard?.kind).toBe('order');
    expect(guard?.text).toContain('Salesforce CPQ (Install for All Users)');
    expect(guard?.title).toBe('Install Salesforce CPQ first');
  });

  it('a dependency submitted but not yet listed asks to confirm it', () => {
    const steps = { ...base.steps, 'billing-install': { status: 'in-progress' as const } };
    const [guard] = guardsFor({ ...base, package: 'stripe', steps }, english);
    expect(guard?.title).toBe('Confirm Salesforce Billing first');
    expect(guard?.text).toContain(
      'Salesforce Billing was submitted: confirm it in Installed Packages',
    );
  });

  it('Stripe before Billing names Billing only; before both names both', () => {
    expect(guardsFor({ ...base, package: 'stripe' }, english)[0]?.title).toBe(
      'Install Salesforce Billing first',
    );
    expect(guardsFor({ ...base, package: 'stripe', steps: {} }, english)[0]?.title).toBe(
      'Install Salesforce CPQ and Salesforce Billing first',
    );
  });

  it('already installed: upgrade from version X, or a downgrade warning', () => {
    const steps = {
      ...base.steps,
      'billing-install': { status: 'done' as const, version: '256.0' },
    };
    const [up] = guardsFor({ ...base, steps }, english);
    expect(up?.kind).toBe('upgrade');
    expect(up?.text).toContain('upgrade from version 256.0 to 258.1');
    expect(kinds({ steps, version: '250.0' })).toEqual(['downgrade']);
  });

  it('CPQ without a confirmed license says so', () => {
    expect(kinds({ package: 'cpq', steps: { 'cpq-license': { status: 'pending' } } })).toEqual([
      'license',
    ]);
  });

  it.each([
    ['production', 'sandbox', true],
    ['production', 'production', false],
    ['sandbox', 'production', true],
    ['sandbox', 'sandbox', false],
    ['developer', 'production', false],
    ['developer', 'sandbox', true],
    ['scratch', 'sandbox', false],
    ['unknown', 'sandbox', false],
  ] as const)('a %s org reached through the %s link warns: %s', (orgEnvironment, link, warns) => {
    const guards = guardsFor(
      {
        ...base,
        orgEnvironment,
        link: {
          environment: link,
          host: `${link === 'sandbox' ? 'test' : 'login'}.salesforce.com`,
        },
      },
      english,
    );
    expect(guards.some((g) => g.kind === 'environment')).toBe(warns);
  });

  it('the environment warning names both the link and the org', () => {
    const [g] = guardsFor(
      {
        ...base,
        link: { environment: 'sandbox', host: 'test.salesforce.com' },
      },
      english,
    );
    expect(g?.title).toBe('Sandbox link, production org');
    expect(g?.text).toContain('test.salesforce.com');
    expect(g?.text).toContain('acme is a production org');
  });

  it('on a generic login host it says the org is not known rather than guess', () => {
    const guards = guardsFor(
      { ...base, org: null, steps: null, pageHost: 'test.salesforce.com' },
      english,
    );
    expect(guards.map((g) => g.kind)).toEqual(['org-unknown']);
    expect(guards[0]?.text).toContain('test.salesforce.com: sandbox link');
  });

  it('link environments by org kind', () => {
    expect(linkEnvironmentFor('sandbox')).toBe('sandbox');
    expect(linkEnvironmentFor('developer')).toBe('production');
    expect(linkEnvironmentFor('unknown')).toBeNull();
  });
});
