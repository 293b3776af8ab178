/**
 * Edit Assignments, the two-list chooser of one user's permission sets: pre-selects in
 * **Available Permission Sets** the sets the user's step still needs (filling a form control;
 * auto-fill off → an Apply button), points at **Add**; **Add** and **Save** stay the admin's.
 * Warns when a CPQ set would fail for want of the Salesforce CPQ License. Who the user is
 * (admin or payment user) comes from their page, read earlier (PageState.permsets).
 * Page facts: docs/salesforce/permission-sets.md.
 */
import { isCpqSet, missingSets, setsToPreselect } from '../../core/config/set-match';
import type { ConfigPermsetStep } from '../../core/config/targets';
import { showNotFound } from '../diagnostic';
import { foldSpaces } from '../dom/find';
import { waitForRead } from '../dom/settle';
import type { CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import {
  readEditPermissionSetAssignments,
  EDIT_PERMISSION_SET_ASSIGNMENTS_TEXT as TEXT,
} from '../read/edit-permission-set-assignments';
import { t } from '../t';

const CARD = 'permsets-chooser';
export const CHOOSER_GIVE_UP_MS = 5000;

/** The user the chooser is for: the page title's description ("Permission Set Assignment: X"). */
function chooserUser(): string | null {
  const heading = foldSpaces(
    document.querySelector('.bPageTitle h2, h2.pageDescription')?.textContent,
  );
  return heading || null;
}

/** Selects `labels` among the options (adding to what is selected); true when anything changed. */
function preselect(select: HTMLSelectElement, labels: readonly string[]): boolean {
  let changed = false;
  for (const option of select.options) {
    if (labels.includes(foldSpaces(option.text)) && !option.selected) {
      option.selected = true;
      changed = true;
    }
  }
  if (changed) {
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return changed;
}

export async function init(ctx: PageContext): Promise<void> {
  const read = await waitForRead(
    ctx,
    () => readEditPermissionSetAssignments(document),
    CHOOSER_GIVE_UP_MS,
  );
  if (!read || ctx.signal.aborted) return;
  if (!read.found) {
    await showNotFound(
      ctx,
      t('permsetsWhatChooser'),
      [read.missing],
      [TEXT.available, TEXT.enabled],
    );
    return;
  }
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const state = hello && 'state' in hello ? hello.state : null;
  const user = chooserUser();
  const seen = state?.permsets?.users.find((u) => user !== null && foldSpaces(u.user) === user);
  const show = (model: CardModel) =>
    overlay.show(CARD, { anchor: read.elements.available, ...model }, ctx.signal);
  if (!state?.permsets || !seen) {
    show({
      tone: 'info',
      title: t('permsetsTitle'),
      body: [t('permsetsChooserUnknownUser', user ?? t('licenseThisUser'))],
    });
    return;
  }
  const step: ConfigPermsetStep | null = seen.admin
    ? 'config-permsets-admin'
    : state.permsets.nonAdminPayments === true
      ? 'config-permsets-users'
      : null;
  if (!step) {
    show({
      tone: 'info',
      title: t('permsetsTitle'),
      body: [
        t(
          'permsetsNotAdmin',
          seen.user,
          seen.profile ?? t('permsetsNoProfile'),
          state.permsets.adminProfile,
        ),
      ],
    });
    return;
  }
  const { available, add } = read.elements;
  const addLabel = TEXT.add[0];
  const saveLabel = TEXT.save[0];
  const autofill = state.settings.autofill;
  let handsOff = false;
  let ours = false;
  let warnedChange = false;

  const update = () => {
    const now = readEditPermissionSetAssignments(document);
    if (!now.found) return;
    const missing = missingSets(now.data.enabled, step);
    const wanted = setsToPreselect(now.data.available, missing, step);
    const notOffered = missing.filter(
      (label) => !setsToPreselect(now.data.available, [label], step).length,
    );
    if (missing.length === 0) {
      show({
        tone: 'success',
        title: t('permsetsTitle'),
        body: [t('permsetsChooserEnabled', seen.user, saveLabel)],
        highlight: now.elements.save,
      });
      return;
    }
    const selected = wanted.filter((label) => now.data.selected.includes(label));
    const body = [t('permsetsAdminLacks', seen.user, missing.join(', '))];
    if (selected.length === wanted.length && wanted.length > 0)
      body.push(
        t('permsetsChooserSelected', TEXT.available, wanted.join(', '), addLabel, saveLabel),
      );
    if (notOffered.length)
      body.push(t('permsetsChooserNotOffered', TEXT.available, notOffered.join(', ')));
    if (seen.cpqLicense === false && wanted.some(isCpqSet))
      body.push(t('permsetsChooserLicence', seen.user, wanted.filter(isCpqSet).join(', ')));
    if (warnedChange) body.push(t('permsetsChooserChanged'));
    const needsApply = selected.length < wanted.length;
    show({
      tone: seen.cpqLicense === false && wanted.some(isCpqSet) ? 'warning' : 'info',
      title: t('permsetsChooserTitle'),
      body,
      highlight: add && !needsApply ? [add] : [],
      actions: needsApply
        ? [{ label: t('actionApply'), primary: true, run: () => fill(true) }]
        : [],
    });
  };

  const fill = (byAdmin: boolean) => {
    const now = readEditPermissionSetAssignments(document);
    if (!now.found) return;
    const wanted = setsToPreselect(now.data.available, missingSets(now.data.enabled, step), step);
    if (byAdmin) handsOff = false;
    ours = true;
    preselect(now.elements.available, wanted);
    ours = false;
    update();
  };

  // The admin's own choice in the list is respected (said once), never undone.
  available.addEventListener(
    'change',
    () => {
      if (ours) return;
      handsOff = true;
      warnedChange = true;
      update();
    },
    { signal: ctx.signal },
  );
  ctx.watch(() => update());
  if (autofill && !handsOff) fill(false);
  else update();
}
