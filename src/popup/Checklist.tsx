/** One org's checklist: header, recovery notice, next step, the six step rows. */
import type { NextLink } from '../core/deep-links';
import type { Environment } from '../core/hosts';
import type { StepId, StepStatus } from '../core/plan';
import type { Report, ReportStep } from '../core/progress';
import { ENVIRONMENT_LABELS, STATUS_LABELS } from '../core/report-format';

/** Short names that fit a 360px row; the plan's full titles are in the export and the tooltips. */
const SHORT_TITLES: Readonly<Record<StepId, string>> = {
  'cpq-license': 'CPQ license for the installer',
  'cpq-install': 'Install Salesforce CPQ',
  'cpq-calculation-service': 'Authorize calculation service',
  'cpq-order-defaults': 'CPQ Order defaults',
  'billing-install': 'Install Salesforce Billing',
  'stripe-install': 'Install Stripe connector',
};

const STATUS_ICONS: Readonly<Record<StepStatus, string>> = {
  done: '✓',
  skipped: '↷',
  pending: '○',
  'in-progress': '◔',
  blocked: '!',
};

export type ManualAction = 'done' | 'skipped' | 'pending';

export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.host : null;
  } catch {
    return null;
  }
}

export function OrgHeader(props: { org: string; environment: Environment; report: Report }) {
  const { done, total } = props.report.summary;
  return (
    <header class="bar" data-org={props.org}>
      <div class="bar-org">
        <h1 tabIndex={-1}>{props.org}</h1>
        <span class="bar-env">{ENVIRONMENT_LABELS[props.environment]}</span>
      </div>
      <p class="bar-count" data-count>
        <strong>
          {done}/{total}
        </strong>{' '}
        done
      </p>
    </header>
  );
}

export function RecoveredNotice(props: { recovered: NonNullable<Report['recovered']> }) {
  const { at, backupKey, reason } = props.recovered;
  return (
    <div class="notice notice-warn" role="status" data-recovered>
      <strong>Progress was reset after a storage problem.</strong> The stored checklist could not be
      read on <time dateTime={at}>{localDateTime(at)}</time>, so it was kept aside as a backup (
      <code>{backupKey}</code>) and this checklist started over. Reason: {reason}
    </div>
  );
}

export function NextStep(props: {
  report: Report;
  link: NextLink | null;
  fresh: boolean;
  onOpen: (href: string) => void;
}) {
  const { report, link } = props;
  const step = report.steps.find((s) => s.id === report.summary.next);
  return (
    <section class="next" aria-labelledby="next-heading">
      <h2 id="next-heading">{step ? `Next: ${SHORT_TITLES[step.id]}` : 'All steps are done'}</h2>
      {props.fresh && <p class="muted">No progress recorded for this org yet.</p>}
      {link?.note && <p class="next-note">{link.note}</p>}
      {link && (
        <button
          type="button"
          class="btn btn-primary"
          data-next
          data-href={link.href}
          onClick={() => props.onOpen(link.href)}
        >
          {link.label}
          <span class="visually-hidden"> (opens a new tab)</span>
        </button>
      )}
    </section>
  );
}

function Evidence(props: { step: ReportStep }) {
  const { step } = props;
  const ev = step.evidence;
  const host = ev ? hostOf(ev.url) : null;
  const byAdmin = step.source === 'admin' && step.status !== 'pending';
  return (
    <p class="meta">
      <span class={`status status-${step.status}`}>{STATUS_LABELS[step.status]}</span>
      {step.optional && <span class="tag">optional</span>}
      {ev?.version && <span>v{ev.version}</span>}
      {ev && step.status !== 'pending' && (
        <time dateTime={ev.seenAt}>{localDateTime(ev.seenAt)}</time>
      )}
      {host && <span class="host">{host}</span>}
      {byAdmin && <span class="by-admin">confirmed by admin</span>}
    </p>
  );
}

export function StepRow(props: {
  step: ReportStep;
  index: number;
  isNext: boolean;
  onSet: (step: StepId, status: ManualAction) => void;
}) {
  const { step, isNext, onSet } = props;
  const title = SHORT_TITLES[step.id];
  const settled = step.status === 'done' || step.status === 'skipped';
  // An admin's own note only repeats "confirmed by admin on <date>"; the mark says it already.
  const note = step.source === 'admin' ? undefined : step.note;
  return (
    <li
      class={isNext ? 'step step-next' : 'step'}
      data-step={step.id}
      data-status={step.status}
      aria-current={isNext ? 'step' : undefined}
    >
      <span class={`icon icon-${step.status}`} aria-hidden="true">
        {STATUS_ICONS[step.status]}
      </span>
      <div class="step-body">
        <h3 class="step-title" title={step.title}>
          <span class="visually-hidden">Step {props.index + 1}: </span>
          {title}
          {isNext && <span class="visually-hidden"> (next step)</span>}
        </h3>
        <Evidence step={step} />
        {note && (
          <p class="note" title={note}>
            {note}
          </p>
        )}
      </div>
      <div class="actions">
        {step.status !== 'done' && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={`Mark done: ${title}`}
            data-action="done"
            onClick={() => onSet(step.id, 'done')}
          >
            Mark done
          </button>
        )}
        {!settled && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={`Skip: ${title}`}
            data-action="skipped"
            onClick={() => onSet(step.id, 'skipped')}
          >
            Skip
          </button>
        )}
        {settled && step.source === 'admin' && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={`Undo: ${title}`}
            data-action="pending"
            onClick={() => onSet(step.id, 'pending')}
          >
            Undo
          </button>
        )}
      </div>
    </li>
  );
}

export function Steps(props: {
  report: Report;
  onSet: (step: StepId, status: ManualAction) => void;
}) {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" class="visually-hidden">
        Steps
      </h2>
      <ol class="steps">
        {props.report.steps.map((step, i) => (
          <StepRow
            key={step.id}
            step={step}
            index={i}
            isNext={step.id === props.report.summary.next}
            onSet={props.onSet}
          />
        ))}
      </ol>
    </section>
  );
}

export function shortTitle(step: StepId): string {
  return SHORT_TITLES[step];
}
