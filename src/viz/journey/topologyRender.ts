// Renders a topology layout into an <svg> for one frame (the player's step and the animation's
// progress). The regions, links and node boxes depend only on the layout and are drawn once per
// layout; a frame sets the classes of the nine nodes and their links (what the step's message
// touches), the faint tracks of the last few messages, and the packet at its place on its track.
// Idempotent: the same (layout, frame, ctx) gives the same DOM (keyed joins).
import { select, type Selection } from 'd3';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { textWidth } from '../cwnd/format';
import { BOLD, TAG_H, placeBubble, placeTag } from './topologyPlace';
import { headingOf } from './topologyTrack';
import {
  LINE_PX,
  TITLE_PX,
  packetPositions,
  recentMessages,
  type TopoFocus,
  type TopoMessage,
  type TopoPoint,
  type TopoProto,
  type TopoTrack,
  type TopologyLayout,
} from './topologyLayout';

/** The player's cursor. */
export interface TopologyFrame {
  step: number;
  /**
   * 0..1 toward the next step while playing: how far the step's packet has travelled (0: it
   * has just left the sender, 1: it reaches the receiver).
   */
  progress: number;
}

/** Everything outside the layout that a render needs. */
export interface TopologyRenderContext {
  label: LabelFn;
  /**
   * Ignore `progress` and draw the step's own frame (the packet just leaving its sender, its
   * whole route drawn): packets jump from step to step instead of gliding.
   */
  reducedMotion?: boolean;
}

/** How many earlier messages stay drawn, fading. */
export const RECENT = 3;
const PROTOS: readonly TopoProto[] = ['dns', 'arp', 'tcp', 'tls', 'http'];
const LAYERS = ['regions', 'links', 'recent', 'route', 'nodes', 'packets', 'bubble'] as const;
const LINE_H = 14;
const r1 = (v: number): number => Math.round(v * 10) / 10;

type Layer = Selection<SVGGElement, unknown, null, undefined>;
interface State {
  id: string;
  drawn: TopologyLayout | null;
  drawnLabel: LabelFn | null;
}
const states = new WeakMap<SVGSVGElement, State>();
let nextId = 1;

/** Draws `layout` at `frame` into `svg` (D3 owns everything inside the element). */
export function renderTopology(
  svg: SVGSVGElement,
  layout: TopologyLayout,
  frame: TopologyFrame,
  ctx: TopologyRenderContext,
): void {
  let st = states.get(svg);
  if (!st) states.set(svg, (st = { id: `ww-topo-${nextId++}`, drawn: null, drawnLabel: null }));
  const root = select(svg);
  setAttrs(svg, {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
  });
  drawDefs(root, st.id);
  root
    .selectChildren<SVGGElement, string>('g.ww-layer')
    .data(LAYERS, (d) => d)
    .join((enter) => enter.append('g').attr('class', (d) => `ww-layer ww-topo-layer-${d}`));
  const layer = (name: (typeof LAYERS)[number]): Layer =>
    root.selectChildren<SVGGElement, unknown>(`g.ww-topo-layer-${name}`) as unknown as Layer;

  if (st.drawn !== layout || st.drawnLabel !== ctx.label) {
    drawRegions(layer('regions'), layout);
    drawLinks(layer('links'), layout);
    drawNodes(layer('nodes'), layout);
    st.drawn = layout;
    st.drawnLabel = ctx.label;
  }

  const step = Math.max(0, Math.min(layout.steps, Math.floor(frame.step)));
  const focus = layout.focus[step] ?? null;
  const message = focus?.kind === 'message' ? focus.message : null;
  const fraction = ctx.reducedMotion ? 0 : Math.max(0, Math.min(1, frame.progress));
  markActive(root, focus);
  drawRecent(layer('recent'), recentMessages(layout, step, RECENT), st.id);
  drawRoute(layer('route'), message, st.id);
  drawPackets(layer('packets'), layout, message, fraction);
  drawBubble(layer('bubble'), layout, focus?.kind === 'local' ? focus : null);
}

/** The text alternative of a step: what travels where, or what happens at which node. */
export function topologyAlt(layout: TopologyLayout, step: number, label: LabelFn): string {
  const s = Math.max(0, Math.min(layout.steps, Math.floor(step)));
  const f = layout.focus[s];
  if (!f) return label('jv.alt.start');
  const text = f.kind === 'message' ? f.message.alt : f.local.alt;
  return label('jv.alt.step', { step: s, text });
}

function drawDefs(root: Selection<SVGSVGElement, unknown, null, undefined>, id: string): void {
  root
    .selectChildren<SVGDefsElement, string>('defs')
    .data(['defs'])
    .join((enter) => enter.append('defs'))
    .selectChildren<SVGMarkerElement, TopoProto>('.ww-topo-arrow')
    .data(PROTOS, (d) => d)
    .join((enter) => {
      const m = enter
        .append('marker')
        .attr('class', (d) => `ww-topo-arrow ww-proto-${d}`)
        .attr('id', (d) => `${id}-arrow-${d}`)
        .attr('viewBox', '0 0 10 10')
        .attr('refX', 8)
        .attr('refY', 5)
        .attr('markerWidth', 7)
        .attr('markerHeight', 7)
        .attr('orient', 'auto-start-reverse');
      m.append('path').attr('d', 'M0,0L10,5L0,10z');
      return m;
    });
}

