// The browser bench page: builds traces with the engine, then times the sequence diagram (layout,
// first render, per-step updates) and Mermaid on the same exchange. Exposed as window.wwBench.
import '../../src/ui/views/views.css';
import mermaid from 'mermaid';
import { simulateTcp } from '../../src/engine/tcp/simulate';
import type { TcpTrace } from '../../src/engine/trace';
import { labelFor } from '../../src/i18n/i18n';
import { layoutSequence, type SequenceLayout } from '../../src/viz/sequence/layout';
import { renderSequence, yForStep } from '../../src/viz/sequence/render';
import { segmentLabel } from '../../src/viz/sequence/labels';
import { bulkTcpScenario, measureEngine, type EngineMeasurement } from '../engine';
import { chartLossUpdate, type ChartLossResult } from './cwnd';
import { captureParse, captureTrace, type CaptureParseResult } from './capture';

/** Width of the diagram and height of its scroll viewport, in CSS pixels. */
const WIDTH = 900;
const VIEW_HEIGHT = 800;
/** Seeded loss of the diagram's exchange, so it has lost arrows, retransmissions and breaks. */
const LOSS_RATE = 0.01;

/** The trace a size's view benchmarks draw. */
export interface PreparedTrace {
  target: number;
  dataSegments: number;
  wireSegments: number;
  lostSegments: number;
  events: number;
  steps: number;
}

/** Wall times of one repeated measurement, in ms (`coldMs` is the first, untimed-in-median run). */
export interface Timings {
  coldMs: number;
  runsMs: number[];
}

/** Layout and first render of one trace. */
export interface FirstRenderResult {
  segments: number;
  layoutHeightPx: number;
  layout: Timings;
  /** renderSequence into an empty <svg> at the last step, viewport at the top, plus forced layout. */
  firstRender: Timings;
  /** The same with the viewport covering the whole diagram (every item in the DOM). */
  fullRender: Timings;
  firstRenderDomNodes: number;
  fullRenderDomNodes: number;
}

/** Per-step update times while stepping. */
export interface SteppingResult {
  segments: number;
  stepsMeasured: number;
  /**
   * Each step's time (ms; `jsMs` of it until renderSequence returned, the rest is style and
   * layout), whether the view had to scroll to keep the cursor visible, and whether the cursor
   * jumped there (a seek, like dragging the timeline) rather than moving one step.
   */
  samples: { step: number; ms: number; jsMs: number; scrolled: boolean; jump: boolean }[];
}

/** Mermaid on the same exchange. */
export interface MermaidResult {
  messages: number;
  lostMessages: number;
  textChars: number;
  config: { maxTextSize: number; maxEdges: number };
  /** mermaid.render() alone. */
  render: Timings;
  /** mermaid.render() + inserting the SVG + forced layout (what a page must do to show it). */
  renderAndInsert: Timings;
  svgChars: number;
}

/** What run.mjs calls. */
export interface BenchApi {
  prepare(target: number): PreparedTrace;
  engine(segments: number, warmup: number, runs: number): EngineMeasurement;
  firstRender(target: number, runs: number): FirstRenderResult;
  /** layoutSequence alone (arrow labels placed), for traces too long to draw whole. */
  layout(target: number, runs: number): Timings;
  stepping(target: number, anchors: number, perAnchor: number): Promise<SteppingResult>;
  unchangedFrame(target: number, runs: number): Promise<Timings>;
  mermaid(target: number, runs: number): Promise<MermaidResult>;
  chartLossUpdate(rounds: number, clicks: number): Promise<ChartLossResult>;
  /** Opens a synthetic capture of `mib` MiB through the page's capture worker. */
  captureParse(mib: number, runs: number): Promise<CaptureParseResult>;
  /** Makes the TCP view's trace of a `packets`-packet captured conversation; the other
   * functions then take `-packets` as their target. */
  prepareCapture(packets: number): PreparedTrace;
  chromeVersion(): string;
}

declare global {
  interface Window {
    wwBench: BenchApi;
  }
}

const label = labelFor('en');
const traces = new Map<number, { trace: TcpTrace; info: PreparedTrace }>();

/** A bulk transfer with ~`target` segments on the wire (the least data size reaching it). */
function prepare(target: number): PreparedTrace {
  const known = traces.get(target);
  if (known) return known.info;
  if (target < 0) throw new Error(`prepareCapture(${-target}) first`);
  let data = Math.max(1, Math.round(target / 2) - 3);
  let trace = simulateTcp(bulkTcpScenario(data, { lossRate: LOSS_RATE }));
  for (let i = 0; i < 50 && trace.summary.segments.length < target; i++) {
    data += Math.max(1, Math.ceil((target - trace.summary.segments.length) / 2));
    trace = simulateTcp(bulkTcpScenario(data, { lossRate: LOSS_RATE }));
  }
  const segs = trace.summary.segments;
  const info: PreparedTrace = {
    target,
    dataSegments: data,
    wireSegments: segs.length,
    lostSegments: segs.filter((s) => s.dropped).length,
    events: trace.events.length,
    steps: trace.steps,
  };
  traces.set(target, { trace, info });
  return info;
}

