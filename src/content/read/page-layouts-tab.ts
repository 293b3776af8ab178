/**
 * Object Manager → an object → **Page Layouts** (Lightning): the object's label from the page
 * heading, the layouts listed under **Page Layout Name**, and the **Page Layout Assignment**
 * button (docs/salesforce/page-layouts.md). The object's API name is not on this tab: tell a
 * Billing object from a same-labelled standard one by the URL slot or the assignment page's
 * object type (src/core/config/billing-objects.ts).
 */
import { foldSpaces } from '../dom/find';
import { cellText, controlsNamed, findGrid, isDataRow } from '../dom/grid';
import { notFound, type ReadResult } from '../dom/read-result';

export const PAGE_LAYOUTS_TAB_TEXT = {
  layoutName: 'Page Layout Name',
  assignment: ['Page Layout Assignment'],
} as const;

export interface PageLayoutsTab {
  /** the object's label as the page heading shows it, or null */
  object: string | null;
  /** layout names, in page order (may be empty) */
  layouts: string[];
}

export function readPageLayoutsTab(
  root: ParentNode,
): ReadResult<PageLayoutsTab, { list: Element; assignment: HTMLElement | null }> {
  const text = PAGE_LAYOUTS_TAB_TEXT;
  const grid = findGrid(root, [text.layoutName]);
  if (!grid) return notFound(text.layoutName);
  // Not the empty-list text ("No items to display") as a layout.
  const rows = grid.rows.filter((row) => isDataRow(row.element));
  const layouts = rows
    .map((row) => cellText(grid, row, text.layoutName))
    .filter((name): name is string => Boolean(name));
  // Rows with no layout name it can read: "the layout is not listed" would be false.
  if (layouts.length === 0 && rows.length > 0) return notFound(text.layoutName, text.layoutName);
  const heading = root.querySelector('h1');
  return {
    found: true,
    data: { object: foldSpaces(heading?.textContent) || null, layouts },
    elements: { list: grid.element, assignment: controlsNamed(root, text.assignment)[0] ?? null },
  };
}
