// Does what an Export menu item asks: finds the diagram on screen, makes the file, saves it.
// Loaded on first use; view-specific code (the sequence layout, the CSV writers, Mermaid) is
// loaded by the item that needs it.
import type { TcpTrace } from '../engine/trace';
import type { CongestionCaptureTrace, CongestionSimTrace } from '../engine/congestion/trace';
import type { JourneyTrace } from '../engine/journey/trace';
import type { LabelFn } from '../viz/label';
import { exportVariant, type DiagramId, type ExportAction, type ExportView } from './items';
import { exportFileName } from './fileName';
import { saveFile } from './download';
import {
  backgroundOf,
  exportSvg,
  serializeSvg,
  svgBox,
  svgToPng,
  type ExportedSvg,
  type LegendEntry,
} from './svgExport';
import type { StyleOf } from './svgStyles';

/** Everything an item needs, read from the player when it is used. */
export interface ExportContext {
  view: ExportView;
  /** The player's trace: a trace of the view's kind. */
  trace: unknown;
  /** The built-in the player started from (the trace's own id wins when it has one). */
  scenarioId: string;
  step: number;
  /** TCP view: relative sequence numbers, as the diagram shows them. */
  relative: boolean;
  label: LabelFn;
  /** The app's element: the diagrams are looked for inside it. */
  root: Element;
}

/** Why an item could not do its job (the menu says so in words). */
export class ExportError extends Error {
  constructor(
    readonly code: 'noDiagram' | 'clipboard' | 'failed',
    readonly reason = '',
  ) {
    super(`${code}${reason ? `: ${reason}` : ''}`);
  }
}

/** What the menu tells the user after an item ran (downloads speak for themselves). */
export type ExportNotice = 'copied' | null;

/** Where each diagram is drawn on screen, and the HTML legend that explains its colours. */
const DIAGRAMS: Record<DiagramId, { svg: string; legend?: string }> = {
  sequence: { svg: '.ww-sequence svg.ww-seq' },
  cwnd: { svg: '.ww-lab-chart svg.ww-cw-svg', legend: '.ww-lab-chart .ww-cw-legend' },
  topology: { svg: '.ww-journey-topology svg.ww-jv-svg' },
  waterfall: {
    svg: '.ww-journey-waterfall .ww-wf-scroll svg',
    legend: '.ww-journey-waterfall .ww-wf-legend',
  },
  tcptrace: { svg: '.ww-tt-chart-seq svg.ww-tt-svg', legend: '.ww-tt-chart-seq .ww-tt-legend' },
  flight: {
    svg: '.ww-tt-chart-flight svg.ww-tt-svg',
    legend: '.ww-tt-chart-flight .ww-tt-legend',
  },
};

/** The player's trace when it is a captured conversation of the congestion view. */
const captureOf = (ctx: ExportContext): CongestionCaptureTrace | null =>
  exportVariant(ctx.view, ctx.trace) === 'congestion-capture'
    ? (ctx.trace as CongestionCaptureTrace)
    : null;

/** What files are named after: the trace's scenario, the built-in, a capture's conversation and
 * the direction shown (`conv-1-server`), or "har" for a HAR file's requests. */
const scenarioIdOf = (ctx: ExportContext): string => {
  const capture = captureOf(ctx);
  if (capture) return `${capture.conversation.id}-${capture.sender}`;
  if ((ctx.trace as { kind?: unknown }).kind === 'har') return 'har';
  const own = (ctx.trace as { scenario?: { id?: unknown } }).scenario?.id;
  return typeof own === 'string' && own ? own : ctx.scenarioId;
};

const fileName = (ctx: ExportContext, ext: string, part?: string): string =>
  exportFileName({ view: ctx.view, scenarioId: scenarioIdOf(ctx), part, ext });

