/**
 * Lightning record pages of Billing's objects (docs/salesforce/record-pages.md): where the layout
 * steps Refund, Verify and the ACH button become visible. Reads the highlights panel's action
 * bar (and an Account's **Payment Methods** related list), reports it, and says on the page what
 * it shows: the action is there (step done), it may be in the overflow menu (never opened by the
 * guide: it reads the menu once the admin opens it), or it is missing and which layout to change.
 * A standard Payment (same label, another API name) is said to be no evidence, and not reported.
 * Record pages of other objects stay silent.
 */

import {
  RECORD_ACTION_TARGETS,
  type RecordActionVerdict,
  recordActionVerdicts,
} from '../../core/config/record-actions';
import { STEP_BY_ID } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { showNotFound } from '../diagnostic';
import { foldText } from '../dom/find';
import { waitForPage } from '../dom/settle';
import { observe } from '../observe';
import type { CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import { type RecordPageView, readRecordPage } from '../read/record-page';
import { t } from '../t';

/** The longest an admin waits on a record page before the guide says what it found (≤ 10 s). */
export const RECORD_PAGE_GIVE_UP_MS = 8000;

const TARGETS = Object.values(RECORD_ACTION_TARGETS);
const RELEVANT = new Set(TARGETS.flatMap((target) => [target.object, ...target.lookAlikes]));
const RIBBON = 'runtime_platform_actions-actions-ribbon';
const ACH_LIST = RECORD_ACTION_TARGETS['config-button-ach'].relatedList ?? '';

/** The page is ready to read: its action bar, and on an Account the Payment Methods list. */
function complete(view: RecordPageView): boolean {
  if (!view.actions) return false;
  if (view.object !== 'Account') return true;
  return view.relatedLists.some((list) => foldText(list.title) === foldText(ACH_LIST));
}

export async function init(ctx: PageContext): Promise<void> {
  const first = readRecordPage(document, ctx.page.url);
  // Not a record page, or a record of an object none of the steps is about: silent.
  if (!first || !RELEVANT.has(first.object)) return;
  const view = await waitForPage<RecordPageView>(
    ctx,
    (settled) => {
      const now = readRecordPage(document, ctx.page.url);
      return now && (settled || complete(now)) ? now : null;
    },
    { giveUpMs: RECORD_PAGE_GIVE_UP_MS },
  );
  if (!view || ctx.signal.aborted) return;
  if (!view.actions && view.object !== 'Account') {
    await showNotFound(ctx, t('recordWhatActionBar'), [t('recordMissingActionBar')], []);
    return;
  }
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  if (ctx.signal.aborted) return;
  new RecordPage(ctx, hello?.state ?? null).start(view);
}

class RecordPage {
  #reported = '';

  constructor(
    readonly ctx: PageContext,
    public state: PageState | null,
  ) {}

  start(view: RecordPageView): void {
    void this.#look(view);
    // The admin opening (or closing) an overflow menu, Lightning re-rendering: read again.
    this.ctx.watch(() => {
      const now = readRecordPage(document, this.ctx.page.url);
      if (now) void this.#look(now);
    });
  }

  async #look(view: RecordPageView): Promise<void> {
    const { id: _id, ...facts } = view;
    const signature = JSON.stringify(facts);
    if (signature === this.#reported) return;
    this.#reported = signature;
    const billing = TARGETS.some((target) => target.object === view.object);
    if (billing) {
      const answer = await observe(this.ctx, { kind: 'record-page', ...facts });
      if (this.ctx.signal.aborted) return;
      if (answer?.state) this.state = answer.state;
    }
    await this.#show(view);
  }

  async #show(view: RecordPageView): Promise<void> {
    const overlay = await this.ctx.overlay();
    if (this.ctx.signal.aborted) return;
    const skip = new Set(this.state?.progress?.notNeeded ?? []);
    // Before Billing is known installed, only a sighting is worth a card (any Account page).
    const billing = this.state?.steps?.['billing-install'].status === 'done';
    const verdicts = recordActionVerdicts({ kind: 'record-page', ...view }).filter(
      (v) =>
        !skip.has(v.step) &&
        this.state?.steps?.[v.step].status !== 'skipped' &&
        (billing || v.status === 'done'),
    );
    const cards = verdicts.map((v) => card(v, view));
    const shown = new Set<string>();
    for (const [i, model] of cards.entries()) {
      const id = `record-${verdicts[i]?.step}`;
      shown.add(id);
      overlay.show(id, model, this.ctx.signal);
    }
    for (const id of overlay.ids())
      if (id.startsWith('record-') && !shown.has(id)) overlay.remove(id);
  }
}

