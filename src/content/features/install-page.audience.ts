/**
 * The install page's security option (Install for Admins Only / All Users / Specific
 * Profiles, found by their own text): selects the one the package needs (its radio, or its own
 * text where the radio is hidden), unless the admin chose otherwise or turned auto-fill off;
 * offers Undo; points at Install or Upgrade (never clicks it); says plainly when the options
 * cannot be found.
 */
import type { Audience } from '../../core/plan';
import { showNotFound } from '../diagnostic';
import { EVERYTHING } from '../dom/changes';
import { commonAncestor } from '../dom/find';
import { choose, isChosen } from '../dom/options';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import type { CardModel } from '../overlay/types';
import type { PageContext } from '../page';
import {
  chosenAudience,
  findAudienceOptions,
  findInstallButton,
  isLoading,
} from '../read/install-page';
import { audienceLabel, type InstallRun, type PageChange, whenOurs } from '../shared/install-page';
import { INSTALL_PAGE_GIVE_UP_MS } from '../shared/install-page.identity';
import { t } from '../t';

/** A page that keeps re-rendering its options is not fought forever. */
const MAX_REAPPLY = 3;
/** How long the page may take to show an option the guide clicked as selected. */
const SELECTION_SHOWN_MS = 400;

export function init(ctx: PageContext): void {
  whenOurs(ctx, 'audience', (run) => new AudienceCard(run).start());
}

class AudienceCard {
  /** The option that was selected before we changed it (for Undo). */
  #before: Audience | null = null;
  /** The admin chose another option, or pressed Undo: we never select again on this page. */
  #handsOff = false;
  #applied = false;
  #warnedMissing = false;
  #renders = 0;
  #button: ReturnType<typeof findInstallButton> = null;
  /** What the card was last drawn from: unchanged → nothing to redraw. */
  #drawn: unknown[] = [];

  constructor(readonly run: InstallRun) {}

