/**
 * Reading stored org records of any age. Pure: the worker decides what to do with the result
 * (store the migrated record, or move an unreadable one aside to a backup key).
 */
import { addLaterSteps } from './later-steps';
import { STEP_IDS, STEP_STATUSES, type StepId } from './plan';
import { ORG_SCHEMA_VERSION, type OrgProgress, orgProgressSchema } from './schemas';

export type ReadResult =
  | { ok: true; value: OrgProgress; migrated: boolean }
  | { ok: false; reason: string };

/**
 * Version 0 was the first draft's shape: `{ org, updatedAt, steps: { [id]: status } }`, no `v`.
 * Each later version adds a step here that lifts version n to n + 1.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: (raw) => {
    const now = typeof raw.updatedAt === 'string' ? raw.updatedAt : new Date(0).toISOString();
    const steps: Record<string, unknown> = {};
    const old = (raw.steps ?? {}) as Record<string, unknown>;
    for (const id of STEP_IDS) {
      const status = old[id];
      steps[id] = {
        status: (STEP_STATUSES as readonly unknown[]).includes(status) ? status : 'pending',
        updatedAt: now,
      };
    }
    return {
      v: 1,
      org: raw.org,
      environment: raw.environment ?? 'unknown',
      createdAt: now,
      updatedAt: now,
      steps,
      history: [],
      historyDropped: 0,
    };
  },
};

export function readOrgRecord(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not an object' };
  }
  let record = raw as Record<string, unknown>;
  let version = record.v === undefined ? 0 : record.v;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'unknown schema version' };
  }
  if (version > ORG_SCHEMA_VERSION) {
    return { ok: false, reason: `written by a newer version of the extension (schema ${version})` };
  }
  const migrated = version < ORG_SCHEMA_VERSION;
  while (version < ORG_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema ${version}` };
    record = step(record);
    version++;
  }
  const parsed = orgProgressSchema.safeParse(addLaterSteps(record));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `invalid at ${issue?.path.join('.') || 'root'}: ${issue?.message}`,
    };
  }
  // A record missing a step (half-written) is not trusted: every step must be present.
  const missing = STEP_IDS.find((id: StepId) => !parsed.data.steps[id]);
  if (missing) return { ok: false, reason: `step ${missing} missing` };
  return { ok: true, value: parsed.data, migrated };
}
