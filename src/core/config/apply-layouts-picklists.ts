/**
 * Reducer parts for the five `config-layout-*` steps and the two picklist steps: the verdicts of
 * ./layout-assignment.ts and ./picklist-values.ts turned into step changes, notes as phrases.
 * A step moves only when what the page shows says something new (same status and note: no change).
 */
import type { OrgSettings } from '../org-settings';
import { type Phrase, phrase, samePhrase } from '../phrase';
import type { StepStatus } from '../plan';
import type { Change } from '../progress';
import type { Observation, OrgProgress, StepState } from '../schemas';
import { layoutAssignmentVerdict } from './layout-assignment';
import type {
  LayoutAssignmentObservation,
  PicklistValuesObservation,
} from './observations-layouts-picklists';
import { picklistValuesVerdict } from './picklist-values';
import { LAYOUT_TARGETS, PICKLIST_TARGETS } from './targets';
import type { ConfigStatus } from './verdict';

const STATUS: Readonly<Record<ConfigStatus, StepStatus>> = {
  done: 'done',
  'in-progress': 'in-progress',
  'not-started': 'pending',
};

/** Evidence words are keyed by at most 60 characters (evidenceSchema). */
const key = (text: string) => text.slice(0, 60);

function change(
  state: OrgProgress,
  obs: LayoutAssignmentObservation | PicklistValuesObservation,
  status: StepStatus,
  note: Phrase,
  values: Record<string, string>,
  summary: Phrase,
): Change[] {
  const cur = state.steps[obs.step];
  if (cur.source === 'observed' && cur.status === status && samePhrase(cur.note, note)) return [];
  const next: StepState = {
    status,
    source: 'observed',
    evidence: { values, seenAt: obs.seenAt, url: obs.url },
    note,
    updatedAt: obs.seenAt,
  };
  return [{ step: obs.step, next, summary }];
}

export function applyLayoutAssignment(
  state: OrgProgress,
  obs: LayoutAssignmentObservation,
  answers: OrgSettings,
): Change[] {
  const verdict = layoutAssignmentVerdict(obs, obs.step, answers);
  // Another object's table says nothing about this step.
  if (verdict.key === 'configLayoutOtherObject') return [];
  const target = LAYOUT_TARGETS[obs.step];
  const values: Record<string, string> = {};
  for (const row of verdict.facts.rows) {
    const shown = obs.rows[row.row]?.layouts ?? [];
    values[key(row.profile)] = row.row < 0 ? '—' : [...new Set(shown)].join(', ').slice(0, 200);
  }
  const status = STATUS[verdict.status];
  return change(
    state,
    obs,
    status,
    phrase(verdict.key, ...verdict.args),
    values,
    status === 'done'
      ? phrase('summaryLayoutAssigned', target.layout, target.object)
      : phrase('summaryLayoutNotYet', target.layout, target.object),
  );
}

export function applyPicklistValues(
  state: OrgProgress,
  obs: PicklistValuesObservation,
  _answers: OrgSettings,
): Change[] {
  const verdict = picklistValuesVerdict(obs, obs.step);
  const target = PICKLIST_TARGETS[obs.step];
  const status = STATUS[verdict.status];
  const active = obs.active.map((v) => JSON.stringify(v.label)).join(', ');
  return change(
    state,
    obs,
    status,
    phrase(verdict.key, ...verdict.args),
    { [key(target.valueSet)]: active.slice(0, 200) },
    status === 'done'
      ? phrase('summaryPicklistDone', target.valueSet)
      : phrase('summaryPicklistNotYet', target.valueSet),
  );
}

/** History words for a visit that changed nothing. */
export function describeLayoutOrPicklist(
  obs: Extract<Observation, { kind: 'layout-assignment' | 'picklist-values' }>,
): Phrase {
  return obs.kind === 'layout-assignment'
    ? phrase('describeLayoutAssignment', LAYOUT_TARGETS[obs.step].object)
    : phrase('describePicklistValues', PICKLIST_TARGETS[obs.step].valueSet);
}
