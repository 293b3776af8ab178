/**
 * The contract every page recognizer fulfils (one file per Salesforce page in ./pages).
 * A recognizer declares where it runs and what it reads or fills; the boot code gives each run
 * an AbortSignal that is aborted when the frame navigates away, so one mechanism tears down
 * every listener, observer and overlay card the recognizer started.
 */
import type { PageUrl } from '../core/pages';
import type { TabAnswer } from '../core/protocol/answers';
import type { TabRequest } from '../core/protocol/requests';
import type { DomChanges } from './dom/changes';
import { loadLabels } from './labels/language';
import type { Overlay } from './overlay/types';

export type PageId =
  | 'install-page'
  | 'installed-packages'
  | 'cpq-settings'
  | 'remote-access-authorization'
  | 'user-detail'
  | 'setup-shell'
  | 'quote-to-cash-site';

export interface PageContext {
  readonly page: PageUrl;
  readonly top: boolean;
  readonly signal: AbortSignal;
  /** Sends to the worker; resolves null (and logs) when the worker cannot be reached. */
  send<M extends TabRequest>(message: M): Promise<TabAnswer<M> | null>;
  /** The overlay for this frame, loaded on first use. */
  overlay(): Promise<Overlay>;
  /**
   * Calls back after DOM mutations in this document (batched; backs off under storms), with
   * what changed since the last call; until the run ends, or `until` aborts.
   */
  watch(callback: (changes: DomChanges) => void, until?: AbortSignal): void;
}

export interface PageDefinition {
  id: PageId;
  /** Pure URL predicate (see src/core/pages.ts). */
  include: (page: PageUrl, top: boolean) => boolean;
  /** What the recognizer reads from the page, in words (documentation for maintainers, in English). */
  reads: readonly string[];
  /** Controls it may fill, in words. Commit buttons are never among them. */
  fills: readonly string[];
  init: (ctx: PageContext) => void | Promise<void>;
}

export const definePage = (definition: PageDefinition): PageDefinition => definition;

/**
 * An init whose code is loaded only when its page is recognized (keeps the entry small), along
 * with the page's Setup labels when they are not English, so `labels()` can answer synchronously.
 */
export function lazy(
  load: () => Promise<{ init: (ctx: PageContext) => void | Promise<void> }>,
): (ctx: PageContext) => Promise<void> {
  return async (ctx) => {
    const [{ init }] = await Promise.all([load(), loadLabels(document)]);
    return init(ctx);
  };
}
