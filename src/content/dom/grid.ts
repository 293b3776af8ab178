/**
 * Tables as a person reads them on Classic and Lightning Setup pages: a list is found by the
 * title above it, a column by its header text, whatever the markup (table rows with th/td, an
 * ARIA grid of divs, a header row without <th>). Never by position or generated ids.
 */
import { buttonName, foldSpaces, isShown, labelFold } from './find';

export interface Grid {
  /** the table or role=grid element */
  element: Element;
  /** header texts, folded for comparison (labelFold) */
  headers: string[];
  /** header texts as shown (spaces folded) */
  labels: string[];
  rows: GridRow[];
}

export interface GridRow {
  element: Element;
  cells: Element[];
}

const ROW_CELLS =
  ':scope > th, :scope > td, :scope > [role="columnheader"], :scope > [role="gridcell"], :scope > [role="rowheader"]';

function rowsOf(grid: Element): Element[] {
  // By tag, not instanceof: a frame's elements belong to another window's classes.
  if (grid.tagName === 'TABLE') return [...(grid as HTMLTableElement).rows];
  return [...grid.querySelectorAll('[role="row"]')].filter(
    (row) => row.closest('[role="grid"], table') === grid,
  );
}

function isHeaderRow(row: Element): boolean {
  return (
    row.classList.contains('headerRow') ||
    row.querySelector(':scope > th[scope="col"], :scope > [role="columnheader"]') !== null ||
    row.parentElement?.tagName === 'THEAD'
  );
}

/**
 * A grid read from a table or role=grid: the header row is the first row marked as one (th
 * scope=col, columnheader, thead, .headerRow), else the first row when `firstRowIsHeader`.
 * Null when it has no header row.
 */
export function readGrid(element: Element, firstRowIsHeader = false): Grid | null {
  const rows = rowsOf(element);
  let at = rows.findIndex(isHeaderRow);
  if (at < 0 && firstRowIsHeader && rows.length > 0) at = 0;
  const header = rows[at];
  if (!header) return null;
  const cells = [...header.querySelectorAll(ROW_CELLS)];
  return {
    element,
    headers: cells.map((c) => labelFold(c.textContent)),
    labels: cells.map((c) => foldSpaces(c.textContent)),
    rows: rows
      .slice(at + 1)
      .map((row) => ({ element: row, cells: [...row.querySelectorAll(ROW_CELLS)] })),
  };
}

/** Every table and ARIA grid under `root` that is shown and not nested in another one. */
export function gridsIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll('table, [role="grid"]')].filter(
    (g) => isShown(g) && !g.closest('sf-install-guide'),
  );
}

/** The first grid under `root` whose headers include every one of `columns` (folded). */
export function findGrid(
  root: ParentNode,
  columns: readonly string[],
  firstRowIsHeader = false,
): Grid | null {
  const wanted = columns.map(labelFold);
  for (const element of gridsIn(root)) {
    const grid = readGrid(element, firstRowIsHeader);
    if (grid && wanted.every((w) => grid.headers.includes(w))) return grid;
  }
  return null;
}

/** What a list shows in place of rows when it has none (Classic related lists, Lightning lists). */
export const EMPTY_LIST_TEXT = [
  'No records to display',
  'No records to display.',
  'No items to display',
  'No items to display.',
] as const;

/**
 * A row holding data: not a header row, not a Classic list's own title bar (its title and
 * buttons sit in a table row too), with text that is not the list's empty-list text. A reader
 * that reads nothing from such rows has not understood the list: it must answer not found,
 * never "none".
 */
export function isDataRow(row: Element, emptyTexts: readonly string[] = EMPTY_LIST_TEXT): boolean {
  if (isHeaderRow(row) || row.closest('.pbHeader') || row.querySelector('h2, h3, .pbTitle'))
    return false;
  const text = labelFold(row.textContent);
  return text !== '' && !emptyTexts.map(labelFold).includes(text);
}

/** The data rows (isDataRow) of every shown grid under `root`. */
export function dataRowsIn(
  root: ParentNode,
  emptyTexts: readonly string[] = EMPTY_LIST_TEXT,
): Element[] {
  return gridsIn(root).flatMap((grid) => rowsOf(grid).filter((row) => isDataRow(row, emptyTexts)));
}

/** The text of one column of a row, by header, spaces folded; null when the row has no such cell. */
export function cellText(grid: Grid, row: GridRow, column: string): string | null {
  const cell = row.cells[grid.headers.indexOf(labelFold(column))];
  return cell ? foldSpaces(cell.textContent) : null;
}

/** An item count after a list's title, as Lightning shows it: "Values (7)", "(10+)". */
const ITEM_COUNT = /\s*\(\d+\+?\)$/;

/**
 * The related list (Classic `.bRelatedList`, a page block, section or article) whose heading's
 * whole text is `title` (folded; an item count after it aside): an exact match, so "Permission
 * Set Assignments" never finds "Permission Set License Assignments".
 */
export function relatedListByTitle(root: ParentNode, title: string): Element | null {
  const wanted = labelFold(title);
  const heading = [...root.querySelectorAll('h2, h3, .pbTitle, [role="heading"]')].find(
    (h) => labelFold(h.textContent?.trim().replace(ITEM_COUNT, '')) === wanted && isShown(h),
  );
  if (!heading) return null;
  return heading.closest('.bRelatedList, .bPageBlock, section, article') ?? heading.parentElement;
}

const CLICKABLE = 'a, button, input[type="button"], input[type="submit"], [role="button"]';

/**
 * Controls a person would call `name`: a button's text or value, an aria-label or title, or the
 * alt text of the only image inside a link (Classic arrow buttons such as Add / Remove).
 */
export function controlsNamed(root: ParentNode, names: readonly string[]): HTMLElement[] {
  const wanted = names.map(labelFold);
  return [...root.querySelectorAll<HTMLElement>(CLICKABLE)].filter((el) => {
    if (!isShown(el)) return false;
    const img = el.querySelector('img');
    const name =
      buttonName(el) || labelFold(el.getAttribute('title')) || labelFold(img?.getAttribute('alt'));
    return wanted.includes(name);
  });
}
