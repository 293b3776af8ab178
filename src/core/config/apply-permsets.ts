/**
 * The reducer part of the permission set steps (`config-permsets-admin`, `config-permsets-users`):
 * a user's page or a set's Manage Assignments list updates the users seen (permsets-evidence.ts),
 * then both steps are judged again from all of them (permission-sets.ts) with the org's answers.
 */
import { DEFAULT_ADMIN_PROFILE, type OrgSettings } from '../org-settings';
import { foldText } from '../packages';
import { type Phrase, phrase } from '../phrase';
import type { StepId, StepStatus } from '../plan';
import { HISTORY_CAP } from '../progress';
import type { Observation, OrgProgress, StepState } from '../schemas';
import { adminPermissionSetsVerdict, paymentUsersVerdict } from './permission-sets';
import { PERMSET_USERS_CAP, type PermsetUser } from './permsets-evidence';
import type { ConfigStatus } from './verdict';

type Change = { step: StepId; next: StepState; summary: Phrase };
type PermsetObservation = Extract<
  Observation,
  { kind: 'permission-set-assignments' | 'permission-set-members' }
>;

const STATUS: Record<ConfigStatus, StepStatus> = {
  done: 'done',
  'in-progress': 'in-progress',
  'not-started': 'pending',
};

const sameUser = (a: string, b: string) => foldText(a) === foldText(b);

/** Every user seen so far, from either step's evidence (newest entry per user). */
export function seenPermsetUsers(state: Pick<OrgProgress, 'steps'>): PermsetUser[] {
  const all = [
    ...(state.steps['config-permsets-admin']?.evidence?.permsetUsers ?? []),
    ...(state.steps['config-permsets-users']?.evidence?.permsetUsers ?? []),
  ].sort((a, b) => (a.seenAt < b.seenAt ? 1 : a.seenAt > b.seenAt ? -1 : 0));
  const kept: PermsetUser[] = [];
  for (const u of all) if (!kept.some((k) => sameUser(k.user, u.user))) kept.push(u);
  return kept;
}

/** Newest first, one entry per user, bounded. */
function withUser(users: readonly PermsetUser[], entry: PermsetUser): PermsetUser[] {
  return [entry, ...users.filter((u) => !sameUser(u.user, entry.user))].slice(0, PERMSET_USERS_CAP);
}

function usersAfter(seen: PermsetUser[], obs: PermsetObservation): PermsetUser[] {
  if (obs.kind === 'permission-set-assignments')
    return withUser(seen, {
      user: obs.user,
      profile: obs.profile,
      sets: obs.sets,
      cpqLicense: obs.cpqLicense ?? null,
      seenAt: obs.seenAt,
      url: obs.url,
    });
  // A set's member list proves that set for users already seen; users never seen on their own
  // page are not added (one set says nothing about the other two).
  return seen.map((u) =>
    obs.users.some((m) => sameUser(m.name, u.user)) &&
    !u.sets.some((s) => foldText(s) === foldText(obs.set))
      ? { ...u, sets: [...u.sets, obs.set].slice(0, 200) }
      : u,
  );
}

/** Both steps judged from `users`; a step whose status and note would not change is left alone. */
export function judgePermsets(
  state: Pick<OrgProgress, 'steps'>,
  users: PermsetUser[],
  answers: OrgSettings,
  at: string,
  url: string,
  summary: Phrase,
): Change[] {
  const adminProfile = answers.adminProfile ?? DEFAULT_ADMIN_PROFILE;
  const admin = adminPermissionSetsVerdict(users, adminProfile);
  const payments = paymentUsersVerdict(users, adminProfile, answers.billingAccessAck === true);
  const changes: Change[] = [];
  for (const [step, verdict] of [
    ['config-permsets-admin', admin],
    ['config-permsets-users', payments],
  ] as const) {
    const note = phrase(verdict.key, ...verdict.args);
    const cur = state.steps[step];
    const status = STATUS[verdict.status];
    const sameUsers = JSON.stringify(cur?.evidence?.permsetUsers ?? []) === JSON.stringify(users);
    if (cur?.status === status && JSON.stringify(cur.note) === JSON.stringify(note) && sameUsers)
      continue;
    changes.push({
      step,
      next: {
        status,
        source: 'observed',
        evidence: { permsetUsers: users, seenAt: at, url },
        note,
        updatedAt: at,
      },
      summary,
    });
  }
  return changes;
}

/** The reducer's case for the two permission set observations. */
export function applyPermsets(
  state: OrgProgress,
  obs: PermsetObservation,
  answers: OrgSettings,
): Change[] {
  const users = usersAfter(seenPermsetUsers(state), obs);
  const summary =
    obs.kind === 'permission-set-assignments'
      ? phrase('permsetsSummaryUserSeen', obs.user, obs.sets.length)
      : phrase('permsetsSummaryMembersSeen', obs.set, obs.users.length);
  return judgePermsets(state, users, answers, obs.seenAt, obs.url, summary);
}

/** A history line for a permission set observation that changed nothing. */
export function describePermsets(obs: PermsetObservation): Phrase {
  return obs.kind === 'permission-set-assignments'
    ? phrase('permsetsSummaryUserSeen', obs.user, obs.sets.length)
    : phrase('permsetsSummaryMembersSeen', obs.set, obs.users.length);
}

/**
 * The org's answers changed (admin profile, payment users, Billing access acknowledged): both
 * steps judged again from the users already seen, with a history line; unchanged when none seen.
 */
export function rejudgePermsets(
  state: OrgProgress,
  answers: OrgSettings,
  now: string,
): OrgProgress {
  const users = seenPermsetUsers(state);
  const [newest] = users;
  if (!newest) return state;
  const summary = phrase('permsetsSummaryAnswersChanged');
  const changes = judgePermsets(state, users, answers, now, newest.url, summary);
  if (changes.length === 0) return state;
  const steps = { ...state.steps };
  const history = [...state.history];
  for (const change of changes) {
    steps[change.step] = change.next;
    history.push({
      at: now,
      kind: 'org-settings',
      step: change.step,
      status: change.next.status,
      summary,
    });
  }
  const excess = Math.max(0, history.length - HISTORY_CAP);
  return {
    ...state,
    steps,
    history: history.slice(excess),
    historyDropped: state.historyDropped + excess,
    updatedAt: now > state.updatedAt ? now : state.updatedAt,
  };
}