/** The ribbon a step's action shows in: the record's own bar, or its related list's. */
function ribbonFor(v: RecordActionVerdict): Element | null {
  const target = RECORD_ACTION_TARGETS[v.step];
  if (!target.relatedList) {
    const panel = document.getElementsByTagName('records-highlights2')[0];
    return panel?.getElementsByTagName(RIBBON)[0] ?? null;
  }
  for (const list of document.getElementsByTagName('lst-related-list-single-container')) {
    const heading = list.querySelector('h2');
    const title = heading?.querySelector('[title]')?.getAttribute('title') ?? heading?.textContent;
    if (foldText(title ?? '').startsWith(foldText(target.relatedList)))
      return list.getElementsByTagName(RIBBON)[0] ?? list;
  }
  return null;
}

function named(ribbon: Element | null, name: string): Element[] {
  if (!ribbon) return [];
  const renderer = [
    ...ribbon.getElementsByTagName('runtime_platform_actions-action-renderer'),
  ].find((r) => foldText(r.getAttribute('title') ?? r.textContent ?? '') === foldText(name));
  return renderer ? [renderer] : [];
}

function card(v: RecordActionVerdict, view: RecordPageView): CardModel {
  const target = RECORD_ACTION_TARGETS[v.step];
  const step = t(STEP_BY_ID[v.step].title);
  const action = target.names[0] as string;
  const ribbon = ribbonFor(v);
  switch (v.key) {
    case 'recordActionShown':
      return {
        tone: 'success',
        title: t('recordShownTitle', String(v.args[0])),
        body: [
          t(v.args[1] === 'menu' ? 'recordShownInMenu' : 'recordShownInBar', String(v.args[0])),
          t('recordStepDone', step),
        ],
        anchor: ribbon,
        highlight: v.args[1] === 'bar' ? named(ribbon, String(v.args[0])) : [],
      };
    case 'recordActionMaybeInMenu': {
      const menu = ribbon?.querySelector('lightning-button-menu button') ?? null;
      return {
        tone: 'info',
        title: t('recordMaybeInMenuTitle', action),
        body: [t('recordMaybeInMenu', action)],
        anchor: ribbon,
        highlight: menu ? [menu] : [],
      };
    }
    case 'recordActionMissing':
      return {
        tone: 'warning',
        title: t('recordMissingTitle', action),
        body: [
          t('recordMissing', action, target.layout),
          t(STEP_BY_ID[v.step].description ?? STEP_BY_ID[v.step].title),
        ],
        anchor: ribbon,
      };
    case 'recordRelatedListNotFound':
      return {
        tone: 'info',
        title: t('recordListNotFoundTitle', String(v.args[0])),
        body: [t('recordListNotFound', String(v.args[0]), String(v.args[1]))],
      };
    case 'recordNotBillingObject':
      return {
        tone: 'info',
        title: t('recordNotBillingTitle'),
        body: [t('recordNotBilling', view.label ?? view.object, view.object, target.object, step)],
      };
    case 'recordActionBarNotFound':
      return {
        tone: 'info',
        title: t('recordWhatActionBar'),
        body: [t('recordMissingActionBar')],
      };
  }
}
