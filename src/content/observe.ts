/**
 * Reporting what a page showed to the worker, the one envelope every feature sends: the page id
 * of the run, when it was seen and the page's URL (unless the fact names a URL of its own).
 */
import type { TabAnswer } from '../core/protocol/answers';
import type { ContentRequest } from '../core/protocol/requests';
import type { Observation } from '../core/schemas';
import type { PageContext } from './page';

/** An observation without its stamp; `url` only when it is not the page's own. */
export type Fact = Observation extends infer O
  ? O extends Observation
    ? Omit<O, 'seenAt' | 'url'> & { url?: string }
    : never
  : never;

/** Resolves the worker's answer, or null when it could not be reached or refused the message. */
export function observe(
  ctx: PageContext,
  fact: Fact,
): Promise<TabAnswer<Extract<ContentRequest, { type: 'observe' }>> | null> {
  return ctx.send({
    type: 'observe',
    page: ctx.pageId,
    observation: {
      seenAt: new Date().toISOString(),
      url: ctx.page.url.href,
      ...fact,
    } as Observation,
  });
}
