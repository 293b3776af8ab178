import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_ROOM, widthLeftOf } from '../../src/content/overlay/room';

const VIEWPORT = { width: 1280, height: 800 };
/** The Lightning Setup shell's framed Classic page as the replica lays it out at 1280 × 800. */
const FRAMED = { left: 279, top: 180.15625, width: 989, height: 684 };

describe('widthLeftOf: the room for a bottom-left panel beside a region it must not cover', () => {
  it("is the Setup tree's column left of a framed page, less 8 px each side", () => {
    expect(widthLeftOf(FRAMED, VIEWPORT)).toBe(263);
  });

  it('is null with no region, a region off screen, or less than MIN_ROOM left of it', () => {
    expect(widthLeftOf(null, VIEWPORT)).toBeNull();
    expect(widthLeftOf({ ...FRAMED, top: 800 }, VIEWPORT)).toBeNull();
    expect(widthLeftOf({ ...FRAMED, left: 1280 }, VIEWPORT)).toBeNull();
    expect(widthLeftOf({ ...FRAMED, left: MIN_ROOM + 15 }, VIEWPORT)).toBeNull();
    expect(widthLeftOf({ ...FRAMED, left: MIN_ROOM + 16 }, VIEWPORT)).toBe(MIN_ROOM);
  });

  it('a panel 8 px from the left edge that wide ends 8 px before the region', () => {
    const region = fc.record({
      left: fc.double({ min: -500, max: 1500, noNaN: true }),
      top: fc.double({ min: -500, max: 1000, noNaN: true }),
      width: fc.double({ min: 1, max: 1500, noNaN: true }),
      height: fc.double({ min: 1, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(region, (r) => {
        const width = widthLeftOf(r, VIEWPORT);
        if (width === null) return;
        expect(width).toBeGreaterThanOrEqual(MIN_ROOM);
        expect(8 + width + 8).toBeLessThanOrEqual(r.left);
      }),
    );
  });
});
