// The track a packet travels: the polyline through the centres of the nodes of its path, trimmed
// so the packet starts just outside the sender's box and stops just outside the receiver's; the
// point at a distance along it, where the packet(s) of a message are at a fraction of the way,
// and which way it heads there. Pure geometry, no DOM.
import type { JourneyNode } from '../../engine/journey/trace';

/** A point in layout pixels. */
export interface TopoPoint {
  x: number;
  y: number;
}

/**
 * A polyline through node centres and where on it a packet is drawn: from `start` (it has left
 * the sender's box) to `end` (it touches the receiver's box), distances along the polyline.
 */
export interface TopoTrack {
  points: TopoPoint[];
  /** Cumulative length at each point (first 0). */
  at: number[];
  start: number;
  end: number;
}

/** A node's box: centre and size. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Room left between a box's edge and the packet's centre. */
const CLEARANCE = 7;
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** The polyline through the centres of `path`, trimmed to leave the end boxes. */
export function trackOf(
  path: readonly JourneyNode[],
  boxes: ReadonlyMap<JourneyNode, Box>,
): TopoTrack {
  const points: TopoPoint[] = path.map((id) => {
    const b = boxes.get(id);
    return { x: b?.x ?? 0, y: b?.y ?? 0 };
  });
  const at = [0];
  for (let k = 1; k < points.length; k++) {
    const p = points[k - 1]!;
    const q = points[k]!;
    at.push(at[k - 1]! + Math.hypot(q.x - p.x, q.y - p.y));
  }
  const total = at[at.length - 1]!;
  if (points.length < 2) return { points, at, start: 0, end: 0 };
  const exit = (id: JourneyNode, p: TopoPoint, q: TopoPoint) => {
    const b = boxes.get(id);
    const dx = Math.abs(q.x - p.x);
    const dy = Math.abs(q.y - p.y);
    const len = Math.hypot(dx, dy);
    if (!b || len === 0) return 0;
    // Distance from the centre to the box edge along p→q, plus room for the packet.
    const t = Math.min(
      dx > 0 ? b.w / 2 / (dx / len) : Infinity,
      dy > 0 ? b.h / 2 / (dy / len) : Infinity,
    );
    return Math.min(len / 2, t + CLEARANCE);
  };
  let start = exit(path[0]!, points[0]!, points[1]!);
  let end =
    total - exit(path[path.length - 1]!, points[points.length - 1]!, points[points.length - 2]!);
  if (end < start) start = end = (start + end) / 2;
  return { points, at, start: r1(start), end: r1(end) };
}

/** The point at distance `d` along a track's polyline. */
export function pointAt(t: TopoTrack, d: number): TopoPoint {
  const { points, at } = t;
  if (points.length === 1 || d <= 0) return { ...points[0]! };
  for (let k = 1; k < points.length; k++) {
    if (d <= at[k]! || k === points.length - 1) {
      const seg = at[k]! - at[k - 1]!;
      const f = seg > 0 ? Math.min(1, (d - at[k - 1]!) / seg) : 1;
      const p = points[k - 1]!;
      const q = points[k]!;
      return { x: p.x + (q.x - p.x) * f, y: p.y + (q.y - p.y) * f };
    }
  }
  return { ...points[points.length - 1]! };
}

/**
 * Where the packet(s) of `m` are at `fraction` (0: just left the sender, 1: at the receiver).
 * A broadcast's copies move at one speed: a nearer host is reached sooner.
 */
export function packetPositions(
  m: { tracks: readonly TopoTrack[] },
  fraction: number,
): TopoPoint[] {
  const f = Math.max(0, Math.min(1, fraction));
  const span = Math.max(0, ...m.tracks.map((t) => t.end - t.start));
  return m.tracks.map((t) => pointAt(t, Math.min(t.end, t.start + f * span)));
}

/** +1 where a packet at `fraction` of track `t` heads right, −1 left, 0 (about) vertically. */
export function headingOf(t: TopoTrack, fraction: number): number {
  const d = t.start + Math.max(0, Math.min(1, fraction)) * (t.end - t.start);
  for (let k = 1; k < t.points.length; k++) {
    if (d <= t.at[k]! || k === t.points.length - 1) {
      const dx = t.points[k]!.x - t.points[k - 1]!.x;
      const dy = t.points[k]!.y - t.points[k - 1]!.y;
      return Math.abs(dx) < Math.abs(dy) * 0.5 ? 0 : Math.sign(dx);
    }
  }
  return 0;
}
