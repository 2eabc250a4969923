// The page load events of the waterfall, as the browser's developer tools draw them: a vertical
// line for DOMContentLoaded (blue) and one for load (red), each labelled under the time axis with
// its time. A HAR file gives them (harTrace.ts); a simulated journey has none (its model does not
// define the events). With several pages, the lines are those of the page the player is on.
// Pure: the layout's part (x, the page at each step) and the labels' places, tested in Node.
// Loaded with the HAR layout only, through its plug-in (waterfallMarksPlugin.ts).
import { textWidth } from '../cwnd/format';

/** Which event: DOMContentLoaded or load. */
export type MarkKind = 'dcl' | 'load';
/** In legend order. */
export const MARK_KINDS: readonly MarkKind[] = ['dcl', 'load'];

/** A page event of the trace: its time (ms), its page (1-based) and the step it is. */
export interface WaterfallMark {
  kind: MarkKind;
  page: number;
  t: number;
  step: number;
}

/** A page event laid out: `x` on the time axis (px). */
export interface WfMark extends WaterfallMark {
  /** `<kind>-<page>`: one of each per page. */
  id: string;
  x: number;
}

/** The lanes of labels under the axis (one page has two events: two lanes always suffice). */
export const WF_MARK_LANES = 2;
export const WF_MARK_LANE_H = 15;
/** Font size (px) of a label. */
export const WF_MARK_FONT = 11;
/** Space kept between two labels in a lane (px). */
const GAP = 8;

/** The marks at their x, in order of time (then DOMContentLoaded first). */
export function layoutMarks(marks: readonly WaterfallMark[], xOf: (t: number) => number): WfMark[] {
  return marks
    .filter((m) => Number.isFinite(m.t))
    .map((m) => ({ ...m, id: `${m.kind}-${m.page}`, x: xOf(Math.max(0, m.t)) }))
    .sort((a, b) => a.t - b.t || MARK_KINDS.indexOf(a.kind) - MARK_KINDS.indexOf(b.kind));
}

/** What {@link stepPages} reads of a trace's events and requests. */
export interface PageSources {
  events: readonly { step: number; requestId?: string }[];
  requests: readonly { id: string; journey?: number }[];
  marks: readonly WaterfallMark[];
  steps: number;
}

/**
 * The page shown at each step (index = step): the page of the step's own request (its first
 * event's) or page event, else the one of the step before; step 0 shows the first request's page.
 */
export function stepPages(src: PageSources): Int32Array {
  const pageOf = new Map(src.requests.map((r) => [r.id, r.journey ?? 1]));
  const pages = new Int32Array(src.steps + 1);
  let prev = 0;
  for (const e of src.events) {
    if (e.step === prev || e.step > src.steps) continue;
    prev = e.step;
    const page = e.requestId !== undefined ? pageOf.get(e.requestId) : undefined;
    if (page !== undefined) pages[e.step] = page;
  }
  for (const m of src.marks) if (m.step >= 1 && m.step <= src.steps) pages[m.step] = m.page;
  pages[0] = src.requests[0]?.journey ?? src.marks[0]?.page ?? 1;
  for (let s = 1; s <= src.steps; s++) if (pages[s] === 0) pages[s] = pages[s - 1]!;
  return pages;
}

/** The marks' part of a waterfall layout. */
export interface MarksPart {
  /** The lines, in order of time. */
  marks: WfMark[];
  /** Index = step: the page whose lines show (null without marks). */
  stepPage: Int32Array | null;
  /** The room (px) the labels' lanes take under the axis (0 without marks). */
  lanesHeight: number;
}

/** Lays out `src.marks` with `xOf`; `src.requests` in row order. */
export function layoutMarksPart(src: PageSources, xOf: (t: number) => number): MarksPart {
  const marks = layoutMarks(src.marks, xOf);
  if (!marks.length) return { marks, stepPage: null, lanesHeight: 0 };
  return {
    marks,
    stepPage: stepPages({ ...src, marks }),
    lanesHeight: WF_MARK_LANES * WF_MARK_LANE_H + 2,
  };
}

/** Where a mark's label goes: its left or right end at `x`, in lane `lane` (from the axis down). */
export interface MarkLabelPlace {
  x: number;
  anchor: 'start' | 'end';
  lane: number;
}

/**
 * Places the labels of `marks` (in order of x; `texts[i]` is mark i's label): right of its line
 * when it fits before `width`, else left of it; in the first lane where it touches no other
 * label. Lane −1: no room in any lane (not drawn).
 */
export function placeMarkLabels(
  marks: readonly Pick<WfMark, 'x'>[],
  texts: readonly string[],
  width: number,
): MarkLabelPlace[] {
  const lanes: [number, number][][] = Array.from({ length: WF_MARK_LANES }, () => []);
  return marks.map((m, i) => {
    const w = textWidth(texts[i] ?? '', WF_MARK_FONT);
    const right = m.x + 4 + w <= width - 2;
    const span: [number, number] = right ? [m.x + 4, m.x + 4 + w] : [m.x - 4 - w, m.x - 4];
    const lane = lanes.findIndex((placed) =>
      placed.every(([a, b]) => span[1] + GAP <= a || b + GAP <= span[0]),
    );
    if (lane >= 0) lanes[lane]!.push(span);
    return { x: right ? m.x + 4 : m.x - 4, anchor: right ? 'start' : 'end', lane };
  });
}
