// First pass of the sequence layout: one walk over the trace that pairs each segment with its
// arrival or loss, gives every segment end a row within its instant, pairs timer starts with
// their ends, and records each step's virtual time. No coordinates yet.
import type { Endpoint, EventOf, TcpTrace } from '../../engine/trace';
import { lastAtOrBefore } from './timeAxis';

/** How a timer bar ends. */
export type TimerOutcome = 'fired' | 'cancelled' | 'replaced' | 'running';

/** A segment with its end: arrival, or the point where it is lost. */
export interface SegRec {
  ev: EventOf<'segment.sent'>;
  /** Arrival time, or the time of the loss mark (never before half the one-way delay). */
  endT: number;
  lost: boolean;
  /** Row of the send / of the end within their instants. */
  sendRank: number;
  endRank: number;
  /** Step of arrival or loss (steps + 1 if it never happens in the trace). */
  endStep: number;
  done: boolean;
  /** Row of a gap marker drawn just above the send (bytes not captured before it). */
  holeRank?: number;
}

/** The result of the scan. */
export interface TraceScan {
  /** Virtual time of each step, index 0..steps + 1 (ascending). */
  stepT: number[];
  /** Distinct instants, ascending, and the rows each needs. */
  times: number[];
  rows: number[];
  segs: SegRec[];
  states: { ev: EventOf<'state.changed'>; row: number }[];
  timers: { ev: EventOf<'timer.set'>; end?: { t: number; step: number; how: TimerOutcome } }[];
}

// Per instant: ranks of sends (client, server), arrivals (client, server), and loss marks.
type Counters = [number, number, number, number, number];
const side = (e: Endpoint): 0 | 1 => (e === 'client' ? 0 : 1);
/** Post-increment of one counter: the rank given to the next item. */
function bump(c: Counters, i: number): number {
  const v = c[i] ?? 0;
  c[i] = v + 1;
  return v;
}

/**
 * Scans `trace` once (plus a sort of its distinct instants). Segments in `holes` get a row of
 * their own just above their send, for the marker of what was not captured before them.
 */
export function scanTrace(
  trace: TcpTrace,
  oneWayMs: number,
  holes?: ReadonlySet<string>,
): TraceScan {
  const steps = trace.steps;
  const stepT = new Array<number>(steps + 2).fill(Number.NaN);
  const inst = new Map<number, Counters>();
  const at = (t: number): Counters => {
    let c = inst.get(t);
    if (!c) inst.set(t, (c = [0, 0, 0, 0, 0]));
    return c;
  };
  const recs = new Map<string, SegRec>();
  const lastRow: Record<Endpoint, { t: number; row: number }> = {
    client: { t: -1, row: 0 },
    server: { t: -1, row: 0 },
  };
  const states: { ev: EventOf<'state.changed'>; row: number }[] = [];
  const timers: {
    ev: EventOf<'timer.set'>;
    end?: { t: number; step: number; how: TimerOutcome };
  }[] = [];
  const openTimers = new Map<string, (typeof timers)[number]>();
  const closeTimer = (key: string, t: number, step: number, how: TimerOutcome) => {
    const open = openTimers.get(key);
    if (open) open.end = { t, step, how };
    openTimers.delete(key);
  };

  for (const ev of trace.events) {
    at(ev.t);
    if (!(stepT[ev.step]! <= ev.t)) stepT[ev.step] = ev.t;
    switch (ev.kind) {
      case 'segment.sent': {
        const from = ev.segment.from;
        const lost = ev.arriveAt === null;
        const endT = lost
          ? Math.max(ev.drop?.at ?? ev.t, ev.t + oneWayMs / 2)
          : (ev.arriveAt ?? ev.t);
        const holeRank = holes?.has(ev.segment.id) ? bump(at(ev.t), side(from)) : undefined;
        const sendRank = bump(at(ev.t), side(from));
        const endRank = lost ? bump(at(endT), 4) : 0;
        const rec: SegRec = { ev, endT, lost, sendRank, endRank, endStep: -1, done: lost };
        if (holeRank !== undefined) rec.holeRank = holeRank;
        recs.set(ev.segment.id, rec);
        lastRow[from] = { t: ev.t, row: sendRank };
        break;
      }
      case 'segment.arrived': {
        const r = recs.get(ev.segId);
        if (r && !r.done) {
          r.endRank = bump(at(r.endT), 2 + side(ev.endpoint));
          r.endStep = ev.step;
          r.done = true;
          if (r.endT === ev.t) lastRow[ev.endpoint] = { t: ev.t, row: r.endRank };
        }
        break;
      }
      case 'segment.lost': {
        const r = recs.get(ev.segId);
        if (r && r.endStep < 0) r.endStep = ev.step;
        break;
      }
      case 'state.changed': {
        const last = lastRow[ev.endpoint];
        states.push({ ev, row: last.t === ev.t ? last.row : 0 });
        break;
      }
      case 'timer.set': {
        const key = `${ev.endpoint}:${ev.timer}`;
        closeTimer(key, ev.t, ev.step, 'replaced');
        const rec = { ev };
        timers.push(rec);
        openTimers.set(key, rec);
        break;
      }
      case 'timer.fired':
      case 'timer.cancelled':
        closeTimer(
          `${ev.endpoint}:${ev.timer}`,
          ev.t,
          ev.step,
          ev.kind === 'timer.fired' ? 'fired' : 'cancelled',
        );
        break;
      default:
        break;
    }
  }
  // Step 0 ("nothing yet") sits at the first event; steps without events (none expected) and
  // the end sentinel repeat the previous time, so stepT is ascending and total.
  if (Number.isNaN(stepT[0])) stepT[0] = trace.events[0]?.t ?? 0;
  for (let k = 1; k <= steps + 1; k++) if (Number.isNaN(stepT[k])) stepT[k] = stepT[k - 1] ?? 0;
  const stepAtOrAfter = (t: number) => {
    const i = lastAtOrBefore(stepT, t - 1e-9) + 1;
    return Math.min(steps + 1, Math.max(1, i));
  };
  for (const r of recs.values()) {
    if (!r.done) r.endRank = bump(at(r.endT), 2 + side(r.ev.segment.to));
    if (r.endStep < 0) r.endStep = stepAtOrAfter(r.endT);
  }
  at(trace.endMs);

  const times = [...inst.keys()].sort((a, b) => a - b);
  const rows = times.map((t) => Math.max(1, ...(inst.get(t) ?? [1])));
  return {
    stepT,
    times,
    rows,
    segs: [...recs.values()],
    states,
    timers,
  };
}
