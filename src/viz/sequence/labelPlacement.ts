// Where each arrow's label goes so that no two labels touch: a greedy pass in arrow order, once
// per layout. Each label is tried in its fullest form at a few spots along its own arrow (the usual
// one near the sender first, then 50 %, 35 %, 65 %, 20 %, 80 % of the way, then a sweep), then in
// shorter forms, and is left out when no spot is free. Labels are boxes turned along their arrows,
// tested exactly (separating axes) against the boxes already placed near them, found through
// buckets over y: O(n · candidates · neighbours), with no allocation per candidate.
import { LABEL_BASELINE, LABEL_PX, SMALL_PX, SUB_BASELINE, textBand } from './labelMetrics';

/**
 * One arrow to label. The caller fills one such object per arrow in turn (it is reused): the line
 * from the sender, how far the label may reach, and the widths of the label's forms.
 */
export interface LabelRequest {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** How far from the sender (px along the line) the label may extend: past a lost arrow's ✕. */
  reach: number;
  /** How many forms the label has (at most {@link MAX_FORMS}). */
  forms: number;
  /** Width (px) of each form's line above the arrow, fullest form first. */
  main: Float64Array;
  /** Width of each form's second line, below the arrow (0: none). */
  sub: Float64Array;
}

/** Most forms a label can have. */
export const MAX_FORMS = 3;

/** Where a label went (reused between calls of `place`). */
export interface LabelSpot {
  /** Index of the form drawn, or −1 when the label is left out. */
  form: number;
  /** The anchor's distance from the sender along the line: where the label starts. */
  offset: number;
  /** Vertical extent of the boxes placed (the line's own when left out). */
  top: number;
  bottom: number;
}

/** An upright rectangle labels keep clear of (a note written between the lifelines). */
export interface Obstacle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where labels may go: between the lifelines, below the header, above the bottom. */
export interface PlacementBounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Spacing rules, in px. */
export const PLACEMENT = {
  /** The usual spot: the label starts this far from the sender. */
  preferred: 48,
  /** Nearest a label starts to the sender's lifeline, and ends to the arrowhead. */
  startMargin: 8,
  endMargin: 4,
  /** Half the clear space kept around every label: the text's halo (views.css) is 4 px wide. */
  pad: 2,
  /** Other spots tried, as the label centre's fraction of the arrow. */
  fractions: [0.5, 0.35, 0.65, 0.2, 0.8],
  /** Then a sweep from the sender's end to the far end, in this many steps. */
  sweep: 12,
  bucketPx: 48,
} as const;

const MAIN_BAND = textBand(LABEL_BASELINE, LABEL_PX);
const SUB_BAND = textBand(SUB_BASELINE, SMALL_PX);
/** Fields per box: centre (2), unit axis along the text (2), half extents (2), bounding box (4). */
const F = 10;
const CANDIDATES = 1 + PLACEMENT.fractions.length + PLACEMENT.sweep + 1;

/**
 * Boxes placed so far, bucketed by y. Each bucket is a linked list kept in typed arrays (a box is
 * listed in every bucket its bounding box spans), so adding a box allocates nothing.
 */
class BoxIndex {
  private box: Float64Array;
  private count = 0;
  /** First entry of each bucket (−1: empty); entries: the box and the next entry. */
  private readonly head: Int32Array;
  private entryBox: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  /** The query that last saw each box (a box listed in several buckets is tested once). */
  private seen: Int32Array;
  private query = 0;

  constructor(capacity: number, maxY: number) {
    const n = Math.max(1, capacity);
    this.box = new Float64Array(n * F);
    this.seen = new Int32Array(n);
    this.head = new Int32Array(Math.ceil(Math.max(0, maxY) / PLACEMENT.bucketPx) + 1).fill(-1);
    this.entryBox = new Int32Array(n * 4);
    this.entryNext = new Int32Array(n * 4);
  }

  private bucket(y: number): number {
    return Math.max(0, Math.min(this.head.length - 1, Math.floor(y / PLACEMENT.bucketPx)));
  }

