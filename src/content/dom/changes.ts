/**
 * What changed in a document since a recognizer last looked, as the shared watcher collected
 * it. Recognizers search these places instead of the whole document, so a Lightning re-render
 * far from what they look for costs them next to nothing.
 */
export interface DomChanges {
  /** Anything may have changed: the first look, or more changes than the watcher kept. */
  readonly all: boolean;
  readonly records: readonly MutationRecord[];
}

/** The first look at a page: everything is new. */
export const EVERYTHING: DomChanges = { all: true, records: [] };

/**
 * Where the page changed: elements added (and still in the page) and the parents of added or
 * edited text, without one that sits inside another of them.
 */
export function changedRoots(changes: DomChanges): Element[] {
  const found = new Set<Element>();
  const add = (element: Element | null) => {
    if (element?.isConnected) found.add(element);
  };
  for (const record of changes.records) {
    if (record.type === 'characterData') add(record.target.parentElement);
    else
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) add(node as Element);
        else if (node.nodeType === Node.TEXT_NODE) add(node.parentElement);
      }
  }
  return [...found].filter((element) => {
    for (let up = element.parentElement; up; up = up.parentElement) if (found.has(up)) return false;
    return true;
  });
}

/** Elements matching `selector` in `doc` (on the first look) or in what changed. */
export function matchingIn<T extends Element>(
  doc: Document,
  changes: DomChanges,
  selector: string,
): T[] {
  if (changes.all) return [...doc.querySelectorAll<T>(selector)];
  const out: T[] = [];
  for (const root of changedRoots(changes)) {
    if (root.matches(selector)) out.push(root as T);
    out.push(...root.querySelectorAll<T>(selector));
  }
  return out;
}

/** Whether anything changed inside `element` (or it left the page). */
export function changedWithin(changes: DomChanges, element: Node): boolean {
  if (changes.all || !element.isConnected) return true;
  return changes.records.some((record) => element.contains(record.target));
}
