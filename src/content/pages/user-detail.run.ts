import { clip, LIMITS } from '../../core/limits';
import type { PageState } from '../../core/schemas';
import { findButtons, foldSpaces, labelFold, readLabeled } from '../dom/find';
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
  const l = labels().userDetail;
  const title = labelFold(l.licenseList);
  const heading = [...doc.querySelectorAll('h3, h2, .pbTitle, [role="heading"]')].find(
    (h) => labelFold(h.textContent) === title,
  );
  if (!heading) return null;
  const block =
    heading.closest('.bRelatedList, .bPageBlock, section, article') ?? heading.parentElement;
  if (!block) return null;
  const licenses: string[] = [];
  for (const row of block.querySelectorAll('tr')) {
    if (row.querySelector('th[scope="col"]') || row.classList.contains('headerRow')) continue;
    // The licence name is the row's header cell, or the first cell with a link, or text.
    const cell =
      row.querySelector('th[scope="row"]') ??
      [...row.cells].find(
        (c) => c.querySelector('a') && !/^(del|edit|remove)$/i.test(foldSpaces(c.textContent)),
      ) ??
      null;
    const name = foldSpaces(cell?.textContent);
    if (name && !/^no records to display$/i.test(name)) licenses.push(name);
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
  const fromField = readLabeled(doc, labels().userDetail.name);
  if (fromField) return clip(fromField, LIMITS.user);
  const heading = doc.querySelector('h2.pageDescription, .bPageTitle h2, h1');
  return (
    clip(foldSpaces(heading?.textContent).replace(/^user:\s*/i, ''), LIMITS.user) || 'this user'
  );
}

export async function init(ctx: PageContext): Promise<void> {
  const list = readLicenses(document);
  if (!list) return; // A user page without the related list shown: nothing to say.
  const response = await ctx.send<{ state: PageState }>({
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
  overlay.show(
    'license',
    list.hasCpqLicense
      ? {
          tone: 'success',
          title: 'Salesforce CPQ License assigned',
          body: [`${list.user} has the Salesforce CPQ License: they can install Salesforce CPQ.`],
          anchor: list.block,
        }
      : {
          tone: 'warning',
          title: 'Salesforce CPQ License missing',
          body: [
            `${list.user} does not have the Salesforce CPQ License${list.licenses.some((n) => /cpq aa/i.test(n)) ? ' (Salesforce CPQ AA License is for Advanced Approvals, not the same)' : ''}.`,
            'Click Edit Assignments (highlighted), tick Salesforce CPQ License, and save. The user who installs Salesforce CPQ needs it.',
            done
              ? 'The guide confirmed it for another user earlier; check that this is the user who installs.'
              : '',
          ].filter(Boolean),
          anchor: list.block,
          highlight: list.edit ? [list.edit] : [],
          announce: 'Install guide: Salesforce CPQ License missing for this user.',
        },
    ctx.signal,
  );
}
