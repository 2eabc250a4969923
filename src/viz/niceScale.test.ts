// niceScale gives what d3-scale's scaleLinear().domain([0, top]).nice(n).range(r).ticks(n) gives.
import { scaleLinear, tickIncrement } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceScale } from './niceScale';

describe('niceScale', () => {
  it('matches scaleLinear with nice(): the top, the ticks and every position', () => {
    fc.assert(
      fc.property(
        // Our domains: segments and milliseconds (d3-scale gives up niceing after 10 rounds, d3-array
        // does not, which differs only for tops far below any we draw).
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (top, count, from, to, frac) => {
          const d3 = scaleLinear().domain([0, top]).range([from, to]).nice(count);
          const ours = niceScale(top, from, to, count);
          if (tickIncrement(0, top, count) < 0) {
            // Ticks finer than 1: d3-scale 4 rounds with floor(top × −step) / −step, and the float
            // error can push a top already on a tick one tick up (0.55 by 0.01 → 0.56 → 0.58);
            // d3-array's nice corrects for it. Ours is then the tighter of the two, never looser.
            expect(ours.max).toBeGreaterThanOrEqual(top);
            expect(ours.max).toBeLessThanOrEqual(d3.domain()[1]!);
            expect(ours.ticks.at(-1)!).toBeCloseTo(ours.max, 9);
          } else {
            expect(ours.max).toBe(d3.domain()[1]);
            expect(ours.ticks).toEqual(d3.ticks(count));
            const v = frac * ours.max;
            expect(ours.at(v)).toBe(d3(v));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rounds the top up to a tick and maps the ends of the domain onto the range', () => {
    const s = niceScale(937, 300, 10, 5);
    expect(s.max).toBe(1000);
    expect(s.ticks).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(s.at(0)).toBe(300);
    expect(s.at(1000)).toBe(10);
    expect(s.at(500)).toBe(155);
  });

  it('keeps a top that is already on a fine tick (where d3-scale 4 rounds one tick up)', () => {
    const s = niceScale(0.55, 0, 100, 39);
    expect(s.max).toBe(0.55);
    expect(s.ticks).toHaveLength(56);
    expect(s.at(0.55)).toBe(100);
  });

  it('an empty domain puts everything in the middle, as d3 does', () => {
    const s = niceScale(0, 0, 100, 4);
    expect(s.max).toBe(0);
    expect(s.at(0)).toBe(50);
    expect(s.ticks).toEqual([0]);
  });
});