function traceFor(target: number): TcpTrace {
  prepare(target);
  return traces.get(target)!.trace;
}

function host(): HTMLElement {
  const el = document.getElementById('host');
  if (!el) throw new Error('#host is missing');
  return el;
}

/** A fresh scroll container with an empty <svg>, replacing the previous one. */
function freshSvg(): { scroller: HTMLDivElement; svg: SVGSVGElement } {
  const h = host();
  h.replaceChildren();
  const scroller = document.createElement('div');
  scroller.className = 'ww-seq-scroll';
  scroller.style.height = `${VIEW_HEIGHT}px`;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'ww-seq');
  scroller.append(svg);
  h.append(scroller);
  // Lay out the empty container now, so its cost is not charged to the first render.
  svg.getBoundingClientRect();
  return { scroller, svg };
}

/** Forces style recalculation and layout, so a timing includes them. */
function forceLayout(el: Element): void {
  el.getBoundingClientRect();
}

const ctx = { label };

function timeRepeated(runs: number, once: () => number): Timings {
  const coldMs = once();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(once());
  return { coldMs, runsMs };
}

/** Times the layout of `target`'s trace; returns the timings and the last layout made. */
function timeLayout(target: number, runs: number): { timings: Timings; layout: SequenceLayout } {
  const trace = traceFor(target);
  let layout: SequenceLayout | undefined;
  const timings = timeRepeated(runs, () => {
    const t0 = performance.now();
    layout = layoutSequence(trace, { width: WIDTH, relative: true });
    return performance.now() - t0;
  });
  return { timings, layout: layout! };
}

