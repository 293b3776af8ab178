import type { PageUrl } from '../core/pages';
import type { TabAnswer } from '../core/protocol/answers';
import type { Failure } from '../core/protocol/errors';
import type { TabRequest } from '../core/protocol/requests';
import { createWatcher } from './dom/watch';
import type { Overlay } from './overlay/types';
import type { PageContext, PageDefinition } from './page';

interface Run {
  definition: PageDefinition;
  href: string;
  controller: AbortController;
}

/** Starts recognizers for the current URL and aborts the ones that stop matching. */
export class PageRunner {
  #runs = new Map<string, Run>();
  #frame = new AbortController();
  #overlayPromise: Promise<Overlay> | null = null;
  readonly #watch = createWatcher(document, this.#frame.signal);

  readonly #top: boolean;

  constructor(top: boolean) {
    this.#top = top;
  }

  run(page: PageUrl, matched: readonly PageDefinition[]): void {
    const href = page.url.href;
    for (const [id, run] of this.#runs) {
      if (run.href !== href || !matched.includes(run.definition)) {
        run.controller.abort();
        this.#runs.delete(id);
      }
    }
    for (const definition of matched) {
      if (this.#runs.has(definition.id)) continue;
      const controller = new AbortController();
      this.#runs.set(definition.id, { definition, href, controller });
      this.#start(definition, page, controller.signal);
    }
  }

  /** What runs in this frame and the cards it shows, for a page snapshot (./snapshot/). */
  async report(): Promise<{ recognized: string[]; cards: string[] }> {
    const overlay = await this.#overlayPromise?.catch(() => null);
    return { recognized: [...this.#runs.keys()], cards: overlay?.ids() ?? [] };
  }

  stop(): void {
    for (const run of this.#runs.values()) run.controller.abort();
    this.#runs.clear();
  }

  #start(definition: PageDefinition, page: PageUrl, signal: AbortSignal): void {
    const ctx: PageContext = {
      page,
      top: this.#top,
      signal,
      send: (message) => send(message),
      overlay: () => this.#overlay(),
      watch: (callback, until) =>
        this.#watch(callback, until ? AbortSignal.any([signal, until]) : signal),
    };
    // One recognizer's failure never breaks another, nor the admin's page.
    Promise.resolve()
      .then(() => definition.init(ctx))
      .catch((error) => console.warn(`[install guide] ${definition.id} failed`, error));
  }

  #overlay(): Promise<Overlay> {
    this.#overlayPromise ??= import('./overlay/mount').then((m) =>
      m.mountOverlay(this.#frame.signal),
    );
    return this.#overlayPromise;
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
