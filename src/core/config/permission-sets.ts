/**
 * Permission set verdicts (`config-permsets-admin`, `config-permsets-users`) from the users'
 * pages the guide has seen (docs/salesforce/permission-sets.md). Only the Permission Set
 * Assignments list counts (the reader never passes licences). An admin is a user whose profile
 * is the org's admin profile; done when at least one admin holds every set and no admin seen
 * lacks one.
 */
import { DEFAULT_ADMIN_PROFILE } from '../org-settings';
import { foldText } from '../packages';
import { missingSets } from './set-match';
import { PERMISSION_SET_TARGETS } from './targets';
import { type ConfigVerdict, nameList } from './verdict';

export interface SeenUser {
  user: string;
  profile: string | null;
  /** set labels from the user's Permission Set Assignments list */
  sets: readonly string[];
}

export { matchesTarget, missingSets, setsToPreselect } from './set-match';

export interface UserSetState {
  user: string;
  missing: string[];
}

export type AdminSetsKey =
  | 'configPermsetsAdminDone'
  | 'configPermsetsAdminLacks'
  | 'configPermsetsNoAdminSeen';

/**
 * `config-permsets-admin`. `adminProfile` is the org's setting (default System Administrator).
 * In progress names the first admin seen lacking sets and what they lack; the facts list every
 * admin seen.
 */
export function adminPermissionSetsVerdict(
  seen: readonly SeenUser[],
  adminProfile: string = DEFAULT_ADMIN_PROFILE,
): ConfigVerdict<AdminSetsKey, { admins: UserSetState[] }> {
  const profile = foldText(adminProfile);
  const admins = seen
    .filter((u) => u.profile !== null && foldText(u.profile) === profile)
    .map((u) => ({ user: u.user, missing: missingSets(u.sets, 'config-permsets-admin') }));
  const lacking = admins.filter((a) => a.missing.length > 0);
  const complete = admins.filter((a) => a.missing.length === 0);
  const [first] = lacking;
  if (first)
    return {
      status: 'in-progress',
      key: 'configPermsetsAdminLacks',
      args: [first.user, nameList(first.missing), lacking.length],
      facts: { admins },
    };
  if (complete.length > 0)
    return {
      status: 'done',
      key: 'configPermsetsAdminDone',
      args: [nameList(complete.map((a) => a.user))],
      facts: { admins },
    };
  return {
    status: 'not-started',
    key: 'configPermsetsNoAdminSeen',
    args: [adminProfile],
    facts: { admins },
  };
}

export type UserSetsKey =
  | 'configPermsetsUsersDone'
  | 'configPermsetsUsersLacks'
  | 'configPermsetsUsersNoneNamed'
  | 'configPermsetsUsersBillingAccess';

/**
 * `config-permsets-users`, per user the admin named as taking payments: each needs the two sets;
 * Billing object access is granted by hand, so done also needs the admin's acknowledgement.
 */
export function userPermissionSetsVerdict(
  named: readonly string[],
  seen: readonly SeenUser[],
  billingAccessAcknowledged: boolean,
): ConfigVerdict<UserSetsKey, { users: Array<UserSetState & { seen: boolean }> }> {
  const users = named.map((name) => {
    const page = seen.find((u) => foldText(u.user) === foldText(name));
    const missing = page
      ? missingSets(page.sets, 'config-permsets-users')
      : PERMISSION_SET_TARGETS['config-permsets-users'].map((t) => t.label);
    return { user: name, missing, seen: Boolean(page) };
  });
  if (users.length === 0)
    return {
      status: 'not-started',
      key: 'configPermsetsUsersNoneNamed',
      args: [],
      facts: { users },
    };
  const first = users.find((u) => u.missing.length > 0);
  if (first)
    return {
      status: users.some((u) => u.seen) ? 'in-progress' : 'not-started',
      key: 'configPermsetsUsersLacks',
      args: [first.user, nameList(first.missing)],
      facts: { users },
    };
  if (!billingAccessAcknowledged)
    return {
      status: 'in-progress',
      key: 'configPermsetsUsersBillingAccess',
      args: [],
      facts: { users },
    };
  return {
    status: 'done',
    key: 'configPermsetsUsersDone',
    args: [nameList(users.map((u) => u.user))],
    facts: { users },
  };
}

export type PaymentUsersKey =
  | 'configPermsetsUsersDone'
  | 'configPermsetsUsersLacks'
  | 'configPermsetsUsersNoneSeen'
  | 'configPermsetsUsersBillingAccess';

/**
 * `config-permsets-users` from the users' pages seen, without a list of names: a payment user is
 * any user seen whose profile is not the admin profile. Done when at least one holds both sets
 * and the admin acknowledged granting Billing object access by hand (the popup asks).
 */
export function paymentUsersVerdict(
  seen: readonly SeenUser[],
  adminProfile: string,
  billingAccessAcknowledged: boolean,
): ConfigVerdict<PaymentUsersKey, { users: UserSetState[] }> {
  const profile = foldText(adminProfile);
  const users = seen
    .filter((u) => u.profile === null || foldText(u.profile) !== profile)
    .map((u) => ({ user: u.user, missing: missingSets(u.sets, 'config-permsets-users') }));
  const complete = users.filter((u) => u.missing.length === 0);
  const [lacking] = users.filter((u) => u.missing.length > 0);
  if (complete.length === 0 && lacking)
    return {
      status: 'in-progress',
      key: 'configPermsetsUsersLacks',
      args: [lacking.user, nameList(lacking.missing)],
      facts: { users },
    };
  if (complete.length === 0)
    return {
      status: 'not-started',
      key: 'configPermsetsUsersNoneSeen',
      args: [],
      facts: { users },
    };
  if (!billingAccessAcknowledged)
    return {
      status: 'in-progress',
      key: 'configPermsetsUsersBillingAccess',
      args: [nameList(complete.map((u) => u.user))],
      facts: { users },
    };
  return {
    status: 'done',
    key: 'configPermsetsUsersDone',
    args: [nameList(complete.map((u) => u.user))],
    facts: { users },
  };
}
