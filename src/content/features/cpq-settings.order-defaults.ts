/**
 * Salesforce CPQ's settings, Order tab: fills the recommended Order defaults (Allow Multiple
 * Orders, Default Order Start Date, found by label) unless the admin changed them or turned
 * auto-fill off; offers Undo; points at Save (never clicks it), and after the Save postback
 * reports what the re-rendered tab shows. Points at the tab itself only when the calculation
 * service is done and this step is next. Page facts: docs/salesforce/cpq-settings.md.
 */
import { RECOMMENDED_ORDER_DEFAULTS } from '../../core/plan';
import { selectOption, setCheckbox } from '../actions/fill';
import { isShown, labelFold } from '../dom/find';
import { labels } from '../labels';
import type { CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import {
  type CpqTabs,
  findOrderFields,
  findSave,
  type OrderFields,
  orderValues,
  startDateOption,
} from '../read/cpq-settings';
import { type CpqRun, tabStrip, whenSettingsShown } from '../shared/cpq-settings';
import { t } from '../t';

/** Set when the admin clicks Save; read after the postback re-renders the page. */
const SAVE_FLAG = 'sf-install-guide:cpq-save';
const SAVE_WINDOW_MS = 2 * 60 * 1000;

type Values = ReturnType<typeof orderValues>;

export function init(ctx: PageContext): void {
  whenSettingsShown(ctx, 'order-defaults', (run) => new OrderDefaults(run).start());
}

class OrderDefaults {
  #filled: { fields: OrderFields; before: Values } | null = null;
  #handsOff = false;
  #announce = '';

  constructor(readonly run: CpqRun) {}

  start(): void {
    this.#afterSave();
    this.run.onUpdate('order-defaults', (tabs) => this.#update(tabs));
    const opts = { capture: true, signal: this.run.ctx.signal };
    document.addEventListener('click', this.#onClick, opts);
    document.addEventListener('change', this.#onChange, opts);
  }

  #card(model: CardModel): void {
    this.run.overlay.show('order', model, this.run.ctx.signal);
  }

  #update(tabs: CpqTabs): void {
    const { run } = this;
    const l = labels(document).cpqSettings;
    const status = run.status('cpq-order-defaults');
    const fields = findOrderFields(document);
    const visible = fields && isShown(fields.defaultOrderStartDate);
    if (status === 'skipped' || !fields || !visible) {
      run.overlay.remove('order');
      // Point at the tab only when the plan offers this step (the calculation service settled).
      if (status === 'pending' && run.ready('cpq-order-defaults')) {
        const header = tabs.headers.get(labelFold(l.orderTab));
        if (header)
          this.#card({
            tone: 'info',
            title: t('orderNextTitle'),
            body: [t('orderOpenTab', l.orderTab)],
            anchor: tabStrip(tabs),
            highlight: [header],
          });
      }
      return;
    }
    const values = orderValues(fields);
    const recommended = isRecommended(values);
    if (status === 'done' && recommended) {
      this.#card({
        tone: 'success',
        title: t('orderSetTitle'),
        body: [t('orderSet', l.allowMultipleOrders, l.defaultOrderStartDate, l.quoteStartDate)],
        anchor: fields.defaultOrderStartDate,
      });
      return;
    }
    const autofill = run.state?.settings.autofill ?? true;
    if (
      !recommended &&
      autofill &&
      !this.#handsOff &&
      this.#filled?.fields.allowMultipleOrders !== fields.allowMultipleOrders
    )
      this.#fill(fields);
    const now = orderValues(fields);
    const save = findSave(document);
    if (isRecommended(now)) {
      this.#card({
        tone: 'success',
        title: this.#filled ? t('orderFilledTitle') : t('orderReadyTitle'),
        body: [
          t('orderReady', l.allowMultipleOrders, l.defaultOrderStartDate, l.quoteStartDate),
          t('orderClickSave', l.save[0] ?? 'Save'),
        ],
        actions: this.#filled ? [{ label: t('actionUndo'), run: () => this.#undo() }] : [],
        announce: this.#announce,
        anchor: fields.defaultOrderStartDate,
        highlight: save ? [save] : [],
      });
    } else {
      this.#card({
        tone: this.#handsOff ? 'warning' : 'info',
        title: t('orderRecommendedTitle'),
        body: [
          t('orderRecommended', l.allowMultipleOrders, l.defaultOrderStartDate, l.quoteStartDate),
        ],
        actions: [{ label: t('actionApply'), primary: true, run: () => this.#fill(fields, true) }],
        announce: this.#announce,
        anchor: fields.defaultOrderStartDate,
      });
    }
  }

  #fill(fields: OrderFields, byAdmin = false): void {
    const l = labels(document).cpqSettings;
    const before = orderValues(fields);
    setCheckbox(fields.allowMultipleOrders, RECOMMENDED_ORDER_DEFAULTS.allowMultipleOrders);
    selectOption(
      fields.defaultOrderStartDate,
      startDateOption(document, RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate),
    );
    this.#filled = { fields, before };
    if (byAdmin) this.#handsOff = false;
    this.#announce = t(
      'orderFilledAnnounce',
      l.allowMultipleOrders,
      l.defaultOrderStartDate,
      l.quoteStartDate,
      l.save[0] ?? 'Save',
    );
    this.run.update();
  }

  #undo(): void {
    if (!this.#filled) return;
    const { fields, before } = this.#filled;
    setCheckbox(fields.allowMultipleOrders, before.allowMultipleOrders);
    selectOption(
      fields.defaultOrderStartDate,
      startDateOption(document, before.defaultOrderStartDate),
    );
    this.#filled = null;
    this.#handsOff = true;
    this.#announce = t('orderUndoneAnnounce');
    this.run.update();
  }

  #onChange = (event: Event) => {
    if (!event.isTrusted) return;
    const fields = findOrderFields(document);
    if (
      fields &&
      (event.target === fields.allowMultipleOrders || event.target === fields.defaultOrderStartDate)
    )
      this.#handsOff = true;
  };

  #onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const save = findSave(document);
    if (save && event.target instanceof Node && save.contains(event.target)) {
      try {
        sessionStorage.setItem(SAVE_FLAG, String(Date.now()));
      } catch {
        // Storage blocked: the save is then confirmed on the next visit instead.
      }
    }
  };

  /** After a Save postback: report what the re-rendered Order tab shows. */
  #afterSave(): void {
    let at = 0;
    try {
      at = Number(sessionStorage.getItem(SAVE_FLAG) ?? 0);
      sessionStorage.removeItem(SAVE_FLAG);
    } catch {
      return;
    }
    const fields = findOrderFields(document);
    if (!fields) return;
    const values = orderValues(fields);
    if (at && Date.now() - at < SAVE_WINDOW_MS) {
      void this.run.report({ kind: 'order-settings', saved: true, ...values });
    } else if (isRecommended(values) && this.run.status('cpq-order-defaults') !== 'done') {
      void this.run.report({ kind: 'order-settings', saved: false, ...values });
    }
  }
}

function isRecommended(values: Values): boolean {
  return (
    values.allowMultipleOrders === RECOMMENDED_ORDER_DEFAULTS.allowMultipleOrders &&
    values.defaultOrderStartDate === RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate
  );
}
