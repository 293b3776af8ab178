/**
 * A permission set's **Manage Assignments** view: the users holding the set, a Classic list
 * (`/005?id=0PS…`) whose **Full Name** column names them (docs/salesforce/permission-sets.md).
 * The set's own name is the page title's description.
 */
import { clip, LIMITS } from '../../core/limits';
import { foldSpaces } from '../dom/find';
import { cellText, findGrid, isDataRow } from '../dom/grid';
import { notFound, type ReadResult } from '../dom/read-result';

export const MANAGE_ASSIGNMENTS_TEXT = { fullName: 'Full Name', profile: 'Profile' } as const;

export interface PermissionSetMember {
  name: string;
  profile: string | null;
}

export interface PermissionSetManageAssignments {
  /** the permission set's label as the page title shows it, or null */
  set: string | null;
  /** users listed, in page order; empty when the list has none */
  users: PermissionSetMember[];
}

export function readPermissionSetManageAssignments(
  root: ParentNode,
): ReadResult<PermissionSetManageAssignments, { list: Element }> {
  const text = MANAGE_ASSIGNMENTS_TEXT;
  const grid = findGrid(root, [text.fullName]);
  if (!grid) return notFound(text.fullName);
  const users: PermissionSetMember[] = [];
  // Not the empty-list text ("No records to display") as a user.
  const rows = grid.rows.filter((row) => isDataRow(row.element));
  for (const row of rows) {
    const name = cellText(grid, row, text.fullName);
    if (!name) continue;
    users.push({
      name: clip(name, LIMITS.user),
      profile: cellText(grid, row, text.profile) || null,
    });
  }
  // Rows with no Full Name cell it can read: "no one holds the set" would be false.
  if (users.length === 0 && rows.length > 0) return notFound(text.fullName, text.fullName);
  const title = foldSpaces(root.querySelector('.bPageTitle h2, h2.pageDescription')?.textContent);
  return {
    found: true,
    data: { set: title ? clip(title, LIMITS.name) : null, users },
    elements: { list: grid.element },
  };
}
