// SVG path data of the capture charts: step lines and bars, one <path> per series whatever the
// number of segments. Long series are decimated per pixel column: a step line keeps, in each
// column, its first, lowest, highest and last value in time order (M4), and bars become one
// vertical line from the lowest to the highest byte sent in that column; so the drawing is the
// same at that resolution, extremes included, with O(pixels) vertices. Pure; runs in Node.

/** Maps a time (ms) and a value (bytes) to pixels. */
export interface PathScales {
  x: (t: number) => number;
  y: (v: number) => number;
  /** The plot's x range: lines start at `left` (the value carried in) and stop at `right`. */
  left: number;
  right: number;
}

export const r1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * A step-after line through items [i0, i1) of a series sorted by time: `carry` (the value in
 * force before the first item, or null) from `left`, a vertex where the value changes, and the
 * last value held until `until` (px, at most `right`). Items sharing a pixel column keep their
 * first, lowest, highest and last values, in time order.
 */
export function stepLinePath<T>(
  items: readonly T[],
  i0: number,
  i1: number,
  time: (item: T) => number,
  value: (item: T) => number,
  carry: number | null,
  s: PathScales,
  until: number,
): string {
  const parts: string[] = [];
  let started = false;
  let lastY = NaN;
  const vertex = (y: number) => {
    const ry = r1(y);
    if (ry !== lastY) parts.push(`V${ry}`);
    lastY = ry;
  };
  if (carry !== null) {
    lastY = r1(s.y(carry));
    parts.push(`M${r1(s.left)},${lastY}`);
    started = true;
  }
  let i = i0;
  while (i < i1) {
    const x = Math.min(s.right, Math.max(s.left, s.x(time(items[i]!))));
    const col = Math.floor(x);
    // The run of items in this pixel column: first, lowest, highest, last (by index).
    let lo = i;
    let hi = i;
    let end = i;
    while (end + 1 < i1) {
      const nx = Math.min(s.right, Math.max(s.left, s.x(time(items[end + 1]!))));
      if (Math.floor(nx) !== col) break;
      end++;
      if (value(items[end]!) < value(items[lo]!)) lo = end;
      if (value(items[end]!) > value(items[hi]!)) hi = end;
    }
    const rx = r1(x);
    if (!started) {
      lastY = r1(s.y(value(items[i]!)));
      parts.push(`M${rx},${lastY}`);
      started = true;
    } else parts.push(`H${rx}`);
    const keep = [...new Set([i, Math.min(lo, hi), Math.max(lo, hi), end])];
    for (const k of keep) vertex(s.y(value(items[k]!)));
    i = end + 1;
  }
  if (started) parts.push(`H${r1(Math.min(s.right, until))}`);
  return parts.join('');
}

/** A bar's extent in bytes, at a time. */
export interface Bar {
  t: number;
  lo: number;
  hi: number;
}

/** Bars at least this tall (px), so a one-byte segment still shows. */
const MIN_BAR = 1.5;
/** Serif half-width of an exact bar (px): the "I" of tcptrace's segments. */
const SERIF = 2;

/** One exact bar per item: a vertical line lo..hi with serifs at both ends. */
export function barsPath<T>(items: readonly T[], bar: (item: T) => Bar, s: PathScales): string {
  const parts: string[] = [];
  for (const item of items) {
    const b = bar(item);
    const x = r1(s.x(b.t));
    const [y1, y2] = span(s.y(b.lo), s.y(b.hi));
    parts.push(
      `M${x},${y1}V${y2}M${r1(x - SERIF)},${y1}h${2 * SERIF}M${r1(x - SERIF)},${y2}h${2 * SERIF}`,
    );
  }
  return parts.join('');
}

/** Bars merged per pixel column: one line from the lowest to the highest byte in the column. */
export function columnBarsPath<T>(
  items: readonly T[],
  bar: (item: T) => Bar,
  s: PathScales,
): string {
  const parts: string[] = [];
  let col = NaN;
  let lo = 0;
  let hi = 0;
  let x = 0;
  const flush = () => {
    if (Number.isNaN(col)) return;
    const [y1, y2] = span(s.y(lo), s.y(hi));
    parts.push(`M${r1(x)},${y1}V${y2}`);
  };
  for (const item of items) {
    const b = bar(item);
    const bx = s.x(b.t);
    const c = Math.floor(bx);
    if (c !== col) {
      flush();
      col = c;
      x = c + 0.5;
      lo = b.lo;
      hi = b.hi;
    } else {
      if (b.lo < lo) lo = b.lo;
      if (b.hi > hi) hi = b.hi;
    }
  }
  flush();
  return parts.join('');
}

/** Pixel ends of a bar from y(lo) (bottom) to y(hi) (top), at least MIN_BAR apart. */
function span(yLo: number, yHi: number): [number, number] {
  if (yLo - yHi >= MIN_BAR) return [r1(yLo), r1(yHi)];
  const mid = (yLo + yHi) / 2;
  return [r1(mid + MIN_BAR / 2), r1(mid - MIN_BAR / 2)];
}

/** The marker shapes: retransmissions differ from new data by shape as well as colour. */
export type MarkShape = 'diamond' | 'triangle' | 'ring';

/** One closed marker of `shape` centred at (x, y), radius r. */
export function markPath(shape: MarkShape, x: number, y: number, r: number): string {
  const [cx, cy] = [r1(x), r1(y)];
  if (shape === 'diamond') return `M${cx},${r1(cy - r)}l${r},${r}l${-r},${r}l${-r},${-r}z`;
  if (shape === 'triangle') {
    const w = r1(r * 0.95);
    return `M${cx},${r1(cy - r)}l${w},${r1(r * 1.65)}h${r1(-2 * w)}z`;
  }
  return `M${r1(cx - r)},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

/**
 * Markers at the given points, at most one per `gap`×`gap` px cell (the first in it): a
 * zoomed-out view of thousands of retransmissions draws O(pixels) markers, never fewer than one
 * where there is one.
 */
export function marksPath(
  points: readonly { x: number; y: number }[],
  shape: MarkShape,
  r: number,
  gap: number,
): string {
  const parts: string[] = [];
  const taken = new Set<number>();
  for (const p of points) {
    const cell = Math.floor(p.x / gap) * 1e6 + Math.floor(p.y / gap);
    if (taken.has(cell)) continue;
    taken.add(cell);
    parts.push(markPath(shape, p.x, p.y, r));
  }
  return parts.join('');
}