  get #want(): Audience {
    return this.run.spec.audience;
  }

  start(): void {
    const { ctx } = this.run;
    this.run.onChange('audience', (change) => this.#update(change));
    for (const type of ['change', 'click'])
      document.addEventListener(type, this.#onAdmin, { capture: true, signal: ctx.signal });
    // Options not there yet: once the page settles (or the give-up time since the page was
    // recognized runs out), one whole-page look, then say plainly what is missing.
    void waitForPage(
      ctx,
      (settled) => (this.run.options || this.run.outcomeShown ? true : settled ? false : null),
      {
        giveUpMs: Math.max(0, INSTALL_PAGE_GIVE_UP_MS - (performance.now() - this.run.startedAt)),
        loading: () => isLoading(document),
      },
    ).then((found) => {
      if (found !== false || ctx.signal.aborted) return;
      this.run.update(EVERYTHING);
      if (!this.run.options && !this.run.outcomeShown) this.#reportMissing();
    });
  }

  /**
   * The options are searched for only when the page added elements: a full search per DOM
   * change would cost the admin's page on every re-render.
   */
  #update({ changes }: PageChange): void {
    const run = this.run;
    const want = this.#want;
    const known =
      run.options &&
      Object.values(run.options).every(
        (o) => o.text.isConnected && (o.control?.isConnected ?? true),
      );
    const look = !known && (changes.all || changes.records.some((r) => r.addedNodes.length > 0));
    const found = look ? findAudienceOptions(document) : null;
    if (found?.ok) {
      // New option elements: first render, or the page re-rendered them (our choice is lost).
      const fresh = run.options?.[want].text !== found.value[want].text;
      run.options = found.value;
      if (
        fresh &&
        run.autofill &&
        !this.#handsOff &&
        !run.notShown &&
        this.#renders++ < MAX_REAPPLY
      )
        this.#apply();
    }
    this.#show();
  }

  #apply(byAdmin = false): void {
    const run = this.run;
    const options = run.options;
    if (!options) return;
    const want = this.#want;
    const current = chosenAudience(options);
    if (current === want) {
      this.#applied = true;
      return;
    }
    this.#before = current === 'none' ? null : current;
    choose(options[want]);
    this.#handsOff = false;
    run.notShown = null;
    // The page may redraw the selection a moment after the click: check now, then once more.
    const verify = (last: boolean) => {
      if (run.ctx.signal.aborted || run.options !== options) return;
      if (isChosen(options[want]) === true) {
        this.#applied = true;
        run.announce = t('installSelectedAnnounce', audienceLabel(want), run.spec.title);
      } else if (!last) {
        setTimeout(() => verify(true), SELECTION_SHOWN_MS);
        return;
      } else {
        run.notShown = want;
        run.announce = t('installNotShownTitle', audienceLabel(want));
      }
      this.#drawn = [];
      this.#show();
    };
    verify(false);
    if (byAdmin) this.#show();
  }

  #undo(): void {
    const options = this.run.options;
    if (!options) return;
    const back = this.#before ?? 'admins-only';
    choose(options[back]);
    this.#handsOff = true;
    this.#applied = false;
    this.run.announce = t('installUndoneAnnounce', audienceLabel(back));
    this.#drawn = [];
    setTimeout(() => this.#show(), SELECTION_SHOWN_MS);
    this.#show();
  }

  /** A trusted click or change on one of the options is the admin's own choice: respect it. */
  #onAdmin = (event: Event) => {
    const options = this.run.options;
    if (!event.isTrusted || !options || !(event.target instanceof Node)) return;
    const target = event.target;
    const onOption = Object.values(options).some(
      (o) => o.text.contains(target) || o.control?.contains(target) || target.contains(o.text),
    );
    if (!onOption || target === document.body) return;
    this.#handsOff = true;
    // The page shows the admin's choice once its own handlers ran, or a moment later when it
    // redraws the selection itself (a class or aria change: no node is added for the watcher).
    for (const delay of [0, SELECTION_SHOWN_MS])
      setTimeout(() => {
        if (!this.run.ctx.signal.aborted) this.#show();
      }, delay);
  };

  #show(): void {
    const run = this.run;
    const options = run.options;
    if (!options) return;
    const want = this.#want;
    const spec = run.spec;
    const current = chosenAudience(options);
    if (!this.#button?.button.isConnected) this.#button = findInstallButton(document);
    const button = this.#button;
    const drawnFrom: unknown[] = [
      options,
      current,
      button?.button,
      this.#handsOff,
      this.#applied,
      this.#before,
      run.notShown,
      run.autofill,
      run.announce,
    ];
    if (
      drawnFrom.length === this.#drawn.length &&
      drawnFrom.every((value, i) => value === this.#drawn[i])
    )
      return;
    this.#drawn = drawnFrom;
    const right = current === want;
    const targets = Object.values(options).map((o) => o.text);
    const anchor = commonAncestor(targets) ?? options[want].text;
    const highlight = button && right ? [button.button] : [];
    const names = labels(document).installPage;
    const clickName = (button?.upgrade ? names.upgrade[0] : names.install[0]) ?? '';
    let model: CardModel;
    if (run.notShown && !right) {
      model = {
        tone: 'warning',
        title: t('installNotShownTitle', audienceLabel(want)),
        body: [t('installNotShownBody', audienceLabel(want))],
        highlight: [options[want].text],
      };
    } else if (current === null) {
      model = {
        tone: 'warning',
        title: t('installCannotTellTitle', audienceLabel(want)),
        body: [t('installCannotTell', audienceLabel(want), t(spec.audienceWhy))],
      };
    } else if (right) {
      const changed = this.#applied && this.#before !== null;
      const why = t(spec.audienceWhy);
      model = {
        tone: 'success',
        title: t('installAudienceTitle', spec.title, audienceLabel(want)),
        body: [
          changed
            ? t('installGuideSelected', audienceLabel(want), why)
            : t('installSelected', audienceLabel(want), why),
          t('installClickNext', clickName),
        ],
        actions: changed ? [{ label: t('actionUndo'), run: () => this.#undo() }] : [],
      };
    } else if (this.#handsOff) {
      model = this.#wrongAudienceModel(current === 'none' ? null : current);
    } else {
      model = {
        tone: 'info',
        title: t('installSelectTitle', spec.title, audienceLabel(want)),
        body: [t(spec.audienceWhy), run.autofill ? '' : t('installAutofillOff')].filter(Boolean),
        actions: [
          {
            label: t('installApply', audienceLabel(want)),
            primary: true,
            run: () => this.#apply(true),
          },
        ],
      };
    }
    run.overlay.show(
      'install',
      { ...model, anchor, highlight: model.highlight ?? highlight, announce: run.announce },
      run.ctx.signal,
    );
  }

  #wrongAudienceModel(current: Audience | null): CardModel {
    const want = this.#want;
    const why = t(this.run.spec.audienceWhy);
    return {
      tone: 'warning',
      title: t('installRecommendedTitle', audienceLabel(want)),
      body: [
        current
          ? t('installOtherSelected', audienceLabel(current), why)
          : t('installNoneSelected', why),
        t('installLeftAlone'),
      ],
      actions: [{ label: t('installSelect', audienceLabel(want)), run: () => this.#apply(true) }],
    };
  }

  #reportMissing(): void {
    const { ctx } = this.run;
    if (this.#warnedMissing || ctx.signal.aborted) return;
    this.#warnedMissing = true;
    const found = findAudienceOptions(document);
    if (found.ok) return;
    void showNotFound(ctx, t('whatInstallOptions'), found.missing, [
      ...Object.values(labels(document).installPage.audience),
    ]);
  }
}
