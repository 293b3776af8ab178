/**
 * An org's environment and next link, decided in one place, and the report view built on them.
 * Pure (the words come from the `t` passed in): the worker's views (src/background/views.ts) build
 * every answer with it; the popup uses it only for an org with no record yet (an empty checklist).
 */
import { nextStepLink, orgEnvironment } from './deep-links';
import type { Environment } from './hosts';
import type { Translate } from './i18n';
import type { OrgSettings } from './org-settings';
import { toReport } from './progress';
import type { ReportAnswer } from './protocol/answers';
import type { OrgProgress } from './schemas';

/**
 * The org's kind: what its record says once a Salesforce page of the org was seen; else what the
 * host at hand shows (`seen`); else what its My Domain name tells (deep-links.ts), or 'unknown'.
 */
export function decideEnvironment(
  org: string,
  recorded: Environment,
  seen: Environment = 'unknown',
): Environment {
  if (recorded !== 'unknown') return recorded;
  return orgEnvironment(org, seen);
}

/**
 * The report in the language of `t`, with the decided environment and the next step's link; the
 * org's answers (`settings`) decide which conditional steps it needs.
 */
export function reportView(
  progress: OrgProgress,
  t: Translate,
  settings: OrgSettings = {},
  seen: Environment = 'unknown',
): ReportAnswer {
  const environment = decideEnvironment(progress.org, progress.environment, seen);
  const report = { ...toReport(progress, t, settings), environment };
  return { ...report, next: nextStepLink(report, t) };
}
