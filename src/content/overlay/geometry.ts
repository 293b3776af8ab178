/** Where to put the panel so it sits beside its anchor without covering it. Pure. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 12;
const MARGIN = 8;

export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/**
 * Where the panel goes: beside everything it points at (the anchor and the highlighted
 * controls), never on top of any of them — the admin must be able to click what we point at.
 */
export function placeBeside(
  targets: readonly Box[],
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  corner: 'bottom-left' | 'bottom-right' = 'bottom-right',
): { left: number; top: number } {
  const maxX = viewport.width - panel.width - MARGIN;
  const maxY = viewport.height - panel.height - MARGIN;
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, maxX));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, maxY));
  const corners = [
    { left: clampX(maxX), top: clampY(maxY) },
    { left: clampX(maxX), top: MARGIN },
    { left: MARGIN, top: clampY(maxY) },
    { left: MARGIN, top: MARGIN },
  ];
  const all = union(targets);
  if (!all)
    return (corner === 'bottom-left' ? corners[2] : corners[0]) as { left: number; top: number };
  const right = all.left + all.width;
  const bottom = all.top + all.height;
  const sides = [
    right + GAP + panel.width <= viewport.width - MARGIN && {
      left: right + GAP,
      top: clampY(all.top),
    },
    all.left - GAP - panel.width >= MARGIN && {
      left: all.left - GAP - panel.width,
      top: clampY(all.top),
    },
    bottom + GAP + panel.height <= viewport.height - MARGIN && {
      left: clampX(all.left),
      top: bottom + GAP,
    },
    all.top - GAP - panel.height >= MARGIN && {
      left: clampX(all.left),
      top: all.top - GAP - panel.height,
    },
  ].filter((p): p is { left: number; top: number } => Boolean(p));
  const free = (p: { left: number; top: number }) =>
    !targets.some((t) => overlaps({ ...p, width: panel.width, height: panel.height }, t));
  return sides.find(free) ?? corners.find(free) ?? (corners[0] as { left: number; top: number });
}

export function sameBox(a: Box | null, b: Box | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}

export function boxOf(element: Element): Box | null {
  if (!element.isConnected) return null;
  const r = element.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
