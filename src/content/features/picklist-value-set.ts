/**
 * A global value set's page (Classic `/0Nt…`, framed in Lightning Setup): reports the active and
 * inactive values of Bank Account Type or Gateway Type, says whether the exact values are there
 * or names the near miss, and highlights **New** when values are still to add (never clicks it).
 * Page facts: docs/salesforce/picklist-value-sets.md.
 */
import { picklistStepForValueSet } from '../../core/config/layout-objects';
import { picklistValuesVerdict, valuesToAdd } from '../../core/config/picklist-values';
import { PICKLIST_TARGETS } from '../../core/config/targets';
import { quoted, showNotFound } from '../diagnostic';
import { foldSpaces } from '../dom/find';
import { waitForRead } from '../dom/settle';
import { observe } from '../observe';
import type { PageContext } from '../page';
import { PICKLIST_VALUE_SET_TEXT, readPicklistValueSet } from '../read/picklist-value-set';
import { shownButtonText } from '../shared/button-text';
import { rememberToAdd } from '../shared/picklist-values';
import { t } from '../t';

export const VALUE_SET_GIVE_UP_MS = 4000;

/** The value set's label: the page title's second heading (the reader's `name`). */
export async function init(ctx: PageContext): Promise<void> {
  const read = await waitForRead(ctx, () => readPicklistValueSet(document), VALUE_SET_GIVE_UP_MS);
  if (!read || ctx.signal.aborted) return;
  if (!read.found) {
    // Only a value set this guide configures is worth a "could not find".
    const title = foldSpaces(
      document.querySelector('.bPageTitle h2, h2.pageDescription')?.textContent,
    );
    if (!picklistStepForValueSet(title)) return;
    const { active, label } = PICKLIST_VALUE_SET_TEXT;
    // The list is there but its rows are unreadable: say so rather than "no values".
    if (read.within) {
      await showNotFound(
        ctx,
        t('whatListEntries', read.within),
        [t('missingColumnIn', quoted(label), read.within)],
        [read.within, ...label],
      );
      return;
    }
    await showNotFound(
      ctx,
      t('whatPicklistValues', active),
      [t('missingRelatedList', active)],
      [active],
    );
    return;
  }
  const step = read.data.name ? picklistStepForValueSet(read.data.name) : null;
  if (!step) return;
  const seen = { active: read.data.active, inactive: read.data.inactive };
  rememberToAdd(step, valuesToAdd(seen, step));
  await observe(ctx, { kind: 'picklist-values', step, valueSet: read.data.name, ...seen });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const target = PICKLIST_TARGETS[step];
  const verdict = picklistValuesVerdict(seen, step);
  const toAdd = valuesToAdd(seen, step);
  const button = read.elements.newButton;
  const newText = shownButtonText(button, PICKLIST_VALUE_SET_TEXT.newButton[0]);
  overlay.show(
    'picklist-values',
    {
      tone: verdict.status === 'done' ? 'success' : 'warning',
      title: t('picklistSetTitle', target.valueSet),
      body: [
        t(verdict.key, ...verdict.args),
        toAdd.length > 0 ? t('picklistSetAdd', newText, toAdd.join(', ')) : '',
      ].filter(Boolean),
      anchor: read.elements.values,
      highlight: toAdd.length > 0 && button ? [button] : [],
    },
    ctx.signal,
  );
}
