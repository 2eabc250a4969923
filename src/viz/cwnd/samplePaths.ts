// Step lines of the segments model's samples over time, decimated to the pixel grid: however many
// samples (100,000 and more), a path has at most 4 vertices per pixel column (typically 3: where
// the line arrives, the column's lowest and highest value), so the saw-tooth's peaks and troughs
// survive while the DOM stays small.
import type { CwndSample } from '../../engine/congestion/trace';

/** The time window drawn and its mapping to pixels. */
export interface TimeGeometry {
  /** Drawn time range (ms): samples before `from` are drawn from it, changes from `to` on not. */
  from: number;
  to: number;
  /** x pixel of `from`, and pixels per ms. */
  x0: number;
  pxPerMs: number;
  /** y pixel of a value (clamped near the plot top). */
  yOf: (v: number) => number;
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Index of the sample in force at `t`: the last one with sample.t ≤ t (0 when none is). */
export function sampleIndexAt(samples: readonly CwndSample[], t: number): number {
  let lo = 0;
  let hi = samples.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (samples[mid]!.t <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A step-after path ("M…H…V…") of `value` over the geometry's time window: each sample's value
 * holds until the next sample. Samples that share a pixel column become one vertical stroke over
 * their range that ends at the last one's value.
 */
export function sampleStepPath(
  samples: readonly CwndSample[],
  value: (s: CwndSample) => number,
  geo: TimeGeometry,
): string {
  const { from, to, x0, pxPerMs, yOf } = geo;
  const n = samples.length;
  if (n === 0 || to <= from) return '';
  let i = sampleIndexAt(samples, from);
  let yCur = r1(yOf(value(samples[i]!)));
  const parts: string[] = [`M${r1(x0)},${yCur}`];
  const column = (t: number): number => Math.floor(x0 + (t - from) * pxPerMs);
  for (i++; i < n;) {
    const first = samples[i]!;
    if (first.t >= to) break;
    const px = column(first.t);
    let lo = value(first);
    let hi = lo;
    let last = lo;
    let j = i + 1;
    for (; j < n; j++) {
      const s = samples[j]!;
      if (s.t >= to || column(s.t) !== px) break;
      last = value(s);
      if (last < lo) lo = last;
      if (last > hi) hi = last;
    }
    const ys =
      j === i + 1 ? [last] : last === hi ? [lo, hi] : last === lo ? [hi, lo] : [lo, hi, last];
    let moved = false;
    for (const v of ys) {
      const y = r1(yOf(v));
      if (y === yCur) continue;
      if (!moved) parts.push(`H${r1(x0 + (first.t - from) * pxPerMs)}`);
      moved = true;
      parts.push(`V${y}`);
      yCur = y;
    }
    i = j;
  }
  parts.push(`H${r1(x0 + (to - from) * pxPerMs)}`);
  return parts.join('');
}
