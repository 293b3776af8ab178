import { describe, expect, it } from 'vitest';
import { rejudgePermsets } from '../../src/core/config/apply-permsets';
import { PERMSET_USERS_CAP } from '../../src/core/config/permsets-evidence';
import { applyObservation, newOrgProgress } from '../../src/core/progress';
import type { Observation, OrgProgress } from '../../src/core/schemas';

const ALL = [
  'Salesforce CPQ Admin User',
  'Salesforce Billing Admin',
  'Stripe Payment Gateway Admin',
];
let clock = 0;
const at = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
const userPage = (user: string, sets: string[], profile = 'System Administrator'): Observation => ({
  kind: 'permission-set-assignments',
  seenAt: at(),
  url: `https://acme.my.salesforce.com/005${user.length}`,
  user,
  profile,
  sets,
  cpqLicense: true,
});
const start = () => newOrgProgress('acme', 'production', at());
const admin = (s: OrgProgress) => s.steps['config-permsets-admin'];

describe('permission set reducer', () => {
  it('an admin with all three sets: done, evidence per user', () => {
    const s = applyObservation(start(), userPage('Ada', ALL));
    expect(admin(s)).toMatchObject({ status: 'done', note: { key: 'configPermsetsAdminDone' } });
    expect(admin(s).evidence?.permsetUsers).toEqual([
      expect.objectContaining({ user: 'Ada', sets: ALL }),
    ]);
  });

  it('a second admin adds to the first and, lacking sets, keeps the step in progress', () => {
    let s = applyObservation(start(), userPage('Ada', ALL));
    s = applyObservation(s, userPage('Lin', ALL.slice(0, 2)));
    expect(admin(s)).toMatchObject({
      status: 'in-progress',
      note: { key: 'configPermsetsAdminLacks', args: ['Lin', 'Stripe Payment Gateway Admin', 1] },
    });
    expect(admin(s).evidence?.permsetUsers?.map((u) => u.user)).toEqual(['Lin', 'Ada']);
    // Lin's later page replaces Lin's entry, not Ada's.
    s = applyObservation(s, userPage('Lin', ALL));
    expect(admin(s).status).toBe('done');
    expect(admin(s).evidence?.permsetUsers).toHaveLength(2);
  });

  it('keeps at most the cap of users, newest first', () => {
    let s = start();
    for (let i = 0; i < PERMSET_USERS_CAP + 5; i++) s = applyObservation(s, userPage(`U${i}`, ALL));
    const users = admin(s).evidence?.permsetUsers ?? [];
    expect(users).toHaveLength(PERMSET_USERS_CAP);
    expect(users[0]?.user).toBe(`U${PERMSET_USERS_CAP + 4}`);
  });

  it('the org’s admin profile decides who is an admin', () => {
    const obs = userPage('Cy', ALL, 'Custom Admin');
    expect(admin(applyObservation(start(), obs)).status).toBe('pending');
    expect(admin(applyObservation(start(), obs, { adminProfile: 'custom admin' })).status).toBe(
      'done',
    );
  });

  it('a Manage Assignments list adds its set to users already seen, never adds strangers', () => {
    let s = applyObservation(start(), userPage('Ada', ALL.slice(0, 2)));
    s = applyObservation(s, {
      kind: 'permission-set-members',
      seenAt: at(),
      url: 'https://acme.my.salesforce.com/005?id=0PS',
      set: 'Stripe Payment Gateway Admin',
      users: [
        { name: 'Ada', profile: 'System Administrator' },
        { name: 'Zed', profile: 'System Administrator' },
      ],
    });
    expect(admin(s).status).toBe('done');
    expect(admin(s).evidence?.permsetUsers?.map((u) => u.user)).toEqual(['Ada']);
  });

  it('payment users: both sets, then the acknowledgement, make config-permsets-users done', () => {
    const s = applyObservation(
      start(),
      userPage('Sam', ['Salesforce CPQ User', 'Stripe Payment Gateway User'], 'Standard User'),
    );
    expect(s.steps['config-permsets-users']).toMatchObject({
      status: 'in-progress',
      note: { key: 'configPermsetsUsersBillingAccess' },
    });
    const acked = rejudgePermsets(s, { billingAccessAck: true }, at());
    expect(acked.steps['config-permsets-users'].status).toBe('done');
    expect(acked.history.at(-1)?.summary).toEqual({ key: 'permsetsSummaryAnswersChanged' });
    expect(
      rejudgePermsets(start(), { billingAccessAck: true }, at()).steps['config-permsets-users']
        .status,
    ).toBe('pending');
  });
});
