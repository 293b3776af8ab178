/**
 * Records written before the plan grew its configuration phase (schema v1, the six install
 * steps) read without loss: the steps they lack are added as pending when read. Pure, and on the
 * raw record, so a storage migration can call it before validating. Only configuration steps are
 * added: a record lacking an install step was half-written and stays untrusted (src/core/migrate.ts).
 */
import { STEPS, type StepId } from './plan';

/** Steps a record may lack because they did not exist when it was written. */
export const LATER_STEPS: readonly StepId[] = STEPS.filter((s) => s.phase === 'configure').map(
  (s) => s.id,
);

export function addLaterSteps(record: Record<string, unknown>): Record<string, unknown> {
  const steps = record.steps;
  if (typeof steps !== 'object' || steps === null || Array.isArray(steps)) return record;
  const missing = LATER_STEPS.filter((id) => !(id in steps));
  if (missing.length === 0) return record;
  const at = typeof record.updatedAt === 'string' ? record.updatedAt : new Date(0).toISOString();
  const added = Object.fromEntries(missing.map((id) => [id, { status: 'pending', updatedAt: at }]));
  return { ...record, steps: { ...steps, ...added } };
}
