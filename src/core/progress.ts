/**
 * Per-org progress as a pure reducer over observations. The worker stores its result; nothing
 * here knows about chrome.storage, the DOM or the clock (callers pass `now`).
 */
import type { Environment } from './hosts';
import { identifyPackage } from './packages';
import {
  PACKAGE_KEYS,
  PACKAGES,
  RECOMMENDED_ORDER_DEFAULTS,
  STEP_BY_ID,
  STEP_IDS,
  STEPS,
  type StepId,
  type StepStatus,
} from './plan';
import type { Evidence, HistoryEntry, Observation, OrgProgress, StepState } from './schemas';

export const HISTORY_CAP = 200;

export interface ReportStep {
  id: StepId;
  title: string;
  optional: boolean;
  status: StepStatus;
  source?: 'observed' | 'admin';
  evidence?: Evidence;
  note?: string;
}

export interface Report {
  org: string;
  environment: Environment;
  updatedAt: string;
  steps: ReportStep[];
  history: HistoryEntry[];
  historyDropped: number;
  summary: ProgressSummary;
  recovered?: OrgProgress['recovered'];
}

export interface ProgressSummary {
  done: number;
  total: number;
  /** The first step that is neither done nor skipped, in plan order. */
  next: StepId | null;
}

export function newOrgProgress(org: string, environment: Environment, now: string): OrgProgress {
  const steps = {} as Record<StepId, StepState>;
  for (const id of STEP_IDS) steps[id] = { status: 'pending', updatedAt: now };
  return {
    v: 1,
    org,
    environment,
    createdAt: now,
    updatedAt: now,
    steps,
    history: [],
    historyDropped: 0,
  };
}

const day = (iso: string) => iso.slice(0, 10);

type Change = { step: StepId; next: StepState; summary: string };

