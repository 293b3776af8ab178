import { type Guard, guardsFor } from '../../core/guards';
import { GENERIC_LOGIN_HOSTS } from '../../core/hosts';
import { identifyPackage } from '../../core/packages';
import { AUDIENCE_LABELS, type Audience, PACKAGES, type PackageKey } from '../../core/plan';
import type { PageState } from '../../core/schemas';
import { type Translate, t } from '../../ui/t';
import { selectRadio, setCheckbox } from '../actions/fill';
import { showNotFound } from '../diagnostic';
import { changedText, type DomChanges, EVERYTHING, matchingIn } from '../dom/changes';
import { commonAncestor, isShown, labelFold } from '../dom/find';
import { labels } from '../labels';
import type { CardModel, Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import {
  type AudienceRadios,
  checkedAudience,
  findAudienceRadios,
  findInstallButton,
  grantAccessBoxes,
  type InstallPageFacts,
  mentionsGrantAccess,
  type Outcome,
  outcomeIn,
  readInstallPage,
  type ThirdPartyDialog,
  thirdPartyDialog,
} from './install-page.read';

/** The security option as the page names it (the page's Setup language). */
const audienceLabel = (a: Audience) => labels(document).installPage.audience[a];

/** `t`, but naming the security options as this page does (its Setup language may differ). */
const tOnPage: Translate = (key, ...substitutions) => {
  const audience = (Object.keys(AUDIENCE_LABELS) as Audience[]).find(
    (a) => AUDIENCE_LABELS[a] === key,
  );
  return audience ? audienceLabel(audience) : t(key, ...substitutions);
};
const SETTLE_MS = 3000;
/** A page that keeps re-rendering its options is not fought forever. */
const MAX_REAPPLY = 3; // how long a late-rendering page may take before we say we cannot find it

export async function init(ctx: PageContext): Promise<void> {
  const facts = await waitFor(ctx, () => {
    const f = readInstallPage(document, ctx.page.url);
    return f.name ? f : null;
  });
  if (!facts) {
    // No package name at all: not an install page we understand (or an error page).
    return;
  }
  const key = identifyPackage({ name: facts.name, publisher: facts.publisher });
  // Ask the worker and load the overlay at once: the audience is selected as soon as both are in.
  const [hello, overlay] = await Promise.all([
    ctx.send<{ state: PageState }>({
      type: 'page:hello',
      page: 'install-page',
      ...(facts.versionId && { versionId: facts.versionId }),
    }),
    ctx.overlay(),
  ]);
  const state = hello?.state ?? null;
  if (ctx.signal.aborted) return;

  if (!key) {
    overlay.show(
      'install',
      {
        tone: 'info',
        title: t('installNotOursTitle'),
        body: [t('installNotOurs', facts.name ?? '')],
      },
      ctx.signal,
    );
    return;
  }

  const generic = GENERIC_LOGIN_HOSTS[ctx.page.url.hostname.toLowerCase()];
  if (generic && facts.versionId) {
    void ctx.send({
      type: 'observe',
      page: 'install-page',
      observation: {
        kind: 'install-link',
        seenAt: new Date().toISOString(),
        url: ctx.page.url.href,
        package: key,
        versionId: facts.versionId,
        environment: generic,
      },
    });
  }

  new InstallAssistant(ctx, overlay, key, facts, state).start();
}

/** Resolves the first non-null read, checked now and after each DOM change, for a while. */
function waitFor<T>(ctx: PageContext, read: () => T | null, ms = SETTLE_MS): Promise<T | null> {
  const now = read();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = new AbortController();
    const finish = (value: T | null) => {
      done.abort();
      resolve(value);
    };
    const timer = setTimeout(() => finish(read()), ms);
    ctx.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      finish(null);
    });
    ctx.watch(() => {
      if (done.signal.aborted) return;
      const value = read();
      if (value) {
        clearTimeout(timer);
        finish(value);
      }
    });
  });
}

class InstallAssistant {
  readonly #spec;
  #radios: AudienceRadios | null = null;
  /** The option that was selected before we changed it (for Undo). */
  #before: Audience | null = null;
  /** The admin chose another option, or pressed Undo: we never select again on this page. */
  #handsOff = false;
  #applied = false;
  #warnedMissing = false;
  #renders = 0;
  #button: ReturnType<typeof findInstallButton> = null;
  #reported = new Set<string>();
  #dialogTicked: HTMLInputElement | null = null;
  /** Grant-access checkboxes seen so far (a dialog may be inserted hidden, then shown). */
  #grantBoxes: HTMLInputElement[] = [];
  #dialog: ThirdPartyDialog | null = null;
  /** An outcome phrase is in the page but not shown: look at the whole page until it is. */
  #outcomePending = false;
  /** What the audience card was last drawn from: unchanged → nothing to redraw. */
  #audienceDrawn: unknown[] = [];
  #dialogDrawn: unknown[] = [];
  #announce = '';