  /** Adds the box written at `src[o..]`. */
  add(src: Float64Array, o: number): void {
    const i = this.count++;
    if (this.count * F > this.box.length) {
      this.box = grow(this.box, this.box.length * 2);
      this.seen = grow(this.seen, this.seen.length * 2);
    }
    for (let k = 0; k < F; k++) this.box[i * F + k] = src[o + k]!;
    for (let b = this.bucket(src[o + 8]!); b <= this.bucket(src[o + 9]!); b++) {
      if (this.entries === this.entryBox.length) {
        this.entryBox = grow(this.entryBox, this.entries * 2);
        this.entryNext = grow(this.entryNext, this.entries * 2);
      }
      const e = this.entries++;
      this.entryBox[e] = i;
      this.entryNext[e] = this.head[b]!;
      this.head[b] = e;
    }
  }

  /** Whether the box at `src[o..]` overlaps a box added. */
  hits(src: Float64Array, o: number): boolean {
    const q = ++this.query;
    const x0 = src[o + 6]!;
    const x1 = src[o + 7]!;
    const y0 = src[o + 8]!;
    const y1 = src[o + 9]!;
    const { box: b, seen, entryBox, entryNext } = this;
    for (let k = this.bucket(y0), last = this.bucket(y1); k <= last; k++) {
      for (let e = this.head[k]!; e >= 0; e = entryNext[e]!) {
        const i = entryBox[e]!;
        if (seen[i] === q) continue;
        seen[i] = q;
        const p = i * F;
        if (b[p + 6]! >= x1 || b[p + 7]! <= x0 || b[p + 8]! >= y1 || b[p + 9]! <= y0) continue;
        if (overlap(src, o, b, p)) return true;
      }
    }
    return false;
  }
}

/** A copy of `a` with room for `n` items. */
function grow<T extends Float64Array | Int32Array>(a: T, n: number): T {
  const out = new (a.constructor as new (n: number) => T)(n);
  out.set(a);
  return out;
}

/** Half the extent of box `b[p..]` projected on the unit axis (`lx`, `ly`). */
function radius(b: Float64Array, p: number, lx: number, ly: number): number {
  const ux = b[p + 2]!;
  const uy = b[p + 3]!;
  return b[p + 4]! * Math.abs(ux * lx + uy * ly) + b[p + 5]! * Math.abs(ux * ly - uy * lx);
}

/** Whether `a[i..]` and `b[j..]` are apart along the axis (`lx`, `ly`) (separating-axis test). */
function apart(a: Float64Array, i: number, b: Float64Array, j: number, lx: number, ly: number) {
  const gap = Math.abs((b[j]! - a[i]!) * lx + (b[j + 1]! - a[i + 1]!) * ly);
  return gap >= radius(a, i, lx, ly) + radius(b, j, lx, ly);
}

/** Whether two turned rectangles overlap: no axis of either separates them. */
function overlap(a: Float64Array, i: number, b: Float64Array, j: number): boolean {
  const au = a[i + 2]!;
  const av = a[i + 3]!;
  const bu = b[j + 2]!;
  const bv = b[j + 3]!;
  return !(
    apart(a, i, b, j, au, av) ||
    apart(a, i, b, j, -av, au) ||
    apart(a, i, b, j, bu, bv) ||
    apart(a, i, b, j, -bv, bu)
  );
}

/** Writes at `out[o..]` a box centred at (`cx`, `cy`), text along (`ux`, `uy`), padded. */
function writeBox(
  out: Float64Array,
  o: number,
  cx: number,
  cy: number,
  ux: number,
  uy: number,
  hu: number,
  hv: number,
): void {
  const pu = hu + PLACEMENT.pad;
  const pv = hv + PLACEMENT.pad;
  const ex = pu * Math.abs(ux) + pv * Math.abs(uy);
  const ey = pu * Math.abs(uy) + pv * Math.abs(ux);
  out[o] = cx;
  out[o + 1] = cy;
  out[o + 2] = ux;
  out[o + 3] = uy;
  out[o + 4] = pu;
  out[o + 5] = pv;
  out[o + 6] = cx - ex;
  out[o + 7] = cx + ex;
  out[o + 8] = cy - ey;
  out[o + 9] = cy + ey;
}

/** Start of candidate `k` for a label `w` px long on a line `len` px long, within [lo, hi]. */
function candidate(k: number, len: number, w: number, lo: number, hi: number): number {
  const fractions = PLACEMENT.fractions;
  let s: number;
  if (k === 0) s = PLACEMENT.preferred;
  else if (k <= fractions.length) s = (fractions[k - 1] ?? 0.5) * len - w / 2;
  else s = lo + ((hi - lo) * (k - 1 - fractions.length)) / PLACEMENT.sweep;
  return Math.min(hi, Math.max(lo, s));
}

