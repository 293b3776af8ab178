/**
 * Layout assignment verdicts (the five `config-layout-*` steps) from the Page Layout Assignment
 * table (docs/salesforce/page-layouts.md): done when the admin profile and the standard-user
 * profile show the step's layout in every record-type column. Says which rows and columns are
 * still wrong, and which cells Edit Assignment should change.
 */
import { DEFAULT_ADMIN_PROFILE, DEFAULT_STANDARD_PROFILE } from '../default-profiles';
import { foldText } from '../packages';
import { type ConfigLayoutStep, LAYOUT_TARGETS } from './targets';
import { type ConfigVerdict, nameList } from './verdict';

export interface AssignmentTable {
  /** the object the page names, when it names one */
  object?: string | null;
  /** record-type columns; [] for one Page Layout column */
  recordTypes: readonly string[];
  rows: ReadonlyArray<{ profile: string; layouts: readonly string[] }>;
}

export interface ProfileNames {
  adminProfile?: string;
  standardProfile?: string;
}

export interface ProfileRowState {
  role: 'admin' | 'standard';
  profile: string;
  /** index of the row in the table, -1 when the table has no such profile */
  row: number;
  /** columns (indices) whose layout is not the target, with what they show */
  wrong: Array<{ column: number; recordType: string | null; layout: string }>;
}

export type LayoutKey =
  | 'configLayoutDone'
  | 'configLayoutRowsWrong'
  | 'configLayoutProfileMissing'
  | 'configLayoutOtherObject';

export function targetProfiles(
  names: ProfileNames = {},
): Array<{ role: 'admin' | 'standard'; profile: string }> {
  return [
    { role: 'admin', profile: names.adminProfile ?? DEFAULT_ADMIN_PROFILE },
    { role: 'standard', profile: names.standardProfile ?? DEFAULT_STANDARD_PROFILE },
  ];
}

export function layoutAssignmentVerdict(
  table: AssignmentTable,
  step: ConfigLayoutStep,
  names: ProfileNames = {},
): ConfigVerdict<LayoutKey, { layout: string; rows: ProfileRowState[] }> {
  const target = LAYOUT_TARGETS[step];
  const layout = foldText(target.layout);
  const rows: ProfileRowState[] = targetProfiles(names).map(({ role, profile }) => {
    const row = table.rows.findIndex((r) => foldText(r.profile) === foldText(profile));
    const shown = table.rows[row]?.layouts ?? [];
    const wrong = shown.flatMap((l, column) =>
      foldText(l) === layout
        ? []
        : [{ column, recordType: table.recordTypes[column] ?? null, layout: l }],
    );
    return { role, profile, row, wrong };
  });
  const facts = { layout: target.layout, rows };
  if (table.object && foldText(table.object) !== foldText(target.object))
    return {
      status: 'not-started',
      key: 'configLayoutOtherObject',
      args: [table.object, target.object],
      facts,
    };
  const missing = rows.filter((r) => r.row < 0);
  if (missing.length > 0)
    return {
      status: 'in-progress',
      key: 'configLayoutProfileMissing',
      args: [nameList(missing.map((r) => r.profile)), target.object],
      facts,
    };
  const wrong = rows.filter((r) => r.wrong.length > 0);
  if (wrong.length > 0)
    return {
      status: 'in-progress',
      key: 'configLayoutRowsWrong',
      args: [nameList(wrong.map((r) => r.profile)), target.layout],
      facts,
    };
  return { status: 'done', key: 'configLayoutDone', args: [target.object, target.layout], facts };
}

/**
 * For Edit Assignment: the layout to pre-choose in Page Layout To Use (null when the page does
 * not offer it) and the cells [row, column] to mark for the admin to select.
 */
export function cellsToChange(
  table: AssignmentTable,
  step: ConfigLayoutStep,
  layoutOptions: readonly string[],
  names: ProfileNames = {},
): { layoutToUse: string | null; cells: Array<[number, number]> } {
  const verdict = layoutAssignmentVerdict(table, step, names);
  const wanted = foldText(LAYOUT_TARGETS[step].layout);
  return {
    layoutToUse: layoutOptions.find((o) => foldText(o) === wanted) ?? null,
    cells: verdict.facts.rows.flatMap((r) =>
      r.row < 0 ? [] : r.wrong.map((w): [number, number] => [r.row, w.column]),
    ),
  };
}
