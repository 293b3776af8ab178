/** One org's checklist: header, recovery notice, next step, the step rows of both phases. */

import { type ComponentChild, Fragment } from 'preact';
import type { NextLink } from '../core/deep-links';
import { reportConfigured } from '../core/finish-line';
import type { Environment } from '../core/hosts';
import { PHASES, type Phase, STEP_BY_ID, type StepId, type StepStatus } from '../core/plan';
import type { Report, ReportStep } from '../core/progress';
import { ENVIRONMENT_LABELS, PHASE_LABELS, STATUS_LABELS } from '../core/report-format';
import { displayLocale, type MessageKey, t } from '../ui/t';
import { permsetUsers } from './PermsetUsers';

/** Short names that fit a 360px row; the plan's full titles are in the export and the tooltips. */
/** Configuration steps' plan titles are short already. */
const SHORT_TITLES: Readonly<Partial<Record<StepId, MessageKey>>> = {
  'cpq-license': 'stepShortCpqLicense',
  'cpq-install': 'stepShortCpqInstall',
  'cpq-calculation-service': 'stepShortCpqCalculationService',
  'cpq-order-defaults': 'stepShortCpqOrderDefaults',
  'billing-install': 'stepShortBillingInstall',
  'stripe-install': 'stepShortStripeInstall',
};

/**
 * A message with elements inside: its $1, $2… are rendered as `nodes`, the rest as text, so a
 * translation can put them where its grammar wants them.
 */
export function withNodes(key: MessageKey, ...nodes: ComponentChild[]): ComponentChild[] {
  const marks = nodes.map((_, i) => String.fromCharCode(0xe000 + i));
  return t(key, ...marks)
    .split(/([\ue000-\ue008])/)
    .filter((piece) => piece !== '')
    .map((piece, i) => {
      // Keyed by position: the pieces of one message never reorder.
      const at = piece.length === 1 ? piece.charCodeAt(0) - 0xe000 : -1;
      return <Fragment key={i}>{at >= 0 && at < nodes.length ? nodes[at] : piece}</Fragment>;
    });
}

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
  return d.toLocaleString(displayLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.host : null;
  } catch {
    return null;
  }
}

/** The header counts the open phase, as the badge does. */
export function OrgHeader(props: { org: string; environment: Environment; report: Report }) {
  const { phase, phases } = props.report.summary;
  const { done, total } = phases[phase];
  return (
    <header class="bar" data-org={props.org}>
      <div class="bar-org">
        <h1 tabIndex={-1}>{props.org}</h1>
        <span class="bar-env">{t(ENVIRONMENT_LABELS[props.environment])}</span>
      </div>
      <p class="bar-count" data-count>
        {t(PHASE_LABELS[phase])}:{' '}
        {withNodes(
          'popupCountDone',
          <strong>
            {done}/{total}
          </strong>,
        )}
      </p>
    </header>
  );
}

export function RecoveredNotice(props: { recovered: NonNullable<Report['recovered']> }) {
  const { at, backupKey, reason } = props.recovered;
  return (
    <div class="notice notice-warn" role="status" data-recovered>
      <strong>{t('popupRecoveredTitle')}</strong>{' '}
      {withNodes(
        'popupRecovered',
        <time dateTime={at}>{localDateTime(at)}</time>,
        <code>{backupKey}</code>,
        reason,
      )}
    </div>
  );
}

export function NextStep(props: {
  report: Report;
  link: NextLink | null;
  fresh: boolean;
  onOpen: (href: string) => void;
  onReport: () => void;
}) {
  const { report, link } = props;
  const step = report.steps.find((s) => s.id === report.summary.next);
  return (
    <section class="next" aria-labelledby="next-heading">
      <h2 id="next-heading">{step ? t('popupNext', shortTitle(step.id)) : t('popupAllDone')}</h2>
      {reportConfigured(report) && (
        <div class="notice" role="status" data-configured>
          <p>{t('finishConfigured')}</p>
          <button type="button" class="btn" data-configured-report onClick={props.onReport}>
            {t('finishReportOffer')}
          </button>
        </div>
      )}
      {props.fresh && <p class="muted">{t('popupNoProgress')}</p>}
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
          <span class="visually-hidden"> {t('popupOpensNewTab')}</span>
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
      <span class={`status status-${step.status}`}>{t(STATUS_LABELS[step.status])}</span>
      {step.optional && <span class="tag">{t('popupOptional')}</span>}
      {ev?.version && <span>v{ev.version}</span>}
      {ev && step.status !== 'pending' && (
        <time dateTime={ev.seenAt}>{localDateTime(ev.seenAt)}</time>
      )}
      {host && <span class="host">{host}</span>}
      {byAdmin && <span class="by-admin">{t('popupByAdmin')}</span>}
      {ev?.identifiedBy === 'admin' && <span class="tag">{t('popupNamedByAdmin')}</span>}
    </p>
  );
}

