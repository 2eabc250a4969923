// Fixed geometry of the TCP state diagram, arranged like RFC 9293 Figure 5: CLOSED on top,
// LISTEN below it, the opening states in the middle row, the closing states below ESTABLISHED,
// and CLOSED drawn a second time at the bottom right as in the RFC, so no edge runs back up.
import type { TcpState } from '../../engine/trace';
import type { VizKey } from '../../i18n/viz.en';
import { TCP_DIAGRAM_EDGES, TO_CLOSED_NOTE } from './edges';

/** A state box; `id` differs from `state` only for the second CLOSED box. */
export interface DiagramNode {
  id: string;
  state: TcpState;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A drawn edge: SVG path, arrowhead pose and label position. */
export interface DiagramEdgeLayout {
  id: string;
  from: TcpState;
  to: TcpState;
  toNode: string;
  label: VizKey;
  d: string;
  head: { x: number; y: number; angle: number };
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The whole diagram in a fixed coordinate space (the SVG viewBox). */
export interface StateDiagramLayout {
  /** The viewBox is `minX 0 width height` (a left margin for the leftmost labels). */
  minX: number;
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdgeLayout[];
  note: { x: number; y: number; label: VizKey };
}

const W = 128;
const H = 38;
const L = 130;
const C = 380;
const R = 630;
const POS: Record<string, [TcpState, number, number]> = {
  CLOSED: ['CLOSED', C, 50],
  LISTEN: ['LISTEN', C, 170],
  'SYN-RECEIVED': ['SYN-RECEIVED', L, 300],
  'SYN-SENT': ['SYN-SENT', R, 300],
  ESTABLISHED: ['ESTABLISHED', C, 420],
  'FIN-WAIT-1': ['FIN-WAIT-1', L, 540],
  'CLOSE-WAIT': ['CLOSE-WAIT', R, 540],
  'FIN-WAIT-2': ['FIN-WAIT-2', L, 660],
  CLOSING: ['CLOSING', C, 660],
  'LAST-ACK': ['LAST-ACK', R, 660],
  'TIME-WAIT': ['TIME-WAIT', C, 780],
  'CLOSED-2': ['CLOSED', R, 780],
};

type Pt = readonly [number, number];
/** Per edge: start, optional control point (a quadratic elbow), end, label point and anchor. */
interface Geo {
  s: Pt;
  c?: Pt;
  e: Pt;
  at: Pt;
  anchor: DiagramEdgeLayout['anchor'];
  toNode?: string;
}
const top = (y: number) => y - H / 2;
const bottom = (y: number) => y + H / 2;
const GEO: Record<string, Geo> = {
  'passive-open': {
    s: [C - 25, bottom(50)],
    e: [C - 25, top(170)],
    at: [C - 33, 114],
    anchor: 'end',
  },
  'listen-close': {
    s: [C + 25, top(170)],
    e: [C + 25, bottom(50)],
    at: [C + 33, 114],
    anchor: 'start',
  },
  'active-open': {
    s: [C + W / 2, 42],
    c: [R + 34, 42],
    e: [R + 34, top(300)],
    at: [548, 30],
    anchor: 'middle',
  },
  'synsent-close': {
    s: [R - 30, top(300)],
    c: [R - 30, 60],
    e: [C + W / 2, 60],
    at: [496, 92],
    anchor: 'middle',
  },
  'listen-send': { s: [C + W / 2, 180], e: [R - 56, top(300)], at: [498, 246], anchor: 'end' },
  'listen-syn': {
    s: [C - W / 2, 180],
    c: [L + 20, 180],
    e: [L + 20, top(300)],
    at: [262, 210],
    anchor: 'middle',
  },
  'synrcvd-rst': {
    s: [L - 20, top(300)],
    c: [L - 20, 160],
    e: [C - W / 2, 160],
    at: [222, 152],
    anchor: 'middle',
  },
  'synsent-syn': { s: [R - W / 2, 300], e: [L + W / 2, 300], at: [C, 292], anchor: 'middle' },
  'synsent-synack': {
    s: [R - 30, bottom(300)],
    c: [R - 30, 420],
    e: [C + W / 2, 420],
    at: [R - 38, 376],
    anchor: 'end',
  },
  'synrcvd-ack': {
    s: [L + 30, bottom(300)],
    c: [L + 30, 420],
    e: [C - W / 2, 420],
    at: [L + 38, 376],
    anchor: 'start',
  },
  'synrcvd-close': {
    s: [L - 40, bottom(300)],
    e: [L - 40, top(540)],
    at: [L - 46, 430],
    anchor: 'end',
  },
  'estab-close': {
    s: [C - 30, bottom(420)],
    c: [C - 30, 532],
    e: [L + W / 2, 532],
    at: [C - 38, 490],
    anchor: 'end',
  },
  'estab-fin': {
    s: [C + 30, bottom(420)],
    c: [C + 30, 540],
    e: [R - W / 2, 540],
    at: [C + 38, 490],
    anchor: 'start',
  },
  'fw1-ack': { s: [L - 30, bottom(540)], e: [L - 30, top(660)], at: [L - 38, 604], anchor: 'end' },
  'fw1-fin': {
    s: [L + W / 2, 550],
    c: [C - 20, 550],
    e: [C - 20, top(660)],
    at: [L + 74, 572],
    anchor: 'start',
  },
  'fw1-finack': { s: [L + 40, bottom(540)], e: [C - W / 2, 768], at: [262, 716], anchor: 'end' },
  'fw2-fin': {
    s: [L - 30, bottom(660)],
    c: [L - 30, 790],
    e: [C - W / 2, 790],
    at: [206, 812],
    anchor: 'middle',
  },
  'closing-ack': { s: [C, bottom(660)], e: [C, top(780)], at: [C + 8, 724], anchor: 'start' },
  'closewait-close': { s: [R, bottom(540)], e: [R, top(660)], at: [R + 8, 604], anchor: 'start' },
  'lastack-ack': {
    s: [R, bottom(660)],
    e: [R, top(780)],
    at: [R + 8, 724],
    anchor: 'start',
    toNode: 'CLOSED-2',
  },
  'timewait-timeout': {
    s: [C + W / 2, 780],
    e: [R - W / 2, 780],
    at: [(C + R) / 2, 771],
    anchor: 'middle',
    toNode: 'CLOSED-2',
  },
};

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The diagram: 12 boxes (CLOSED twice), every edge of TCP_DIAGRAM_EDGES, and the note. */
export function layoutStateDiagram(): StateDiagramLayout {
  const nodes = Object.entries(POS).map(([id, [state, x, y]]) => ({ id, state, x, y, w: W, h: H }));
  const edges = TCP_DIAGRAM_EDGES.map((edge): DiagramEdgeLayout => {
    const g = GEO[edge.id];
    if (!g) throw new Error(`state diagram: no geometry for edge ${edge.id}`);
    const [sx, sy] = g.s;
    const [ex, ey] = g.e;
    const [cx, cy] = g.c ?? g.s;
    const d = g.c ? `M${sx},${sy}Q${cx},${cy} ${ex},${ey}` : `M${sx},${sy}L${ex},${ey}`;
    const angle = r1((Math.atan2(ey - cy, ex - cx) * 180) / Math.PI);
    return {
      ...edge,
      toNode: g.toNode ?? edge.to,
      d,
      head: { x: ex, y: ey, angle },
      labelX: g.at[0],
      labelY: g.at[1],
      anchor: g.anchor,
    };
  });
  return {
    minX: -16,
    width: 792,
    height: 830,
    nodes,
    edges,
    note: { x: 10, y: 22, label: TO_CLOSED_NOTE },
  };
}
