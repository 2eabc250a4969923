// niceScale gives what d3-scale's scaleLinear().domain([0, top]).nice(n).range(r).ticks(n) gives.
import { scaleLinear } from 'd3';
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
          expect(ours.max).toBe(d3.domain()[1]);
          expect(ours.ticks).toEqual(d3.ticks(count));
          const v = frac * ours.max;
          expect(ours.at(v)).toBe(d3(v));
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

  it('an empty domain puts everything in the middle, as d3 does', () => {
    const s = niceScale(0, 0, 100, 4);
    expect(s.max).toBe(0);
    expect(s.at(0)).toBe(50);
    expect(s.ticks).toEqual([0]);
  });
});
