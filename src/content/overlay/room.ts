/**
 * Room for a bottom-left panel beside a region it must not cover. Pure; imported only by the
 * features that need it, so pages without such a region do not load it.
 */
import type { Box } from './geometry';

/** Margin kept from the viewport's edge and from the region (as ./geometry.ts keeps). */
const MARGIN = 8;
/** Narrower than this, a checklist is a column of single words: no room. */
export const MIN_ROOM = 200;

/**
 * The widest a panel at the viewport's left edge can be and end before `region`, or null when
 * no narrowing is needed (no region, or none of it on screen) or there is no room (less than
 * MIN_ROOM: the panel keeps its own width).
 */
export function widthLeftOf(
  region: Box | null,
  viewport: { width: number; height: number },
): number | null {
  if (!region) return null;
  const onScreen =
    region.left < viewport.width &&
    region.left + region.width > 0 &&
    region.top < viewport.height &&
    region.top + region.height > 0;
  if (!onScreen) return null;
  const width = Math.floor(region.left) - 2 * MARGIN;
  return width >= MIN_ROOM ? width : null;
}
