/**
 * New on Bank Account Type or Gateway Type: types the values still to add, one per line, ticks
 * **Add the new picklist values to all Record Types** (auto-fill off: an Apply button instead)
 * and highlights **Save** (never clicks it). Text the admin types is kept (said once).
 * Page facts: docs/salesforce/picklist-value-sets.md.
 */
import { picklistStepForValueSet } from '../../core/config/layout-objects';
import { type ConfigPicklistStep, PICKLIST_TARGETS } from '../../core/config/targets';
import { setCheckbox } from '../actions/fill';
import { showNotFound } from '../diagnostic';
import { foldSpaces } from '../dom/find';
import { waitForRead } from '../dom/settle';
import type { Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import { PICKLIST_VALUE_NEW_TEXT, readPicklistValueNew } from '../read/picklist-value-new';
import { shownButtonText } from '../shared/button-text';
import { recalledToAdd } from '../shared/picklist-values';
import { t } from '../t';

export const VALUE_NEW_GIVE_UP_MS = 4000;

/** Types into a text area as a person's typing ends: value set, then input and change. */
function setText(area: HTMLTextAreaElement, text: string): void {
  area.focus();
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function init(ctx: PageContext): Promise<void> {
  const title = () =>
    foldSpaces(document.querySelector('.bPageTitle h2, h2.pageDescription')?.textContent);
  const read = await waitForRead(ctx, () => readPicklistValueNew(document), VALUE_NEW_GIVE_UP_MS);
  if (!read || ctx.signal.aborted) return;
  const step = picklistStepForValueSet(read.found ? (read.data.valueSet ?? '') : title());
  if (!step) return;
  if (!read.found) {
    await showNotFound(
      ctx,
      t('whatPicklistTextArea'),
      [PICKLIST_VALUE_NEW_TEXT.values],
      [PICKLIST_VALUE_NEW_TEXT.values],
    );
    return;
  }
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  const toAdd = recalledToAdd(step) ?? [...PICKLIST_TARGETS[step].values];
  new NewValues(ctx, overlay, step, toAdd).start(hello?.state.settings.autofill ?? true);
}

class NewValues {
  #handsOff = false;

  constructor(
    readonly ctx: PageContext,
    readonly overlay: Overlay,
    readonly step: ConfigPicklistStep,
    readonly toAdd: readonly string[],
  ) {}

  start(autofill: boolean): void {
    if (autofill && this.toAdd.length > 0) this.#fill();
    const own = (event: Event) => {
      const read = readPicklistValueNew(document);
      if (event.isTrusted && read.found && event.target === read.elements.textarea) {
        this.#handsOff = true;
        this.#update();
      }
    };
    document.addEventListener('input', own, { capture: true, signal: this.ctx.signal });
    document.addEventListener('change', () => this.#update(), { signal: this.ctx.signal });
    this.#update();
  }

  #fill(): void {
    const read = readPicklistValueNew(document);
    if (!read.found) return;
    setText(read.elements.textarea, this.toAdd.join('\n'));
    if (read.elements.allRecordTypes) setCheckbox(read.elements.allRecordTypes, true);
    this.#handsOff = false;
    this.#update();
  }

  #update(): void {
    const read = readPicklistValueNew(document);
    if (!read.found) return;
    const target = PICKLIST_TARGETS[this.step];
    const text = PICKLIST_VALUE_NEW_TEXT;
    const save = read.elements.save;
    const saveText = shownButtonText(save[0], text.save[0]);
    const title = t('picklistNewTitle', target.valueSet);
    const anchor = read.elements.textarea;
    if (this.toAdd.length === 0) {
      this.overlay.show(
        'picklist-new',
        { tone: 'info', title, body: [t('picklistNewNothing', target.valueSet)], anchor },
        this.ctx.signal,
      );
      return;
    }
    const typed = read.data.values.join('\n') === this.toAdd.join('\n');
    const ticked = read.data.allRecordTypes !== false;
    const ready = typed && ticked;
    const values = this.toAdd.join(', ');
    this.overlay.show(
      'picklist-new',
      {
        tone: this.#handsOff ? 'warning' : ready ? 'success' : 'info',
        title,
        body: [
          this.#handsOff ? t('picklistNewOwnText') : '',
          ready
            ? t('picklistNewFilled', values, text.allRecordTypes, saveText)
            : t('picklistNewApply', values, text.allRecordTypes),
          read.data.allRecordTypes === null ? t('picklistNewNoBox', text.allRecordTypes) : '',
        ].filter(Boolean),
        actions: ready ? [] : [{ label: t('actionApply'), primary: true, run: () => this.#fill() }],
        anchor,
        highlight: ready ? save : [],
      },
      this.ctx.signal,
    );
  }
}