function changesFor(state: OrgProgress, obs: Observation): Change[] {
  const steps = state.steps;
  const changes: Change[] = [];
  const set = (step: StepId, next: Omit<StepState, 'updatedAt'>, summary: string) =>
    changes.push({ step, next: { ...next, updatedAt: obs.seenAt }, summary });

  switch (obs.kind) {
    case 'packages': {
      for (const key of PACKAGE_KEYS) {
        const spec = PACKAGES[key];
        const cur = steps[spec.step];
        const row = obs.packages.find((r) => identifyPackage(r) === key);
        if (row) {
          const evidence: Evidence = {
            package: row.name,
            namespace: row.namespace,
            version: row.version,
            installedOn: row.installedOn,
            seenAt: obs.seenAt,
            url: obs.url,
          };
          const old = cur.status === 'done' ? cur.evidence?.version : undefined;
          if (cur.status === 'done' && cur.source === 'observed' && old === row.version) continue;
          const upgraded = old && row.version && old !== row.version;
          set(
            spec.step,
            {
              status: 'done',
              source: 'observed',
              evidence,
              note: upgraded ? `Upgraded from ${old} to ${row.version}.` : undefined,
            },
            `${spec.title} ${row.version ?? ''} listed in Installed Packages`.replace(/ +/g, ' '),
          );
        } else if (cur.status === 'done') {
          const was = cur.evidence?.version ? ` ${cur.evidence.version}` : '';
          set(
            spec.step,
            {
              status: 'pending',
              source: 'observed',
              note: `${spec.title}${was} was confirmed on ${day(cur.updatedAt)}; not listed in Installed Packages on ${day(obs.seenAt)}.`,
            },
            `${spec.title} not listed in Installed Packages`,
          );
        }
      }
      break;
    }
    case 'install-page': {
      const spec = PACKAGES[obs.package];
      const cur = steps[spec.step];
      const evidence: Evidence = {
        package: spec.title,
        version: obs.version,
        seenAt: obs.seenAt,
        url: obs.url,
      };
      const version = obs.version ? ` ${obs.version}` : '';
      if (obs.stage === 'submitted' || obs.stage === 'long-running') {
        const what = cur.status === 'done' ? 'Upgrade' : 'Install';
        const note = `${what} to${version || ' a new version'} submitted on ${day(obs.seenAt)}; waiting for it to appear in Installed Packages.`;
        if (cur.status === 'done')
          set(spec.step, { ...cur, note }, `${spec.title} upgrade submitted`);
        else
          set(
            spec.step,
            { status: 'in-progress', source: 'observed', evidence, note },
            `${spec.title}${version} install submitted`,
          );
      } else if (obs.stage === 'failed') {
        const note = `Install failed on ${day(obs.seenAt)}: ${obs.message ?? 'Salesforce reported an error.'}`;
        if (cur.status === 'done') set(spec.step, { ...cur, note }, `${spec.title} upgrade failed`);
        else
          set(
            spec.step,
            { status: 'blocked', source: 'observed', evidence, note },
            `${spec.title} install failed`,
          );
      }
      break;
    }
    case 'calc-service': {
      const cur = steps['cpq-calculation-service'];
      if (obs.authorized && cur.status !== 'done') {
        set(
          'cpq-calculation-service',
          { status: 'done', source: 'observed', evidence: { seenAt: obs.seenAt, url: obs.url } },
          'CPQ calculation service authorized',
        );
      } else if (!obs.authorized && cur.status === 'done') {
        set(
          'cpq-calculation-service',
          {
            status: 'pending',
            source: 'observed',
            note: `CPQ settings offered "Authorize new calculation service" again on ${day(obs.seenAt)}.`,
          },
          'CPQ calculation service not authorized',
        );
      }
      break;
    }
    case 'order-settings': {
      const cur = steps['cpq-order-defaults'];
      const values = {
        'Allow Multiple Orders': obs.allowMultipleOrders ? 'Yes' : 'No',
        'Default Order Start Date': obs.defaultOrderStartDate || '-- None --',
      };
      const evidence: Evidence = { values, seenAt: obs.seenAt, url: obs.url };
      const recommended =
        obs.allowMultipleOrders === RECOMMENDED_ORDER_DEFAULTS.allowMultipleOrders &&
        obs.defaultOrderStartDate === RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate;
      if (recommended && cur.status !== 'done') {
        set(
          'cpq-order-defaults',
          { status: 'done', source: 'observed', evidence },
          'CPQ Order defaults set',
        );
      } else if (!recommended && obs.saved && cur.status !== 'skipped') {
        const shown = Object.entries(values)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ');
        set(
          'cpq-order-defaults',
          {
            status: 'skipped',
            source: 'observed',
            evidence,
            note: `Saved with other values (${shown}); the recommended defaults are optional.`,
          },
          'CPQ Order saved with other values',
        );
      }
      break;
    }
    case 'license': {
      const cur = steps['cpq-license'];
      if (obs.hasCpqLicense && cur.status !== 'done') {
        set(
          'cpq-license',
          {
            status: 'done',
            source: 'observed',
            evidence: { user: obs.user, seenAt: obs.seenAt, url: obs.url },
          },
          `Salesforce CPQ License assigned to ${obs.user}`,
        );
      } else if (!obs.hasCpqLicense && cur.status === 'done' && cur.evidence?.user === obs.user) {
        set(
          'cpq-license',
          {
            status: 'pending',
            source: 'observed',
            note: `Salesforce CPQ License no longer listed for ${obs.user} on ${day(obs.seenAt)}.`,
          },
          `Salesforce CPQ License not listed for ${obs.user}`,
        );
      }
      break;
    }
    case 'install-link':
      // Links chosen on generic hosts belong to no org yet; the worker keeps them apart.
      break;
  }
  return changes;
}

function describe(obs: Observation): string {
  switch (obs.kind) {
    case 'packages':
      return `Installed Packages seen (${obs.packages.length} packages)`;
    case 'install-page':
      return `${PACKAGES[obs.package].title} install page: ${obs.stage}`;
    case 'install-link':
      return `Install link chosen (${obs.environment})`;
    case 'calc-service':
      return `CPQ calculation service ${obs.authorized ? 'authorized' : 'not authorized'}`;
    case 'order-settings':
      return `CPQ Order tab ${obs.saved ? 'saved' : 'seen'}`;
    case 'license':
      return `Permission set licenses of ${obs.user} seen`;
  }
}

