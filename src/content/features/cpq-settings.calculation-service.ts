/**
 * Salesforce CPQ's settings (Installed Packages → Configure), Pricing and Calculation tab: the
 * calculation-service authorization. Points at "Authorize new calculation service" (never
 * clicks it), and reports the service authorized once the Pricing tab shows no such link.
 * Page facts: docs/salesforce/cpq-settings.md.
 */

import { labelFold } from '../dom/find';
import { labels } from '../labels';
import type { PageContext } from '../page';
import { type CpqTabs, findAuthorizeLink } from '../read/cpq-settings';
import { type CpqRun, tabStrip, whenSettingsShown } from '../shared/cpq-settings';
import { t } from '../t';

/** Set when the admin clicks "Authorize new calculation service". */
const AUTHORIZE_FLAG = 'sf-install-guide:cpq-authorize';
/** How long after that click opening the Pricing tab confirms the authorization. */
const AUTHORIZE_WINDOW_MS = 10 * 60 * 1000;

export function init(ctx: PageContext): void {
  whenSettingsShown(ctx, 'calculation-service', (run) => new CalculationService(run).start());
}

class CalculationService {
  #reported: boolean | null = null;
  #link: HTMLElement | null = null;

  constructor(readonly run: CpqRun) {}

  start(): void {
    this.run.onUpdate('calculation-service', (tabs) => this.#update(tabs));
    document.addEventListener('click', this.#onClick, {
      capture: true,
      signal: this.run.ctx.signal,
    });
  }

  #update(tabs: CpqTabs): void {
    const { run } = this;
    const l = labels(document).cpqSettings;
    const pricing = labelFold(l.pricingTab);
    const link = findAuthorizeLink(document);
    this.#link = link;
    // Authorized is only known when the Pricing tab is shown and offers no link.
    const authorized = link ? false : tabs.active === pricing ? true : null;
    if (authorized !== null && authorized !== this.#reported) {
      this.#reported = authorized;
      void run.report({ kind: 'calc-service', authorized });
    }
    if (run.status('cpq-calculation-service') === 'done' && !link) {
      run.overlay.remove('calc-service');
      return;
    }
    const started = authorizationStarted();
    if (link) {
      run.overlay.show(
        'calc-service',
        {
          tone: 'info',
          title: t('calcTitle'),
          body: [
            t('calcClick', l.authorize, labels(document).remoteAccess.allow[0] ?? 'Allow'),
            t('calcReload'),
          ],
          anchor: link,
          highlight: [link],
        },
        run.ctx.signal,
      );
    } else if (tabs.active !== pricing) {
      const header = tabs.headers.get(pricing);
      run.overlay.show(
        'calc-service',
        {
          tone: 'info',
          title: started ? t('calcConfirmTitle') : t('calcNextTitle', l.pricingTab),
          body: [started ? t('calcConfirm', l.pricingTab) : t('calcOpenTab', l.pricingTab)],
          ...(header && { anchor: tabStrip(tabs), highlight: [header] }),
        },
        run.ctx.signal,
      );
    }
  }

  #onClick = (event: Event) => {
    if (!event.isTrusted) return;
    if (this.#link && event.target instanceof Node && this.#link.contains(event.target)) {
      try {
        sessionStorage.setItem(AUTHORIZE_FLAG, String(Date.now()));
      } catch {
        // Storage blocked: the admin confirms by opening the tab, as without the flag.
      }
    }
  };
}

function authorizationStarted(): boolean {
  try {
    const at = Number(sessionStorage.getItem(AUTHORIZE_FLAG) ?? 0);
    return at > 0 && Date.now() - at < AUTHORIZE_WINDOW_MS;
  } catch {
    return false;
  }
}
