/**
 * Per-org progress as a pure reducer over observations. The worker stores its result; nothing
 * here knows about chrome.storage, the DOM, the clock or the UI language (callers pass `now`).
 * Notes and history summaries are stored as phrases (a message key and its arguments,
 * src/core/phrase.ts); `toReport` puts them into words for display.
 */

import { applyBillingSettings } from './config/apply-billing-batch';
import {
  applyLayoutAssignment,
  applyPicklistValues,
  describeLayoutOrPicklist,
} from './config/apply-layouts-picklists';
import { applyOtherStripe } from './config/apply-other-stripe';
import { applyPermsets, describePermsets } from './config/apply-permsets';
import { applyRecordPage } from './config/apply-record-actions';
import { applyStripe } from './config/apply-stripe';
import type { Environment } from './hosts';
import type { MessageKey, Translate } from './i18n';
import { nextSteps, type PhaseCount } from './next-steps';
import type { OrgSettings } from './org-settings';
import { identifyPackage } from './packages';
import { type Phrase, type PhraseArg, phrase, samePhrase, say, sayArg } from './phrase';
import {
  type OrgQuestion,
  PACKAGE_KEYS,
  PACKAGES,
  type Phase,
  RECOMMENDED_ORDER_DEFAULTS,
  STEP_BY_ID,
  STEP_IDS,
  STEPS,
  type StepId,
  type StepStatus,
} from './plan';
import {
  type Evidence,
  type HistoryEntry,
  type Observation,
  ORG_SCHEMA_VERSION,
  type OrgProgress,
  type StepState,
} from './schemas';

export const HISTORY_CAP = 200;

/** Evidence `url` of a step the admin set by hand in the popup (a marker, not a page). */
export const MANUAL_EVIDENCE_URL = 'extension popup';

/** Evidence as the report shows it: the order defaults seen, in words. */
export type ReportEvidence = Omit<Evidence, 'orderDefaults'>;

/** A step in words, in the language of the `t` that built the report. */
export interface ReportStep {
  id: StepId;
  phase: Phase;
  title: string;
  optional: boolean;
  status: StepStatus;
  source?: 'observed' | 'admin';
  evidence?: ReportEvidence;
  note?: string;
  /** The org question this step depends on (src/core/plan.ts `ask`). */
  ask?: OrgQuestion;
}

/** A history entry in words. */
export type ReportHistoryEntry = Omit<HistoryEntry, 'summary'> & { summary: string };

export interface Report {
  org: string;
  environment: Environment;
  updatedAt: string;
  steps: ReportStep[];
  history: ReportHistoryEntry[];
  historyDropped: number;
  summary: ProgressSummary;
  /** The admin's answers for this org (src/core/org-settings.ts), as the report was built with. */
  orgSettings: OrgSettings;
  recovered?: OrgProgress['recovered'];
}

/** Both phases together, and each phase; the rules are src/core/next-steps.ts's. */
export interface ProgressSummary {
  done: number;
  total: number;
  /** The step offered next (nextSteps' `next`). */
  next: StepId | null;
  /** The phase being worked on: the badge and the launcher count it. */
  phase: Phase;
  phases: Record<Phase, PhaseCount>;
}

