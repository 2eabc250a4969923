// The sequence diagram's vertical axis: a piecewise, monotone map from virtual time to y.
// Busy instants get one row per segment end (so a burst of segments sent at one instant is drawn
// as parallel arrows), short intervals scale linearly, long idle intervals become fixed breaks.

/** Tuning of the time → y map, in pixels. */
export interface AxisParams {
  /** y of the first instant. */
  top: number;
  /** Pixels per virtual millisecond for short intervals. */
  pxPerMs: number;
  /** Distance between two rows of one instant, and the least distance between two instants. */
  rowGap: number;
  /** An interval longer than this (at pxPerMs) is compressed. */
  gapThresholdPx: number;
  /** Height of a compressed interval with no segment in flight. */
  breakPx: number;
  /** Height of a compressed interval that a segment crosses (kept taller so arrows stay sloped). */
  inFlightCapPx: number;
  /** Space below the last row. */
  bottomPad: number;
}

/** One compressed interval between two consecutive instants. */
export interface AxisBreak {
  t1: number;
  t2: number;
  y1: number;
  y2: number;
  /** A segment was in flight across it (drawn without the band that cuts the lifelines). */
  inFlight: boolean;
}

/** The built axis: instants ascending, the y of each instant's first row, and the breaks. */
export interface TimeAxis {
  times: number[];
  ys: number[];
  rows: number[];
  rowGap: number;
  breaks: AxisBreak[];
  /** Total height (bottom of the last row plus padding). */
  height: number;
}

/**
 * Builds the axis from instants (ascending, with the rows each needs) and the [t1, t2] spans of
 * segments in flight, which decide whether an idle interval may shrink to a plain break.
 */
export function buildTimeAxis(
  times: number[],
  rows: number[],
  spans: readonly (readonly [number, number])[],
  p: AxisParams,
): TimeAxis {
  const n = times.length;
  // cover[i] > 0 ⇔ some segment is in flight between instants i and i + 1 (difference array).
  const cover = new Int32Array(n + 1);
  for (const [t1, t2] of spans) {
    const a = indexOfTime(times, t1);
    const b = indexOfTime(times, t2);
    if (a < 0 || b <= a) continue;
    cover[a]! += 1;
    cover[b]! -= 1;
  }
  const ys: number[] = new Array<number>(n);
  const breaks: AxisBreak[] = [];
  let y = p.top;
  let inFlight = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const t1 = times[i - 1] ?? 0;
      const t2 = times[i] ?? 0;
      const y1 = y + ((rows[i - 1] ?? 1) - 1) * p.rowGap;
      const natural = (t2 - t1) * p.pxPerMs;
      let sep = Math.max(natural, p.rowGap);
      if (natural > p.gapThresholdPx) {
        const crossed = inFlight > 0;
        sep = crossed ? Math.min(natural, p.inFlightCapPx) : p.breakPx;
        if (!crossed || natural > p.inFlightCapPx) {
          breaks.push({ t1, t2, y1, y2: y1 + sep, inFlight: crossed });
        }
      }
      y = y1 + sep;
    }
    ys[i] = y;
    inFlight += cover[i] ?? 0;
  }
  const lastRows = n > 0 ? (rows[n - 1] ?? 1) : 1;
  const height = (n > 0 ? y + (lastRows - 1) * p.rowGap : p.top) + p.bottomPad;
  return { times, ys, rows, rowGap: p.rowGap, breaks, height };
}

/** Index of `t` in ascending `times`, or −1 when absent (binary search). */
export function indexOfTime(times: readonly number[], t: number): number {
  const i = lastAtOrBefore(times, t);
  return i >= 0 && times[i] === t ? i : -1;
}

/** Largest i with `values[i] ≤ x` in an ascending array, or −1 (binary search). */
export function lastAtOrBefore(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** y of row `row` of the instant at time `t` (which must be an instant of the axis). */
export function yOfRow(axis: TimeAxis, t: number, row: number): number {
  const i = indexOfTime(axis.times, t);
  return (axis.ys[Math.max(0, i)] ?? 0) + row * axis.rowGap;
}

/**
 * y of any virtual time: the first row of an instant, or linear between the last row of one
 * instant and the next (so a time inside a break moves through the break evenly).
 */
export function yAtTime(axis: TimeAxis, t: number): number {
  const { times, ys, rows, rowGap } = axis;
  if (times.length === 0) return 0;
  const i = lastAtOrBefore(times, t);
  if (i < 0) return ys[0] ?? 0;
  const ti = times[i] ?? 0;
  const yi = ys[i] ?? 0;
  if (t === ti || i === times.length - 1) return yi;
  const from = yi + ((rows[i] ?? 1) - 1) * rowGap;
  const next = times[i + 1] ?? ti;
  return from + ((t - ti) / (next - ti)) * ((ys[i + 1] ?? from) - from);
}
