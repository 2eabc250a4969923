// Which step a waterfall row stands for, and which row a step is about: a click on a row moves the
// player to the row's step (so the inspector shows that request), and the row of the player's
// step is highlighted. Pure, computed once per layout in O(events): a step only reads an array.

/** What the mapping reads of a trace's events (in step order; a step's first event is its
 * focus, as the inspector shows it). */
export interface StepEvent {
  step: number;
  t: number;
  kind?: string;
  requestId?: string;
}

/** The events that send a request: a simulation's HTTP request, a HAR's request start. */
const SENDS: ReadonlySet<string> = new Set(['http.request', 'har.request']);

/** Each row's step and each step's row. */
export interface RowSteps {
  /** Index = row: the step a click on the row goes to. */
  rowStep: Int32Array;
  /** Index = step: the row its focus event is about, or −1. */
  stepRow: Int32Array;
}

/**
 * The step of each row (`rowIds[i]` is row i's request id): the step whose focus is the
 * request being sent (the inspector then shows it: its request line and headers); for a request
 * never sent (served by the cache), the first step with an event about it; failing both, the
 * first step at or after its start (`starts[i]`, ms) on `stepT` (step times, non-decreasing).
 */
export function rowSteps(
  events: readonly StepEvent[],
  steps: number,
  rowIds: readonly string[],
  starts: ArrayLike<number>,
  stepT: ArrayLike<number>,
): RowSteps {
  const rowOf = new Map(rowIds.map((id, i) => [id, i]));
  const sent = new Int32Array(rowIds.length);
  const seen = new Int32Array(rowIds.length);
  const stepRow = new Int32Array(steps + 1).fill(-1);
  let prev = 0;
  for (const e of events) {
    const focus = e.step !== prev;
    prev = e.step;
    const row = e.requestId !== undefined ? rowOf.get(e.requestId) : undefined;
    if (row === undefined || e.step < 1 || e.step > steps) continue;
    if (seen[row] === 0) seen[row] = e.step;
    if (!focus) continue;
    stepRow[e.step] = row;
    if (sent[row] === 0 && e.kind !== undefined && SENDS.has(e.kind)) sent[row] = e.step;
  }
  const rowStep = new Int32Array(rowIds.length);
  for (let i = 0; i < rowIds.length; i++)
    rowStep[i] = sent[i] || seen[i] || firstStepFrom(stepT, steps, starts[i] ?? 0);
  return { rowStep, stepRow };
}

/** The first step ≥ 1 whose time is at or after `t` (the last step when none is). */
function firstStepFrom(stepT: ArrayLike<number>, steps: number, t: number): number {
  let lo = 1;
  let hi = steps;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stepT[mid]! >= t) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(lo, steps);
}