export function newOrgProgress(org: string, environment: Environment, now: string): OrgProgress {
  const steps = {} as Record<StepId, StepState>;
  for (const id of STEP_IDS) steps[id] = { status: 'pending', updatedAt: now };
  return {
    v: ORG_SCHEMA_VERSION,
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

export type Change = { step: StepId; next: StepState; summary: Phrase };

/** The two order defaults as phrases: the Yes/No of multiple orders, the start date's choice. */
function orderDefaultWords(values: NonNullable<Evidence['orderDefaults']>): [Phrase, PhraseArg] {
  const startDate = values.defaultOrderStartDate;
  return [
    phrase(values.allowMultipleOrders ? 'valueYes' : 'valueNo'),
    !startDate
      ? phrase('valueNone')
      : startDate === RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate
        ? phrase('valueQuoteStartDate')
        : startDate,
  ];
}

function changesFor(state: OrgProgress, obs: Observation, answers: OrgSettings): Change[] {
  const steps = state.steps;
  const changes: Change[] = [];
  const set = (step: StepId, next: Omit<StepState, 'updatedAt'>, summary: Phrase) =>
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
              note: upgraded ? phrase('noteUpgraded', old, row.version ?? '') : undefined,
            },
            row.version
              ? phrase('summaryListed', `${spec.title} ${row.version}`)
              : phrase('summaryListed', spec.title),
          );
        } else if (cur.status === 'done') {
          const was = cur.evidence?.version ? ` ${cur.evidence.version}` : '';
          set(
            spec.step,
            {
              status: 'pending',
              source: 'observed',
              note: phrase(
                'noteUnlisted',
                `${spec.title}${was}`,
                day(cur.updatedAt),
                day(obs.seenAt),
              ),
            },
            phrase('summaryUnlisted', spec.title),
          );
        }
      }
      changes.push(...applyOtherStripe(state, obs, answers));
      break;
    }
    case 'install-page': {
      const spec = PACKAGES[obs.package];
      const cur = steps[spec.step];
      const evidence: Evidence = {
        package: spec.title,
        version: obs.version,
        ...(obs.identifiedBy && { identifiedBy: obs.identifiedBy }),
        seenAt: obs.seenAt,
        url: obs.url,
      };
      const version = obs.version ? ` ${obs.version}` : '';
      if (obs.stage === 'submitted' || obs.stage === 'long-running') {
        const upgrade = cur.status === 'done';
        const on = day(obs.seenAt);
        const note = obs.version
          ? phrase(upgrade ? 'noteUpgradeSubmitted' : 'noteInstallSubmitted', obs.version, on)
          : phrase(upgrade ? 'noteUpgradeSubmittedNoVersion' : 'noteInstallSubmittedNoVersion', on);
        if (upgrade)
          set(spec.step, { ...cur, note }, phrase('summaryUpgradeSubmitted', spec.title));
        else
          set(
            spec.step,
            { status: 'in-progress', source: 'observed', evidence, note },
            phrase('summaryInstallSubmitted', `${spec.title}${version}`),
          );
      } else if (obs.stage === 'failed') {
        const note = phrase(
          'noteInstallFailed',
          day(obs.seenAt),
          obs.message ?? phrase('noteInstallFailedUnknown'),
        );
        if (cur.status === 'done')
          set(spec.step, { ...cur, note }, phrase('summaryUpgradeFailed', spec.title));
        else
          set(
            spec.step,
            { status: 'blocked', source: 'observed', evidence, note },
            phrase('summaryInstallFailed', spec.title),
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
          phrase('summaryCalculationAuthorized'),
        );
      } else if (!obs.authorized && cur.status === 'done') {
        set(
          'cpq-calculation-service',
          {
            status: 'pending',
            source: 'observed',
            note: phrase('noteCalculationOfferedAgain', day(obs.seenAt)),
          },
          phrase('summaryCalculationNotAuthorized'),
        );
      }
      break;
    }
    case 'order-settings': {
      const cur = steps['cpq-order-defaults'];
      const orderDefaults = {
        allowMultipleOrders: obs.allowMultipleOrders,
        defaultOrderStartDate: obs.defaultOrderStartDate,
      };
      const evidence: Evidence = { orderDefaults, seenAt: obs.seenAt, url: obs.url };
      const recommended =
        obs.allowMultipleOrders === RECOMMENDED_ORDER_DEFAULTS.allowMultipleOrders &&
        obs.defaultOrderStartDate === RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate;
      if (recommended && cur.status !== 'done') {
        set(
          'cpq-order-defaults',
          { status: 'done', source: 'observed', evidence },
          phrase('summaryOrderDefaultsSet'),
        );
      } else if (!recommended && obs.saved && cur.status !== 'skipped') {
        set(
          'cpq-order-defaults',
          {
            status: 'skipped',
            source: 'observed',
            evidence,
            note: phrase(
              'noteOrderOtherValues',
              phrase('valueOrderDefaults', ...orderDefaultWords(orderDefaults)),
            ),
          },
          phrase('summaryOrderOtherValues'),
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
          phrase('summaryLicenseAssigned', obs.user),
        );
      } else if (!obs.hasCpqLicense && cur.status === 'done' && cur.evidence?.user === obs.user) {
        set(
          'cpq-license',
          {
            status: 'pending',
            source: 'observed',
            note: phrase('noteLicenseGone', obs.user, day(obs.seenAt)),
          },
          phrase('summaryLicenseNotListed', obs.user),
        );
      }
      break;
    }
    case 'permission-set-assignments':
    case 'permission-set-members':
      return applyPermsets(state, obs, answers);
    case 'record-page':
      changes.push(...applyRecordPage(state, obs, answers));
      break;
    case 'billing-settings':
      changes.push(...applyBillingSettings(state, obs, answers));
      break;
    case 'stripe-setup-app':
      return applyStripe(state, obs);
    case 'layout-assignment':
      return applyLayoutAssignment(state, obs, answers);
    case 'picklist-values':
      return applyPicklistValues(state, obs, answers);
    case 'install-link':
      // Links chosen on generic hosts belong to no org yet; the worker keeps them apart.
      break;
  }
  return changes;
}

