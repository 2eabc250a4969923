// Where the words of the topology go: the packet's label and a node's bubble are tried at a few
// places around their anchor, and the first that covers no node box (else the one covering the
// least) wins. Pure geometry over the layout, no DOM.
import type { TopoPoint, TopologyLayout, TopoNodeBox } from './topologyLayout';

/** Height of the packet's label. */
export const TAG_H = 20;
/** Bold text is about this much wider than the estimate for regular text. */
export const BOLD = 1.1;

/**
 * Where the packet's label goes: above or below the packet, reaching toward where it heads
 * (`dir`), at the first place that covers no node box (else where it covers the least).
 */
export function placeTag(
  layout: TopologyLayout,
  p: TopoPoint,
  w: number,
  h: number,
  dir: number,
): { x: number; y: number } {
  const xs = [
    dir > 0 ? p.x - 10 : dir < 0 ? p.x + 10 - w : p.x - w / 2,
    p.x - w / 2,
    dir > 0 ? p.x + 10 - w : p.x - 10,
  ];
  const ys = [p.y - 10 - h, p.y + 10];
  // Beside the packet too: where it passes between two boxes stacked above each other.
  const beside = [
    { x: p.x + 12, y: p.y - h / 2 },
    { x: p.x - 12 - w, y: p.y - h / 2 },
  ];
  // Then farther up or down: over or under boxes the packet passes between.
  const far = [p.y - 36 - h, p.y + 36];
  return leastCovering(
    layout,
    [
      ...xs.flatMap((x) => ys.map((y) => ({ x, y }))),
      ...beside,
      ...xs.flatMap((x) => far.map((y) => ({ x, y }))),
    ],
    w,
    h,
  );
}

/** The first candidate (clamped into the drawing) that covers no node box, else the least covering. */
export function leastCovering(
  layout: TopologyLayout,
  candidates: TopoPoint[],
  w: number,
  h: number,
): { x: number; y: number } {
  let best: { x: number; y: number } | null = null;
  let bestArea = Infinity;
  for (const c0 of candidates) {
    const c = {
      x: Math.max(2, Math.min(layout.width - 2 - w, c0.x)),
      y: Math.max(2, Math.min(layout.height - 2 - h, c0.y)),
    };
    let area = 0;
    for (const n of layout.nodes) {
      const ox = Math.min(c.x + w, n.x + n.w / 2 + 2) - Math.max(c.x, n.x - n.w / 2 - 2);
      const oy = Math.min(c.y + h, n.y + n.h / 2 + 2) - Math.max(c.y, n.y - n.h / 2 - 2);
      if (ox > 0 && oy > 0) area += ox * oy;
    }
    if (area === 0) return c;
    if (area < bestArea) {
      bestArea = area;
      best = c;
    }
  }
  return best ?? { x: 2, y: 2 };
}

/** A node's bubble: beside the client host for its two parts, else below, above or left of it. */
export function placeBubble(
  layout: TopologyLayout,
  node: TopoNodeBox,
  w: number,
  h: number,
): { x: number; y: number } {
  const inHost = node.id === 'browser' || node.id === 'os';
  const right = (inHost ? layout.host.x + layout.host.w : node.x + node.w / 2) + 8;
  return leastCovering(
    layout,
    [
      { x: right, y: node.y - h / 2 },
      { x: node.x - w / 2, y: node.y + node.h / 2 + 8 },
      { x: node.x - w / 2, y: node.y - node.h / 2 - 8 - h },
      { x: node.x - node.w / 2 - 8 - w, y: node.y - h / 2 },
    ],
    w,
    h,
  );
}
