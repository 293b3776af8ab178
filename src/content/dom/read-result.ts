/**
 * What a page reader answers: either the page part was found (its data, possibly empty lists,
 * and the elements a feature may mark), or it was not, with the visible text the reader looked
 * for, so the guide can say plainly what it could not find. "Not found" is never an empty list:
 * a list whose rows hold text the reader cannot read (no column it knows) is not found `within`
 * that list (its title or column), never read as holding nothing.
 */
export type ReadResult<Data, Elements> = { found: true; data: Data; elements: Elements } | NotFound;

export interface NotFound {
  found: false;
  /** the visible text looked for (with `within`: what its rows lacked) */
  missing: string;
  /** the list (its title or column) that was found but whose rows could not be read */
  within?: string;
}

export const notFound = (missing: string, within?: string): NotFound =>
  within === undefined ? { found: false, missing } : { found: false, missing, within };
