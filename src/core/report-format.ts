/**
 * An org's progress as files an admin attaches to a change ticket: Markdown to read, JSON to keep.
 * Pure (callers pass `now` and the `t` of the UI language). Evidence comes from Salesforce pages, so every page-derived string
 * is data: Markdown punctuation is escaped and line breaks folded, so it can never become a
 * link, an image, HTML or a new table row.
 */
import { reportConfigured } from './finish-line';
import type { Environment } from './hosts';
import type { MessageKey, Translate } from './i18n';
import { DEFAULT_ADMIN_PROFILE, DEFAULT_STANDARD_PROFILE, type OrgSettings } from './org-settings';
import { PHASES, type Phase, type StepStatus } from './plan';
import { MANUAL_EVIDENCE_URL, type Report, type ReportStep } from './progress';

/** Message keys of the labels the popup and the report share. */
export const ENVIRONMENT_LABELS: Readonly<Record<Environment, MessageKey>> = {
  production: 'envProduction',
  sandbox: 'envSandbox',
  developer: 'envDeveloper',
  scratch: 'envScratch',
  trailhead: 'envTrailhead',
  demo: 'envDemo',
  unknown: 'envUnknown',
};

export const STATUS_LABELS: Readonly<Record<StepStatus, MessageKey>> = {
  pending: 'statusPending',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  skipped: 'statusSkipped',
  blocked: 'statusBlocked',
};

export const SOURCE_LABELS: Readonly<Record<'observed' | 'admin', MessageKey>> = {
  observed: 'sourceObserved',
  admin: 'sourceAdmin',
};

/** Phase names, shared by the popup and the report. */
export const PHASE_LABELS: Readonly<Record<Phase, MessageKey>> = {
  install: 'phaseInstall',
  configure: 'phaseConfigure',
};

const EMPTY = '—';

/** The org's answers as one line ("Will you take ACH payments? No; Admin profile…: Admins"). */
export function answersText(settings: OrgSettings | undefined, t: Translate): string | null {
  if (!settings) return null;
  const parts: string[] = [];
  const yesNo = (v: boolean) => t(v ? 'valueYes' : 'valueNo');
  if (settings.nonAdminPayments !== undefined)
    parts.push(`${t('questionNonAdminPayments')} ${yesNo(settings.nonAdminPayments)}`);
  if (settings.achPayments !== undefined)
    parts.push(`${t('questionAchPayments')} ${yesNo(settings.achPayments)}`);
  if (settings.adminProfile)
    parts.push(`${t('profileAdminLabel', DEFAULT_ADMIN_PROFILE)}: ${settings.adminProfile}`);
  if (settings.standardProfile)
    parts.push(
      `${t('profileStandardLabel', DEFAULT_STANDARD_PROFILE)}: ${settings.standardProfile}`,
    );
  return parts.length > 0 ? t('reportAnswers', parts.join('; ')) : null;
}

/** Text safe inside Markdown, and inside a table cell: one line, no markup, no cell breaks. */
export function markdownText(value: string): string {
  return value
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .trim();
}

const cell = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? EMPTY : markdownText(value);

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-11-27 14:03 UTC; text that is not a date is shown as it is. */
export function utcStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** host + path of an evidence URL; the text itself when it is not a web URL ("extension popup"). */
export function whereSeen(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') return `${u.host}${u.pathname}`;
  } catch {
    // not a URL
  }
  return url;
}

function notesOf(step: ReportStep, t: Translate): string {
  const parts: string[] = [];
  const ev = step.evidence;
  if (step.optional) parts.push(t('reportOptional'));
  if (ev?.package) parts.push(t('reportPackage', ev.package));
  if (ev?.identifiedBy === 'admin') parts.push(t('reportNamedByAdmin'));
  if (ev?.installedOn) parts.push(t('reportInstalledOn', ev.installedOn));
  if (ev?.user) parts.push(t('reportUser', ev.user));
  if (ev?.stripeMode)
    parts.push(
      t('finishEvidenceMode', t(ev.stripeMode === 'live' ? 'stripeModeLive' : 'stripeModeTest')),
    );
  if (ev?.values) {
    parts.push(
      `${Object.entries(ev.values)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')}.`,
    );
  }
  if (step.note) parts.push(step.note);
  return parts.join(' ');
}

