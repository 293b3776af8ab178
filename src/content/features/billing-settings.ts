/**
 * Salesforce Billing's settings (Installed Packages → Configure: **Billing Configuration**), for
 * the optional `config-billing-batchsize` (docs/salesforce/billing-settings.md): points at the
 * **Payment** tab, fills **Payment creation batch size** with 70 (auto-fill off: an Apply button;
 * an admin's own change is left alone, said once), highlights **Save** and never clicks it. After
 * the admin's Save the page re-renders: 70 → done; another value → skipped with that value, and
 * the guide stops suggesting. Tabs and fields found by label, with CPQ's tab machinery. Other
 * Visualforce pages of the blng namespace (the Payment Center…) stay silent.
 */
import { billingBatchVerdict, RECOMMENDED_BATCH_SIZE } from '../../core/config/billing-batch';
import type { PageState } from '../../core/protocol/answers';
import { setText } from '../actions/fill';
import { showNotFound } from '../diagnostic';
import { findButtons, labelFold } from '../dom/find';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import { observe } from '../observe';
import type { CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import {
  BATCH_SIZE_LABEL,
  BILLING_TABS,
  findBatchSizeInput,
  PAYMENT_TAB,
  readBillingSettings,
} from '../read/billing-settings';
import { type CpqTabs, findTabs } from '../read/cpq-settings';
import { tabStrip } from '../shared/cpq-settings';
import { t } from '../t';

/** Set when the admin clicks Save; read after the postback re-renders the page. */
const SAVE_FLAG = 'sf-install-guide:billing-save';
const SAVE_WINDOW_MS = 2 * 60 * 1000;
/** The longest an admin waits on the settings page before the guide says something (≤ 10 s). */
export const BILLING_SETTINGS_GIVE_UP_MS = 6000;
const STEP = 'config-billing-batchsize';
const CARD = 'billing-batch';

export async function init(ctx: PageContext): Promise<void> {
  const tabs = await waitForPage<CpqTabs | 'none'>(
    ctx,
    (settled) => findTabs(document, BILLING_TABS) ?? (settled ? 'none' : null),
    { giveUpMs: BILLING_SETTINGS_GIVE_UP_MS },
  );
  if (!tabs || ctx.signal.aborted) return;
  if (tabs === 'none') {
    // The Billing Configuration page without its tabs: say so. Other blng pages are not ours.
    if (readBillingSettings(document))
      await showNotFound(
        ctx,
        t('batchWhatTabs'),
        [t('batchMissingTabs', BILLING_TABS.join(', '))],
        [...BILLING_TABS],
      );
    return;
  }
  if (!readBillingSettings(document)) return;
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  if (ctx.signal.aborted) return;
  new BatchSize(ctx, hello?.state ?? null).start();
}

class BatchSize {
  #filled: { input: HTMLInputElement; before: string } | null = null;
  #handsOff = false;
  #announce = '';
  /** The verdict after the admin's save, on the page that answered it. */
  #saved: 'done' | 'skipped' | 'rejected' | null = null;

  constructor(
    readonly ctx: PageContext,
    public state: PageState | null,
  ) {}

  get #status() {
    return this.state?.steps?.[STEP].status ?? 'pending';
  }

  start(): void {
    void this.#afterLoad();
    this.ctx.watch(() => this.#update());
    const opts = { capture: true, signal: this.ctx.signal };
    document.addEventListener('click', this.#onClick, opts);
    document.addEventListener('change', this.#onChange, opts);
    // RichFaces switches tabs by class and style alone, which the watcher does not see.
    document.addEventListener(
      'click',
      (event) => event.isTrusted && requestAnimationFrame(() => this.#update()),
      opts,
    );
  }

  async #afterLoad(): Promise<void> {
    const afterSave = takeSaveFlag();
    const view = readBillingSettings(document);
    if (view) {
      const obs = { kind: 'billing-settings' as const, ...view, afterSave };
      const verdict = billingBatchVerdict(obs);
      // Only what moves the step is worth a history line: a save, or 70 seen saved.
      if (afterSave || verdict.status === 'done') {
        if (afterSave)
          this.#saved =
            verdict.status === 'done'
              ? 'done'
              : verdict.status === 'skipped'
                ? 'skipped'
                : verdict.key === 'batchSizeRejected'
                  ? 'rejected'
                  : null;
        const answer = await observe(this.ctx, obs);
        if (this.ctx.signal.aborted) return;
        if (answer?.state) this.state = answer.state;
      }
    }
    this.#update();
  }

  #card(model: CardModel | null): void {
    if (!model) {
      void this.ctx.overlay().then((o) => o.remove(CARD));
      return;
    }
    void this.ctx.overlay().then((o) => {
      if (!this.ctx.signal.aborted) o.show(CARD, model, this.ctx.signal);
    });
  }

  #update(): void {
    if (this.ctx.signal.aborted) return;
    const tabs = findTabs(document, BILLING_TABS);
    const view = readBillingSettings(document);
    if (!tabs || !view) return;
    const field = view.batchSize;
    const save = findButtons(document, labels(document).cpqSettings.save)[0] ?? null;
    const input = findBatchSizeInput(document);
    if (this.#saved === 'rejected') {
      this.#card({
        tone: 'error',
        title: t('batchRejectedTitle'),
        body: [view.message?.text ?? '', t('batchRejected', RECOMMENDED_BATCH_SIZE)],
        anchor: input,
      });
      return;
    }
    if (this.#status === 'done' || this.#saved === 'done') {
      this.#card(
        field?.saved === String(RECOMMENDED_BATCH_SIZE)
          ? {
              tone: 'success',
              title: t('batchDoneTitle'),
              body: [t('batchDone', BATCH_SIZE_LABEL, RECOMMENDED_BATCH_SIZE)],
              anchor: input,
            }
          : null,
      );
      if (this.#status === 'done') return;
    }
    if (this.#status === 'skipped') {
      // The admin's choice, kept: a statement, no fill, no Apply; 70 is never suggested again.
      this.#card(
        field
          ? {
              tone: 'info',
              title: t('batchOtherTitle'),
              body: [t('batchOther', BATCH_SIZE_LABEL, field.saved, RECOMMENDED_BATCH_SIZE)],
              anchor: input,
            }
          : null,
      );
      return;
    }
    const paymentTab = tabs.headers.get(labelFold(PAYMENT_TAB));
    if (!field?.shown || !input) {
      this.#card({
        tone: 'info',
        title: t('batchNextTitle'),
        body: [t('batchOpenTab', PAYMENT_TAB, BATCH_SIZE_LABEL)],
        anchor: tabStrip(tabs),
        highlight: paymentTab ? [paymentTab] : [],
      });
      return;
    }
    const autofill = this.state?.settings.autofill ?? true;
    const wanted = String(RECOMMENDED_BATCH_SIZE);
    if (
      input.value.trim() !== wanted &&
      autofill &&
      !this.#handsOff &&
      this.#filled?.input !== input
    )
      this.#fill(input);
    if (input.value.trim() === wanted) {
      this.#card({
        tone: 'success',
        title: this.#filled ? t('batchFilledTitle') : t('batchReadyTitle'),
        body: [
          t('batchReady', BATCH_SIZE_LABEL, wanted),
          t('batchClickSave', save ? buttonText(save) : 'Save'),
        ],
        actions: this.#filled ? [{ label: t('actionUndo'), run: () => this.#undo() }] : [],
        announce: this.#announce,
        anchor: input,
        highlight: save ? [save] : [],
      });
      return;
    }
    this.#card({
      tone: this.#handsOff ? 'warning' : 'info',
      title: t('batchRecommendedTitle'),
      body: [
        t('batchRecommended', BATCH_SIZE_LABEL, wanted),
        ...(this.#handsOff ? [t('batchHandsOff', input.value.trim())] : []),
      ],
      actions: [{ label: t('actionApply'), primary: true, run: () => this.#fill(input, true) }],
      announce: this.#announce,
      anchor: input,
    });
  }

  #fill(input: HTMLInputElement, byAdmin = false): void {
    const before = input.value;
    setText(input, String(RECOMMENDED_BATCH_SIZE));
    this.#filled = { input, before };
    if (byAdmin) this.#handsOff = false;
    this.#announce = t('batchFilledAnnounce', BATCH_SIZE_LABEL, RECOMMENDED_BATCH_SIZE);
    this.#update();
  }

  #undo(): void {
    if (!this.#filled) return;
    setText(this.#filled.input, this.#filled.before);
    this.#filled = null;
    this.#handsOff = true;
    this.#announce = t('batchUndoneAnnounce');
    this.#update();
  }

  #onChange = (event: Event) => {
    if (event.isTrusted && event.target === findBatchSizeInput(document)) {
      this.#handsOff = true;
      requestAnimationFrame(() => this.#update());
    }
  };

  #onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const save = findButtons(document, labels(document).cpqSettings.save)[0];
    if (save && event.target instanceof Node && save.contains(event.target)) {
      try {
        sessionStorage.setItem(SAVE_FLAG, String(Date.now()));
      } catch {
        // Storage blocked: 70 is still confirmed on the next visit; another value stays open.
      }
    }
  };
}

const buttonText = (el: HTMLElement) =>
  el instanceof HTMLInputElement ? el.value : (el.textContent ?? '').trim();

function takeSaveFlag(): boolean {
  try {
    const at = Number(sessionStorage.getItem(SAVE_FLAG) ?? 0);
    sessionStorage.removeItem(SAVE_FLAG);
    return at > 0 && Date.now() - at < SAVE_WINDOW_MS;
  } catch {
    return false;
  }
}
