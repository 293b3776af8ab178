/**
 * A permission set's **Manage Assignments** list: reads the users holding the set and sends them;
 * the worker adds the set to users already seen on their own pages (evidence for admins whose
 * profile shows here). The card lists the members and which of them are admins. Fills nothing.
 * Page facts: docs/salesforce/permission-sets.md.
 */

import { showNotFound } from '../diagnostic';
import { waitForRead } from '../dom/settle';
import { observe } from '../observe';
import type { PageContext } from '../page';
import {
  readPermissionSetManageAssignments,
  MANAGE_ASSIGNMENTS_TEXT as TEXT,
} from '../read/permission-set-manage-assignments';
import { t, words } from '../t';

const CARD = 'permsets-members';
const GIVE_UP_MS = 5000;

export async function init(ctx: PageContext): Promise<void> {
  const read = await waitForRead(
    ctx,
    () => readPermissionSetManageAssignments(document),
    GIVE_UP_MS,
  );
  if (!read || ctx.signal.aborted) return;
  if (!read.found) {
    const missing = read.within ? t('missingRowNames', read.within) : TEXT.fullName;
    const what = read.within ? t('whatListEntries', read.within) : t('permsetsWhatMembers');
    await showNotFound(ctx, what, [missing], [TEXT.fullName]);
    return;
  }
  const { data, elements } = read;
  // Evidence for the worker: real words (a page whose set name cannot be read, only).
  const set = data.set ?? words(t('permsetsThisSet'));
  const response = await observe(ctx, {
    kind: 'permission-set-members',
    set,
    users: data.users.slice(0, 1000),
  });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const adminProfile = response?.state?.permsets?.adminProfile;
  const admins = adminProfile
    ? data.users.filter(
        (u) => u.profile?.trim().toLowerCase() === adminProfile.trim().toLowerCase(),
      )
    : [];
  overlay.show(
    CARD,
    {
      tone: 'info',
      title: t('permsetsMembersTitle', set),
      body: [
        data.users.length === 0
          ? t('permsetsMembersNone', set)
          : t('permsetsMembers', data.users.length, set),
        ...(adminProfile && data.users.length > 0
          ? [
              admins.length
                ? t('permsetsMembersAdmins', adminProfile, admins.map((u) => u.name).join(', '))
                : t('permsetsMembersNoAdmins', adminProfile),
            ]
          : []),
      ],
      list: data.users.slice(0, 20).map((u) => (u.profile ? `${u.name} (${u.profile})` : u.name)),
      anchor: elements.list,
    },
    ctx.signal,
  );
}