function firstRender(target: number, runs: number): FirstRenderResult {
  const trace = traceFor(target);
  const { timings: layoutT, layout: lay } = timeLayout(target, runs);
  let domNodes = 0;
  const renderOnce = (height: number) => () => {
    const { svg } = freshSvg();
    const t0 = performance.now();
    renderSequence(svg, lay, { step: lay.steps, progress: 0, viewport: { top: 0, height } }, ctx);
    forceLayout(svg);
    const ms = performance.now() - t0;
    domNodes = svg.getElementsByTagName('*').length;
    return ms;
  };
  const first = timeRepeated(runs, renderOnce(VIEW_HEIGHT));
  const firstNodes = domNodes;
  const full = timeRepeated(Math.min(runs, 3), renderOnce(lay.height));
  const fullNodes = domNodes;
  host().replaceChildren();
  return {
    segments: trace.summary.segments.length,
    layoutHeightPx: Math.round(lay.height),
    layout: layoutT,
    firstRender: first,
    fullRender: full,
    firstRenderDomNodes: firstNodes,
    fullRenderDomNodes: fullNodes,
  };
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Steps through the trace as the player does: `anchors` jumps spread evenly over the trace, each
 * followed by `perAnchor - 1` single steps. Each step runs in its own animation frame and is timed
 * from "cursor moved" to "DOM updated and laid out", including the scroll that keeps the cursor in
 * view (a jump always scrolls; single steps scroll when the cursor nears the viewport's edge).
 */
async function stepping(
  target: number,
  anchors: number,
  perAnchor: number,
): Promise<SteppingResult> {
  const trace = traceFor(target);
  const lay = layoutSequence(trace, { width: WIDTH, relative: true });
  const { scroller, svg } = freshSvg();
  let top = 0;
  renderSequence(svg, lay, { step: 0, progress: 0, viewport: { top, height: VIEW_HEIGHT } }, ctx);
  forceLayout(svg);
  const margin = VIEW_HEIGHT / 8;
  const maxTop = Math.max(0, lay.height - VIEW_HEIGHT);
  const samples: SteppingResult['samples'] = [];
  for (let a = 0; a < anchors; a++) {
    const start = 1 + Math.floor(((lay.steps - perAnchor) * a) / Math.max(1, anchors - 1));
    for (let k = 0; k < perAnchor; k++) {
      const step = Math.min(lay.steps, start + k);
      await nextFrame();
      const t0 = performance.now();
      const y = yForStep(lay, step);
      let scrolled = false;
      if (y < top + margin || y > top + VIEW_HEIGHT - margin) {
        top = Math.max(0, Math.min(maxTop, y - VIEW_HEIGHT / 3));
        scroller.scrollTop = top;
        scrolled = true;
      }
      renderSequence(svg, lay, { step, progress: 0, viewport: { top, height: VIEW_HEIGHT } }, ctx);
      const t1 = performance.now();
      forceLayout(svg);
      samples.push({ step, ms: performance.now() - t0, jsMs: t1 - t0, scrolled, jump: k === 0 });
    }
  }
  host().replaceChildren();
  return { segments: trace.summary.segments.length, stepsMeasured: samples.length, samples };
}

/**
 * Diagnostic: renderSequence called again with the very same frame (nothing to change), each in
 * its own animation frame, plus forced layout. Shows the fixed cost of a render.
 */
async function unchangedFrame(target: number, runs: number): Promise<Timings> {
  const trace = traceFor(target);
  const lay = layoutSequence(trace, { width: WIDTH, relative: true });
  const { scroller, svg } = freshSvg();
  const step = Math.floor(lay.steps / 2);
  const top = Math.max(0, yForStep(lay, step) - VIEW_HEIGHT / 3);
  scroller.scrollTop = top;
  const frame = { step, progress: 0, viewport: { top, height: VIEW_HEIGHT } };
  renderSequence(svg, lay, frame, ctx);
  forceLayout(svg);
  const once = async (): Promise<number> => {
    await nextFrame();
    const t0 = performance.now();
    renderSequence(svg, lay, frame, ctx);
    forceLayout(svg);
    return performance.now() - t0;
  };
  const coldMs = await once();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(await once());
  host().replaceChildren();
  return { coldMs, runsMs };
}

const MERMAID_CONFIG = { maxTextSize: 5_000_000, maxEdges: 100_000 };
let mermaidReady = false;

/** The exchange as a Mermaid sequenceDiagram: one message per segment, lost ones as `-x`. */
function mermaidText(trace: TcpTrace): { text: string; messages: number; lost: number } {
  const name = { client: 'Client', server: 'Server' } as const;
  const lines = ['sequenceDiagram', '    participant Client', '    participant Server'];
  let lost = 0;
  for (const ev of trace.events) {
    if (ev.kind !== 'segment.sent') continue;
    const s = ev.segment;
    const arrow = ev.arriveAt === null ? '-x' : '->>';
    if (ev.arriveAt === null) lost++;
    const text = segmentLabel(s, { relative: true, iss: trace.iss });
    lines.push(`    ${name[s.from]}${arrow}${name[s.to]}: ${text}`);
  }
  return { text: lines.join('\n') + '\n', messages: lines.length - 3, lost };
}

async function runMermaid(target: number, runs: number): Promise<MermaidResult> {
  const trace = traceFor(target);
  if (!mermaidReady) {
    // The defaults (maxTextSize 50,000 characters, maxEdges 500) would refuse or cut large
    // diagrams: raised so the whole exchange really renders.
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', ...MERMAID_CONFIG });
    mermaidReady = true;
  }
  const { text, messages, lost } = mermaidText(trace);
  const out = document.getElementById('mermaid-out')!;
  let n = 0;
  let svgChars = 0;
  const render = async (insert: boolean): Promise<number> => {
    out.replaceChildren();
    const t0 = performance.now();
    const { svg } = await mermaid.render(`ww-mermaid-${++n}`, text);
    if (insert) {
      out.innerHTML = svg;
      forceLayout(out.firstElementChild ?? out);
    }
    const ms = performance.now() - t0;
    svgChars = svg.length;
    if (!svg.includes(name0(trace))) throw new Error('Mermaid output lacks the first message');
    return ms;
  };
  const timeAsync = async (count: number, insert: boolean): Promise<Timings> => {
    const coldMs = await render(insert);
    const runsMs: number[] = [];
    for (let i = 0; i < count; i++) runsMs.push(await render(insert));
    return { coldMs, runsMs };
  };
  const renderT = await timeAsync(runs, false);
  const insertT = await timeAsync(Math.max(1, Math.min(runs, 2)), true);
  const drawn = out.querySelectorAll('text.messageText').length;
  if (drawn !== messages) throw new Error(`Mermaid drew ${drawn} of ${messages} messages`);
  out.replaceChildren();
  return {
    messages,
    lostMessages: lost,
    textChars: text.length,
    config: MERMAID_CONFIG,
    render: renderT,
    renderAndInsert: insertT,
    svgChars,
  };
}

/** The label of the first segment (a sanity check that Mermaid rendered the exchange). */
function name0(trace: TcpTrace): string {
  const first = trace.events.find((e) => e.kind === 'segment.sent');
  return first && first.kind === 'segment.sent'
    ? segmentLabel(first.segment, { relative: true, iss: trace.iss })
    : '';
}

window.wwBench = {
  prepare,
  engine: (segments, warmup, runs) => measureEngine(segments, { warmup, runs }),
  firstRender,
  layout: (target, runs) => timeLayout(target, runs).timings,
  stepping,
  unchangedFrame,
  mermaid: runMermaid,
  chartLossUpdate,
  captureParse,
  prepareCapture(packets) {
    const known = traces.get(-packets);
    if (known) return known.info;
    const { trace } = captureTrace(packets);
    const segs = trace.summary.segments;
    const info: PreparedTrace = {
      target: -packets,
      dataSegments: segs.filter((s) => s.len > 0).length,
      wireSegments: segs.length,
      lostSegments: 0,
      events: trace.events.length,
      steps: trace.steps,
    };
    traces.set(-packets, { trace, info });
    return info;
  },
  chromeVersion: () => navigator.userAgent,
};
