import type { PageId, PageUrl } from '../core/pages';
import type { TabAnswer } from '../core/protocol/answers';
import type { Failure } from '../core/protocol/errors';
import type { TabRequest } from '../core/protocol/requests';
import { createWatcher } from './dom/watch';
import { loadLabels } from './labels/language';
import type { Overlay } from './overlay/types';
import type { PageContext } from './page';

/** A page feature: one file in ./features/ (see ./page.ts). */
export interface Feature {
  init(ctx: PageContext): void | Promise<void>;
}

/**
 * Every feature file, each loaded only when its page is recognized (keeps the entry small). The
 * page id is the file name up to its first dot: `install-page.audience.ts` is an `install-page`
 * feature (tests/unit/features.test.ts checks every page has one and every file names a page).
 */
const FEATURES = import.meta.glob<Feature>('./features/*.ts');

/** `./features/install-page.audience.ts` → `install-page`. */
export const pageIdOf = (path: string): string =>
  (path.slice(path.lastIndexOf('/') + 1).split('.')[0] ?? '').replace(/\.ts$/, '');

interface Run {
  href: string;
  controller: AbortController;
}

/** Starts the features of the pages the URL matches, and aborts those of pages it stops matching. */
export class PageRunner {
  #runs = new Map<PageId, Run>();
  #frame = new AbortController();
  #overlayPromise: Promise<Overlay> | null = null;
  readonly #watch = createWatcher(document, this.#frame.signal);

  readonly #top: boolean;

  constructor(top: boolean) {
    this.#top = top;
  }

  run(page: PageUrl, matched: readonly PageId[]): void {
    const href = page.url.href;
    for (const [id, run] of this.#runs) {
      if (run.href !== href || !matched.includes(id)) {
        run.controller.abort();
        this.#runs.delete(id);
      }
    }
    for (const id of matched) {
      if (this.#runs.has(id)) continue;
      const controller = new AbortController();
      this.#runs.set(id, { href, controller });
      void this.#start(id, page, controller.signal);
    }
  }

  /** What runs in this frame and the cards it shows, for a page snapshot (./snapshot/). */
  async report(): Promise<{ recognized: string[]; cards: string[]; host: Element | null }> {
    const overlay = await this.#overlayPromise?.catch(() => null);
    return {
      recognized: [...this.#runs.keys()],
      cards: overlay?.ids() ?? [],
      host: overlay?.host ?? null,
    };
  }

  stop(): void {
    for (const run of this.#runs.values()) run.controller.abort();
    this.#runs.clear();
  }

  async #start(pageId: PageId, page: PageUrl, signal: AbortSignal): Promise<void> {
    const ctx: PageContext = {
      pageId,
      page,
      top: this.#top,
      signal,
      send: (message) => send(message),
      overlay: () => this.#overlay(),
      watch: (callback, until) =>
        this.#watch(callback, until ? AbortSignal.any([signal, until]) : signal),
    };
    const loaders = Object.entries(FEATURES).filter(([path]) => pageIdOf(path) === pageId);
    await startFeatures(ctx, Object.fromEntries(loaders));
  }

  #overlay(): Promise<Overlay> {
    this.#overlayPromise ??= import('./overlay/mount').then((m) =>
      m.mountOverlay(this.#frame.signal),
    );
    return this.#overlayPromise;
  }
}

/**
 * Loads all of a page's features, and its Setup labels when they are not English (so `labels()`
 * answers synchronously), before starting any: they start in one order, file-name order. One
 * feature's failure never breaks another, nor the admin's page.
 */
export async function startFeatures(
  ctx: PageContext,
  loaders: Record<string, () => Promise<Feature>>,
): Promise<void> {
  const [features] = await Promise.all([
    Promise.all(
      Object.entries(loaders).map(([path, load]) =>
        load().then(
          (feature) => ({ path, feature }),
          (error) => {
            console.warn(`[install guide] ${path} did not load`, error);
            return null;
          },
        ),
      ),
    ),
    loadLabels(document),
  ]);
  if (ctx.signal.aborted) return;
  for (const entry of features) {
    if (!entry) continue;
    Promise.resolve()
      .then(() => entry.feature.init(ctx))
      .catch((error) => console.warn(`[install guide] ${entry.path} failed`, error));
  }
}

/**
 * The page snapshot card (./snapshot/snapshot-card.ts) of a "could not find" card. Loaded from here: an
 * `import()` in another chunk would make the entry export Vite's preload helper (vite.config.ts).
 */
export const offerSnapshot = (ctx: PageContext): Promise<void> =>
  import('./snapshot/snapshot-card').then((m) => m.offerSnapshot(ctx));

/** Attempts after the first when the worker goes away mid-message (Chrome stops idle workers). */
const RETRY_DELAYS_MS = [200, 600, 1500];

async function send<M extends TabRequest>(message: M): Promise<TabAnswer<M> | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = (await chrome.runtime.sendMessage(message)) as
        | TabAnswer<M>
        | Failure
        | undefined;
      if (response === undefined) throw new Error('no response');
      if (response && typeof response === 'object' && 'error' in response) {
        console.warn('[install guide] the extension refused a message:', response.error);
        return null;
      }
      return response as TabAnswer<M>;
    } catch (error) {
      // Reloaded or removed under this page: the worker is gone for good here.
      const gone = String(error).includes('context invalidated');
      const delay = RETRY_DELAYS_MS[attempt];
      if (gone || delay === undefined) {
        console.warn('[install guide] cannot reach the extension', error);
        return null;
      }
      // A stopped worker restarts on the next message; the reducer makes a repeat harmless.
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
