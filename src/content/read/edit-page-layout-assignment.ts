/**
 * **Edit Assignment**: the same profile/layout table with selectable cells, the **Page Layout
 * To Use** list and **Save** (docs/salesforce/page-layouts.md). Salesforce shows a changed cell
 * in italics until Save; a selected cell is marked aria-selected or with a selected class.
 */
import { fieldFor, findButtons, foldSpaces } from '../dom/find';
import { notFound, type ReadResult } from '../dom/read-result';
import {
  findAssignmentGrid,
  hasAssignmentTitle,
  type LayoutAssignmentTable,
  PAGE_LAYOUT_ASSIGNMENT_TEXT,
  readAssignmentTable,
} from './page-layout-assignment';

export const EDIT_PAGE_LAYOUT_ASSIGNMENT_TEXT = {
  layoutToUse: 'Page Layout To Use',
  save: ['Save'],
} as const;

export interface EditLayoutAssignment extends LayoutAssignmentTable {
  /** options of Page Layout To Use (without a "--None--" entry) */
  layoutOptions: string[];
  /** the option chosen now, null for none */
  layoutToUse: string | null;
  /** per row, per column: the cell is shown selected / changed (italic) */
  selected: boolean[][];
  changed: boolean[][];
}

export interface EditLayoutAssignmentElements {
  table: Element;
  layoutToUse: HTMLSelectElement;
  /** per row, per column: the layout cell */
  cells: Element[][];
  save: HTMLElement[];
}

const NONE = /^-+\s*none\s*-+$/i;

function isSelected(cell: Element): boolean {
  return (
    cell.getAttribute('aria-selected') === 'true' ||
    [...cell.classList].some((c) => /selected/i.test(c))
  );
}

function isItalic(cell: Element): boolean {
  if (cell.querySelector('i, em')) return true;
  const view = cell.ownerDocument.defaultView;
  return [cell, ...cell.querySelectorAll('*')].some(
    (el) => view?.getComputedStyle(el).fontStyle === 'italic',
  );
}

export function readEditPageLayoutAssignment(
  root: ParentNode,
): ReadResult<EditLayoutAssignment, EditLayoutAssignmentElements> {
  const text = EDIT_PAGE_LAYOUT_ASSIGNMENT_TEXT;
  if (!hasAssignmentTitle(root)) return notFound(PAGE_LAYOUT_ASSIGNMENT_TEXT.title[1]);
  const select = fieldFor<HTMLSelectElement>(root, text.layoutToUse, 'select');
  if (!select) return notFound(text.layoutToUse);
  const found = findAssignmentGrid(root);
  if (!found) return notFound(PAGE_LAYOUT_ASSIGNMENT_TEXT.profile[1]);
  const table = readAssignmentTable(root, found);
  const cells = found.grid.rows
    .filter((row) => foldSpaces(row.cells[0]?.textContent))
    .map((row) => row.cells.slice(found.firstLayoutCell));
  const options = [...select.options]
    .map((o) => foldSpaces(o.text))
    .filter((o) => o && !NONE.test(o));
  const chosen = select.options[select.selectedIndex];
  const chosenText = chosen ? foldSpaces(chosen.text) : '';
  return {
    found: true,
    data: {
      ...table,
      layoutOptions: options,
      layoutToUse: chosenText && !NONE.test(chosenText) ? chosenText : null,
      selected: cells.map((row) => row.map(isSelected)),
      changed: cells.map((row) => row.map(isItalic)),
    },
    elements: {
      table: found.grid.element,
      layoutToUse: select,
      cells,
      save: findButtons(root, text.save),
    },
  };
}
