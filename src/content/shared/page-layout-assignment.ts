/**
 * What the two assignment-page features share: which `config-layout-*` step the page's table
 * belongs to, and the table's row elements aligned with the reader's rows.
 */
import { layoutStepForLabel } from '../../core/config/layout-objects';
import { type ConfigLayoutStep, LAYOUT_TARGETS } from '../../core/config/targets';
import { foldSpaces } from '../dom/find';
import type { Grid } from '../dom/grid';

/**
 * The step of the object the page names. When the URL carries the object's API name (`type`),
 * it must be the target's: a custom or Billing object labelled like a standard one is not it.
 */
export function assignmentStep(object: string | null, url: URL): ConfigLayoutStep | null {
  const step = object ? layoutStepForLabel(object) : null;
  if (!step) return null;
  const type = url.searchParams.get('type');
  if (type && type.toLowerCase() !== LAYOUT_TARGETS[step].apiName.toLowerCase()) return null;
  return step;
}

/** The grid's data rows (those naming a profile), in the reader's order. */
export function profileRows(grid: Grid): Element[] {
  return grid.rows.filter((row) => foldSpaces(row.cells[0]?.textContent)).map((r) => r.element);
}