/**
 * Places `count` labels in order, each clear of the obstacles, of the labels placed before it and
 * of the bounds. `describe(i, r)` fills the request of label `i`; `place(i, spot)` receives where
 * it went. Deterministic: the same requests give the same spots.
 */
export function placeLabels(
  count: number,
  describe: (i: number, r: LabelRequest) => void,
  obstacles: readonly Obstacle[],
  bounds: PlacementBounds,
  place: (i: number, spot: LabelSpot) => void,
): void {
  const index = new BoxIndex(2 * count + obstacles.length, bounds.maxY);
  const box = new Float64Array(2 * F);
  for (const o of obstacles) {
    writeBox(box, 0, o.x + o.width / 2, o.y + o.height / 2, 1, 0, o.width / 2, o.height / 2);
    index.add(box, 0);
  }
  const r: LabelRequest = {
    x1: 0,
    y1: 0,
    x2: 0,
    y2: 0,
    reach: 0,
    forms: 0,
    main: new Float64Array(MAX_FORMS),
    sub: new Float64Array(MAX_FORMS),
  };
  const spot: LabelSpot = { form: -1, offset: 0, top: 0, bottom: 0 };
  const tried = new Float64Array(CANDIDATES);
  for (let i = 0; i < count; i++) {
    describe(i, r);
    const dx = r.x2 - r.x1;
    const dy = r.y2 - r.y1;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    // The text's "down", whichever way the arrow runs (a label always reads upright).
    const nx = ux >= 0 ? -uy : uy;
    const ny = ux >= 0 ? ux : -ux;
    const lo = PLACEMENT.startMargin;
    spot.form = -1;
    forms: for (let f = 0; f < Math.min(r.forms, MAX_FORMS); f++) {
      const main = r.main[f] ?? 0;
      const sub = r.sub[f] ?? 0;
      if (f > 0 && main === r.main[f - 1] && sub === r.sub[f - 1]) continue; // same as the last
      const w = Math.max(main, sub);
      const hi = Math.min(len - PLACEMENT.endMargin, r.reach - w);
      if (hi < lo) continue;
      let n = 0;
      for (let k = 0; k < CANDIDATES; k++) {
        const d = candidate(k, len, w, lo, hi);
        let seen = false;
        for (let t = 0; t < n && !seen; t++) seen = Math.abs((tried[t] ?? 0) - d) < 2;
        if (seen) continue;
        tried[n++] = d;
        const boxes = sub > 0 ? 2 : 1;
        lineBox(box, 0, r, d, main, MAIN_BAND, ux, uy, nx, ny);
        if (boxes === 2) lineBox(box, F, r, d, sub, SUB_BAND, ux, uy, nx, ny);
        let free = true;
        for (let b = 0; b < boxes && free; b++) {
          const o = b * F;
          free =
            box[o + 6]! >= bounds.minX &&
            box[o + 7]! <= bounds.maxX &&
            box[o + 8]! >= bounds.minY &&
            box[o + 9]! <= bounds.maxY &&
            !index.hits(box, o);
        }
        if (!free) continue;
        spot.form = f;
        spot.offset = d;
        spot.top = Infinity;
        spot.bottom = -Infinity;
        for (let b = 0; b < boxes; b++) {
          spot.top = Math.min(spot.top, box[b * F + 8]!);
          spot.bottom = Math.max(spot.bottom, box[b * F + 9]!);
          index.add(box, b * F);
        }
        break forms;
      }
    }
    if (spot.form < 0) {
      spot.offset = Math.min(PLACEMENT.preferred, len / 2);
      spot.top = Math.min(r.y1, r.y2);
      spot.bottom = Math.max(r.y1, r.y2);
    }
    place(i, spot);
  }
}

/** Writes the box of one text line `w` px long that starts `d` px from the sender. */
function lineBox(
  out: Float64Array,
  o: number,
  r: LabelRequest,
  d: number,
  w: number,
  band: readonly [number, number],
  ux: number,
  uy: number,
  nx: number,
  ny: number,
): void {
  const along = d + w / 2;
  const across = (band[0] + band[1]) / 2;
  writeBox(
    out,
    o,
    r.x1 + ux * along + nx * across,
    r.y1 + uy * along + ny * across,
    ux,
    uy,
    w / 2,
    (band[1] - band[0]) / 2,
  );
}
