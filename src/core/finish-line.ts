/**
 * The finish line (#18.6): an org is configured when every step that its answers make required,
 * in both phases, is done. Optional steps and steps its answers make unneeded do not hold it
 * back; a step still waiting for an answer does, as does a required step skipped by hand. The
 * needs are the plan's (src/core/next-steps.ts `needOf`). Pure.
 */
import { needOf, type StepStates } from './next-steps';
import type { OrgSettings } from './org-settings';
import { STEPS } from './plan';
import type { Report } from './progress';

export function isConfigured(states: StepStates | null | undefined, settings: OrgSettings = {}) {
  return STEPS.every((spec) => {
    const need = needOf(spec, settings);
    return need === 'optional' || need === 'not-needed' || states?.[spec.id]?.status === 'done';
  });
}

/** The same, read off a report (its steps as shown, its org's answers). */
export const reportConfigured = (report: Pick<Report, 'steps' | 'orgSettings'>): boolean =>
  isConfigured(
    Object.fromEntries(report.steps.map((step) => [step.id, { status: step.status }])),
    report.orgSettings,
  );
