// Layout of the request waterfall (as in the browser's developer tools): a pure function from a
// journey trace (simulated, or read from a HAR file) and a width to columns, one row per request
// (sorted by start), per row the bars of its phases in WATERFALL_PHASES order at their exact
// times, the time axis, each step's time, the starts that tell which rows have started by a time,
// the page load events' lines when the host passes their plug-in (waterfallMarksPlugin.ts: a HAR
// file's waterfall) and which step each row stands for (waterfallSteps.ts). Runs in Node, once per
// (trace, width); a step only reads arrays and binary-searches the starts.
import { niceScale } from '../niceScale';
import {
  WATERFALL_PHASES,
  type WaterfallPhaseName,
  type WaterfallTimings,
} from '../../engine/journey/trace';
import { textWidth } from '../cwnd/format';
import { connNumber } from './topologyText';
import type { WaterfallMark, WfMark } from './waterfallMarks';
import type { WaterfallMarksPlugin } from './waterfallMarksPlugin';
import { rowSteps, type StepEvent } from './waterfallSteps';

/** A phase's id in class names and catalog keys. */
export type PhaseId =
  'queueing' | 'stalled' | 'dns' | 'connect' | 'ssl' | 'send' | 'wait' | 'download';
export const PHASE_IDS: Readonly<Record<WaterfallPhaseName, PhaseId>> = {
  Queueing: 'queueing',
  Stalled: 'stalled',
  'DNS Lookup': 'dns',
  'Initial connection': 'connect',
  SSL: 'ssl',
  'Request sent': 'send',
  'Waiting (TTFB)': 'wait',
  'Content Download': 'download',
};

/**
 * What a row needs of a request: a simulated journey's `JourneyRequest` has it, and so has a HAR
 * file's request (harTrace.ts).
 */
export interface WaterfallRequest {
  id: string;
  url: string;
  /** "document" rows are named by host and path; the others by their file name. */
  type: string;
  /** 0 (or less): no response (a failed request). */
  status: number;
  /** The connection's id: `conn-<n>` in a simulation, the browser's id in a HAR; null: none. */
  conn: string | null;
  /** ms. */
  start: number;
  end: number;
  timings: WaterfallTimings;
  fromCache: boolean;
  /** Which cache answered (a simulation's fresh hits are disk-cache hits). */
  cacheKind?: 'memory' | 'disk' | null;
  conditional: boolean;
  /** The page (navigation) it belongs to, from 1; 1 when absent. */
  journey?: number;
}

/** What the waterfall reads of a trace: its requests, steps, the steps' times and the events'
 * requests, and the page load events when the trace has them (a HAR file's). */
export interface WaterfallTrace {
  requests: readonly WaterfallRequest[];
  steps: number;
  endMs: number;
  events: readonly StepEvent[];
  marks?: readonly WaterfallMark[];
}

/** Options of {@link layoutWaterfall}. */
export interface WaterfallOptions {
  width: number;
  /** Lays out and draws the trace's page load events; without it there are none. */
  marks?: WaterfallMarksPlugin;
}

export const WF_MIN_WIDTH = 560;
export const WF_ROW_H = 22;
export const WF_HEAD_H = 30;
export const WF_FONT = 11.5;
/** How many connection colours there are (connection n gets colour (n − 1) mod this). */
export const CONN_COLOURS = 6;

/** One phase of one request: times in ms, x and width in pixels. */
export interface WfSegment {
  phase: WaterfallPhaseName;
  id: PhaseId;
  start: number;
  duration: number;
  x: number;
  w: number;
}

/** One request's row. */
export interface WfRow {
  /** The request id. */
  id: string;
  /** Display position (0 = top). */
  index: number;
  /** Top of the row (px). */
  y: number;
  request: WaterfallRequest;
  /** Short name (file name; host and path for documents), cut to the name column. */
  name: string;
  /** The connection's number, which picks its colour: conn-3 → 3; another id (a HAR's) → its
   * order of first use. Null without a connection (a cache hit). */
  conn: number | null;
  /** The connection's id as the column shows it ("3" for conn-3, a HAR's id as written). */
  connLabel: string | null;
  /** Another request used the connection before this one (keep-alive reuse). */
  reused: boolean;
  /** A 301/302: the next hop is another row. */
  redirect: boolean;
  /** Bar extent: start and end (px). */
  x0: number;
  x1: number;
  segments: WfSegment[];
}