/** Where evidence was seen, for the report: host and path, or "extension popup" for the admin's own. */
function whereCell(url: string, t: Translate): string {
  return cell(url === MANUAL_EVIDENCE_URL ? t('reportWherePopup') : whereSeen(url));
}

export function reportMarkdown(report: Report, now: Date, t: Translate): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(
    `# ${t('reportTitle', markdownText(report.org), t(ENVIRONMENT_LABELS[report.environment]))}`,
    '',
    t('reportGenerated', utcStamp(now.toISOString())),
    t('reportLastChanged', utcStamp(report.updatedAt)),
    '',
  );
  const nextStep = report.steps.find((s) => s.id === summary.next);
  lines.push(
    `**${t('reportSummary', summary.done, summary.total)}** ${
      nextStep ? t('reportNext', markdownText(nextStep.title)) : t('reportAllDone')
    }`,
    '',
  );
  if (reportConfigured(report)) lines.push(`**${t('finishConfigured')}**`, '');
  const { install, configure } = summary.phases;
  lines.push(
    t(
      'reportPhases',
      t(PHASE_LABELS.install),
      install.done,
      install.total,
      t(PHASE_LABELS.configure),
      configure.done,
      configure.total,
    ),
    '',
  );
  const answers = answersText(report.orgSettings, t);
  if (answers) lines.push(markdownText(answers), '');
  if (report.recovered) {
    lines.push(
      `> ${t(
        'reportRecovered',
        utcStamp(report.recovered.at),
        markdownText(report.recovered.backupKey),
        markdownText(report.recovered.reason),
      )}`,
      '',
    );
  }
  const columns: MessageKey[] = [
    'reportColumnStep',
    'reportColumnStatus',
    'reportColumnVersion',
    'reportColumnWhen',
    'reportColumnWhere',
    'reportColumnBy',
    'reportColumnNotes',
  ];
  lines.push(`## ${t('reportStepsHeading')}`);
  // One table per phase; rows numbered through both, in plan order.
  let number = 0;
  for (const phase of PHASES) {
    const steps = report.steps.filter((step) => (step.phase ?? 'install') === phase);
    if (steps.length === 0) continue;
    lines.push(
      '',
      `### ${t(PHASE_LABELS[phase])}`,
      '',
      `| # | ${columns.map((key) => markdownText(t(key))).join(' | ')} |`,
      `|---|${columns.map(() => '---').join('|')}|`,
    );
    for (const step of steps) {
      const ev = step.evidence;
      number++;
      lines.push(
        `| ${[
          String(number),
          cell(step.title),
          t(STATUS_LABELS[step.status]),
          cell(ev?.version),
          ev ? cell(utcStamp(ev.seenAt)) : EMPTY,
          ev ? whereCell(ev.url, t) : EMPTY,
          step.source ? t(SOURCE_LABELS[step.source]) : EMPTY,
          cell(notesOf(step, t)),
        ].join(' | ')} |`,
      );
    }
  }
  lines.push('', `## ${t('reportHistoryHeading')}`, '');
  if (report.history.length === 0) lines.push(t('reportNoHistory'));
  for (const entry of [...report.history].reverse()) {
    const times = entry.count && entry.count > 1 ? ` ×${entry.count}` : '';
    lines.push(`- ${utcStamp(entry.at)}: ${markdownText(entry.summary)}${times}`);
  }
  if (report.historyDropped > 0) {
    lines.push(
      '',
      report.historyDropped === 1
        ? t('reportDroppedOne', report.historyDropped)
        : t('reportDroppedMany', report.historyDropped),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The Report object as the worker gave it, pretty-printed. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** install-report-acme--uat-2026-11-27.md; the date is the admin's local date. */
export function reportFileName(report: Pick<Report, 'org'>, ext: 'md' | 'json', now: Date): string {
  const org = report.org.toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'org';
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `install-report-${org}-${date}.${ext}`;
}
