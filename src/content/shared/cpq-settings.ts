/**
 * One run of CPQ's settings page, shared by its features (src/content/features/cpq-settings.*.ts):
 * waits for the tab strip once (or says it is missing), asks the worker once, and keeps the
 * worker's latest state, which either feature's report may change and both draw from. One watch
 * of the page (and a look after each of the admin's clicks: RichFaces switches tabs by class and
 * style alone, which the shared watcher, child lists only by design, does not see) redraws both
 * in one order: the calculation service, then the Order defaults.
 */
import type { PageState } from '../../core/protocol/answers';
import { showNotFound } from '../diagnostic';
import { commonAncestor } from '../dom/find';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import { type Fact, observe } from '../observe';
import type { Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import { type CpqTabs, findTabs, showsSettingsPage } from '../read/cpq-settings';
import { t } from '../t';
import { perRun } from './per-run';

/** The longest an admin waits on the settings page before the guide says something (≤ 10 s). */
export const CPQ_SETTINGS_GIVE_UP_MS = 6000;

const CONCERNS = ['calculation-service', 'order-defaults'] as const;
type Concern = (typeof CONCERNS)[number];

export class CpqRun {
  #updates: [Concern, (tabs: CpqTabs) => void][] = [];
  #watching = false;

  constructor(
    readonly ctx: PageContext,
    readonly overlay: Overlay,
    public state: PageState | null,
  ) {}

  status(step: 'cpq-calculation-service' | 'cpq-order-defaults') {
    return this.state?.steps?.[step].status ?? 'pending';
  }

  /** Whether the plan offers `step` now: open, with what it comes after settled (nextSteps). */
  ready(step: 'cpq-calculation-service' | 'cpq-order-defaults'): boolean {
    return this.state?.progress?.ready.includes(step) ?? false;
  }

  /** Calls `update` with the tab strip on the first look, after every change and every report. */
  onUpdate(concern: Concern, update: (tabs: CpqTabs) => void): void {
    this.#updates.push([concern, update]);
    this.#updates.sort(([a], [b]) => CONCERNS.indexOf(a) - CONCERNS.indexOf(b));
    if (this.#watching) this.update();
  }

  update(): void {
    const tabs = findTabs(document);
    if (!tabs) return;
    for (const [, update] of this.#updates) update(tabs);
  }

  /** Reports to the worker; its answer is the state both features draw from next. */
  async report(fact: Fact): Promise<void> {
    const response = await observe(this.ctx, fact);
    if (response?.state && !this.ctx.signal.aborted) {
      this.state = response.state;
      this.update();
    }
  }

  /** After every feature started: the first look, then one watch for both. */
  watch(): void {
    this.#watching = true;
    this.update();
    this.ctx.watch(() => this.update());
    document.addEventListener(
      'click',
      (event) => event.isTrusted && requestAnimationFrame(() => this.update()),
      {
        capture: true,
        signal: this.ctx.signal,
      },
    );
  }
}

async function setup(ctx: PageContext): Promise<CpqRun | null> {
  const tabs = await waitForPage<CpqTabs | 'none'>(
    ctx,
    (settled) => findTabs(document) ?? (settled ? 'none' : null),
    { giveUpMs: CPQ_SETTINGS_GIVE_UP_MS },
  );
  if (!tabs || ctx.signal.aborted) return null;
  if (tabs === 'none') {
    // The settings page (its title or part of its tab strip) without its tabs: say so. Any
    // other page of the SBQQ namespace is not ours to help with, and stays silent.
    if (showsSettingsPage(document)) {
      const l = labels(document).cpqSettings;
      await showNotFound(
        ctx,
        t('whatSettingsTabs'),
        [t('missingTabs', [l.pricingTab, l.orderTab].join(', '))],
        l.tabs,
      );
    }
    return null;
  }
  const hello = await ctx.send({ type: 'page:hello', page: ctx.pageId });
  const overlay = await ctx.overlay();
  if (ctx.signal.aborted) return null;
  return new CpqRun(ctx, overlay, hello?.state ?? null);
}

/** Calls `start` once the tab strip showed and the worker answered. */
export const whenSettingsShown = perRun(CONCERNS, setup, (run) => run.watch());

/** The whole row of tab headers: the panel goes beside it, never over another tab. */
export function tabStrip(tabs: CpqTabs): Element | null {
  return commonAncestor([...tabs.headers.values()]);
}