/** A column's left edge and width. */
export interface WfColumn {
  x: number;
  w: number;
}

/** An axis tick. */
export interface WfTick {
  value: number;
  x: number;
}

/** Everything the renderer draws, in pixels. */
export interface WaterfallLayout {
  width: number;
  height: number;
  columns: { name: WfColumn; status: WfColumn; conn: WfColumn };
  /** The time axis' pixel range. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The axis' end (ms). */
  tMax: number;
  ticks: WfTick[];
  rows: WfRow[];
  /** Index = step: the step's time (the time of its first event); 0 for step 0. */
  stepT: Float64Array;
  steps: number;
  /** Each row's start (ms), in row order: rows are sorted by start, so the rows started by a
   * time are a prefix. */
  starts: Float64Array;
  /** Index = row: the step a click on the row goes to (waterfallSteps.ts). */
  rowStep: Int32Array;
  /** Index = step: the row the step is about, or −1. */
  stepRow: Int32Array;
  /** The page load events' lines, in order of time (none for a simulated journey, or without
   * the plug-in). */
  marks: WfMark[];
  /** Index = step: the page whose lines show (null without marks). */
  stepPage: Int32Array | null;
  /** The baseline of the first lane of the marks' labels (px), under the axis. */
  marksY: number;
  /** Draws the marks for a frame (the plug-in's; null without it). */
  drawMarks: WaterfallMarksPlugin['draw'] | null;
}

/** Lays `trace`'s requests out at `width`: once per (trace, width). */
export function layoutWaterfall(trace: WaterfallTrace, opts: WaterfallOptions): WaterfallLayout {
  const width = Math.max(WF_MIN_WIDTH, Math.round(opts.width));
  const nameW = Math.round(Math.min(240, Math.max(130, width * 0.24)));
  const name = { x: 0, w: nameW };
  const status = { x: nameW, w: 54 };
  const conn = { x: nameW + 54, w: 90 };
  const sorted = trace.requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.start - b.r.start || a.i - b.i)
    .map((e) => e.r);
  const top = WF_HEAD_H;
  const bottom = top + Math.max(1, sorted.length) * WF_ROW_H;
  const plot = { left: conn.x + conn.w + 10, right: width - 14, top, bottom };

  let tEnd = Math.max(1, trace.endMs);
  for (const r of sorted) tEnd = Math.max(tEnd, r.end, r.start + totalOf(r));
  for (const m of trace.marks ?? []) if (Number.isFinite(m.t)) tEnd = Math.max(tEnd, m.t);
  const count = Math.max(2, Math.round((plot.right - plot.left) / 90));
  const scale = niceScale(tEnd, plot.left, plot.right, count);
  const tMax = scale.max;
  const x = (t: number) => r1(scale.at(t));
  const ticks = scale.ticks.map((value) => ({ value, x: x(value) }));

  const seen = new Set<string>();
  const connOf = connNumbers(sorted);
  const rows: WfRow[] = sorted.map((request, index) => {
    const segments: WfSegment[] = [];
    let t = request.start;
    for (const phase of WATERFALL_PHASES) {
      const duration = request.timings[phase];
      if (duration > 0)
        segments.push({
          phase,
          id: PHASE_IDS[phase],
          start: t,
          duration,
          x: x(t),
          w: r1(scale.at(t + duration) - scale.at(t)),
        });
      t += duration;
    }
    const reused = request.conn !== null && seen.has(request.conn);
    if (request.conn !== null) seen.add(request.conn);
    return {
      id: request.id,
      index,
      y: top + index * WF_ROW_H,
      request,
      name: fit(requestName(request), nameW - 16, WF_FONT),
      conn: request.conn === null ? null : connOf.get(request.conn)!,
      connLabel:
        request.conn === null
          ? null
          : fit(
              SIM_CONN.test(request.conn) ? String(connNumber(request.conn)) : request.conn,
              56,
              WF_FONT,
            ),
      reused,
      redirect: request.status === 301 || request.status === 302,
      x0: x(request.start),
      x1: x(t),
      segments,
    };
  });

  const stepT = new Float64Array(trace.steps + 1);
  for (const e of trace.events)
    if (e.step <= trace.steps && stepT[e.step] === 0) stepT[e.step] = e.t;
  for (let s = 1; s <= trace.steps; s++) if (stepT[s]! < stepT[s - 1]!) stepT[s] = stepT[s - 1]!;
  const starts = Float64Array.from(rows.map((r) => r.request.start));
  const { rowStep, stepRow } = rowSteps(
    trace.events,
    trace.steps,
    rows.map((r) => r.id),
    starts,
    stepT,
  );
  const part = opts.marks?.layout(
    { events: trace.events, requests: sorted, marks: trace.marks ?? [], steps: trace.steps },
    x,
  );
  return {
    width,
    height: bottom + 24 + (part?.lanesHeight ?? 0),
    columns: { name, status, conn },
    plot,
    tMax,
    ticks,
    rows,
    stepT,
    steps: trace.steps,
    starts,
    rowStep,
    stepRow,
    marks: part?.marks ?? [],
    stepPage: part?.stepPage ?? null,
    marksY: bottom + 32,
    drawMarks: opts.marks?.draw ?? null,
  };
}

