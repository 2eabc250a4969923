// Renders the TCP state diagram for one endpoint: all states and edges, the current state and
// the edge just taken highlighted. Idempotent keyed joins; the diagram is small (12 boxes, 21
// edges) so every frame redraws it whole.
import { select, type Selection } from 'd3';
import type { TcpState } from '../../engine/trace';
import type { LabelFn } from '../label';
import { edgeFor } from './edges';
import type { DiagramEdgeLayout, DiagramNode, StateDiagramLayout } from './layout';

/** What to highlight. */
export interface StateDiagramFrame {
  current: TcpState;
  /** The most recent transition; `cause` (the machine event) tells a reset from a timeout. */
  lastTransition?: { from: TcpState; to: TcpState; cause?: string };
}

/** The render context: only the translation function. */
export interface StateDiagramContext {
  label: LabelFn;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const LAYERS = ['edges', 'note', 'nodes'] as const;

/** Which box is lit: the one the last edge ended in, else the first box of the state. */
function currentNodeId(layout: StateDiagramLayout, frame: StateDiagramFrame): string {
  const t = frame.lastTransition;
  const edge = t && t.to === frame.current ? edgeFor(t.from, t.to, t.cause) : undefined;
  if (edge && edge !== 'note') return layoutEdge(layout, edge.id)?.toNode ?? frame.current;
  return layout.nodes.find((n) => n.state === frame.current)?.id ?? frame.current;
}

function layoutEdge(layout: StateDiagramLayout, id: string): DiagramEdgeLayout | undefined {
  return layout.edges.find((e) => e.id === id);
}

/** Draws `layout` into `svg` with `frame` highlighted. */
export function renderStateDiagram(
  svg: SVGSVGElement,
  layout: StateDiagramLayout,
  frame: StateDiagramFrame,
  ctx: StateDiagramContext,
): void {
  const root = select(svg).attr('viewBox', `${layout.minX} 0 ${layout.width} ${layout.height}`);
  root
    .selectChildren<SVGGElement, string>('g.ww-layer')
    .data(LAYERS, (d) => d)
    .join((enter) => enter.append('g').attr('class', (d) => `ww-layer ww-sd-layer-${d}`));
  const layer = (name: (typeof LAYERS)[number]): Layer =>
    root.selectChildren<SVGGElement, unknown>(`g.ww-sd-layer-${name}`) as unknown as Layer;

  const t = frame.lastTransition;
  const taken = t ? edgeFor(t.from, t.to, t.cause) : undefined;
  const takenId = taken && taken !== 'note' ? taken.id : null;
  const litNode = currentNodeId(layout, frame);

  const edges = layer('edges')
    .selectChildren<SVGGElement, DiagramEdgeLayout>('g')
    .data(layout.edges, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('path').attr('class', 'ww-sd-edge-line');
      e.append('path').attr('class', 'ww-sd-edge-head').attr('d', 'M0,0L-9,-4.5L-9,4.5Z');
      e.append('text');
      return e;
    });
  edges
    .attr('class', (d) => `ww-sd-edge${d.id === takenId ? ' is-taken' : ''}`)
    .attr('data-id', (d) => d.id);
  edges.select('path.ww-sd-edge-line').attr('d', (d) => d.d);
  edges
    .select('path.ww-sd-edge-head')
    .attr('transform', (d) => `translate(${d.head.x},${d.head.y}) rotate(${d.head.angle})`);
  edges
    .select('text')
    .attr('x', (d) => d.labelX)
    .attr('y', (d) => d.labelY)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => ctx.label(d.label));

  layer('note')
    .selectChildren<SVGTextElement, StateDiagramLayout['note']>('text')
    .data([layout.note])
    .join((enter) => enter.append('text'))
    .attr('class', `ww-sd-note${taken === 'note' ? ' is-taken' : ''}`)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .text((d) => ctx.label(d.label));

  const nodes = layer('nodes')
    .selectChildren<SVGGElement, DiagramNode>('g')
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect').attr('rx', 8);
      e.append('text').attr('text-anchor', 'middle');
      return e;
    });
  nodes
    .attr('class', (d) => `ww-sd-node${d.id === litNode ? ' is-current' : ''}`)
    .attr('data-id', (d) => d.id)
    .attr('aria-current', (d) => (d.id === litNode ? 'true' : null));
  nodes
    .select('rect')
    .attr('x', (d) => d.x - d.w / 2)
    .attr('y', (d) => d.y - d.h / 2)
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);
  nodes
    .select('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y + 4.5)
    .text((d) => d.state);
}