function drawRegions(g: Layer, layout: TopologyLayout): void {
  const items = [
    { id: 'internet', r: layout.internet, cls: 'ww-topo-internet' },
    { id: 'lan', r: layout.lan, cls: 'ww-topo-lan' },
    { id: 'host', r: layout.host, cls: 'ww-topo-host' },
  ];
  g.selectChildren<SVGGElement, (typeof items)[number]>('g')
    .data(items, (d) => d.id)
    .join((enter) => {
      const r = enter.append('g');
      r.append('rect');
      r.append('text').attr('class', 'ww-topo-region-title');
      return r;
    })
    .each(function (d) {
      const { x, y, w, h, title, subtitle } = d.r;
      setAttrs(this, { class: `ww-topo-region ${d.cls}`, 'data-id': d.id });
      setAttrs(this.querySelector('rect')!, {
        x,
        y,
        width: w,
        height: h,
        rx: d.id === 'host' ? 8 : 12,
      });
      const text = this.querySelector('text')!;
      setAttrs(text, { x: r1(x + 10), y: r1(y + (d.id === 'host' ? 15 : 17)) });
      setText(text, title);
      const sub = subtitle ? [subtitle] : [];
      select(this)
        .selectChildren<SVGTextElement, string>('text.ww-topo-region-sub')
        .data(sub)
        .join((enter) => enter.append('text').attr('class', 'ww-topo-region-sub'))
        .each(function (t) {
          setAttrs(this, { x: r1(x + 10), y: r1(y + 31) });
          setText(this, t);
        });
    });
}

function drawLinks(g: Layer, layout: TopologyLayout): void {
  g.selectChildren<SVGLineElement, TopologyLayout['links'][number]>('line')
    .data(layout.links, (d) => d.id)
    .join((enter) => enter.append('line'))
    .each(function (d) {
      setAttrs(this, {
        class: `ww-topo-link${d.lan ? ' is-lan' : ''}`,
        'data-id': d.id,
        x1: d.x1,
        y1: d.y1,
        x2: d.x2,
        y2: d.y2,
      });
    });
}

function drawNodes(g: Layer, layout: TopologyLayout): void {
  g.selectChildren<SVGGElement, TopologyLayout['nodes'][number]>('g.ww-topo-node')
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const n = enter.append('g').attr('class', 'ww-topo-node');
      n.append('rect');
      return n;
    })
    .each(function (d) {
      setAttrs(this, { 'data-id': d.id, transform: `translate(${d.x},${d.y})` });
      setAttrs(this.querySelector('rect')!, {
        x: r1(-d.w / 2),
        y: r1(-d.h / 2),
        width: d.w,
        height: d.h,
        rx: 6,
      });
      const top = -d.h / 2 + 7;
      select(this)
        .selectChildren<SVGTextElement, TopologyLayout['nodes'][number]['lines'][number]>('text')
        .data(d.lines, (l) => l.kind)
        .join((enter) => enter.append('text').attr('text-anchor', 'middle'))
        .each(function (l, i) {
          setAttrs(this, { class: `ww-topo-${l.kind}`, x: 0, y: r1(top + i * LINE_H + 11) });
          setText(this, l.text);
        });
    });
}

/** Classes of the nodes and links the step's message (or local event) involves. */
function markActive(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  focus: TopoFocus | null,
): void {
  const m = focus?.kind === 'message' ? focus.message : null;
  const nodes = new Set(m?.nodes ?? []);
  const links = new Set(m?.links ?? []);
  const local = focus?.kind === 'local' ? focus.local.node : null;
  root.selectAll<SVGGElement, TopologyLayout['nodes'][number]>('g.ww-topo-node').each(function (d) {
    let cls = 'ww-topo-node';
    if (m && d.id === m.from) cls += ' is-from';
    else if (m && (d.id === m.to || (m.broadcast && nodes.has(d.id) && d.id !== 'switch')))
      cls += ' is-to';
    else if (nodes.has(d.id)) cls += ' is-active';
    if (d.id === local) cls += ' is-focus';
    if (m) cls += ` ww-proto-${m.proto}`;
    setAttrs(this, { class: cls });
  });
  root
    .selectAll<SVGLineElement, TopologyLayout['links'][number]>('line.ww-topo-link')
    .each(function (d) {
      const on = links.has(d.id);
      setAttrs(this, {
        class: `ww-topo-link${d.lan ? ' is-lan' : ''}${on ? ` is-active ww-proto-${m!.proto}` : ''}`,
      });
    });
  const lan = root.select<SVGGElement>('g.ww-topo-region[data-id="lan"]').node();
  if (lan)
    setAttrs(lan, { class: `ww-topo-region ww-topo-lan${m?.broadcast ? ' is-broadcast' : ''}` });
}

