// A vertical spatial index: which items (each a [top, bottom) band) intersect a window of y,
// in O(buckets + visible) instead of O(n). Built once per layout; used by every frame.

/** Items bucketed by y in compressed-row form (CSR): bucket b holds ids[start[b]..start[b+1]). */
export interface YIndex {
  bucketPx: number;
  start: Int32Array;
  ids: Int32Array;
  tops: Float64Array;
  bottoms: Float64Array;
}

/** Builds the index of items `i` whose extent is `[tops[i], bottoms[i]]` (both ≥ 0). */
export function buildYIndex(
  tops: readonly number[],
  bottoms: readonly number[],
  bucketPx = 256,
): YIndex {
  const n = tops.length;
  const t = Float64Array.from(tops);
  const bt = Float64Array.from(bottoms);
  let maxB = 0;
  for (let i = 0; i < n; i++) maxB = Math.max(maxB, bucketOf(bt[i] ?? 0, bucketPx));
  const count = new Int32Array(maxB + 2);
  for (let i = 0; i < n; i++) {
    for (let b = bucketOf(t[i] ?? 0, bucketPx); b <= bucketOf(bt[i] ?? 0, bucketPx); b++) {
      count[b + 1]! += 1;
    }
  }
  for (let b = 1; b < count.length; b++) count[b]! += count[b - 1]!;
  const start = count;
  const fill = start.slice(0, start.length - 1);
  const ids = new Int32Array(start[start.length - 1] ?? 0);
  for (let i = 0; i < n; i++) {
    for (let b = bucketOf(t[i] ?? 0, bucketPx); b <= bucketOf(bt[i] ?? 0, bucketPx); b++) {
      ids[fill[b]!++] = i;
    }
  }
  return { bucketPx, start, ids, tops: t, bottoms: bt };
}

function bucketOf(y: number, px: number): number {
  return Math.max(0, Math.floor(y / px));
}

/**
 * Ids of the items intersecting `[top, bottom)`, ascending. An item spanning several buckets is
 * reported once: from the first bucket of the query that it occupies.
 */
export function queryYIndex(index: YIndex, top: number, bottom: number): number[] {
  const { bucketPx, start, ids, tops, bottoms } = index;
  const last = start.length - 2;
  const b0 = bucketOf(top, bucketPx);
  const b1 = Math.min(last, bucketOf(bottom, bucketPx));
  const out: number[] = [];
  for (let b = b0; b <= b1; b++) {
    const end = start[b + 1] ?? 0;
    for (let k = start[b] ?? 0; k < end; k++) {
      const i = ids[k] ?? 0;
      const it = tops[i] ?? 0;
      if (Math.max(bucketOf(it, bucketPx), b0) !== b) continue;
      if (it < bottom && (bottoms[i] ?? 0) > top) out.push(i);
    }
  }
  // Buckets are visited in order but an item is listed by its top: restore ascending ids.
  return out.sort((a, c) => a - c);
}
