import { type Guard, guardsFor } from '../../core/guards';
import { GENERIC_LOGIN_HOSTS } from '../../core/hosts';
import { installerVersionId } from '../../core/install-url';
import { AUDIENCE_LABELS, type Audience, PACKAGES, type PackageKey } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { type Translate, t } from '../../ui/t';
import { showNotFound } from '../diagnostic';
import { changedText, type DomChanges, EVERYTHING } from '../dom/changes';
import { commonAncestor, isShown, labelFold } from '../dom/find';
import { type Choice, choose, isChosen } from '../dom/options';
import { waitForPage } from '../dom/settle';
import { labels } from '../labels';
import type { CardModel, Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import {
  type Decided,
  decideIdentity,
  INSTALL_PAGE_GIVE_UP_MS,
  signalText,
} from './install-page.identity';
import {
  type AudienceOptions,
  chosenAudience,
  findAcknowledgement,
  findAudienceOptions,
  findGrantAccess,
  findInstallButton,
  type InstallPageFacts,
  isLoading,
  mentionsGrantAccess,
  type Outcome,
  outcomeIn,
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
/** A page that keeps re-rendering its options is not fought forever. */
const MAX_REAPPLY = 3;
/** How long the page may take to show an option the guide clicked as selected. */
const SELECTION_SHOWN_MS = 400;

export async function init(ctx: PageContext): Promise<void> {
  const startedAt = performance.now();
  // Ask the worker and load the overlay at once: whatever the page shows, the guide says something.
  const [hello, overlay] = await Promise.all([
    ctx.send({
      type: 'page:hello',
      page: 'install-page',
      ...versionIdOf(ctx),
    }),
    ctx.overlay(),
  ]);
  const state = hello?.state ?? null;
  if (ctx.signal.aborted) return;
  const decided = await decideIdentity(ctx, overlay, state);
  if (!decided || ctx.signal.aborted) return;
  const { identity, facts } = decided;

  if (identity.kind === 'other') {
    overlay.show(
      'install',
      {
        tone: 'info',
        title: t('installNotOursTitle'),
        body: [
          identity.stripe
            ? t('installOtherStripe', identity.name)
            : t('installNotOurs', identity.name || t('installThisPackage')),
        ],
      },
      ctx.signal,
    );
    return;
  }
  const key = identity.package;
  if (identity.by === 'admin') {
    overlay.show(
      'identity',
      {
        tone: identity.conflicts.length > 0 ? 'warning' : 'info',
        title: t('installNamedTitle', PACKAGES[key].title),
        body: [
          identity.conflicts.length > 0
            ? t('installNamedConflict', identity.conflicts.map(signalText).join('; '))
            : t('installNamed'),
        ],
      },
      ctx.signal,
    );
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

  new InstallAssistant(ctx, overlay, key, decided, state, startedAt).start();
}

const versionIdOf = (ctx: PageContext) => {
  const id = installerVersionId(ctx.page.url);
  return id ? { versionId: id } : {};
};

class InstallAssistant {
  readonly #spec;
  #options: AudienceOptions | null = null;
  /** The option that was selected before we changed it (for Undo). */
  #before: Audience | null = null;
  /** The admin chose another option, or pressed Undo: we never select again on this page. */
  #handsOff = false;
  #applied = false;
  /** The guide clicked an option and the page did not show it selected: it fills nothing more. */
  #notShown: Audience | null = null;
  #warnedMissing = false;
  #renders = 0;
  #button: ReturnType<typeof findInstallButton> = null;
  #reported = new Set<string>();
  #dialogTicked: Choice['text'] | null = null;
  /** The grant-access text was added to the page: look for its box until it shows. */
  #grantMentioned = false;
  #dialog: ThirdPartyDialog | null = null;
  #acknowledgement: Element | null = null;
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
  readonly #identifiedBy: Decided['identity']['by'];
  readonly #state: PageState | null;
  readonly #startedAt: number;

  constructor(
    ctx: PageContext,
    overlay: Overlay,
    key: PackageKey,
    decided: Decided,
    state: PageState | null,
    startedAt: number,
  ) {
    this.#startedAt = startedAt;
    this.#ctx = ctx;
    this.#overlay = overlay;
    this.#key = key;
    this.#facts = decided.facts;
    this.#identifiedBy = decided.identity.by;
    this.#state = state;
    this.#spec = PACKAGES[key];
  }

  start(): void {
    this.#showChosenLink();
    this.#showGuards();
    this.#update(EVERYTHING);
    this.#ctx.watch((changes) => this.#update(changes));
    for (const type of ['change', 'click'])
      document.addEventListener(type, this.#onAdmin, { capture: true, signal: this.#ctx.signal });
    // Options not there yet: once the page settles (or the give-up time since the page was
    // recognized runs out), one whole-page look, then say plainly what is missing.
    void waitForPage(
      this.#ctx,
      (settled) => (this.#options || this.#outcomeShown() ? true : settled ? false : null),
      {
        giveUpMs: Math.max(0, INSTALL_PAGE_GIVE_UP_MS - (performance.now() - this.#startedAt)),
        loading: () => isLoading(document),
      },
    ).then((found) => {
      if (found !== false || this.#ctx.signal.aborted) return;
      this.#update(EVERYTHING);
      if (!this.#options && !this.#outcomeShown()) this.#reportMissing();
    });
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
    // The options are searched for only when the page added elements: a full search per DOM
    // change would cost the admin's page on every re-render.
    const known =
      this.#options &&
      Object.values(this.#options).every(
        (o) => o.text.isConnected && (o.control?.isConnected ?? true),
      );
    const look = !known && (changes.all || changes.records.some((r) => r.addedNodes.length > 0));
    const found = look ? findAudienceOptions(document) : null;
    if (found?.ok) {
      // New option elements: first render, or the page re-rendered them (our choice is lost).
      const fresh = this.#options?.[want].text !== found.value[want].text;
      this.#options = found.value;
      if (
        fresh &&
        this.#autofill &&
        !this.#handsOff &&
        !this.#notShown &&
        this.#renders++ < MAX_REAPPLY
      )
        this.#apply();
    }
    this.#showAudience();
    this.#showDialog(changes, folded);
    this.#showAcknowledgement(changes);
  }

  #apply(byAdmin = false): void {
    const options = this.#options;
    if (!options) return;
    const want = this.#spec.audience;
    const current = chosenAudience(options);
    if (current === want) {
      this.#applied = true;
      return;
    }
    this.#before = current === 'none' ? null : current;
    choose(options[want]);
    this.#handsOff = false;
    this.#notShown = null;
    // The page may redraw the selection a moment after the click: check now, then once more.
    const verify = (last: boolean) => {
      if (this.#ctx.signal.aborted || this.#options !== options) return;
      if (isChosen(options[want]) === true) {
        this.#applied = true;
        this.#announce = t('installSelectedAnnounce', audienceLabel(want), this.#spec.title);
      } else if (!last) {
        setTimeout(() => verify(true), SELECTION_SHOWN_MS);
        return;
      } else {
        this.#notShown = want;
        this.#announce = t('installNotShownTitle', audienceLabel(want));
      }
      this.#audienceDrawn = [];
      this.#showAudience();
    };
    verify(false);
    if (byAdmin) this.#showAudience();
  }

  #undo(): void {
    const options = this.#options;
    if (!options) return;
    const back = this.#before ?? 'admins-only';
    choose(options[back]);
    this.#handsOff = true;
    this.#applied = false;
    this.#announce = t('installUndoneAnnounce', audienceLabel(back));
    this.#audienceDrawn = [];
    setTimeout(() => this.#showAudience(), SELECTION_SHOWN_MS);
    this.#showAudience();
  }

  /** A trusted click or change on one of the options is the admin's own choice: respect it. */
  #onAdmin = (event: Event) => {
    const options = this.#options;
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
        if (!this.#ctx.signal.aborted) this.#showAudience();
      }, delay);
  };

  #showAudience(): void {
    const options = this.#options;
    if (!options) return;
    const want = this.#spec.audience;
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
      this.#notShown,
      this.#autofill,
      this.#announce,
    ];
    if (
      drawnFrom.length === this.#audienceDrawn.length &&
      drawnFrom.every((value, i) => value === this.#audienceDrawn[i])
    )
      return;
    this.#audienceDrawn = drawnFrom;
    const right = current === want;
    const targets = Object.values(options).map((o) => o.text);
    const anchor = commonAncestor(targets) ?? options[want].text;
    const highlight = button && right ? [button.button] : [];
    const names = labels(document).installPage;
    const clickName = (button?.upgrade ? names.upgrade[0] : names.install[0]) ?? '';
    let model: CardModel;
    if (this.#notShown && !right) {
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
        body: [t('installCannotTell', audienceLabel(want), t(this.#spec.audienceWhy))],
      };
    } else if (right) {
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
      model = this.#wrongAudienceModel(current === 'none' ? null : current);
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
      { ...model, anchor, highlight: model.highlight ?? highlight, announce: this.#announce },
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
        upgradeFrom: this.#facts.upgradeFrom,
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

  /** The grant-access dialog: looked for once its text was added, re-read only when it changed. */
  #showDialog(changes: DomChanges, folded: string): void {
    if (changes.all || mentionsGrantAccess(document, folded)) this.#grantMentioned = true;
    const known = this.#dialog;
    const stale =
      !known ||
      changes.all ||
      !known.checkbox.text.isConnected ||
      !isShown(known.checkbox.text) ||
      !known.container.isConnected ||
      (known.continueButton !== null && !known.continueButton.isConnected);
    if (stale) {
      const grant = this.#grantMentioned ? findGrantAccess(document) : null;
      this.#dialog = grant ? thirdPartyDialog(grant) : null;
    }
    const dialog = this.#dialog;
    if (!dialog) {
      if (this.#dialogTicked) this.#overlay.remove('third-party');
      this.#dialogTicked = null;
      this.#dialogDrawn = [];
      return;
    }
    if (this.#dialogTicked !== dialog.checkbox.text) {
      this.#dialogTicked = dialog.checkbox.text;
      // An option the page would not show selected: the guide fills nothing more on this page.
      if (this.#autofill && !this.#notShown) {
        choose(dialog.checkbox);
        this.#announce = t('thirdPartyTickedAnnounce');
      }
    }
    const ticked = isChosen(dialog.checkbox) === true;
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
                run: () => {
                  choose(dialog.checkbox);
                  this.#dialogDrawn = [];
                  setTimeout(() => this.#showDialog({ all: false, records: [] }, ''), 0);
                },
              },
            ],
        anchor: dialog.container,
        highlight:
          ticked && dialog.continueButton
            ? [dialog.continueButton]
            : [dialog.checkbox.control ?? dialog.checkbox.text],
        announce: this.#announce,
      },
      this.#ctx.signal,
    );
  }

  /**
   * The non-Salesforce application acknowledgement is the admin's own statement: pointed out,
   * never ticked.
   */
  #showAcknowledgement(changes: DomChanges): void {
    if (this.#acknowledgement?.isConnected) return;
    if (!changes.all && !changes.records.some((r) => r.addedNodes.length > 0)) return;
    const found = findAcknowledgement(document);
    if (!found) return;
    this.#acknowledgement = found.text;
    this.#overlay.show(
      'acknowledgement',
      {
        tone: 'info',
        title: t('installAcknowledgeTitle'),
        body: [t('installAcknowledgeBody')],
        anchor: found.text,
        highlight: [found.box ?? found.text],
        announce: t('installAcknowledgeTitle'),
      },
      this.#ctx.signal,
    );
  }

  #showOutcome(outcome: Outcome): void {
    const id = `${outcome.stage}:${'message' in outcome ? outcome.message : ''}`;
    if (this.#reported.has(id)) return;
    this.#reported.add(id);
    for (const card of ['install', 'third-party', 'acknowledgement', 'identity'])
      this.#overlay.remove(card);
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
        identifiedBy: this.#identifiedBy,
        ...(this.#facts.version && { version: this.#facts.version }),
        ...(this.#facts.versionId && { versionId: this.#facts.versionId }),
        ...('message' in outcome && { message: outcome.message }),
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
    const found = findAudienceOptions(document);
    if (found.ok) return;
    void showNotFound(this.#ctx, 'install-page', t('whatInstallOptions'), found.missing, [
      ...Object.values(labels(document).installPage.audience),
    ]);
  }
}