const trackPath = (t: TopoTrack): string =>
  `M${t.points.map((p) => `${r1(p.x)},${r1(p.y)}`).join('L')}`;

/** The faint tracks of the last messages, the most recent the least faint. */
function drawRecent(g: Layer, recent: TopoMessage[], id: string): void {
  g.selectChildren<SVGPathElement, TopoMessage>('path')
    .data(recent, (d) => d.id)
    .join((enter) => enter.append('path'))
    .each(function (d, i) {
      setAttrs(this, {
        class: `ww-topo-recent ww-proto-${d.proto} is-age-${i + 1}`,
        'data-id': d.id,
        d: d.tracks.map(trackPath).join(''),
        'marker-end': `url(#${id}-arrow-${d.proto})`,
      });
    })
    .order();
}

/** The step's message: its whole route, drawn in its protocol's colour with an arrowhead. */
function drawRoute(g: Layer, m: TopoMessage | null, id: string): void {
  const tracks = m ? m.tracks.map((t, i) => ({ key: `${m.id}-${i}`, t, m })) : [];
  g.selectChildren<SVGPathElement, (typeof tracks)[number]>('path')
    .data(tracks, (d) => d.key)
    .join((enter) => enter.append('path'))
    .each(function (d) {
      setAttrs(this, {
        class: `ww-topo-route ww-proto-${d.m.proto}`,
        'data-id': d.key,
        d: trackPath(d.t),
        'marker-end': `url(#${id}-arrow-${d.m.proto})`,
      });
    });
}

interface PacketView {
  key: string;
  p: TopoPoint;
}

function drawPackets(
  g: Layer,
  layout: TopologyLayout,
  m: TopoMessage | null,
  fraction: number,
): void {
  const points = m ? packetPositions(m, fraction) : [];
  const views: PacketView[] = points.map((p, i) => ({ key: `${m!.id}-${i}`, p }));
  const proto = m?.proto ?? 'dns';
  g.selectChildren<SVGRectElement, PacketView>('rect.ww-topo-pkt')
    .data(views, (d) => d.key)
    .join((enter) => enter.append('rect'))
    .each(function (d) {
      setAttrs(this, {
        class: `ww-topo-pkt ww-proto-${proto}`,
        'data-id': d.key,
        x: r1(d.p.x - 8),
        y: r1(d.p.y - 6),
        width: 16,
        height: 12,
        rx: 3,
      });
    });
  // The label rides with the addressed copy, on the side the packet is heading to.
  const head = points[0];
  const tag = m && head ? [{ key: m.id, text: m.text, p: head }] : [];
  g.selectChildren<SVGGElement, (typeof tag)[number]>('g.ww-topo-tag')
    .data(tag, (d) => d.key)
    .join((enter) => {
      const t = enter.append('g').attr('class', 'ww-topo-tag');
      t.append('rect');
      t.append('text');
      return t;
    })
    .each(function (d) {
      const w = Math.ceil(textWidth(d.text, LINE_PX + 0.5) * BOLD + 16);
      const { x, y } = placeTag(layout, d.p, w, TAG_H, headingOf(m!.tracks[0]!, fraction));
      setAttrs(this, { class: `ww-topo-tag ww-proto-${m!.proto}`, 'data-id': d.key });
      setAttrs(this.querySelector('rect')!, {
        x: r1(x),
        y: r1(y),
        width: w,
        height: TAG_H,
        rx: 10,
      });
      const text = this.querySelector('text')!;
      setAttrs(text, { x: r1(x + w / 2), y: r1(y + 14), 'text-anchor': 'middle' });
      setText(text, d.text);
    });
}

/** What happens at a node on a step without a message: a bubble beside the node. */
function drawBubble(
  g: Layer,
  layout: TopologyLayout,
  focus: Extract<TopoFocus, { kind: 'local' }> | null,
): void {
  const items = focus ? [focus.local] : [];
  g.selectChildren<SVGGElement, (typeof items)[number]>('g.ww-topo-bubble')
    .data(items, (d) => d.id)
    .join((enter) => {
      const b = enter.append('g').attr('class', 'ww-topo-bubble');
      b.append('rect');
      b.append('text');
      return b;
    })
    .each(function (d) {
      const node = layout.nodes.find((n) => n.id === d.node)!;
      const w = Math.ceil(textWidth(d.text, TITLE_PX) * BOLD + 18);
      const h = 24;
      const { x, y } = placeBubble(layout, node, w, h);
      setAttrs(this, { 'data-node': d.node, 'data-kind': d.kind });
      setAttrs(this.querySelector('rect')!, { x: r1(x), y: r1(y), width: w, height: h, rx: 6 });
      const text = this.querySelector('text')!;
      setAttrs(text, { x: r1(x + w / 2), y: r1(y + 16), 'text-anchor': 'middle' });
      setText(text, d.text);
    });
}
