/**
 * Object Manager → an object → Page Layouts (Lightning, top frame): says which layout the
 * object's `config-layout-*` step needs and for which profiles, and highlights **Page Layout
 * Assignment** (never clicks it). The object comes from the URL slot, so a standard object that
 * shares a label with a Billing one (Salesforce Payments' Payment) is named as such, never taken
 * for Billing's. Page facts: docs/salesforce/page-layouts.md.
 */

import { targetProfiles } from '../../core/config/layout-assignment';
import { billingLookAlike, layoutStepForApiName } from '../../core/config/layout-objects';
import { LAYOUT_TARGETS } from '../../core/config/targets';
import { foldText } from '../../core/packages';
import { showNotFound } from '../diagnostic';
import { waitForRead } from '../dom/settle';
import type { PageContext } from '../page';
import { PAGE_LAYOUTS_TAB_TEXT, readPageLayoutsTab } from '../read/page-layouts-tab';
import { shownButtonText } from '../shared/button-text';
import { t } from '../t';

/** Lightning renders the tab after its app boots: the longest wait before saying anything. */
export const PAGE_LAYOUTS_TAB_GIVE_UP_MS = 8000;

/** The Object Manager URL slot: an API name or a custom object's 01I id. */
export function slotOf(pathname: string): string {
  return decodeURIComponent(pathname.split('/')[4] ?? '');
}

export async function init(ctx: PageContext): Promise<void> {
  const slot = slotOf(ctx.page.url.pathname);
  const step = layoutStepForApiName(slot);
  const lookAlike = billingLookAlike(slot);
  if (!step && !lookAlike) return;
  const read = await waitForRead(
    ctx,
    () => readPageLayoutsTab(document),
    PAGE_LAYOUTS_TAB_GIVE_UP_MS,
  );
  if (!read || ctx.signal.aborted) return;
  const column = PAGE_LAYOUTS_TAB_TEXT.layoutName;
  if (!read.found) {
    await showNotFound(
      ctx,
      read.within ? t('whatListEntries', read.within) : t('whatPageLayoutsList', column),
      [read.within ? t('missingRowNames', read.within) : t('missingPackagesTable', column)],
      [column],
    );
    return;
  }
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const label = read.data.object ?? slot;
  if (!step && lookAlike) {
    overlay.show(
      'layouts-tab',
      {
        tone: 'info',
        title: t('layoutLookAlikeTitle', lookAlike.label),
        body: [t('layoutLookAlike', lookAlike.label, slot, lookAlike.billing)],
        anchor: read.elements.list,
      },
      ctx.signal,
    );
    return;
  }
  if (!step) return;
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  if (ctx.signal.aborted) return;
  const target = LAYOUT_TARGETS[step];
  const [admin, standard] = targetProfiles(hello?.state.orgAnswers);
  const listed = read.data.layouts.some((l) => foldText(l) === foldText(target.layout));
  const button = read.elements.assignment;
  const buttonText = shownButtonText(button, PAGE_LAYOUTS_TAB_TEXT.assignment[0]);
  const done = hello?.state.steps?.[step]?.status === 'done';
  overlay.show(
    'layouts-tab',
    {
      tone: done ? 'success' : listed ? 'info' : 'warning',
      title: t('layoutTabTitle', label),
      body: [
        t('layoutTabNeeds', target.layout, admin?.profile ?? '', standard?.profile ?? ''),
        listed ? '' : t('layoutTabNotListed', target.layout),
        t('layoutTabOpen', buttonText),
      ].filter(Boolean),
      anchor: read.elements.list,
      highlight: button ? [button] : [],
    },
    ctx.signal,
  );
}
