/**
 * What changed in a document since a recognizer last looked, as the shared watcher collected
 * it. Recognizers search what was added instead of the whole document, so a Lightning
 * re-render far from what they look for costs them little. Under a storm there are thousands
 * of records per call: each is visited once, with no per-record DOM walks.
 */
export interface DomChanges {
  /** Anything may have changed: the first look, or more changes than the watcher kept. */
  readonly all: boolean;
  readonly records: readonly MutationRecord[];
}

/** The first look at a page: everything is new. */
export const EVERYTHING: DomChanges = { all: true, records: [] };

interface Digest {
  elements: Element[];
  texts: string[];
}

/** Several recognizers may read the same changes: each is digested once. */
const digests = new WeakMap<DomChanges, Digest>();

function digest(changes: DomChanges): Digest {
  const known = digests.get(changes);
  if (known) return known;
  const elements: Element[] = [];
  const texts: string[] = [];
  for (const record of changes.records) {
    for (const node of record.addedNodes) {
      if (!node.isConnected) continue;
      if (node.nodeType === Node.ELEMENT_NODE) elements.push(node as Element);
      else if (node.nodeType === Node.TEXT_NODE) texts.push((node as Text).data);
    }
  }
  const result = { elements, texts };
  digests.set(changes, result);
  return result;
}

/** Elements added (and still in the page) since the last look. */
export const addedElements = (changes: DomChanges): readonly Element[] => digest(changes).elements;

/** The text added since the last look, or the whole page's on the first look. */
export function changedText(doc: Document, changes: DomChanges): string {
  if (changes.all) return doc.body?.textContent ?? '';
  const { elements, texts } = digest(changes);
  return [...elements.map((element) => element.textContent), ...texts].join('\n');
}

/** Elements matching `selector` in `doc` (on the first look) or in what was added. */
export function matchingIn<T extends Element>(
  doc: Document,
  changes: DomChanges,
  selector: string,
): T[] {
  if (changes.all) return [...doc.querySelectorAll<T>(selector)];
  const out = new Set<T>();
  for (const root of addedElements(changes)) {
    if (root.matches(selector)) out.add(root as T);
    for (const element of root.querySelectorAll<T>(selector)) out.add(element);
  }
  return [...out];
}
