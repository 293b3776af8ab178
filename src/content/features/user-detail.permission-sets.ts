/**
 * A user's detail page, permission sets: reads the **Permission Set Assignments** list (never the
 * licence list beside it) with the user's name and profile, sends them; the worker judges both
 * permission set steps and answers whether this user is an admin and what they lack
 * (PageState.permsets). The card names what is missing and points at **Edit Assignments**
 * (highlight only). Page facts: docs/salesforce/permission-sets.md.
 */

import { showNotFound } from '../diagnostic';
import { foldSpaces } from '../dom/find';
import { waitForRead } from '../dom/settle';
import { observe } from '../observe';
import type { PageContext } from '../page';
import {
  readPermissionSetAssignments,
  PERMISSION_SET_ASSIGNMENTS_TEXT as TEXT,
} from '../read/permission-set-assignments';
import { readLicenses } from '../read/user-detail';
import { t, words } from '../t';
import { USER_DETAIL_GIVE_UP_MS } from './user-detail';

const CARD = 'permsets';

export async function init(ctx: PageContext): Promise<void> {
  const read = await waitForRead(
    ctx,
    () => readPermissionSetAssignments(document),
    USER_DETAIL_GIVE_UP_MS,
  );
  if (!read || ctx.signal.aborted) return;
  if (!read.found) {
    await showNotFound(
      ctx,
      read.within ? t('whatListEntries', read.within) : t('permsetsWhatList', TEXT.list),
      // Rows it cannot name are not "no permission sets".
      [read.within ? t('missingRowNames', read.within) : t('missingRelatedList', TEXT.list)],
      [TEXT.list],
    );
    return;
  }
  const { data, elements } = read;
  // Evidence for the worker: real words (a page whose user name cannot be read, only).
  const user = data.user ?? words(t('licenseThisUser'));
  const licences = readLicenses(document);
  const response = await observe(ctx, {
    kind: 'permission-set-assignments',
    user,
    profile: data.profile,
    sets: data.sets,
    cpqLicense: licences ? licences.hasCpqLicense : null,
  });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const view = response?.state?.permsets;
  const seen = view?.users.find((u) => u.user === user);
  if (!view || !seen) {
    overlay.show(
      CARD,
      {
        tone: 'warning',
        title: t('permsetsTitle'),
        body: [t('permsetsNoAnswer')],
        anchor: elements.list,
      },
      ctx.signal,
    );
    return;
  }
  const edit = elements.editAssignments;
  const editLabel =
    (edit && foldSpaces(edit.textContent || (edit as HTMLInputElement).value)) ||
    TEXT.editAssignments[0];
  const profile = data.profile ?? t('permsetsNoProfile');
  if (seen.admin) {
    overlay.show(
      CARD,
      seen.missing.length === 0
        ? {
            tone: 'success',
            title: t('permsetsTitle'),
            body: [t('permsetsAdminComplete', user)],
            anchor: elements.list,
          }
        : {
            tone: 'warning',
            title: t('permsetsTitle'),
            body: [
              t('permsetsAdminLacks', user, seen.missing.join(', ')),
              t('permsetsUseEdit', editLabel),
            ],
            anchor: elements.list,
            highlight: edit ? [edit] : [],
            announce: t('permsetsAdminLacks', user, seen.missing.join(', ')),
          },
      ctx.signal,
    );
    return;
  }
  const body = [t('permsetsNotAdmin', user, profile, view.adminProfile)];
  if (view.nonAdminPayments === true)
    body.push(
      seen.missing.length === 0
        ? t('permsetsPaymentUserComplete', user)
        : t('permsetsPaymentUserLacks', user, seen.missing.join(', ')),
    );
  overlay.show(
    CARD,
    {
      tone: 'info',
      title: t('permsetsTitle'),
      body,
      anchor: elements.list,
      highlight: view.nonAdminPayments === true && seen.missing.length > 0 && edit ? [edit] : [],
    },
    ctx.signal,
  );
}