export function StepRow(props: {
  step: ReportStep;
  index: number;
  isNext: boolean;
  onSet: (step: StepId, status: ManualAction) => void;
  /** What a step's own area adds under its note (e.g. the users a permission set step saw). */
  details?: ComponentChild;
}) {
  const { step, isNext, onSet } = props;
  const title = shortTitle(step.id);
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
          <span class="visually-hidden">{t('popupStepNumber', props.index + 1)} </span>
          {title}
          {isNext && <span class="visually-hidden"> {t('popupNextStep')}</span>}
        </h3>
        <Evidence step={step} />
        {note && (
          <p class="note" title={note}>
            {note}
          </p>
        )}
        {props.details}
      </div>
      <div class="actions">
        {step.status !== 'done' && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('popupMarkDoneLabel', title)}
            data-action="done"
            onClick={() => onSet(step.id, 'done')}
          >
            {t('popupMarkDone')}
          </button>
        )}
        {!settled && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('popupSkipLabel', title)}
            data-action="skipped"
            onClick={() => onSet(step.id, 'skipped')}
          >
            {t('popupSkip')}
          </button>
        )}
        {settled && step.source === 'admin' && (
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('popupUndoLabel', title)}
            data-action="pending"
            onClick={() => onSet(step.id, 'pending')}
          >
            {t('actionUndo')}
          </button>
        )}
      </div>
    </li>
  );
}

/**
 * Both phases, each its own list. A phase is expanded while it is the one being worked on, and
 * configuration also as soon as one of its steps was seen or set (install stays expanded then
 * too, until all its steps are settled); a note says when configuration is under way while install
 * is still open (the next step stays in the plan's order).
 */
export function Steps(props: {
  report: Report;
  onSet: (step: StepId, status: ManualAction) => void;
  /** Shown at the top of the configure phase (the org's questions). */
  configureHead?: ComponentChild;
}) {
  const { report } = props;
  const { phases } = report.summary;
  const installOpen = phases.install.done < phases.install.total;
  const configuring = report.steps.some((s) => s.phase === 'configure' && s.source);
  let index = 0;
  const rows = (phase: Phase) =>
    report.steps
      .filter((step) => step.phase === phase)
      .map((step) => (
        <StepRow
          key={step.id}
          step={step}
          index={index++}
          isNext={step.id === report.summary.next}
          onSet={props.onSet}
          details={permsetUsers(step, report)}
        />
      ));
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" class="visually-hidden">
        {t('popupSteps')}
      </h2>
      {PHASES.map((phase) => {
        const count = phases[phase];
        const open =
          phase === report.summary.phase || (phase === 'install' ? installOpen : configuring);
        return (
          <details key={phase} class="phase" data-phase={phase} open={open}>
            <summary class="phase-title" data-phase-count>
              {t('popupPhaseCount', t(PHASE_LABELS[phase]), count.done, count.total)}
            </summary>
            {phase === 'configure' && installOpen && configuring && (
              <p class="notice notice-warn" role="note" data-install-open>
                {t('popupInstallStillOpen')}
              </p>
            )}
            {phase === 'configure' && props.configureHead}
            <ol class="steps" start={index + 1}>
              {rows(phase)}
            </ol>
          </details>
        );
      })}
    </section>
  );
}

export function shortTitle(step: StepId): string {
  return t(SHORT_TITLES[step] ?? STEP_BY_ID[step].title);
}