const ENVIRONMENT_WORDS: Readonly<Record<Environment, MessageKey>> = {
  production: 'envProduction',
  sandbox: 'envSandbox',
  developer: 'envDeveloper',
  scratch: 'envScratch',
  trailhead: 'envTrailhead',
  demo: 'envDemo',
  unknown: 'envUnknown',
};

const STAGE_WORDS = {
  viewed: 'stageViewed',
  submitted: 'stageSubmitted',
  'long-running': 'stageLongRunning',
  failed: 'stageFailed',
} as const;

function describe(obs: Observation): Phrase {
  switch (obs.kind) {
    case 'packages':
      return phrase('describePackages', obs.packages.length);
    case 'install-page':
      return phrase(
        'describeInstallPage',
        PACKAGES[obs.package].title,
        phrase(STAGE_WORDS[obs.stage]),
      );
    case 'install-link':
      return phrase('describeInstallLink', phrase(ENVIRONMENT_WORDS[obs.environment]));
    case 'calc-service':
      return phrase(
        obs.authorized ? 'summaryCalculationAuthorized' : 'summaryCalculationNotAuthorized',
      );
    case 'order-settings':
      return phrase(obs.saved ? 'describeOrderSaved' : 'describeOrderSeen');
    case 'license':
      return phrase('describeLicense', obs.user);
    case 'permission-set-assignments':
    case 'permission-set-members':
      return describePermsets(obs);
    case 'record-page':
      return phrase('recordDescribe', obs.object);
    case 'billing-settings':
      return phrase('batchDescribe');
    case 'stripe-setup-app':
      return phrase('stripeDescribeApp');
    case 'layout-assignment':
    case 'picklist-values':
      return describeLayoutOrPicklist(obs);
  }
}

