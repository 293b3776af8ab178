/**
 * One run of the install page, shared by its features (src/content/features/install-page.*.ts).
 * The worker's state, the overlay and the package are decided once per run, whichever feature
 * asks first; each feature then starts in one order (identity, guards, audience, grant access,
 * outcome: the order their cards appear in). What the features tell each other lives here (the
 * options found, an option the page would not show selected, an outcome shown), and one watch
 * of the page hands each batch of changes to them in a fixed order: the outcome first, because
 * after it the options and the dialog are gone or stale.
 */
import { installerVersionId } from '../../core/install-url';
import { type Audience, PACKAGES, type PackageKey } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { changedText, type DomChanges, EVERYTHING } from '../dom/changes';
import { labelFold } from '../dom/find';
import { labels } from '../labels';
import type { Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import type { AudienceOptions, InstallPageFacts } from '../read/install-page';
import { type Decided, decideIdentity, type Known } from './install-page.identity';
import { perRun } from './per-run';

/** The install page's concerns, in the order they start. */
const CONCERNS = ['identity', 'guards', 'audience', 'grant-access', 'outcome'] as const;
export type Concern = (typeof CONCERNS)[number];
/** The order each batch of page changes is looked at. */
const UPDATE_ORDER: readonly Concern[] = ['outcome', 'audience', 'grant-access'];

/** What the install page's features share once the package is known. */
export interface Decision {
  ctx: PageContext;
  decided: Decided;
  state: PageState | null;
  overlay: Overlay;
  /** When the page was recognized: the give-up times count from here. */
  startedAt: number;
}

/** A batch of page changes, and their text (folded) for the phrases features look for. */
export interface PageChange {
  changes: DomChanges;
  folded: string;
}

/** The security option as the page names it (the page's Setup language). */
export const audienceLabel = (a: Audience): string => labels(document).installPage.audience[a];

export class InstallRun {
  readonly key: PackageKey;
  readonly spec: (typeof PACKAGES)[PackageKey];
  readonly facts: InstallPageFacts;
  readonly identifiedBy: Known['by'];
  /** The security options, once found (./features/install-page.audience.ts). */
  options: AudienceOptions | null = null;
  /** The guide clicked an option and the page did not show it selected: it fills nothing more. */
  notShown: Audience | null = null;
  /** An outcome card is shown: the options and the dialog are not pointed at any more. */
  outcomeShown = false;
  /** An outcome phrase is in the page but not shown: look at the whole page until it is. */
  outcomePending = false;
  /** What the page's cards announce next (the audience and grant-access cards share it). */
  announce = '';
  #updates: [Concern, (change: PageChange) => void][] = [];
  #watching = false;

  constructor(
    readonly ctx: PageContext,
    readonly overlay: Overlay,
    readonly state: PageState | null,
    readonly startedAt: number,
    key: PackageKey,
    decided: Decided,
  ) {
    this.key = key;
    this.spec = PACKAGES[key];
    this.facts = decided.facts;
    this.identifiedBy = decided.identity.by;
  }

  get autofill(): boolean {
    return this.state?.settings.autofill ?? true;
  }

  /** Calls `update` with the whole page once the features have started, then after every change. */
  onChange(concern: Concern, update: (change: PageChange) => void): void {
    this.#updates.push([concern, update]);
    this.#updates.sort(([a], [b]) => UPDATE_ORDER.indexOf(a) - UPDATE_ORDER.indexOf(b));
    if (this.#watching) this.update(EVERYTHING);
  }

  /**
   * Runs on start and after every batch of DOM changes: cheap and idempotent. It looks only where
   * the page changed: a Lightning re-render elsewhere costs a glance at the records.
   */
  update(changes: DomChanges): void {
    const folded = labelFold(changedText(document, this.outcomePending ? EVERYTHING : changes));
    for (const [concern, update] of this.#updates) {
      if (concern !== 'outcome' && this.outcomeShown) return;
      update({ changes, folded });
    }
  }

  /** After every feature started: the first look, then one watch for all of them. */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    this.update(EVERYTHING);
    this.ctx.watch((changes) => this.update(changes));
  }
}

/** Asks the worker and loads the overlay at once: whatever the page shows, the guide says something. */
async function decide(ctx: PageContext): Promise<Decision | null> {
  const startedAt = performance.now();
  const [hello, overlay] = await Promise.all([
    ctx.send({ type: 'page:hello', page: ctx.pageId, ...versionIdOf(ctx) }),
    ctx.overlay(),
  ]);
  const state = hello?.state ?? null;
  if (ctx.signal.aborted) return null;
  const decided = await decideIdentity(ctx, overlay, state);
  if (!decided || ctx.signal.aborted) return null;
  return { ctx, decided, state, overlay, startedAt };
}

const versionIdOf = (ctx: PageContext) => {
  const id = installerVersionId(ctx.page.url);
  return id ? { versionId: id } : {};
};

const runs = new WeakMap<Decision, InstallRun | null>();

/** The run's shared state, once the package is known to be one of ours. */
function runOf(decision: Decision): InstallRun | null {
  let run = runs.get(decision);
  if (run !== undefined) return run;
  const { identity } = decision.decided;
  run =
    identity.kind === 'other'
      ? null
      : new InstallRun(
          decision.ctx,
          decision.overlay,
          decision.state,
          decision.startedAt,
          identity.package,
          decision.decided,
        );
  runs.set(decision, run);
  return run;
}

const join = perRun(CONCERNS, decide, (decision) => runOf(decision)?.watch());

/** Calls `start` once the package is decided, ours or not (the identity feature says which). */
export function whenDecided(ctx: PageContext, start: (decision: Decision) => void): void {
  join(ctx, 'identity', start);
}

/** Calls `start` once the package is decided and is one of ours; never for another package. */
export function whenOurs(
  ctx: PageContext,
  concern: Concern,
  start: (run: InstallRun) => void,
): void {
  join(ctx, concern, (decision) => {
    const run = runOf(decision);
    if (run) start(run);
  });
}
