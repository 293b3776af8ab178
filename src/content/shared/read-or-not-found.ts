/**
 * The opening of a configuration feature whose page part must be there: wait for its reader
 * (waitForRead), and when the settled page still lacks it, show the "could not find" card.
 * Resolves the found read, or null when there is nothing more to do (card shown, run ended).
 */
import { showNotFound } from '../diagnostic';
import type { ReadResult } from '../dom/read-result';
import { waitForRead } from '../dom/settle';
import type { PageContext } from '../page';

/** showNotFound's words; `missing` defaults to what the reader says it looked for. */
export interface NotFoundCard {
  what: string;
  missing?: readonly string[];
  lookedFor: readonly string[];
}

export async function readOrShowNotFound<Data, Elements>(
  ctx: PageContext,
  read: () => ReadResult<Data, Elements>,
  giveUpMs: number,
  card: NotFoundCard,
): Promise<{ data: Data; elements: Elements } | null> {
  const result = await waitForRead(ctx, read, giveUpMs);
  if (!result || ctx.signal.aborted) return null;
  if (!result.found) {
    await showNotFound(ctx, card.what, card.missing ?? [result.missing], card.lookedFor);
    return null;
  }
  return result;
}