/** Appends to history, folding a repeat of the previous entry into a count, capped. */
function pushHistory(state: OrgProgress, entry: HistoryEntry): void {
  const last = state.history.at(-1);
  if (
    last &&
    last.kind === entry.kind &&
    last.summary === entry.summary &&
    last.step === entry.step &&
    last.status === entry.status
  ) {
    state.history[state.history.length - 1] = {
      ...last,
      at: entry.at,
      count: (last.count ?? 1) + 1,
    };
    return;
  }
  state.history.push(entry);
  const excess = state.history.length - HISTORY_CAP;
  if (excess > 0) {
    state.history.splice(0, excess);
    state.historyDropped += excess;
  }
}

function clone(state: OrgProgress): OrgProgress {
  return { ...state, steps: { ...state.steps }, history: [...state.history] };
}

/**
 * Applies one observation. A step only moves on evidence at least as new as what set it, so
 * observations arriving out of order (slow tabs, a restarted worker) never regress progress.
 */
export function applyObservation(state: OrgProgress, obs: Observation): OrgProgress {
  const next = clone(state);
  const changes = changesFor(state, obs);
  let applied = 0;
  for (const change of changes) {
    const cur = state.steps[change.step];
    // Only evidence can be out of date: a step nothing has set yet takes any observation.
    if (cur.source && obs.seenAt < cur.updatedAt) {
      pushHistory(next, {
        at: obs.seenAt,
        kind: obs.kind,
        step: change.step,
        summary: `Older observation ignored: ${change.summary}`,
      });
      continue;
    }
    next.steps[change.step] = change.next;
    pushHistory(next, {
      at: obs.seenAt,
      kind: obs.kind,
      step: change.step,
      status: change.next.status,
      summary: change.summary,
    });
    applied++;
  }
  if (changes.length === 0) {
    pushHistory(next, { at: obs.seenAt, kind: obs.kind, summary: `${describe(obs)}: no change` });
  }
  if (applied > 0 || changes.length === 0) next.updatedAt = maxIso(state.updatedAt, obs.seenAt);
  return next;
}

export type ManualStatus = 'done' | 'skipped' | 'pending';

/** The admin confirms, skips or reopens a step by hand in the popup. */
export function applyManual(
  state: OrgProgress,
  step: StepId,
  status: ManualStatus,
  now: string,
): OrgProgress {
  const next = clone(state);
  const title = STEP_BY_ID[step].title;
  const words = {
    done: 'Confirmed by admin',
    skipped: 'Skipped by admin',
    pending: 'Reopened by admin',
  };
  next.steps[step] = {
    status,
    source: 'admin',
    evidence: status === 'pending' ? undefined : { seenAt: now, url: 'extension popup' },
    note: `${words[status]} on ${day(now)}.`,
    updatedAt: now,
  };
  pushHistory(next, {
    at: now,
    kind: 'manual',
    step,
    status,
    summary: `${title}: ${words[status]}`,
  });
  next.updatedAt = maxIso(state.updatedAt, now);
  return next;
}

function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

export function summarize(state: Pick<OrgProgress, 'steps'>): ProgressSummary {
  let done = 0;
  let next: StepId | null = null;
  for (const step of STEPS) {
    const status = state.steps[step.id]?.status ?? 'pending';
    if (status === 'done' || status === 'skipped') done++;
    else next ??= step.id;
  }
  return { done, total: STEPS.length, next };
}

export function toReport(state: OrgProgress): Report {
  return {
    org: state.org,
    environment: state.environment,
    updatedAt: state.updatedAt,
    steps: STEPS.map((spec) => {
      const s = state.steps[spec.id] ?? { status: 'pending' as const };
      return {
        id: spec.id,
        title: spec.title,
        optional: spec.optional,
        status: s.status,
        ...(s.source && { source: s.source }),
        ...(s.evidence && { evidence: s.evidence }),
        ...(s.note && { note: s.note }),
      };
    }),
    history: state.history,
    historyDropped: state.historyDropped,
    summary: summarize(state),
    ...(state.recovered && { recovered: state.recovered }),
  };
}