/** Runs one item. Throws {@link ExportError} when it cannot. */
export async function runExport(action: ExportAction, ctx: ExportContext): Promise<ExportNotice> {
  const doc = ctx.root.ownerDocument;
  switch (action.kind) {
    case 'svg': {
      const out = await diagramSvg(action.diagram, ctx);
      saveFile(doc, serializeSvg(out.svg), fileName(ctx, 'svg', action.diagram), 'image/svg+xml');
      return null;
    }
    case 'png': {
      const out = await diagramSvg(action.diagram, ctx);
      const png = await svgToPng(doc, serializeSvg(out.svg), out.width, out.height).catch((e) => {
        throw new ExportError('failed', (e as Error).message);
      });
      saveFile(doc, png, fileName(ctx, 'png', action.diagram));
      return null;
    }
    case 'trace':
      // Exactly what window.__wirewalk.traceJson() and the CLI give.
      saveFile(doc, JSON.stringify(ctx.trace), fileName(ctx, 'json'), 'application/json');
      return null;
    case 'mermaidCopy':
    case 'mermaidDownload': {
      const { tcpMermaid } = await import('./mermaid');
      const text = tcpMermaid(ctx.trace as TcpTrace, { relative: ctx.relative });
      if (action.kind === 'mermaidDownload') {
        saveFile(doc, text, fileName(ctx, 'mmd'));
        return null;
      }
      try {
        await doc.defaultView?.navigator.clipboard.writeText(text);
      } catch (e) {
        throw new ExportError('clipboard', (e as Error).message);
      }
      return 'copied';
    }
    case 'roundsCsv': {
      const { roundsCsv } = await import('../viz/cwnd/csv');
      const csv = roundsCsv(ctx.trace as CongestionSimTrace);
      saveFile(doc, csv, fileName(ctx, 'csv', 'rounds'), 'text/csv;charset=utf-8');
      return null;
    }
    case 'flightCsv': {
      const capture = captureOf(ctx);
      if (!capture) throw new ExportError('failed', 'not a captured conversation');
      const { flightCsv } = await import('../viz/tcptrace/csv');
      saveFile(doc, flightCsv(capture), fileName(ctx, 'csv', 'flight'), 'text/csv;charset=utf-8');
      return null;
    }
    case 'waterfallCsv': {
      const { waterfallCsv } = await import('./waterfallCsv');
      const csv = waterfallCsv(ctx.trace as JourneyTrace);
      saveFile(doc, csv, fileName(ctx, 'csv', 'waterfall'), 'text/csv;charset=utf-8');
      return null;
    }
    case 'print':
      doc.defaultView?.print();
      return null;
  }
}

/** The diagram `id` on screen as a standalone SVG (the sequence diagram: every row). */
async function diagramSvg(id: DiagramId, ctx: ExportContext): Promise<ExportedSvg> {
  const where = DIAGRAMS[id];
  const live = await findDiagram(ctx.root, where.svg);
  const view = ctx.root.ownerDocument.defaultView;
  if (!live || !view) throw new ExportError('noDiagram');
  const styleOf: StyleOf = (el) => view.getComputedStyle(el);
  const total = (ctx.trace as { steps?: number }).steps ?? 0;
  const title = ctx.label('export.svgTitle', {
    diagram: ctx.label(`export.diagram.${id}`),
    step: ctx.step,
    total,
  });
  const base = { background: backgroundOf(live, styleOf), title, styleOf };
  if (id === 'sequence') {
    const host = live.parentElement;
    if (!host) throw new ExportError('noDiagram');
    const { drawFullSequence } = await import('./sequenceSvg');
    const { svg, box } = drawFullSequence(host, {
      trace: ctx.trace as TcpTrace,
      step: ctx.step,
      relative: ctx.relative,
      width: svgBox(live).width || 640,
      label: ctx.label,
    });
    // Beside the live drawing (its styles apply there), out of sight, for this task only.
    svg.setAttribute('aria-hidden', 'true');
    svg.style.cssText = 'position:absolute;left:-100000px;top:0;pointer-events:none';
    try {
      return exportSvg(svg, { ...base, box });
    } finally {
      svg.remove();
    }
  }
  const legendEl = where.legend ? ctx.root.querySelector(where.legend) : null;
  return exportSvg(live, {
    ...base,
    legend: legendEl ? legendEntries(legendEl) : undefined,
    legendStyle: legendEl ? legendStyle(legendEl, styleOf) : undefined,
  });
}

/** How long an item waits for a view whose code is still loading to draw. */
const DIAGRAM_WAIT_MS = 3000;

/** The diagram matching `selector`, waiting a moment for a view that is still loading. */
async function findDiagram(root: Element, selector: string): Promise<SVGSVGElement | null> {
  const until = Date.now() + DIAGRAM_WAIT_MS;
  for (;;) {
    const el = root.querySelector<SVGSVGElement>(selector);
    if (el || Date.now() > until) return el;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The entries of an HTML legend: each item's swatch `<svg>` and its words. */
function legendEntries(list: Element): LegendEntry[] {
  return Array.from(list.children).map((li) => ({
    swatch: li.querySelector('svg'),
    text: (li.textContent ?? '').trim(),
  }));
}

function legendStyle(list: Element, styleOf: StyleOf) {
  const cs = styleOf(list);
  return {
    fontFamily: cs.getPropertyValue('font-family'),
    fontSize: cs.getPropertyValue('font-size'),
    color: cs.getPropertyValue('color'),
  };
}
