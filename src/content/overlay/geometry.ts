/** Where to put the panel so it sits beside its anchor without covering it. Pure. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 12;
const MARGIN = 8;

export function placeBeside(
  anchor: Box | null,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const clampX = (x: number) =>
    Math.max(MARGIN, Math.min(x, viewport.width - panel.width - MARGIN));
  const clampY = (y: number) =>
    Math.max(MARGIN, Math.min(y, viewport.height - panel.height - MARGIN));
  if (!anchor) {
    return { left: clampX(viewport.width - panel.width), top: clampY(viewport.height) };
  }
  const right = anchor.left + anchor.width;
  const bottom = anchor.top + anchor.height;
  if (right + GAP + panel.width <= viewport.width - MARGIN) {
    return { left: right + GAP, top: clampY(anchor.top) };
  }
  if (anchor.left - GAP - panel.width >= MARGIN) {
    return { left: anchor.left - GAP - panel.width, top: clampY(anchor.top) };
  }
  if (bottom + GAP + panel.height <= viewport.height - MARGIN) {
    return { left: clampX(anchor.left), top: bottom + GAP };
  }
  if (anchor.top - GAP - panel.height >= MARGIN) {
    return { left: clampX(anchor.left), top: anchor.top - GAP - panel.height };
  }
  // No side has room (a huge anchor): the bottom-right corner.
  return { left: clampX(viewport.width - panel.width), top: clampY(viewport.height) };
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
