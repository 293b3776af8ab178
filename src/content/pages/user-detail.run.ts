import { clip, LIMITS } from '../../core/limits';
import { t } from '../../ui/t';
import { showNotFound } from '../diagnostic';
import { findButtons, foldSpaces, labelFold, readLabeled } from '../dom/find';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import type { PageContext } from '../page';

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

/** The longest an admin waits on a user page before the guide says something (≤ 10 s). */
export const USER_DETAIL_GIVE_UP_MS = 5000;

export async function init(ctx: PageContext): Promise<void> {
  const found = await waitForPage(
    ctx,
    (settled) => readLicenses(document) ?? (settled ? 'missing' : null),
    { giveUpMs: USER_DETAIL_GIVE_UP_MS },
  );
  if (!found || ctx.signal.aborted) return;
  if (found === 'missing') {
    // Hidden by the page layout, or renamed by Salesforce: either way, said, not guessed.
    const title = labels(document).userDetail.licenseList;
    await showNotFound(
      ctx,
      'user-detail',
      t('whatLicenseList', title),
      [t('missingRelatedList', title)],
      [title],
    );
    return;
  }
  const list = found;
  const response = await ctx.send({
    type: 'observe',
    page: 'user-detail',
    observation: {
      kind: 'license',
      seenAt: new Date().toISOString(),
      url: ctx.page.url.href,
      user: list.user,
      hasCpqLicense: list.hasCpqLicense,
    },
  });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const done = response?.state?.steps?.['cpq-license'].status === 'done';
  const edit = labels(document).userDetail.editAssignments[0] ?? '';
  const aa = list.licenses.some((n) => /cpq aa/i.test(n));
  overlay.show(
    'license',
    list.hasCpqLicense
      ? {
          tone: 'success',
          title: t('licenseAssignedTitle'),
          body: [t('licenseAssigned', list.user)],
          anchor: list.block,
        }
      : {
          tone: 'warning',
          title: t('licenseMissingTitle'),
          body: [
            aa ? t('licenseMissingAa', list.user) : t('licenseMissing', list.user),
            t('licenseEdit', list.edit ? foldSpaces(list.edit.textContent) || edit : edit),
            done ? t('licenseOtherUser') : '',
          ].filter(Boolean),
          anchor: list.block,
          highlight: list.edit ? [list.edit] : [],
          announce: t('licenseMissingAnnounce'),
        },
    ctx.signal,
  );
}