/** Appends to history, folding a repeat of the previous entry into a count, capped. */
function pushHistory(state: OrgProgress, entry: HistoryEntry): void {
  const last = state.history.at(-1);
  if (
    last &&
    last.kind === entry.kind &&
    samePhrase(last.summary, entry.summary) &&
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
export function applyObservation(
  state: OrgProgress,
  obs: Observation,
  answers: OrgSettings = {},
): OrgProgress {
  const next = clone(state);
  const changes = changesFor(state, obs, answers);
  let applied = 0;
  for (const change of changes) {
    const cur = state.steps[change.step];
    // Only evidence can be out of date: a step nothing has set yet takes any observation.
    if (cur.source && obs.seenAt < cur.updatedAt) {
      pushHistory(next, {
        at: obs.seenAt,
        kind: obs.kind,
        step: change.step,
        summary: phrase('historyOlderIgnored', change.summary),
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
    pushHistory(next, {
      at: obs.seenAt,
      kind: obs.kind,
      summary: phrase('historyNoChange', describe(obs)),
    });
  }
  if (applied > 0 || changes.length === 0) next.updatedAt = maxIso(state.updatedAt, obs.seenAt);
  return next;
}

export type ManualStatus = 'done' | 'skipped' | 'pending';

const MANUAL_WORDS = {
  done: { summary: 'manualDone', note: 'noteManualDone' },
  skipped: { summary: 'manualSkipped', note: 'noteManualSkipped' },
  pending: { summary: 'manualReopened', note: 'noteManualReopened' },
} as const;

/** The admin confirms, skips or reopens a step by hand in the popup. */
export function applyManual(
  state: OrgProgress,
  step: StepId,
  status: ManualStatus,
  now: string,
): OrgProgress {
  const next = clone(state);
  const words = MANUAL_WORDS[status];
  next.steps[step] = {
    status,
    source: 'admin',
    evidence: status === 'pending' ? undefined : { seenAt: now, url: MANUAL_EVIDENCE_URL },
    note: phrase(words.note, day(now)),
    updatedAt: now,
  };
  pushHistory(next, {
    at: now,
    kind: 'manual',
    step,
    status,
    summary: phrase('summaryManual', phrase(STEP_BY_ID[step].title), phrase(words.summary)),
  });
  next.updatedAt = maxIso(state.updatedAt, now);
  return next;
}

function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Done/total over both phases, each phase's count, and the step offered next. A required step
 * skipped by hand no longer counts as done (it did before the configuration phase): only
 * optional steps, and steps the org's answers make unneeded, settle by being skipped.
 */
export function summarize(
  state: Pick<OrgProgress, 'steps'>,
  settings: OrgSettings = {},
): ProgressSummary {
  const { done, total, next, phase, phases } = nextSteps(STEPS, state.steps, settings);
  return { done, total, next, phase, phases };
}

const NOT_NEEDED_NOTES: Readonly<Record<OrgQuestion, MessageKey>> = {
  nonAdminPayments: 'noteNotNeededNonAdminPayments',
  achPayments: 'noteNotNeededAchPayments',
};

/**
 * The report of an org in the language of `t`: step titles, notes, history summaries and the order
 * defaults seen are put into words here, from the phrases stored. A step the org's answers make
 * unneeded shows as skipped with that answer, unless it was done anyway; nothing is stored for it.
 */
export function toReport(state: OrgProgress, t: Translate, settings: OrgSettings = {}): Report {
  const plan = nextSteps(STEPS, state.steps, settings);
  return {
    org: state.org,
    environment: state.environment,
    updatedAt: state.updatedAt,
    steps: STEPS.map((spec) => {
      const s = state.steps[spec.id] ?? { status: 'pending' as const };
      const unneeded = spec.ask && plan.needs[spec.id] === 'not-needed' && s.status !== 'done';
      return {
        id: spec.id,
        phase: spec.phase,
        title: t(spec.title),
        optional: spec.optional,
        status: unneeded ? 'skipped' : s.status,
        ...(s.source && { source: s.source }),
        ...(s.evidence && { evidence: reportEvidence(s.evidence, t) }),
        ...(unneeded && spec.ask
          ? { note: t(NOT_NEEDED_NOTES[spec.ask]) }
          : s.note && { note: say(s.note, t) }),
        ...(spec.ask && { ask: spec.ask }),
      };
    }),
    history: state.history.map((entry) => ({ ...entry, summary: say(entry.summary, t) })),
    historyDropped: state.historyDropped,
    summary: {
      done: plan.done,
      total: plan.total,
      next: plan.next,
      phase: plan.phase,
      phases: plan.phases,
    },
    orgSettings: settings,
    ...(state.recovered && { recovered: state.recovered }),
  };
}

function reportEvidence(evidence: Evidence, t: Translate): ReportEvidence {
  const { orderDefaults, ...rest } = evidence;
  if (!orderDefaults) return rest;
  const [allow, start] = orderDefaultWords(orderDefaults);
  return {
    ...rest,
    values: {
      [t('valueAllowMultipleOrders')]: say(allow, t),
      [t('valueDefaultOrderStartDate')]: String(sayArg(start, t)),
    },
  };
}
