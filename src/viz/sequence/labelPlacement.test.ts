// Label placement on synthetic arrows: crossing pairs, many crossings, a burst of 50 in flight,
// obstacles and bounds, shorter forms, and determinism.
import { describe, expect, it } from 'vitest';
import {
  PLACEMENT,
  placeLabels,
  type LabelRequest,
  type Obstacle,
  type PlacementBounds,
} from './labelPlacement';
import { intersectingPairs, lineQuad, quadsIntersect, type Quad } from './labelTestGeometry';

interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Widths of the forms: [main, sub] each, fullest first. */
  forms: [number, number][];
}
interface Placed {
  arrow: Arrow;
  form: number;
  offset: number;
}

const BOUNDS: PlacementBounds = { minX: 100, maxX: 700, minY: 0, maxY: 100_000 };
const LEFT = 100;
const RIGHT = 700;

function place(arrows: Arrow[], obstacles: Obstacle[] = [], bounds = BOUNDS): Placed[] {
  const out: Placed[] = [];
  placeLabels(
    arrows.length,
    (i: number, r: LabelRequest) => {
      const a = arrows[i]!;
      Object.assign(r, { x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 });
      r.reach = Math.hypot(a.x2 - a.x1, a.y2 - a.y1) - PLACEMENT.endMargin;
      r.forms = a.forms.length;
      a.forms.forEach(([m, s], f) => {
        r.main[f] = m;
        r.sub[f] = s;
      });
    },
    obstacles,
    bounds,
    (i, spot) => out.push({ arrow: arrows[i]!, form: spot.form, offset: spot.offset }),
  );
  return out;
}

/** The drawn rectangles of each placed label (grown by `grow`, to check the gap between them). */
function quads(placed: Placed[], grow = 0): { id: string; quad: Quad }[] {
  const out: { id: string; quad: Quad }[] = [];
  placed.forEach((p, i) => {
    if (p.form < 0) return;
    const [main, sub] = p.arrow.forms[p.form]!;
    out.push({ id: `#${i}`, quad: lineQuad(p.arrow, p.offset, main, 'main', grow) });
    if (sub > 0) out.push({ id: `#${i}`, quad: lineQuad(p.arrow, p.offset, sub, 'sub', grow) });
  });
  return out;
}

/** Checks what every placement must satisfy: no two labels within 3 px, anchors on arrows. */
function expectClear(placed: Placed[]): void {
  expect(intersectingPairs(quads(placed, 1.5))).toEqual([]);
  for (const p of placed) {
    const len = Math.hypot(p.arrow.x2 - p.arrow.x1, p.arrow.y2 - p.arrow.y1);
    expect(p.offset).toBeGreaterThanOrEqual(0);
    expect(p.offset).toBeLessThanOrEqual(len);
  }
}

const full = (w: number, sub = 0): [number, number][] => [
  [w, sub],
  [w / 3, 0],
];
const c2s = (y: number, dy: number, forms = full(300)): Arrow => ({
  x1: LEFT,
  y1: y,
  x2: RIGHT,
  y2: y + dy,
  forms,
});
const s2c = (y: number, dy: number, forms = full(300)): Arrow => ({
  x1: RIGHT,
  y1: y,
  x2: LEFT,
  y2: y + dy,
  forms,
});

describe('placeLabels', () => {
  it('keeps the usual spot near the sender when nothing is in the way', () => {
    const placed = place([c2s(100, 64), s2c(300, 64)]);
    expect(placed.map((p) => [p.form, p.offset])).toEqual([
      [0, PLACEMENT.preferred],
      [0, PLACEMENT.preferred],
    ]);
  });

  it('separates the labels of two crossing arrows, both in full', () => {
    // Labels of 250 px on arrows 600 px wide: each must stay on its own half.
    const arrows = [c2s(100, 80, full(250)), s2c(100, 80, full(250))];
    // Where both would go by default, they overlap: the test would catch it.
    const naive = arrows.map((arrow) => ({ arrow, form: 0, offset: PLACEMENT.preferred + 100 }));
    expect(intersectingPairs(quads(naive))).not.toEqual([]);
    const placed = place(arrows);
    expectClear(placed);
    expect(placed.map((p) => p.form)).toEqual([0, 0]);
  });

  it('separates the labels of many crossing arrows', () => {
    const arrows: Arrow[] = [];
    for (let i = 0; i < 40; i++) arrows.push(i % 2 ? s2c(100 + i * 12, 90) : c2s(100 + i * 12, 90));
    const placed = place(arrows);
    expectClear(placed);
    expect(placed.filter((p) => p.form >= 0).length).toBeGreaterThan(20);
  });

  it('separates a burst of 50 segments in flight and the ACKs crossing them', () => {
    const arrows: Arrow[] = [];
    // 50 data segments sent at one instant (one row each, 20 px apart) that arrive 600 px lower,
    // and an ACK for each, sent back as each arrives, crossing the rest of the burst.
    for (let i = 0; i < 50; i++) arrows.push(c2s(100 + i * 20, 600, full(260, 120)));
    for (let i = 0; i < 50; i++) arrows.push(s2c(700 + i * 20, 600, full(180)));
    const placed = place(arrows);
    expectClear(placed);
    expect(placed.filter((p) => p.form >= 0).length).toBeGreaterThan(60);
  });

  it('falls back to a shorter form, then leaves the label out', () => {
    // Three arrows on top of each other: the first takes its full label, the second has room for
    // its short form only, the third for nothing.
    const arrows = [c2s(100, 10, [[300, 0]]), c2s(100.5, 10, full(300)), c2s(101, 10, [[250, 0]])];
    const placed = place(arrows);
    expect(placed.map((p) => p.form)).toEqual([0, 1, -1]);
    expectClear(placed);
  });

  it('keeps labels clear of obstacles and inside the bounds', () => {
    const note: Obstacle = { x: 120, y: 60, width: 400, height: 80 };
    const box: Quad = [
      [note.x, note.y],
      [note.x + note.width, note.y],
      [note.x + note.width, note.y + note.height],
      [note.x, note.y + note.height],
    ];
    const arrow = c2s(100, 64);
    expect(quadsIntersect(lineQuad(arrow, PLACEMENT.preferred, 300, 'main'), box)).toBe(true);
    const placed = place([arrow], [note]);
    const [q] = quads(placed);
    expect(placed[0]!.form).toBeGreaterThanOrEqual(0);
    expect(quadsIntersect(q!.quad, box)).toBe(false);
    // A label longer than the space between the bounds is never drawn across them.
    const tight = place([c2s(100, 64, [[590, 0]])], [], { ...BOUNDS, maxX: 600 });
    expect(tight[0]!.form).toBe(-1);
    // Nor above the header.
    expect(place([c2s(20, 64)], [], { ...BOUNDS, minY: 40 })[0]!.offset).toBeGreaterThan(
      PLACEMENT.preferred,
    );
  });

  it('is deterministic', () => {
    const arrows: Arrow[] = [];
    for (let i = 0; i < 30; i++) arrows.push(i % 3 ? c2s(100 + i * 9, 300) : s2c(100 + i * 9, 200));
    expect(place(arrows)).toEqual(place(arrows));
  });
});
