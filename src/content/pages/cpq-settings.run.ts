import { RECOMMENDED_ORDER_DEFAULTS } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { t } from '../../ui/t';
import { selectOption, setCheckbox } from '../actions/fill';
import { showNotFound } from '../diagnostic';
import { commonAncestor, isShown, labelFold } from '../dom/find';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import type { CardModel, Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import {
  type CpqTabs,
  findAuthorizeLink,
  findOrderFields,
  findSave,
  findTabs,
  type OrderFields,
  orderValues,
  showsSettingsPage,
  startDateOption,
} from './cpq-settings.read';

/** Set when the admin clicks Save; read after the postback re-renders the page. */
const SAVE_FLAG = 'sf-install-guide:cpq-save';
const SAVE_WINDOW_MS = 2 * 60 * 1000;
/** Set when the admin clicks "Authorize new calculation service". */
const AUTHORIZE_FLAG = 'sf-install-guide:cpq-authorize';

/** The longest an admin waits on the settings page before the guide says something (≤ 10 s). */
export const CPQ_SETTINGS_GIVE_UP_MS = 6000;

export async function init(ctx: PageContext): Promise<void> {
  const tabs = await waitForPage<CpqTabs | 'none'>(
    ctx,
    (settled) => findTabs(document) ?? (settled ? 'none' : null),
    { giveUpMs: CPQ_SETTINGS_GIVE_UP_MS },
  );
  if (!tabs || ctx.signal.aborted) return;
  if (tabs === 'none') {
    // The settings page (its title or part of its tab strip) without its tabs: say so. Any
    // other page of the SBQQ namespace is not ours to help with, and stays silent.
    if (showsSettingsPage(document)) {
      const l = labels(document).cpqSettings;
      await showNotFound(
        ctx,
        'cpq-settings',
        t('whatSettingsTabs'),
        [t('missingTabs', [l.pricingTab, l.orderTab].join(', '))],
        l.tabs,
      );
    }
    return;
  }
  const hello = await ctx.send({ type: 'page:hello', page: 'cpq-settings' });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return;
  new CpqSettingsAssistant(ctx, overlay, hello?.state ?? null).start();
}

type Values = ReturnType<typeof orderValues>;

class CpqSettingsAssistant {
  private filled: { fields: OrderFields; before: Values } | null = null;
  private handsOff = false;
  private announce = '';
  private reportedCalc: boolean | null = null;
  private authorizeLink: HTMLElement | null = null;

  constructor(
    private readonly ctx: PageContext,
    private readonly overlay: Overlay,
    private state: PageState | null,
  ) {}

  start(): void {
    this.afterSave();
    this.update();
    this.ctx.watch(() => this.update());
    const opts = { capture: true, signal: this.ctx.signal };
    document.addEventListener('click', this.onClick, opts);
    document.addEventListener('change', this.onChange, opts);
  }

  private status(step: 'cpq-calculation-service' | 'cpq-order-defaults') {
    return this.state?.steps?.[step].status ?? 'pending';
  }

  private update(): void {
    const tabs = findTabs(document);
    if (!tabs) return;
    this.calcService(tabs);
    this.orderTab(tabs);
  }

  private calcService(tabs: CpqTabs): void {
    const l = labels(document).cpqSettings;
    const pricing = labelFold(l.pricingTab);
    const link = findAuthorizeLink(document);
    this.authorizeLink = link;
    // Authorized is only known when the Pricing tab is shown and offers no link.
    const authorized = link ? false : tabs.active === pricing ? true : null;
    if (authorized !== null && authorized !== this.reportedCalc) {
      this.reportedCalc = authorized;
      void this.observe({ kind: 'calc-service', authorized });
    }
    if (this.status('cpq-calculation-service') === 'done' && !link) {
      this.overlay.remove('calc-service');
      return;
    }
    const started = this.authorizationStarted();
    if (link) {
      this.card('calc-service', {
        tone: 'info',
        title: t('calcTitle'),
        body: [
          t('calcClick', l.authorize, labels(document).remoteAccess.allow[0] ?? 'Allow'),
          t('calcReload'),
        ],
        anchor: link,
        highlight: [link],
      });
    } else if (tabs.active !== pricing) {
      const header = tabs.headers.get(pricing);
      this.card('calc-service', {
        tone: 'info',
        title: started ? t('calcConfirmTitle') : t('calcNextTitle', l.pricingTab),
        body: [started ? t('calcConfirm', l.pricingTab) : t('calcOpenTab', l.pricingTab)],
        ...(header && { anchor: tabStrip(tabs), highlight: [header] }),
      });
    }
  }

  private orderTab(tabs: CpqTabs): void {
    const l = labels(document).cpqSettings;
    const status = this.status('cpq-order-defaults');
    const fields = findOrderFields(document);
    const visible = fields && isShown(fields.defaultOrderStartDate);
    if (status === 'skipped' || !fields || !visible) {
      this.overlay.remove('order');
      // Point at the tab only when the calculation service is done and this step is next.
      if (status === 'pending' && this.status('cpq-calculation-service') === 'done') {
        const header = tabs.headers.get(labelFold(l.orderTab));
        if (header)
          this.card('order', {
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
      this.card('order', {
        tone: 'success',
        title: t('orderSetTitle'),
        body: [t('orderSet', l.allowMultipleOrders, l.defaultOrderStartDate, l.quoteStartDate)],
        anchor: fields.defaultOrderStartDate,
      });
      return;
    }
    const autofill = this.state?.settings.autofill ?? true;
    if (
      !recommended &&
      autofill &&
      !this.handsOff &&
      this.filled?.fields.allowMultipleOrders !== fields.allowMultipleOrders
    )
      this.fill(fields);
    const now = orderValues(fields);
    const save = findSave(document);
    if (isRecommended(now)) {
      this.card('order', {
        tone: 'success',
        title: this.filled ? t('orderFilledTitle') : t('orderReadyTitle'),
        body: [
          t('orderReady', l.allowMultipleOrders, l.defaultOrderStartDate, l.quoteStartDate),
          t('orderClickSave', l.save[0] ?? 'Save'),
        ],
        actions: this.filled ? [{ label: t('actionUndo'), run: () => this.undo() }] : [],
        announce: this.announce,
        anchor: fields.defaultOrderStartDate,
        highlight: save ? [save] : [],
      });
    } else {
      this.card('order', {
        tone: this.handsOff ? 'warning' : 'info',
        title: t('orderRecommendedTitle'),
        body: [
          t('orderRecommended', l.allowMultipleOrders, l.defaultOrderStartDate, l.quoteStartDate),
        ],
        actions: [{ label: t('actionApply'), primary: true, run: () => this.fill(fields, true) }],
        announce: this.announce,
        anchor: fields.defaultOrderStartDate,
      });
    }
  }

  private fill(fields: OrderFields, byAdmin = false): void {
    const l = labels(document).cpqSettings;
    const before = orderValues(fields);
    setCheckbox(fields.allowMultipleOrders, RECOMMENDED_ORDER_DEFAULTS.allowMultipleOrders);
    selectOption(
      fields.defaultOrderStartDate,
      startDateOption(document, RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate),
    );
    this.filled = { fields, before };
    if (byAdmin) this.handsOff = false;
    this.announce = t(
      'orderFilledAnnounce',
      l.allowMultipleOrders,
      l.defaultOrderStartDate,
      l.quoteStartDate,
      l.save[0] ?? 'Save',
    );
    this.update();
  }

  private undo(): void {
    if (!this.filled) return;
    const { fields, before } = this.filled;
    setCheckbox(fields.allowMultipleOrders, before.allowMultipleOrders);
    selectOption(
      fields.defaultOrderStartDate,
      startDateOption(document, before.defaultOrderStartDate),
    );
    this.filled = null;
    this.handsOff = true;
    this.announce = t('orderUndoneAnnounce');
    this.update();
  }

  private onChange = (event: Event) => {
    if (!event.isTrusted) return;
    const fields = findOrderFields(document);
    if (
      fields &&
      (event.target === fields.allowMultipleOrders || event.target === fields.defaultOrderStartDate)
    )
      this.handsOff = true;
  };

  private onClick = (event: Event) => {
    if (!event.isTrusted) return;
    // RichFaces switches client-side tabs by class and style alone, which the shared watcher
    // (child lists only, by design) does not see: look again after the admin's click.
    requestAnimationFrame(() => this.update());
    if (
      this.authorizeLink &&
      event.target instanceof Node &&
      this.authorizeLink.contains(event.target)
    ) {
      try {
        sessionStorage.setItem(AUTHORIZE_FLAG, String(Date.now()));
      } catch {
        // Storage blocked: the admin confirms by opening the tab, as without the flag.
      }
    }
    const save = findSave(document);
    if (save && event.target instanceof Node && save.contains(event.target)) {
      try {
        sessionStorage.setItem(SAVE_FLAG, String(Date.now()));
      } catch {
        // Storage blocked: the save is then confirmed on the next visit instead.
      }
    }
  };

  private authorizationStarted(): boolean {
    try {
      const at = Number(sessionStorage.getItem(AUTHORIZE_FLAG) ?? 0);
      return at > 0 && Date.now() - at < SAVE_WINDOW_MS * 5;
    } catch {
      return false;
    }
  }

  /** After a Save postback: report what the re-rendered Order tab shows. */
  private afterSave(): void {
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
      void this.observe({ kind: 'order-settings', saved: true, ...values });
    } else if (isRecommended(values) && this.status('cpq-order-defaults') !== 'done') {
      void this.observe({ kind: 'order-settings', saved: false, ...values });
    }
  }

  private async observe(
    observation:
      | { kind: 'calc-service'; authorized: boolean }
      | ({ kind: 'order-settings'; saved: boolean } & Values),
  ): Promise<void> {
    const response = await this.ctx.send({
      type: 'observe',
      page: 'cpq-settings',
      observation: {
        ...observation,
        seenAt: new Date().toISOString(),
        url: this.ctx.page.url.href,
      },
    });
    if (response?.state && !this.ctx.signal.aborted) {
      this.state = response.state;
      this.update();
    }
  }

  private card(id: string, model: CardModel): void {
    this.overlay.show(id, model, this.ctx.signal);
  }
}

/** The whole row of tab headers: the panel goes beside it, never over another tab. */
function tabStrip(tabs: CpqTabs): Element | null {
  return commonAncestor([...tabs.headers.values()]);
}

function isRecommended(values: Values): boolean {
  return (
    values.allowMultipleOrders === RECOMMENDED_ORDER_DEFAULTS.allowMultipleOrders &&
    values.defaultOrderStartDate === RECOMMENDED_ORDER_DEFAULTS.defaultOrderStartDate
  );
}
