/**
 * A global picklist value set's detail page (Classic `/0Nt…`, framed in Lightning Setup): the
 * active **Values** list and the separate **Inactive Values** list, each value's label and API
 * name, and **New** (docs/salesforce/picklist-value-sets.md). Labels are kept as stored: a
 * trailing space or a changed case is what the verdict must be able to name.
 */
import { clip, LIMITS } from '../../core/limits';
import { findButtons, foldSpaces, labelFold } from '../dom/find';
import { dataRowsIn, EMPTY_LIST_TEXT, findGrid, type Grid, relatedListByTitle } from '../dom/grid';
import { notFound, type ReadResult } from '../dom/read-result';

export const PICKLIST_VALUE_SET_TEXT = {
  active: 'Values',
  inactive: 'Inactive Values',
  /** the label column's header: "Label" on some real orgs */
  label: ['Values', 'Value', 'Label'],
  apiName: 'API Name',
  newButton: ['New'],
  noRecords: EMPTY_LIST_TEXT,
} as const;

export interface ShownPicklistValue {
  /** as stored: markup line breaks and indentation dropped, spaces inside and at the end kept */
  label: string;
  apiName: string | null;
}

export interface PicklistValueSet {
  /** the value set's label from the page title, or null */
  name: string | null;
  active: ShownPicklistValue[];
  /** null when the page shows no Inactive Values list (not the same as none) */
  inactive: ShownPicklistValue[] | null;
}

/**
 * A cell's text as stored: runs of whitespace holding a line break are markup (dropped at the
 * ends, one space inside); plain spaces are the value's own.
 */
export function storedText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/^[ \t]*[\r\n][\s]*|[\s]*[\r\n][ \t]*$/g, '')
    .replace(/[ \t]*[\r\n]\s*/g, ' ');
}

/**
 * The values of one list; [] when it has no data rows (a header row alone, or its empty-list
 * text), null when it has rows but no label column this reader knows: "none" would be false.
 */
function valuesOf(list: Element): ShownPicklistValue[] | null {
  const text = PICKLIST_VALUE_SET_TEXT;
  let grid: Grid | null = null;
  for (const column of text.label) {
    grid = findGrid(list, [column]);
    if (grid) break;
  }
  if (!grid) return dataRowsIn(list, text.noRecords).length > 0 ? null : [];
  const labelAt = grid.headers.findIndex((h) => text.label.map(labelFold).includes(h));
  const apiAt = grid.headers.indexOf(labelFold(text.apiName));
  const values: ShownPicklistValue[] = [];
  for (const row of grid.rows) {
    const label = storedText(row.cells[labelAt]?.textContent);
    if (!label.trim()) continue;
    const api = apiAt >= 0 ? foldSpaces(row.cells[apiAt]?.textContent) : '';
    values.push({ label: clip(label, LIMITS.name), apiName: api ? clip(api, LIMITS.name) : null });
  }
  if (values.length === 0 && dataRowsIn(list, text.noRecords).length > 0) return null;
  return values;
}

export function readPicklistValueSet(
  root: ParentNode,
): ReadResult<PicklistValueSet, { values: Element; newButton: HTMLElement | null }> {
  const text = PICKLIST_VALUE_SET_TEXT;
  const active = relatedListByTitle(root, text.active);
  if (!active) return notFound(text.active);
  const inactive = relatedListByTitle(root, text.inactive);
  const activeValues = valuesOf(active);
  if (!activeValues) return notFound(text.label[0], text.active);
  const inactiveValues = inactive ? valuesOf(inactive) : null;
  // An unread inactive list would hide a value that only needs activating.
  if (inactive && !inactiveValues) return notFound(text.label[0], text.inactive);
  const title = foldSpaces(root.querySelector('.bPageTitle h2, h2.pageDescription')?.textContent);
  return {
    found: true,
    data: {
      name: title ? clip(title, LIMITS.name) : null,
      active: activeValues,
      inactive: inactiveValues,
    },
    elements: { values: active, newButton: findButtons(active, text.newButton)[0] ?? null },
  };
}