  readonly #ctx: PageContext;
  readonly #overlay: Overlay;
  readonly #key: PackageKey;
  readonly #facts: InstallPageFacts;
  readonly #state: PageState | null;

  constructor(
    ctx: PageContext,
    overlay: Overlay,
    key: PackageKey,
    facts: InstallPageFacts,
    state: PageState | null,
  ) {
    this.#ctx = ctx;
    this.#overlay = overlay;
    this.#key = key;
    this.#facts = facts;
    this.#state = state;
    this.#spec = PACKAGES[key];
  }

  start(): void {
    this.#showChosenLink();
    this.#showGuards();
    this.#update(EVERYTHING);
    this.#ctx.watch((changes) => this.#update(changes));
    document.addEventListener('change', this.#onChange, {
      capture: true,
      signal: this.#ctx.signal,
    });
    setTimeout(() => {
      if (this.#ctx.signal.aborted) return;
      // One whole-page look, in case something changed where no mutation showed it.
      this.#update(EVERYTHING);
      if (!this.#radios && !this.#outcomeShown()) this.#reportMissing();
    }, SETTLE_MS);
  }

  #outcomeShown(): boolean {
    return this.#reported.size > 0;
  }

  get #autofill(): boolean {
    return this.#state?.settings.autofill ?? true;
  }

  /**
   * Runs on load and after every batch of DOM changes: cheap and idempotent. It looks only
   * where the page changed: a Lightning re-render elsewhere costs a glance at the records.
   */
  #update(changes: DomChanges): void {
    const folded = labelFold(changedText(document, this.#outcomePending ? EVERYTHING : changes));
    const outcome = outcomeIn(document, folded);
    if (outcome === 'not-shown') this.#outcomePending = true;
    else if (outcome) {
      this.#showOutcome(outcome);
      return;
    }
    // After the outcome, the options and the dialog are gone or stale: nothing more to point at.
    if (this.#outcomeShown()) return;

    const want = this.#spec.audience;
    // The options are searched for only when the page added options or labels: a full search
    // per DOM change would cost the admin's page on every Lightning re-render.
    const known = this.#radios && Object.values(this.#radios).every((r) => r.isConnected);
    const look = !known && matchingIn(document, changes, 'input[type="radio"], label').length > 0;
    const found = look ? findAudienceRadios(document) : null;
    if (found?.ok) {
      // New option elements: first render, or the page re-rendered them (our choice is lost).
      const fresh = this.#radios?.[want] !== found.value[want];
      this.#radios = found.value;
      if (fresh && this.#autofill && !this.#handsOff && this.#renders++ < MAX_REAPPLY)
        this.#apply();
    }
    this.#showAudience();
    this.#showDialog(changes, folded);
  }

  #apply(byAdmin = false): void {
    if (!this.#radios) return;
    const current = checkedAudience(this.#radios);
    if (current === this.#spec.audience) {
      this.#applied = true;
      return;
    }
    this.#before = current;
    if (selectRadio(this.#radios[this.#spec.audience])) {
      this.#applied = true;
      this.#handsOff = false;
      this.#announce = t(
        'installSelectedAnnounce',
        audienceLabel(this.#spec.audience),
        this.#spec.title,
      );
      if (byAdmin) this.#showAudience();
    }
  }

  #undo(): void {
    if (!this.#radios) return;
    const back = this.#before ?? 'admins-only';
    selectRadio(this.#radios[back]);
    this.#handsOff = true;
    this.#applied = false;
    this.#announce = t('installUndoneAnnounce', audienceLabel(back));
    this.#showAudience();
  }

  /** A trusted change event on one of the options is the admin's own choice: respect it. */
  #onChange = (event: Event) => {
    if (!event.isTrusted || !this.#radios) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
    if (!Object.values(this.#radios).includes(target)) return;
    this.#handsOff = true;
    this.#showAudience();
  };

  #showAudience(): void {
    const radios = this.#radios;
    if (!radios) return;
    const want = this.#spec.audience;
    const current = checkedAudience(radios);
    if (!this.#button?.button.isConnected) this.#button = findInstallButton(document);
    const button = this.#button;
    const drawnFrom: unknown[] = [
      radios,
      current,
      button?.button,
      this.#handsOff,
      this.#applied,
      this.#before,
    ];
    drawnFrom.push(this.#autofill, this.#announce);
    if (
      drawnFrom.length === this.#audienceDrawn.length &&
      drawnFrom.every((value, i) => value === this.#audienceDrawn[i])
    )
      return;
    this.#audienceDrawn = drawnFrom;
    const right = current === want;
    const anchor = commonAncestor(Object.values(radios)) ?? radios[want];
    const highlight = button && right ? [button.button] : [];
    const names = labels(document).installPage;
    const clickName = (button?.upgrade ? names.upgrade[0] : names.install[0]) ?? '';
    let model: CardModel;
    if (right) {
      const changed = this.#applied && this.#before !== null;
      const why = t(this.#spec.audienceWhy);
      model = {
        tone: 'success',
        title: t('installAudienceTitle', this.#spec.title, audienceLabel(want)),
        body: [
          changed
            ? t('installGuideSelected', audienceLabel(want), why)
            : t('installSelected', audienceLabel(want), why),
          t('installClickNext', clickName),
        ],
        actions: changed ? [{ label: t('actionUndo'), run: () => this.#undo() }] : [],
      };
    } else if (this.#handsOff) {
      model = this.#wrongAudienceModel(current);
    } else {
      model = {
        tone: 'info',
        title: t('installSelectTitle', this.#spec.title, audienceLabel(want)),
        body: [t(this.#spec.audienceWhy), this.#autofill ? '' : t('installAutofillOff')].filter(
          Boolean,
        ),
        actions: [
          {
            label: t('installApply', audienceLabel(want)),
            primary: true,
            run: () => this.#apply(true),
          },
        ],
      };
    }
    this.#overlay.show(
      'install',
      { ...model, anchor, highlight, announce: this.#announce },
      this.#ctx.signal,
    );
  }

  #wrongAudienceModel(current: Audience | null): CardModel {
    const want = this.#spec.audience;
    return {
      tone: 'warning',
      title: t('installRecommendedTitle', audienceLabel(want)),
      body: [
        current
          ? t('installOtherSelected', audienceLabel(current), t(this.#spec.audienceWhy))
          : t('installNoneSelected', t(this.#spec.audienceWhy)),
        t('installLeftAlone'),
      ],
      actions: [{ label: t('installSelect', audienceLabel(want)), run: () => this.#apply(true) }],
    };
  }

  #showGuards(): void {
    const guards: Guard[] = guardsFor(
      {
        package: this.#key,
        version: this.#facts.version,
        pageHost: this.#ctx.page.url.hostname,
        org: this.#ctx.page.host.org,
        orgEnvironment: this.#state?.environment ?? this.#ctx.page.host.environment,
        steps: this.#state?.steps ?? null,
        link: this.#state?.link ?? null,
      },
      tOnPage,
    );
    for (const guard of guards) {
      this.#overlay.show(
        `guard-${guard.kind}`,
        { tone: guard.tone, title: guard.title, body: [guard.text], announce: guard.title },
        this.#ctx.signal,
      );
    }
  }

  /** The install link the admin chose (on the Quote-to-Cash site or a login host), as remembered. */
  #showChosenLink(): void {
    const link = this.#state?.link;
    if (!link) return;
    const via =
      link.environment === 'sandbox'
        ? t('linkSandbox')
        : link.environment === 'production'
          ? t('linkProduction')
          : null;
    const what = link.release ? `${this.#spec.title} ${link.release}` : this.#spec.title;
    const org = this.#ctx.page.host.org;
    const text =
      via && org
        ? t('installLinkViaInto', what, via, org)
        : via
          ? t('installLinkVia', what, via)
          : org
            ? t('installLinkInto', what, org)
            : t('installLink', what);
    this.#overlay.show(
      'link',
      {
        tone: 'info',
        title: t('installLinkTitle'),
        body: [text],
      },
      this.#ctx.signal,
    );
  }

  /** The grant-access dialog: looked for in what the page added, re-read only when it changed. */
  #showDialog(changes: DomChanges, folded: string): void {
    // Checkboxes are looked for only in what was added with the grant-access label's text.
    const added =
      changes.all || mentionsGrantAccess(document, folded)
        ? grantAccessBoxes(document, matchingIn(document, changes, 'input[type="checkbox"]'))
        : [];
    this.#grantBoxes = [...this.#grantBoxes, ...added].filter(
      (box, i, all) => box.isConnected && all.indexOf(box) === i,
    );
    const checkbox = this.#grantBoxes.find(isShown);
    if (!checkbox) {
      if (this.#dialogTicked) this.#overlay.remove('third-party');
      this.#dialogTicked = null;
      this.#dialog = null;
      this.#dialogDrawn = [];
      return;
    }
    const known = this.#dialog;
    const stale =
      !known ||
      known.checkbox !== checkbox ||
      changes.all ||
      !known.container.isConnected ||
      (known.continueButton !== null && !known.continueButton.isConnected);
    if (stale) this.#dialog = thirdPartyDialog(checkbox);
    const dialog = this.#dialog as ThirdPartyDialog;
    if (this.#dialogTicked !== dialog.checkbox) {
      this.#dialogTicked = dialog.checkbox;
      if (this.#autofill) {
        setCheckbox(dialog.checkbox, true);
        this.#announce = t('thirdPartyTickedAnnounce');
      }
    }
    const ticked = dialog.checkbox.checked;
    const drawnFrom = [dialog, ticked, this.#announce];
    if (drawnFrom.every((value, i) => value === this.#dialogDrawn[i])) return;
    this.#dialogDrawn = drawnFrom;
    this.#overlay.show(
      'third-party',
      {
        tone: ticked ? 'success' : 'info',
        title: t('thirdPartyTitle'),
        body: [t('thirdPartySites', this.#spec.title)],
        list: dialog.sites,
        actions: ticked
          ? []
          : [
              {
                label: t('thirdPartyTick'),
                primary: true,
                run: () => setCheckbox(dialog.checkbox, true),
              },
            ],
        anchor: dialog.container,
        highlight: ticked && dialog.continueButton ? [dialog.continueButton] : [dialog.checkbox],
        announce: this.#announce,
      },
      this.#ctx.signal,
    );
  }

  #showOutcome(outcome: Outcome): void {
    const id = `${outcome.stage}:${'message' in outcome ? outcome.message : ''}`;
    if (this.#reported.has(id)) return;
    this.#reported.add(id);
    this.#overlay.remove('install');
    this.#overlay.remove('third-party');
    void this.#reportOutcome(outcome);
  }

  /** Records the outcome first, so the card the admin sees means it is stored. */
  async #reportOutcome(outcome: Outcome): Promise<void> {
    const recorded = await this.#ctx.send({
      type: 'observe',
      page: 'install-page',
      observation: {
        kind: 'install-page',
        seenAt: new Date().toISOString(),
        url: this.#ctx.page.url.href,
        package: this.#key,
        stage: outcome.stage,
        ...(this.#facts.version && { version: this.#facts.version }),
        ...(this.#facts.versionId && { versionId: this.#facts.versionId }),
        ...('message' in outcome && { message: outcome.message }),
        ...(this.#radios && { audience: checkedAudience(this.#radios) ?? undefined }),
      },
    });
    const next = t('outcomeNext');
    const models: Record<typeof outcome.stage, CardModel> = {
      submitted: {
        tone: 'success',
        title: t('outcomeInstalledTitle', this.#spec.title),
        body: [t('outcomeInstalled'), next],
      },
      'long-running': {
        tone: 'info',
        title: t('outcomeRunningTitle', this.#spec.title),
        body: [t('outcomeRunning'), next],
      },
      failed: {
        tone: 'error',
        title: t('outcomeFailedTitle', this.#spec.title),
        body: [
          'message' in outcome ? outcome.message : '',
          ...this.#spec.requires.map((k) =>
            t('outcomeFailedRequires', PACKAGES[k].title, audienceLabel(PACKAGES[k].audience)),
          ),
          t('outcomeFailedFix'),
        ].filter(Boolean),
      },
    };
    const model = models[outcome.stage];
    if (!recorded) {
      model.body = [...(model.body ?? []), t('outcomeNotRecorded')];
    }
    this.#overlay.show('outcome', { ...model, announce: model.title }, this.#ctx.signal);
  }

  #reportMissing(): void {
    if (this.#warnedMissing || this.#ctx.signal.aborted) return;
    this.#warnedMissing = true;
    const found = findAudienceRadios(document);
    if (found.ok) return;
    void showNotFound(this.#ctx, 'install-page', t('whatInstallOptions'), found.missing, [
      ...Object.values(labels(document).installPage.audience),
    ]);
  }
}
