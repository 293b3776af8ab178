/**
 * Reading a Classic user detail page: the Permission Set License Assignments related list,
 * found by its title text, and the user's name.
 */
import { clip, LIMITS } from '../../core/limits';
// Real words, not the content script's phrases (../t.ts): the user's name is evidence sent to the
// worker. Only a page whose user name cannot be read asks for it.
import { t } from '../../ui/t';
import { findButtons, foldSpaces, labelFold, readLabeled } from '../dom/find';
import { labels } from '../labels';

export interface LicenseList {
  user: string;
  licenses: string[];
  hasCpqLicense: boolean;
  edit: HTMLElement | null;
  block: Element;
}

/** The related list titled "Permission Set License Assignments", or null. */
export function readLicenses(doc: Document): LicenseList | null {
  const l = labels(doc).userDetail;
  const title = labelFold(l.licenseList);
  const heading = [...doc.querySelectorAll('h3, h2, .pbTitle, [role="heading"]')].find(
    (h) => labelFold(h.textContent) === title,
  );
  if (!heading) return null;
  const block =
    heading.closest('.bRelatedList, .bPageBlock, section, article') ?? heading.parentElement;
  if (!block) return null;
  const licenses: string[] = [];
  const rowActions = l.rowActions.map(labelFold);
  const noRecords = l.noRecords.map(labelFold);
  for (const row of block.querySelectorAll('tr')) {
    if (row.querySelector('th[scope="col"]') || row.classList.contains('headerRow')) continue;
    // The licence name is the row's header cell, or the first cell with a link, or text.
    const cell =
      row.querySelector('th[scope="row"]') ??
      [...row.cells].find(
        (c) => c.querySelector('a') && !rowActions.includes(labelFold(c.textContent)),
      ) ??
      null;
    const name = foldSpaces(cell?.textContent);
    if (name && !noRecords.includes(labelFold(name))) licenses.push(name);
  }
  const cpq = labelFold(l.cpqLicense);
  return {
    user: userName(doc),
    licenses,
    hasCpqLicense: licenses.some((name) => labelFold(name) === cpq),
    edit: findButtons(block, l.editAssignments)[0] ?? null,
    block,
  };
}

function userName(doc: Document): string {
  const l = labels(doc).userDetail;
  const fromField = readLabeled(doc, l.name);
  if (fromField) return clip(fromField, LIMITS.user);
  const heading = foldSpaces(
    doc.querySelector('h2.pageDescription, .bPageTitle h2, h1')?.textContent,
  );
  const prefix = l.headingPrefix.find((word) =>
    heading.toLowerCase().startsWith(`${word.toLowerCase()}:`),
  );
  const name = prefix ? heading.slice(prefix.length + 1).trim() : heading;
  return clip(name, LIMITS.user) || t('licenseThisUser');
}