const r1 = (v: number): number => Math.round(v * 10) / 10;
const totalOf = (r: WaterfallRequest): number =>
  WATERFALL_PHASES.reduce((s, p) => s + r.timings[p], 0);

/** The id of phase `phase`'s pattern (colour and lines) for the pattern prefix `prefix`. */
export const patternId = (prefix: string, phase: PhaseId): string => `${prefix}-${phase}`;

/** x (px) of a time (ms), on the layout's axis. */
export function xOfTime(layout: WaterfallLayout, t: number): number {
  const { left, right } = layout.plot;
  return r1(left + (Math.max(0, Math.min(layout.tMax, t)) / layout.tMax) * (right - left));
}

/** The cursor's time: step k's time, `progress` of the way to step k + 1's. */
export function cursorTime(layout: WaterfallLayout, step: number, progress: number): number {
  const k = Math.max(0, Math.min(layout.steps, Math.floor(step)));
  const t0 = layout.stepT[k] ?? 0;
  const t1 = layout.stepT[k + 1] ?? t0;
  return t0 + Math.max(0, Math.min(1, progress)) * (t1 - t0);
}

/** How many rows have started by time `t` (they are `rows[0 .. n)`). */
export function startedCount(layout: WaterfallLayout, t: number): number {
  const s = layout.starts;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A simulation's connection id. */
const SIM_CONN = /^conn-\d+$/;

/** Each connection's number: a simulation's own (conn-3 → 3), else its order of first use. */
function connNumbers(requests: readonly WaterfallRequest[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of requests)
    if (r.conn !== null && !out.has(r.conn))
      out.set(r.conn, SIM_CONN.test(r.conn) ? connNumber(r.conn) : out.size + 1);
  return out;
}

/**
 * The name DevTools shows: the last path segment (with the query), or the host for "/"; a
 * document also shows its host (and "http://" when not https), so redirect hops differ.
 */
export function requestName(r: Pick<WaterfallRequest, 'url' | 'type'>): string {
  let u: URL;
  try {
    u = new URL(r.url);
  } catch {
    return r.url;
  }
  if (r.type === 'document')
    return `${u.protocol === 'http:' ? 'http://' : ''}${u.host}${u.pathname}${u.search}`;
  const last = u.pathname.split('/').filter(Boolean).pop();
  return last ? `${last}${u.search}` : u.host;
}

/** `text` cut with "…" to fit `width` px at `fontPx`. */
export function fit(text: string, width: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (textWidth(`${chars.slice(0, mid).join('')}…`, fontPx) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}
