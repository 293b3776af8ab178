/**
 * An org's progress as files an admin attaches to a change ticket: Markdown to read, JSON to keep.
 * Pure (callers pass `now`). Evidence comes from Salesforce pages, so every page-derived string
 * is data: Markdown punctuation is escaped and line breaks folded, so it can never become a
 * link, an image, HTML or a new table row.
 */
import type { Environment } from './hosts';
import type { StepStatus } from './plan';
import type { Report, ReportStep } from './progress';

export const ENVIRONMENT_LABELS: Readonly<Record<Environment, string>> = {
  production: 'Production',
  sandbox: 'Sandbox',
  developer: 'Developer Edition',
  scratch: 'Scratch org',
  trailhead: 'Trailhead Playground',
  demo: 'Demo org',
  unknown: 'Environment not known yet',
};

export const STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  pending: 'Pending',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
  blocked: 'Blocked',
};

export const SOURCE_LABELS = { observed: 'extension', admin: 'admin' } as const;

const EMPTY = '—';

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

function notesOf(step: ReportStep): string {
  const parts: string[] = [];
  const ev = step.evidence;
  if (step.optional) parts.push('Optional.');
  if (ev?.package) parts.push(`Package: ${ev.package}.`);
  if (ev?.installedOn) parts.push(`Installed on ${ev.installedOn}.`);
  if (ev?.user) parts.push(`User: ${ev.user}.`);
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

export function reportMarkdown(report: Report, now: Date): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(
    `# Install report: ${markdownText(report.org)} (${ENVIRONMENT_LABELS[report.environment]})`,
    '',
    `Generated ${utcStamp(now.toISOString())} by the Salesforce Billing Install Guide extension.`,
    `Progress last changed ${utcStamp(report.updatedAt)}.`,
    '',
  );
  const nextStep = report.steps.find((s) => s.id === summary.next);
  lines.push(
    `**${summary.done} of ${summary.total} steps done or skipped.** ${
      nextStep ? `Next: ${markdownText(nextStep.title)}.` : 'All steps are done.'
    }`,
    '',
  );
  if (report.recovered) {
    lines.push(
      `> Stored progress was unreadable on ${utcStamp(report.recovered.at)} and was kept aside as ${markdownText(report.recovered.backupKey)} (${markdownText(report.recovered.reason)}). Progress before that date is not in this report.`,
      '',
    );
  }
  lines.push(
    '## Steps',
    '',
    '| # | Step | Status | Version | When seen | Where | Confirmed by | Notes |',
    '|---|---|---|---|---|---|---|---|',
  );
  report.steps.forEach((step, i) => {
    const ev = step.evidence;
    lines.push(
      `| ${[
        String(i + 1),
        cell(step.title),
        STATUS_LABELS[step.status],
        cell(ev?.version),
        ev ? cell(utcStamp(ev.seenAt)) : EMPTY,
        ev ? cell(whereSeen(ev.url)) : EMPTY,
        step.source ? SOURCE_LABELS[step.source] : EMPTY,
        cell(notesOf(step)),
      ].join(' | ')} |`,
    );
  });
  lines.push('', '## History (newest first)', '');
  if (report.history.length === 0) lines.push('No history recorded.');
  for (const entry of [...report.history].reverse()) {
    const times = entry.count && entry.count > 1 ? ` ×${entry.count}` : '';
    lines.push(`- ${utcStamp(entry.at)}: ${markdownText(entry.summary)}${times}`);
  }
  if (report.historyDropped > 0) {
    lines.push(
      '',
      `${report.historyDropped} older history ${
        report.historyDropped === 1 ? 'entry was' : 'entries were'
      } dropped to keep storage bounded.`,
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
