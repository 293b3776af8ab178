/**
 * Reading the Classic Installed Packages list: columns located by header text, never by
 * position; description rows and the Uninstalled Packages list ignored.
 */
import { clip, LIMITS } from '../../core/limits';
import { identifyPackage } from '../../core/packages';
import type { PackageKey } from '../../core/plan';
import type { InstalledPackageRow } from '../../core/schemas';
import { foldSpaces, labelFold } from '../dom/find';
import { labels, type SalesforceLabels } from '../labels';

type Column = keyof SalesforceLabels['installedPackages']['columns'];
const COLUMN_LIMITS: Record<Column, number> = {
  name: LIMITS.name,
  publisher: LIMITS.publisher,
  version: LIMITS.version,
  namespace: LIMITS.namespace,
  installedOn: LIMITS.date,
};

export interface PackageTable {
  table: HTMLTableElement;
  rows: InstalledPackageRow[];
  /** Each of our packages: its row element (to mark it) and what it says. */
  ours: Partial<Record<PackageKey, { element: HTMLTableRowElement; row: InstalledPackageRow }>>;
  /** Configure link of each of our packages, when the publisher defines one. */
  configure: Partial<Record<PackageKey, HTMLAnchorElement>>;
}

/** Cell positions counted with colspan, so a header and a row line up as the eye sees them. */
function positions(row: HTMLTableRowElement): Map<number, HTMLTableCellElement> {
  const map = new Map<number, HTMLTableCellElement>();
  let at = 0;
  for (const cell of row.cells) {
    map.set(at, cell);
    at += Math.max(1, cell.colSpan || 1);
  }
  return map;
}

function headerColumns(header: HTMLTableRowElement): Partial<Record<Column, number>> | null {
  const columns: Partial<Record<Column, number>> = {};
  const names = labels(header.ownerDocument).installedPackages.columns;
  for (const [at, cell] of positions(header)) {
    const text = labelFold(cell.textContent);
    for (const [column, labelled] of Object.entries(names) as [Column, readonly string[]][]) {
      if (columns[column] === undefined && labelled.map(labelFold).includes(text))
        columns[column] = at;
    }
  }
  return columns.name === undefined ? null : columns;
}

/** The title a person reads above a list: the nearest heading before it in the document. */
function sectionTitle(table: HTMLTableElement, headings: Iterable<Element>): string {
  let title = '';
  for (const heading of headings) {
    if (heading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
      if (!heading.contains(table)) title = heading.textContent ?? '';
    } else break;
  }
  return labelFold(title);
}

/** Whether a list title names the Uninstalled Packages list (a word of it starts with the label's). */
function isUninstalledList(title: string, words: readonly string[]): boolean {
  const wanted = words.map(labelFold);
  return title.split(' ').some((word) => wanted.some((w) => word.startsWith(w)));
}

export function readInstalledPackages(doc: Document): PackageTable | null {
  const l = labels(doc).installedPackages;
  const configureNames = l.configure.map(labelFold);
  // One heading scan per read, shared by every table (not one per table).
  const headings = [...doc.querySelectorAll('h1, h2, h3, h4, [role="heading"]')];
  for (const table of doc.querySelectorAll('table')) {
    if (isUninstalledList(sectionTitle(table, headings), l.uninstalledTitle)) continue;
    const rows = [...table.rows];
    const headerIndex = rows.findIndex((row) => headerColumns(row) !== null);
    if (headerIndex < 0) continue;
    const header = rows[headerIndex];
    const columns = header ? headerColumns(header) : null;
    if (!columns || columns.name === undefined) continue;
    const result: PackageTable = { table, rows: [], ours: {}, configure: {} };
    for (const row of rows.slice(headerIndex + 1)) {
      const cells = positions(row);
      const nameCell = cells.get(columns.name);
      // Description rows span the table: their first cell covers the name column.
      if (!nameCell || nameCell.colSpan > 1 || row.cells.length < 2) continue;
      const read = (column: Column) => {
        const at = columns[column];
        const text = at === undefined ? '' : foldSpaces(cells.get(at)?.textContent);
        return text ? clip(text, COLUMN_LIMITS[column]) : undefined;
      };
      const name = read('name');
      if (!name) continue;
      const pkg: InstalledPackageRow = {
        name,
        publisher: read('publisher'),
        version: read('version'),
        namespace: read('namespace'),
        installedOn: read('installedOn'),
      };
      result.rows.push(pkg);
      const key = identifyPackage(pkg);
      if (key && !result.ours[key]) {
        result.ours[key] = { element: row, row: pkg };
        const configure = [...row.querySelectorAll('a')].find((a) =>
          configureNames.includes(labelFold(a.textContent)),
        );
        if (configure) result.configure[key] = configure;
      }
    }
    return result;
  }
  return null;
}
