/**
 * A user's detail page: the **Permission Set Assignments** related list, never the
 * **Permission Set License Assignments** list beside it (a licence named like a set must not
 * count), with the user's name and profile (docs/salesforce/permission-sets.md).
 */
import { clip, LIMITS } from '../../core/limits';
import { findButtons, foldSpaces, labelFold, readLabeled } from '../dom/find';
import { isDataRow, relatedListByTitle } from '../dom/grid';
import { notFound, type ReadResult } from '../dom/read-result';

export const PERMISSION_SET_ASSIGNMENTS_TEXT = {
  list: 'Permission Set Assignments',
  editAssignments: ['Edit Assignments'],
  name: ['Name', 'Full Name'],
  profile: ['Profile'],
  rowActions: ['Del', 'Edit', 'Remove'],
  noRecords: ['No records to display', 'No records to display.'],
  /** what each row must show (a row header, else a linked cell): for a diagnostic only */
  rowName: 'row names',
} as const;

export interface PermissionSetAssignments {
  /** the user whose page this is, as shown (Name field, else the heading without "User:") */
  user: string | null;
  /** the user's profile as shown, null when the page shows none */
  profile: string | null;
  /** set labels as listed, in page order; empty when the list says there are none */
  sets: string[];
}

export interface PermissionSetAssignmentsElements {
  list: Element;
  editAssignments: HTMLElement | null;
}

/** The name in one related-list row: its row header, else the first linked cell that is not a row action. */
export function rowName(row: HTMLTableRowElement, rowActions: readonly string[]): string {
  const actions = rowActions.map(labelFold);
  const cell =
    row.querySelector('th[scope="row"]') ??
    [...row.cells].find((c) => c.querySelector('a') && !actions.includes(labelFold(c.textContent)));
  return foldSpaces(cell?.textContent);
}

function userName(root: ParentNode): string | null {
  const field = readLabeled(root, PERMISSION_SET_ASSIGNMENTS_TEXT.name);
  if (field) return clip(field, LIMITS.user);
  const heading = foldSpaces(root.querySelector('h2.pageDescription, .bPageTitle h2')?.textContent);
  return heading ? clip(heading.replace(/^user\s*:\s*/i, ''), LIMITS.user) : null;
}

export function readPermissionSetAssignments(
  root: ParentNode,
): ReadResult<PermissionSetAssignments, PermissionSetAssignmentsElements> {
  const text = PERMISSION_SET_ASSIGNMENTS_TEXT;
  const list = relatedListByTitle(root, text.list);
  if (!list) return notFound(text.list);
  const noRecords = text.noRecords.map(labelFold);
  const sets: string[] = [];
  let unread = 0;
  for (const row of list.querySelectorAll('tr')) {
    // Skips header rows, the list's own title bar (a table row too) and "No records to display".
    if (row.querySelector('th[scope="col"]') || !isDataRow(row, text.noRecords)) continue;
    const name = rowName(row, text.rowActions);
    if (name && !noRecords.includes(labelFold(name))) sets.push(clip(name, LIMITS.name));
    else unread += 1;
  }
  // Rows without a name this reader can find: "no permission sets" would be false.
  if (sets.length === 0 && unread > 0) return notFound(text.rowName, text.list);
  const profile = readLabeled(root, text.profile);
  return {
    found: true,
    data: { user: userName(root), profile: profile ? clip(profile, LIMITS.name) : null, sets },
    elements: { list, editAssignments: findButtons(list, text.editAssignments)[0] ?? null },
  };
}
