/**
 * What a page reader answers: either the page part was found (its data, possibly empty lists,
 * and the elements a feature may mark), or it was not, with the visible text the reader looked
 * for, so the guide can say plainly what it could not find. "Not found" is never an empty list.
 */
export type ReadResult<Data, Elements> =
  | { found: true; data: Data; elements: Elements }
  | { found: false; missing: string };

export const notFound = (missing: string): { found: false; missing: string } => ({
  found: false,
  missing,
});
