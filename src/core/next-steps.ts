/**
 * What comes next, asked of the plan (src/core/plan.ts) and nothing else: the popup, the badge,
 * the launcher, the guards and the page state all read the order from here. Pure.
 *
 * The rules, in one place:
 * - A step's need: `optional` steps are optional; a step with `ask` is needed only when the org's
 *   answer is yes (no → not needed, "skipped with that answer"; unanswered → open, and asked).
 * - Settled: done; or skipped while optional; or not needed by the org's answer (whatever its
 *   stored status). A required step skipped by hand is NOT settled: it counts as not done and its
 *   phase stays open, but it is not offered again (the admin chose to pass it).
 * - Open: neither settled nor skipped by hand. Pending, in progress and blocked steps are open.
 * - Ready: open, and every step it comes `after` is settled.
 * - `next`: the first ready step in plan order, else the first open one (an install submitted
 *   but not yet confirmed, or a step waiting on one skipped by hand); null when nothing is open.
 *   Configuration steps are confirmed whenever their pages are seen, but `next` stays in order:
 *   an open install step comes before every configuration step.
 * - `phase`: the phase of `next`; when nothing is open, the first phase not all settled, else the
 *   last phase.
 */
import type { OrgSettings } from './org-settings';
import {
  type OrgQuestion,
  PHASES,
  type Phase,
  STEPS,
  type StepId,
  type StepSpec,
  type StepStatus,
} from './plan';

export type Plan = readonly StepSpec[];
export type StepStates = Partial<Record<StepId, { status: StepStatus }>>;

/** What a step needs in this org. */
export type Need = 'required' | 'optional' | 'not-needed' | 'unanswered';

export interface PhaseCount {
  done: number;
  total: number;
}

export interface NextSteps {
  /** The one step to offer next, or null when nothing is open. */
  next: StepId | null;
  /** Every ready step, in plan order (`next` first when it is ready). */
  ready: StepId[];
  /** Every open step, in plan order. */
  open: StepId[];
  /** Settled steps over all steps, both phases together. */
  done: number;
  total: number;
  phases: Record<Phase, PhaseCount>;
  /** The phase being worked on (see the rules above). */
  phase: Phase;
  /** Questions of the org that an open step waits for, in plan order, each once. */
  questions: OrgQuestion[];
  /** Each step's need in this org. */
  needs: Record<StepId, Need>;
}

export function needOf(spec: StepSpec, settings: OrgSettings): Need {
  if (spec.ask) {
    const answer = settings[spec.ask];
    if (answer === false) return 'not-needed';
    if (answer === undefined) return 'unanswered';
  }
  return spec.optional ? 'optional' : 'required';
}

export function isSettled(status: StepStatus, need: Need): boolean {
  if (need === 'not-needed') return true;
  return status === 'done' || (status === 'skipped' && need === 'optional');
}

export function nextSteps(
  plan: Plan,
  state: StepStates | null | undefined,
  settings: OrgSettings = {},
): NextSteps {
  const statusOf = (id: StepId): StepStatus => state?.[id]?.status ?? 'pending';
  const needs = {} as Record<StepId, Need>;
  const settled = new Set<StepId>();
  const phases = Object.fromEntries(PHASES.map((p) => [p, { done: 0, total: 0 }])) as Record<
    Phase,
    PhaseCount
  >;
  for (const spec of plan) {
    const need = needOf(spec, settings);
    needs[spec.id] = need;
    phases[spec.phase].total++;
    if (isSettled(statusOf(spec.id), need)) {
      settled.add(spec.id);
      phases[spec.phase].done++;
    }
  }
  const open = plan.filter((s) => !settled.has(s.id) && statusOf(s.id) !== 'skipped');
  const ready = open.filter((s) => s.after.every((id) => settled.has(id)));
  const nextSpec = ready[0] ?? open[0];
  const questions = [
    ...new Set(open.flatMap((s) => (s.ask && needs[s.id] === 'unanswered' ? [s.ask] : []))),
  ];
  const unfinished = PHASES.find((p) => phases[p].done < phases[p].total);
  return {
    next: nextSpec?.id ?? null,
    ready: ready.map((s) => s.id),
    open: open.map((s) => s.id),
    done: settled.size,
    total: plan.length,
    phases,
    phase: nextSpec?.phase ?? unfinished ?? (PHASES[PHASES.length - 1] as Phase),
    questions,
    needs,
  };
}

/** nextSteps of the extension's own plan. */
export const nextStepsOf = (state: StepStates | null | undefined, settings?: OrgSettings) =>
  nextSteps(STEPS, state, settings);
