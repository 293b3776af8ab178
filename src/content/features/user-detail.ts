/**
 * A user's detail page: the Permission Set License Assignments related list
 * (src/content/read/user-detail.ts) tells whether this user holds the Salesforce CPQ License
 * the installer needs; the guide points at Edit Assignments when not. Fills nothing.
 * Page facts: docs/salesforce/user-detail.md.
 */

import { showNotFound } from '../diagnostic';
import { foldSpaces } from '../dom/find';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import { observe } from '../observe';
import type { PageContext } from '../page';
import { readLicenses } from '../read/user-detail';
import { t } from '../t';

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
    await showNotFound(ctx, t('whatLicenseList', title), [t('missingRelatedList', title)], [title]);
    return;
  }
  const list = found;
  const response = await observe(ctx, {
    kind: 'license',
    user: list.user,
    hasCpqLicense: list.hasCpqLicense,
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
