// Trace emission and the link model: one-way delay, optional bandwidth, and the scenario's faults.
import type { Endpoint, Segment, SegmentReason, TcpFlag, TraceEvent } from '../trace';
import { PRIORITY } from '../queue';
import type { Sim } from './types';
import type { Fault } from '../../scenarios/schema';

type NewEvent = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'id' | 'step' | 't'>
    : never
  : never;

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

/** What the sender puts in a segment; the wire adds id, destination and fate. */
export interface Outgoing {
  from: Endpoint;
  flags: TcpFlag[];
  seq: number;
  ack: number;
  window: number;
  len: number;
  reason: SegmentReason;
  retransmission: boolean;
  injected?: boolean;
}

/** Puts a segment on the wire from `out.from`, applying faults; records `segment.sent`. */
export function transmit(sim: Sim, out: Outgoing, flagsSorted = false): void {
  const index = ++sim.segCount;
  const segment: Segment = {
    id: `seg-${index}`,
    from: out.from,
    to: out.from === 'client' ? 'server' : 'client',
    flags: flagsSorted ? out.flags : sortFlags(out.flags),
    seq: out.seq,
    ack: out.ack,
    window: out.window,
    len: out.len,
    retransmission: out.retransmission,
    reason: out.reason,
  };
  if (out.injected) segment.injected = true;
  const arrival = fate(sim, segment, index);
  if (sim.fateLoss) {
    const reason = sim.fateLoss;
    // A queue drop happens at the bottleneck as the segment arrives there; other losses mid-path.
    const at = reason === 'queue' ? sim.now : sim.now + (arrival - sim.now) / 2;
    emit(sim, { kind: 'segment.sent', segment, arriveAt: null, drop: { reason, at } });
    sim.queue.push(at, { type: 'lost', seg: segment, reason });
  } else {
    emit(sim, { kind: 'segment.sent', segment, arriveAt: arrival });
    sim.queue.push(arrival, { type: 'arrive', seg: segment });
  }
  if (sim.fateDupAfter !== null) duplicate(sim, segment, arrival + sim.fateDupAfter);
}

function duplicate(sim: Sim, orig: Segment, arriveAt: number): void {
  const index = ++sim.segCount;
  const copy: Segment = { ...orig, id: `seg-${index}`, reason: 'duplicate', duplicateOf: orig.id };
  emit(sim, { kind: 'segment.sent', segment: copy, arriveAt });
  sim.queue.push(arriveAt, { type: 'arrive', seg: copy });
}

/** Decides when a segment arrives; sets sim.fateLoss / sim.fateDupAfter for the caller. */
function fate(sim: Sim, seg: Segment, index: number): number {
  const sc = sim.sc;
  let start = sim.now;
  let queueFull = false;
  if (sc.bandwidthBps) {
    queueFull = sc.queuePackets !== undefined && bottleneckFull(sim, seg.from, sc.queuePackets);
    if (!queueFull) {
      const ser = ((seg.len + IP_TCP_HEADER_BYTES) * 8 * 1000) / sc.bandwidthBps;
      start = Math.max(sim.now, sim.linkBusyUntil[seg.from]) + ser;
      sim.linkBusyUntil[seg.from] = start;
      if (sc.queuePackets !== undefined) sim.linkQueue[seg.from].push(start);
    }
  }
  let arrival = start + sc.rttMs / 2;
  sim.fateLoss = null;
  sim.fateDupAfter = null;
  if (sc.faults.length === 0) {
    if (queueFull) sim.fateLoss = 'queue';
    return arrival;
  }
  let nth = 0;
  if (sim.countFlags) {
    const key = flagMask(seg.flags);
    const counts = sim.flagCounts[seg.from];
    nth = (counts.get(key) ?? 0) + 1;
    counts.set(key, nth);
  }
  for (const f of sc.faults) {
    if ('drop' in f) {
      if (
        f.drop.from === seg.from &&
        f.drop.occurrence === nth &&
        flagMask(f.drop.flags) === flagMask(seg.flags)
      )
        sim.fateLoss = 'fault';
    } else if ('dropIndex' in f) {
      if (f.dropIndex.index === index) sim.fateLoss = 'fault';
    } else if ('randomLoss' in f) {
      // The draw happens for every segment the fault covers, lost or not, so runs stay comparable.
      if (
        (!f.randomLoss.from || f.randomLoss.from === seg.from) &&
        sim.rng.next() < f.randomLoss.rate
      ) {
        sim.fateLoss ??= 'random';
      }
    } else if ('delay' in f) {
      if (f.delay.index === index) arrival += f.delay.byMs;
    } else if ('duplicate' in f) {
      if (f.duplicate.index === index) sim.fateDupAfter = f.duplicate.afterMs;
    } else if (dropsData(sim, f.dropData, seg)) {
      sim.fateLoss = 'fault';
    }
  }
  // Faults are still evaluated (random draws stay in step); a full queue wins over them.
  if (queueFull) {
    sim.fateLoss = 'queue';
    sim.fateDupAfter = null;
  }
  return arrival;
}

