/**
 * Every view the worker answers with, built from storage at the moment of the answer: the page
 * state a recognizer gets, the Quote-to-Cash site's org list, the popup's report and org list.
 * Texts are put into words here, in the browser's UI language (`t`); storage holds phrases. The
 * org's environment and next link are decided by src/core/org-view.ts, for all of them.
 */
import type { Environment } from '../core/hosts';
import { nextStepsOf } from '../core/next-steps';
import type { OrgSettings } from '../core/org-settings';
import { decideEnvironment, reportView } from '../core/org-view';
import { type StepId, stepTitle } from '../core/plan';
import { summarize } from '../core/progress';
import type {
  OrgListEntry,
  PageState,
  ReportAnswer,
  SiteOrg,
  SiteState,
  StepStatuses,
} from '../core/protocol/answers';
import type { OrgProgress } from '../core/schemas';
import { t } from '../ui/t';
import { findLink } from './links';
import { permsetsView } from './permsets-view';
import {
  listOrgs,
  peekOrgAnswers,
  readAnswers,
  readLauncher,
  readOrg,
  readOrgAnswers,
  readSettings,
  readSiteOrg,
  writeAnswer,
  writeSiteOrg,
} from './store';

/** Each step's status, and the version seen for packages. */
function statuses(progress: OrgProgress): StepStatuses {
  return Object.fromEntries(
    Object.entries(progress.steps).map(([id, step]) => [
      id,
      { status: step.status, ...(step.evidence?.version && { version: step.evidence.version }) },
    ]),
  ) as StepStatuses;
}

/** What a recognizer on a page of `org` (null on a login host) is told. */
export async function pageState(
  org: string | null,
  hostEnvironment: Environment,
  versionId?: string,
): Promise<PageState> {
  const [settings, progress, link, launcher, answers, orgAnswers] = await Promise.all([
    readSettings(),
    org ? readOrg(org) : null,
    versionId ? findLink(versionId) : undefined,
    org ? readLauncher(org) : undefined,
    org && versionId ? readAnswers(org) : undefined,
    org ? readOrgAnswers(org) : {},
  ]);
  let answer = versionId ? answers?.[versionId.slice(0, 15)]?.package : undefined;
  if (!answer && link?.answer) {
    answer = link.answer;
    // Named on a login host before the org was known: it becomes this org's answer.
    if (org && versionId) await writeAnswer(org, versionId, { package: answer, at: link.at });
  }
  const environment = org
    ? decideEnvironment(org, progress?.environment ?? 'unknown', hostEnvironment)
    : hostEnvironment;
  return {
    org,
    environment,
    settings,
    steps: progress ? statuses(progress) : null,
    ...(launcher && { launcher }),
    ...(org && { orgAnswers }),
    ...(progress && { progress: checklistOf(progress, orgAnswers, environment) }),
    ...(link && {
      link: {
        environment: link.environment,
        host: link.host,
        release: link.release,
        ...(link.package && { package: link.package }),
        at: link.at,
      },
    }),
    ...(answer && { answer }),
    ...(org && { permsets: permsetsView(progress, orgAnswers) }),
  };
}

/** The open phase's done/total, the plan's ready steps and the next step's link, for the pages. */
function checklistOf(
  progress: OrgProgress,
  orgAnswers: OrgSettings,
  environment: Environment,
): NonNullable<PageState['progress']> {
  const report = reportView(progress, t, orgAnswers, environment);
  const { next, phase, phases } = report.summary;
  return {
    done: phases[phase].done,
    total: phases[phase].total,
    started: Object.values(progress.steps).some((s) => s.status !== 'pending'),
    phase,
    phases,
    ready: nextStepsOf(progress.steps, orgAnswers).ready,
    notNeeded: notNeededOf(progress, orgAnswers),
    next:
      next && report.next
        ? {
            step: next,
            title: stepTitle(next, t),
            label: report.next.label,
            href: report.next.href,
            ...(report.next.note && { note: report.next.note }),
          }
        : null,
  };
}

/** Steps the org's answers make unneeded (no ACH payments, …): pages say nothing of them. */
function notNeededOf(progress: OrgProgress, orgAnswers: OrgSettings): StepId[] {
  const { needs } = nextStepsOf(progress.steps, orgAnswers);
  return (Object.keys(needs) as StepId[]).filter((id) => needs[id] === 'not-needed');
}

const SITE_ORGS_SHOWN = 8;

/** The orgs with progress, most recent first, and the one the admin is working on. */
export async function siteState(pick?: string): Promise<SiteState> {
  const orgs = await listOrgs();
  const known = (name: unknown): name is string =>
    typeof name === 'string' && orgs.some((o) => o.org === name);
  if (known(pick)) await writeSiteOrg(pick);
  const picked = known(pick) ? pick : await readSiteOrg();
  const current = known(picked) ? picked : (orgs[0]?.org ?? null);
  const shown = orgs.filter((o, i) => i < SITE_ORGS_SHOWN || o.org === current);
  return {
    current,
    orgs: shown.map(
      (o): SiteOrg => ({
        org: o.org,
        environment: decideEnvironment(o.org, o.environment),
        updatedAt: o.updatedAt,
        steps: statuses(o),
      }),
    ),
  };
}

/** The popup's report of one org; `seen` is the environment its tab's host shows, if any. */
export const reportOf = (
  progress: OrgProgress,
  orgAnswers: OrgSettings,
  seen?: Environment,
): ReportAnswer => reportView(progress, t, orgAnswers, seen);

export async function orgList(): Promise<OrgListEntry[]> {
  const orgs = await listOrgs();
  const answers = await peekOrgAnswers(orgs.map((o) => o.org));
  return orgs.map((o) => ({
    org: o.org,
    environment: decideEnvironment(o.org, o.environment),
    updatedAt: o.updatedAt,
    summary: summarize(o, answers.get(o.org)),
  }));
}
