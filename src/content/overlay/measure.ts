/**
 * Where the cards' anchors and highlighted elements are. Reading a rectangle while the admin's
 * page has pending layout work forces that layout right away, inside our script; under a
 * Lightning re-render storm that is most of what the overlay costs. So only a change of what
 * we point at is measured at once; scrolls and the periodic check ask an IntersectionObserver,
 * whose first report carries each target's rectangle as the browser's own rendering step laid
 * it out (no forced layout).
 */
import { type Box, boxOf, sameBox } from './geometry';
import type { CardModel } from './types';

export interface Geometry {
  /** Boxes of every anchor: the panel must not cover them. */
  anchors: Box[];
  rings: Box[];
  viewport: { width: number; height: number };
}

/** The elements measured for `cards`, anchors first, in card order. */
export function targetsOf(cards: readonly CardModel[]): { anchors: Element[]; rings: Element[] } {
  return {
    anchors: cards.flatMap((card) => (card.anchor ? [card.anchor] : [])),
    rings: cards.flatMap((card) => card.highlight ?? []),
  };
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

/** Measures now (may force a layout of the page: only when what we point at changed). */
export function measureNow(cards: readonly CardModel[]): Geometry {
  const { anchors, rings } = targetsOf(cards);
  const boxes = (elements: Element[]) => elements.flatMap((element) => boxOf(element) ?? []);
  return { anchors: boxes(anchors), rings: boxes(rings), viewport: viewport() };
}

/**
 * Measures at the browser's next rendering step, without forcing layout; calls `done` once.
 * Returns a cancel function.
 */
export function measureLater(
  cards: readonly CardModel[],
  done: (geometry: Geometry) => void,
): () => void {
  const { anchors, rings } = targetsOf(cards);
  const all = [...new Set([...anchors, ...rings])];
  if (all.length === 0) {
    const timer = setTimeout(() => done({ anchors: [], rings: [], viewport: viewport() }));
    return () => clearTimeout(timer);
  }
  const observer = new IntersectionObserver((entries) => {
    observer.disconnect();
    const seen = new Map<Element, Box | null>();
    for (const entry of entries) {
      const r = entry.boundingClientRect;
      const empty = !entry.target.isConnected || (r.width === 0 && r.height === 0);
      seen.set(
        entry.target,
        empty ? null : { left: r.left, top: r.top, width: r.width, height: r.height },
      );
    }
    // An element reported twice in one batch: its latest entry wins (Map.set order).
    const boxes = (elements: Element[]) => elements.flatMap((element) => seen.get(element) ?? []);
    done({ anchors: boxes(anchors), rings: boxes(rings), viewport: viewport() });
  });
  for (const element of all) observer.observe(element);
  return () => observer.disconnect();
}

export function sameGeometry(a: Geometry, b: Geometry): boolean {
  const sameList = (x: Box[], y: Box[]) =>
    x.length === y.length && x.every((box, i) => sameBox(box, y[i] ?? null));
  return (
    sameList(a.anchors, b.anchors) &&
    sameList(a.rings, b.rings) &&
    a.viewport.width === b.viewport.width &&
    a.viewport.height === b.viewport.height
  );
}

export function sameTargets(a: readonly CardModel[], b: readonly CardModel[]): boolean {
  const x = targetsOf(a);
  const y = targetsOf(b);
  const sameList = (p: Element[], q: Element[]) =>
    p.length === q.length && p.every((element, i) => element === q[i]);
  return sameList(x.anchors, y.anchors) && sameList(x.rings, y.rings);
}