type DropData = Extract<Fault, { dropData: unknown }>['dropData'];

/** Whether a `dropData` fault takes this segment (and counts it: each fault takes `count` at most). */
function dropsData(sim: Sim, d: DropData, seg: Segment): boolean {
  if (seg.from !== d.from || seg.len === 0 || sim.now < d.fromMs) return false;
  // Open-ended: the outage lasts until the sender's retransmission timer fires.
  if (d.toMs === undefined ? sim.lastRtoAt[d.from] >= d.fromMs : sim.now >= d.toMs) return false;
  if (d.newDataOnly && seg.retransmission) return false;
  const taken = sim.dropDataTaken.get(d) ?? 0;
  if (d.count !== undefined && taken >= d.count) return false;
  sim.dropDataTaken.set(d, taken + 1);
  return true;
}

/**
 * Drop-tail bottleneck: whether the `from` direction already holds `limit` segments waiting or
 * being serialized (those whose serialization ends after now). Finish times are FIFO-ordered.
 */
function bottleneckFull(sim: Sim, from: Endpoint, limit: number): boolean {
  const q = sim.linkQueue[from];
  let head = 0;
  while (head < q.length && q[head]! <= sim.now) head++;
  if (head > 0) q.splice(0, head);
  return q.length >= limit;
}

const FLAG_BITS: Record<TcpFlag, number> = { ACK: 1, FIN: 2, PSH: 4, RST: 8, SYN: 16 };

/** A flag set as a bitmask (order-independent). */
export function flagMask(flags: readonly TcpFlag[]): number {
  let m = 0;
  for (const f of flags) m |= FLAG_BITS[f];
  return m;
}

const FLAG_ORDER: Record<TcpFlag, number> = { ACK: 0, FIN: 1, PSH: 2, RST: 3, SYN: 4 };

/** Flags in the canonical trace order (alphabetical: ACK, FIN, PSH, RST, SYN). */
export function sortFlags(flags: readonly TcpFlag[]): TcpFlag[] {
  return [...new Set(flags)].sort((a, b) => FLAG_ORDER[a] - FLAG_ORDER[b]);
}

/** Arms a timer entry lazily: at most one queued entry per (endpoint, kind) ahead of its deadline. */
export function queueTimer(
  sim: Sim,
  ep: 'client' | 'server',
  kind: 'rto' | 'timeWait',
  at: number,
): void {
  const e = sim.ep[ep];
  const field = kind === 'rto' ? 'rtoQueuedAt' : 'twQueuedAt';
  const queued = e[field];
  if (queued !== null && queued <= at) return;
  e[field] = at;
  sim.queue.push(at, { type: 'timer', ep, kind }, PRIORITY.timer);
}
