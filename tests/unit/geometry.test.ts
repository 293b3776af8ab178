import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, MIN_STRIP, stripBeside } from '../../src/content/overlay/geometry';

const VIEWPORT = { width: 1280, height: 800 };
/** The Lightning Setup shell's framed Classic page as the replica lays it out at 1280 × 800. */
const FRAMED: Box = { left: 279, top: 180, width: 989, height: 684 };

describe('stripBeside: where a panel sits beside a region it must not cover', () => {
  it('is the column left of a framed page for a bottom-left panel, inside 8 px margins', () => {
    expect(stripBeside([FRAMED], VIEWPORT, 'bottom-left')).toEqual({ left: 8, width: 263 });
  });

  it('takes the other side when the corner side is too narrow', () => {
    const onTheLeft = { left: 0, top: 100, width: 900, height: 700 };
    expect(stripBeside([onTheLeft], VIEWPORT, 'bottom-left')).toEqual({ left: 908, width: 364 });
  });

  it('is null with nothing to avoid, a region off screen, or no side wide enough', () => {
    expect(stripBeside([], VIEWPORT, 'bottom-left')).toBeNull();
    expect(stripBeside([{ ...FRAMED, top: 900 }], VIEWPORT, 'bottom-left')).toBeNull();
    const wide = { left: 100, top: 0, width: 1100, height: 800 };
    expect(stripBeside([wide], VIEWPORT, 'bottom-left')).toBeNull();
  });

  it('never overlaps the region, stays in the viewport and is at least MIN_STRIP wide', () => {
    const box = fc.record({
      left: fc.integer({ min: -500, max: 1500 }),
      top: fc.integer({ min: -500, max: 1000 }),
      width: fc.integer({ min: 1, max: 1500 }),
      height: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(
        box,
        fc.constantFrom('bottom-left', 'bottom-right' as const),
        (region, corner) => {
          const strip = stripBeside([region], VIEWPORT, corner);
          if (!strip) return;
          expect(strip.width).toBeGreaterThanOrEqual(MIN_STRIP);
          expect(strip.left).toBeGreaterThanOrEqual(0);
          expect(strip.left + strip.width).toBeLessThanOrEqual(VIEWPORT.width);
          const apart =
            strip.left + strip.width <= region.left || strip.left >= region.left + region.width;
          expect(apart).toBe(true);
        },
      ),
    );
  });
});
