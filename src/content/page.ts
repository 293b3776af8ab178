/**
 * The contract every page feature fulfils: a file in ./features/ named `<page-id>.<concern>.ts`
 * (or `<page-id>.ts`) exporting `init(ctx)`, run when the page's URL predicate
 * (src/core/pages.ts) matches. The boot code (./boot.ts) gives each run an AbortSignal that is
 * aborted when the frame navigates away, so one mechanism tears down every listener, observer
 * and overlay card the feature started.
 */
import type { PageId, PageUrl } from '../core/pages';
import type { TabAnswer } from '../core/protocol/answers';
import type { TabRequest } from '../core/protocol/requests';
import type { DomChanges } from './dom/changes';
import type { Overlay } from './overlay/types';

export type { PageId } from '../core/pages';

export interface PageContext {
  /** The page the features run for: what messages and diagnostics name. */
  readonly pageId: PageId;
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
