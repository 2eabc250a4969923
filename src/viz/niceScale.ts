// A linear scale from 0 to a "nice" maximum, with its ticks: what the cwnd chart's y axis and the
// waterfall's time axis need. Built on d3-array's `nice` and `ticks` (the same arithmetic
// d3-scale's scaleLinear().nice().ticks() uses) without d3-scale, whose interpolators pull
// d3-color and d3-format into every view (8.8 kB gzip) for what is one multiplication here.
import { nice, ticks } from 'd3';

/** A linear map of [0, max] onto [from, to], where max is the domain's top made nice. */
export interface NiceScale {
  /** The domain's top after rounding up to a tick. */
  max: number;
  /** The position of value `v` (the middle of the range when the domain is empty, as d3). */
  at(v: number): number;
  /** About `count` round values from 0 to max. */
  ticks: number[];
}

/** The scale of [0, top] onto [from, to], with the domain and about `count` ticks made nice. */
export function niceScale(top: number, from: number, to: number, count: number): NiceScale {
  const [, max] = nice(0, top, count);
  return {
    max,
    // d3's own interpolation, so positions match scaleLinear's to the last bit.
    at: (v) => {
      const t = max === 0 ? 0.5 : v / max;
      return from * (1 - t) + to * t;
    },
    ticks: ticks(0, max, count),
  };
}
