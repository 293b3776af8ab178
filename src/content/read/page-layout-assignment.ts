/**
 * The **Page Layout Assignment** page (read-only) and the grid it shares with **Edit
 * Assignment** (docs/salesforce/page-layouts.md). Its URL and markup are unknown, so it is
 * recognized by content: a heading "Page Layout Assignment", and a table whose first header is
 * the profile column; the other headers are the record types, or one **Page Layout** column
 * when the object has none. Headers may be <th> cells or a plain first row.
 */
import { foldSpaces, labelFold } from '../dom/find';
import { controlsNamed, type Grid, gridsIn, readGrid } from '../dom/grid';
import { notFound, type ReadResult } from '../dom/read-result';

export const PAGE_LAYOUT_ASSIGNMENT_TEXT = {
  title: ['Page Layout Assignment', 'Edit Page Layout Assignment'],
  profile: ['Profile', 'Profiles'],
  singleColumn: ['Page Layout'],
  editAssignment: ['Edit Assignment'],
} as const;

export interface LayoutAssignmentRow {
  profile: string;
  /** the layout shown in each column, aligned with `columns` */
  layouts: string[];
}

export interface LayoutAssignmentTable {
  /** the object named beside the page title, or null */
  object: string | null;
  /** record type names; `[]` when the object has none (one Page Layout column) */
  recordTypes: string[];
  rows: LayoutAssignmentRow[];
}

export interface LayoutAssignmentGrid {
  grid: Grid;
  /** index of the first layout cell in each row */
  firstLayoutCell: number;
}

/** The heading pair of a Classic title block: the text that is not the page title names the object. */
function objectName(root: ParentNode): string | null {
  const titles = PAGE_LAYOUT_ASSIGNMENT_TEXT.title.map(labelFold);
  for (const heading of root.querySelectorAll('h1, h2')) {
    if (!titles.includes(labelFold(heading.textContent))) continue;
    const block = heading.closest('.bPageTitle, .content, header') ?? heading.parentElement;
    for (const other of block?.querySelectorAll('h1, h2') ?? []) {
      const name = foldSpaces(other.textContent).replace(/:$/, '');
      if (other !== heading && name && !titles.includes(labelFold(name))) return name;
    }
  }
  return null;
}

export function hasAssignmentTitle(root: ParentNode): boolean {
  const titles = PAGE_LAYOUT_ASSIGNMENT_TEXT.title.map(labelFold);
  return [...root.querySelectorAll('h1, h2, h3, [role="heading"]')].some((h) =>
    titles.includes(labelFold(h.textContent)),
  );
}

/** The profile/layout table: the first grid whose first header is the profile column. */
export function findAssignmentGrid(root: ParentNode): LayoutAssignmentGrid | null {
  const profile = PAGE_LAYOUT_ASSIGNMENT_TEXT.profile.map(labelFold);
  for (const element of gridsIn(root)) {
    const grid = readGrid(element, true);
    if (grid && profile.includes(grid.headers[0] ?? '') && grid.headers.length >= 2)
      return { grid, firstLayoutCell: 1 };
  }
  return null;
}

/** Rows and columns of the table; cell text only (a changed cell's italics are read by the edit reader). */
export function readAssignmentTable(
  root: ParentNode,
  found: LayoutAssignmentGrid,
): LayoutAssignmentTable {
  const { grid, firstLayoutCell } = found;
  const columns = grid.headers.slice(firstLayoutCell);
  const single = PAGE_LAYOUT_ASSIGNMENT_TEXT.singleColumn.map(labelFold);
  const recordTypes =
    columns.length === 1 && single.includes(columns[0] ?? '')
      ? []
      : grid.labels.slice(firstLayoutCell);
  const rows: LayoutAssignmentRow[] = [];
  for (const row of grid.rows) {
    const profile = foldSpaces(row.cells[0]?.textContent);
    if (!profile) continue;
    rows.push({
      profile,
      layouts: row.cells.slice(firstLayoutCell).map((c) => foldSpaces(c.textContent)),
    });
  }
  return { object: objectName(root), recordTypes, rows };
}

export function readPageLayoutAssignment(
  root: ParentNode,
): ReadResult<LayoutAssignmentTable, { table: Element; editAssignment: HTMLElement | null }> {
  const text = PAGE_LAYOUT_ASSIGNMENT_TEXT;
  if (!hasAssignmentTitle(root)) return notFound(text.title[0]);
  const found = findAssignmentGrid(root);
  if (!found) return notFound(text.profile[1]);
  return {
    found: true,
    data: readAssignmentTable(root, found),
    elements: {
      table: found.grid.element,
      editAssignment: controlsNamed(root, text.editAssignment)[0] ?? null,
    },
  };
}
