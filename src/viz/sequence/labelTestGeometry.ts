// Test helpers for label placement: the rectangle a label line covers, computed from first
// principles (corners along and across its arrow), and an exact intersection test of two such
// rectangles. Used by the placement and layout tests to check that no two labels touch.
import { LABEL_BASELINE, LABEL_PX, SMALL_PX, SUB_BASELINE, textBand } from './labelMetrics';

/** A point, and a convex quadrilateral as its four corners in order. */
export type Pt = [number, number];
export type Quad = [Pt, Pt, Pt, Pt];

/**
 * The rectangle of a text line `w` px long that starts `offset` px from (x1, y1) along the arrow
 * to (x2, y2), above the line (`main`) or below it (`sub`), grown by `grow` px on every side.
 */
export function lineQuad(
  arrow: { x1: number; y1: number; x2: number; y2: number },
  offset: number,
  w: number,
  line: 'main' | 'sub',
  grow = 0,
): Quad {
  const len = Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1);
  const u: Pt = [(arrow.x2 - arrow.x1) / len, (arrow.y2 - arrow.y1) / len];
  // The text reads left to right, its "down" is the normal on the reading side.
  const read: Pt = u[0] >= 0 ? u : [-u[0], -u[1]];
  const down: Pt = [-read[1], read[0]];
  const [t0, t1] =
    line === 'main' ? textBand(LABEL_BASELINE, LABEL_PX) : textBand(SUB_BASELINE, SMALL_PX);
  const at = (s: number, t: number): Pt => [
    arrow.x1 + u[0] * s + down[0] * t,
    arrow.y1 + u[1] * s + down[1] * t,
  ];
  const s0 = offset - grow;
  const s1 = offset + w + grow;
  return [at(s0, t0 - grow), at(s1, t0 - grow), at(s1, t1 + grow), at(s0, t1 + grow)];
}

/** Whether two convex quadrilaterals share any interior point (separating-axis test). */
export function quadsIntersect(a: Quad, b: Quad): boolean {
  for (const q of [a, b]) {
    for (let i = 0; i < 2; i++) {
      const p = q[i]!;
      const n = q[i + 1]!;
      const axis: Pt = [-(n[1] - p[1]), n[0] - p[0]];
      const span = (r: Quad) => {
        const v = r.map(([x, y]) => x * axis[0] + y * axis[1]);
        return [Math.min(...v), Math.max(...v)] as const;
      };
      const [a0, a1] = span(a);
      const [b0, b1] = span(b);
      if (a1 <= b0 || b1 <= a0) return false;
    }
  }
  return true;
}

/** Pairs of labels (by id) whose quadrilaterals intersect, for a readable failure message. */
export function intersectingPairs(quads: readonly { id: string; quad: Quad }[]): string[] {
  // A sweep down the page: each quadrilateral is tested against those starting above its bottom.
  const items = quads
    .map((q) => ({
      ...q,
      top: Math.min(...q.quad.map((p) => p[1])),
      bottom: Math.max(...q.quad.map((p) => p[1])),
    }))
    .sort((a, b) => a.top - b.top);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (let j = i + 1; j < items.length && items[j]!.top < a.bottom; j++) {
      const b = items[j]!;
      if (a.id !== b.id && quadsIntersect(a.quad, b.quad)) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}
