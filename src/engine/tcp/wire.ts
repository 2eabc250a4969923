// Trace emission and the link model: one-way delay, optional bandwidth, and the scenario's faults.
import type { DropReason, Segment, SegmentReason, TcpFlag, TraceEvent } from '../trace';
import { PRIORITY } from '../queue';
import type { Sim, WireSegment } from './types';

type NewEvent = TraceEvent extends infer E ? (E extends TraceEvent ? Omit<E, 'id' | 'step' | 't'> : never) : never;

/** Appends a trace event at the current time; the first one of a queue item opens a new step. */
export function emit(sim: Sim, e: NewEvent): void {
  if (!sim.stepOpen) {
    sim.step++;
    sim.stepOpen = true;
  }
  (e as TraceEvent).id = `ev-${sim.events.length + 1}`;
  (e as TraceEvent).step = sim.step;
  (e as TraceEvent).t = sim.now;
  sim.events.push(e as TraceEvent);
}

const IP_TCP_HEADER_BYTES = 40;

/** Puts a segment on the wire from `seg.from`, applying faults; records `segment.sent`. */
export function transmit(
  sim: Sim,
  fields: Omit<WireSegment, 'index' | 'id' | 'to'> & {
    reason: SegmentReason;
    retransmission: boolean;
    injected?: boolean;
  },
  extraFlagsSorted = false,
): void {
  const index = ++sim.segCount;
  const flags = extraFlagsSorted ? fields.flags : sortFlags(fields.flags);
  const seg: WireSegment = {
    index,
    id: `seg-${index}`,
    from: fields.from,
    to: fields.from === 'client' ? 'server' : 'client',
    flags,
    seq: fields.seq,
    ack: fields.ack,
    window: fields.window,
    len: fields.len,
  };
  const { arriveAt, lossReason, extraDelay, dupAfter } = fate(sim, seg);
  const segment: Segment = {
    id: seg.id,
    from: seg.from,
    to: seg.to,
    flags,
    seq: seg.seq,
    ack: seg.ack,
    window: seg.window,
    len: seg.len,
    retransmission: fields.retransmission,
    reason: fields.reason,
  };
  if (fields.injected) segment.injected = true;
  const arrival = arriveAt + extraDelay;
  if (lossReason) {
    const at = sim.now + (arrival - sim.now) / 2;
    emit(sim, { kind: 'segment.sent', segment, arriveAt: null, drop: { reason: lossReason, at } });
    sim.queue.push(at, { type: 'lost', seg, reason: lossReason });
  } else {
    emit(sim, { kind: 'segment.sent', segment, arriveAt: arrival });
    sim.queue.push(arrival, { type: 'arrive', seg });
  }
  if (dupAfter !== null) duplicate(sim, seg, segment, arrival + dupAfter);
}

function duplicate(sim: Sim, orig: WireSegment, segment: Segment, arriveAt: number): void {
  const index = ++sim.segCount;
  const copy: WireSegment = { ...orig, index, id: `seg-${index}` };
  emit(sim, {
    kind: 'segment.sent',
    segment: { ...segment, id: copy.id, reason: 'duplicate', duplicateOf: orig.id },
    arriveAt,
  });
  sim.queue.push(arriveAt, { type: 'arrive', seg: copy });
}

/** Decides when a segment arrives and whether a fault takes it. */
function fate(
  sim: Sim,
  seg: WireSegment,
): { arriveAt: number; lossReason: DropReason | null; extraDelay: number; dupAfter: number | null } {
  const sc = sim.sc;
  let start = sim.now;
  if (sc.bandwidthBps) {
    const ser = ((seg.len + IP_TCP_HEADER_BYTES) * 8 * 1000) / sc.bandwidthBps;
    start = Math.max(sim.now, sim.linkBusyUntil[seg.from]) + ser;
    sim.linkBusyUntil[seg.from] = start;
  }
  const arriveAt = start + sc.rttMs / 2;
  const key = seg.flags.join(',');
  const counts = sim.flagCounts[seg.from];
  const nth = (counts.get(key) ?? 0) + 1;
  counts.set(key, nth);
  let lossReason: DropReason | null = null;
  let extraDelay = 0;
  let dupAfter: number | null = null;
  for (const f of sc.faults) {
    if ('drop' in f) {
      if (f.drop.from === seg.from && f.drop.occurrence === nth && sameFlags(f.drop.flags, seg.flags)) lossReason = 'fault';
    } else if ('dropIndex' in f) {
      if (f.dropIndex.index === seg.index) lossReason = 'fault';
    } else if ('randomLoss' in f) {
      // The draw happens for every segment the fault covers, lost or not, so runs stay comparable.
      if ((!f.randomLoss.from || f.randomLoss.from === seg.from) && sim.rng.next() < f.randomLoss.rate) {
        lossReason ??= 'random';
      }
    } else if ('delay' in f) {
      if (f.delay.index === seg.index) extraDelay += f.delay.byMs;
    } else if ('duplicate' in f) {
      if (f.duplicate.index === seg.index) dupAfter = f.duplicate.afterMs;
    }
  }
  return { arriveAt, lossReason, extraDelay, dupAfter };
}

const FLAG_ORDER: Record<TcpFlag, number> = { ACK: 0, FIN: 1, PSH: 2, RST: 3, SYN: 4 };

/** Flags in the canonical trace order (alphabetical: ACK, FIN, PSH, RST, SYN). */
export function sortFlags(flags: readonly TcpFlag[]): TcpFlag[] {
  return [...new Set(flags)].sort((a, b) => FLAG_ORDER[a] - FLAG_ORDER[b]);
}

function sameFlags(a: readonly TcpFlag[], b: readonly TcpFlag[]): boolean {
  const s = sortFlags(a);
  return s.length === b.length && s.every((f, i) => f === b[i]);
}

/** Arms a timer entry lazily: at most one queued entry per (endpoint, kind) ahead of its deadline. */
export function queueTimer(sim: Sim, ep: 'client' | 'server', kind: 'rto' | 'timeWait', at: number): void {
  const e = sim.ep[ep];
  const field = kind === 'rto' ? 'rtoQueuedAt' : 'twQueuedAt';
  const queued = e[field];
  if (queued !== null && queued <= at) return;
  e[field] = at;
  sim.queue.push(at, { type: 'timer', ep, kind }, PRIORITY.timer);
}
