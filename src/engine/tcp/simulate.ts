// The TCP simulation: runs a validated scenario on the virtual clock and returns its trace.
// Pure and deterministic: same scenario (and seed) → byte-identical trace, in Node and browsers.
import type { TcpMachineEvent, SegmentFacts } from '../../machines/tcp.machine';
import type { TcpScenario } from '../../scenarios/schema';
import { EventQueue } from '../queue';
import { createRng } from '../rng';
import { TRACE_VERSION, type Endpoint, type TcpTrace } from '../trace';
import { runAction } from './endpoint';
import { output } from './output';
import { MachineDriver } from './machineDriver';
import { seqAdd, seqDiff, seqLe, seqLt } from './seq';
import { summarize, relativeBases } from './summary';
import type { EndpointState, QueueItem, Sim, WireSegment } from './types';
import { emit, flagMask, queueTimer, transmit } from './wire';

/** Default cap on trace events: a run past it stops with `truncated: true`. */
export const MAX_TRACE_EVENTS = 3_000_000;

const sharedDriver = new MachineDriver();

/** Simulates a validated TCP scenario. */
export function simulateTcp(
  sc: TcpScenario,
  opts: { maxEvents?: number; driver?: MachineDriver } = {},
): TcpTrace {
  const rng = createRng(sc.seed);
  // Both ISNs are always drawn, so giving one side an ISN never changes the other's.
  const drawn = [rng.nextU32(), rng.nextU32()] as const;
  const mkEp = (name: Endpoint, isn: number): EndpointState => ({
    name,
    state: 'CLOSED',
    passive: false,
    tcb: null,
    isn,
    written: 0,
    writeEnds: [],
    finQueued: false,
    delivered: 0,
    outcome: undefined,
    rtoQueuedAt: null,
    twQueuedAt: null,
  });
  const sim: Sim = {
    sc,
    now: 0,
    step: 0,
    events: [],
    queue: new EventQueue<QueueItem>(),
    rng,
    driver: opts.driver ?? sharedDriver,
    ep: {
      client: mkEp('client', sc.client.isn ?? drawn[0]),
      server: mkEp('server', sc.server.isn ?? drawn[1]),
    },
    segCount: 0,
    flagCounts: { client: new Map(), server: new Map() },
    linkBusyUntil: { client: 0, server: 0 },
    linkQueue: { client: [], server: [] },
    stepOpen: false,
    lastRetries: 0,
    pendingFin: { client: false, server: false },
    maxEvents: opts.maxEvents ?? MAX_TRACE_EVENTS,
    fateLoss: null,
    fateDupAfter: null,
    countFlags: sc.faults.some((f) => 'drop' in f),
    dropDataTaken: new Map(),
    lastRtoAt: { client: -1, server: -1 },
  };
  scheduleInputs(sim);
  let truncated = false;
  for (;;) {
    const next = sim.queue.pop();
    if (!next) break;
    if (next.t > sc.maxTimeMs || sim.events.length >= sim.maxEvents) {
      truncated = true;
      break;
    }
    sim.now = next.t;
    sim.stepOpen = false;
    handle(sim, next.item);
  }
  const trace: TcpTrace = {
    version: TRACE_VERSION,
    kind: 'tcp',
    scenario: sc,
    iss: { client: 0, server: 0 },
    steps: sim.step,
    endMs: sim.events.length ? sim.events[sim.events.length - 1]!.t : 0,
    truncated,
    events: sim.events,
    summary: undefined as unknown as TcpTrace['summary'],
  };
  trace.iss = relativeBases(trace, { client: sim.ep.client.isn, server: sim.ep.server.isn });
  trace.summary = summarize(trace, { client: sim.ep.client.state, server: sim.ep.server.state });
  return trace;
}

function scheduleInputs(sim: Sim): void {
  const sc = sim.sc;
  // Passive opens first, so a listener is ready before any same-time SYN.
  for (const name of ['client', 'server'] as const) {
    const side = sc[name];
    if (side.listen) sim.queue.push(0, { type: 'app', ep: name, action: 'listen' });
  }
  sc.inject.forEach((inj, index) => sim.queue.push(inj.at, { type: 'inject', index }));
  for (const name of ['client', 'server'] as const) {
    const side = sc[name];
    if (side.open) sim.queue.push(side.open.at, { type: 'app', ep: name, action: 'open' });
    for (const w of [...side.send].sort((a, b) => a.at - b.at)) {
      sim.queue.push(w.at, { type: 'app', ep: name, action: 'send', bytes: w.bytes });
    }
    if (side.close) sim.queue.push(side.close.at, { type: 'app', ep: name, action: 'close' });
    if (side.abort) sim.queue.push(side.abort.at, { type: 'app', ep: name, action: 'abort' });
  }
}

function handle(sim: Sim, item: QueueItem): void {
  switch (item.type) {
    case 'app':
      return appCall(sim, item.ep, item.action, item.bytes);
    case 'inject': {
      const inj = sim.sc.inject[item.index]!;
      transmit(sim, {
        from: inj.from,
        flags: inj.flags,
        seq: inj.seq,
        ack: inj.ack,
        window: sim.sc[inj.from].window,
        len: inj.len,
        reason: 'injected',
        retransmission: false,
        injected: true,
      });
      return;
    }
    case 'lost':
      emit(sim, { kind: 'segment.lost', segId: item.seg.id, reason: item.reason });
      return;
    case 'arrive':
      return arrive(sim, item.seg);
    case 'timer':
      return timer(sim, item.ep, item.kind);
  }
}

function decide(
  sim: Sim,
  e: EndpointState,
  event: TcpMachineEvent,
  seg?: WireSegment,
): readonly string[] {
  const d = sim.driver.decide({ state: e.state, passive: e.passive }, event);
  if (d.next.state !== e.state) {
    emit(sim, {
      kind: 'state.changed',
      endpoint: e.name,
      from: e.state,
      to: d.next.state,
      cause: event.type,
    });
  }
  e.state = d.next.state;
  e.passive = d.next.passive;
  for (const a of d.actions) runAction(sim, e, a, { seg });
  return d.actions;
}

function appCall(
  sim: Sim,
  name: Endpoint,
  action: 'listen' | 'open' | 'send' | 'close' | 'abort',
  bytes?: number,
): void {
  const e = sim.ep[name];
  emit(
    sim,
    bytes === undefined
      ? { kind: 'app', endpoint: name, action }
      : { kind: 'app', endpoint: name, action, bytes },
  );
  if (action === 'send') {
    // RFC 9293 §3.10.2: data written before ESTABLISHED is queued; after CLOSE it is an error.
    if (e.finQueued || e.outcome) return;
    e.written += bytes!;
    e.writeEnds.push(e.written);
  } else {
    decide(sim, e, { type: `app.${action}` });
  }
  output(sim, e);
}

function timer(sim: Sim, name: Endpoint, kind: 'rto' | 'timeWait'): void {
  const e = sim.ep[name];
  const tcb = e.tcb;
  const field = kind === 'rto' ? 'rtoQueuedAt' : 'twQueuedAt';
  if (e[field] === sim.now) e[field] = null;
  const deadline = kind === 'rto' ? tcb?.rtoDeadline : tcb?.timeWaitDeadline;
  if (!tcb || deadline == null) return;
  if (deadline > sim.now) {
    queueTimer(sim, name, kind, deadline);
    return;
  }
  if (deadline < sim.now) return;
  if (kind === 'timeWait') {
    tcb.timeWaitDeadline = null;
    emit(sim, { kind: 'timer.fired', endpoint: name, timer: 'timeWait' });
    decide(sim, e, { type: 'timer.timeWait' });
    return;
  }
  tcb.rtoDeadline = null;
  emit(sim, { kind: 'timer.fired', endpoint: name, timer: 'rto', retries: tcb.retries });
  const limit =
    e.state === 'SYN-SENT'
      ? sim.sc.synRetries
      : e.state === 'SYN-RECEIVED'
        ? sim.sc.synAckRetries
        : sim.sc.dataRetries;
  sim.lastRetries = tcb.retries;
  decide(sim, e, { type: 'timer.rto', exhausted: tcb.retries >= limit });
  output(sim, e);
}

/** RFC 9293 §3.10.7: classify an arriving segment for the machine, then let it decide. */
function arrive(sim: Sim, seg: WireSegment): void {
  const e = sim.ep[seg.to];
  const facts = classify(e, seg);
  const before = e.state;
  const at = sim.events.length;
  emit(sim, { kind: 'segment.arrived', segId: seg.id, endpoint: e.name, verdict: 'accepted' });
  const actions = decide(sim, e, facts, seg);
  const arrivedEv = sim.events[at]!;
  if (arrivedEv.kind === 'segment.arrived')
    arrivedEv.verdict = verdictOf(before, e.state, facts, actions, seg, e);
  if (sim.pendingFin[e.name]) {
    // A FIN that waited behind a gap is in sequence now (§3.10.7.4 eighth).
    sim.pendingFin[e.name] = false;
    if (e.tcb) {
      const finAcked = e.tcb.finSent && seqLe(seqAdd(e.tcb.finSeq, 1), e.tcb.sndUna);
      const held = segmentEvent(flagMask(['ACK', 'FIN']), false);
      held.seqOk = held.finNow = true;
      held.finAcked = finAcked;
      decide(sim, e, held);
    }
  }
  output(sim, e);
}

type SegmentEvent = Extract<TcpMachineEvent, { type: 'segment.received' }>;

/** A segment event with the given flag bits (wire.ts flagMask) and every derived fact false. */
function segmentEvent(mask: number, data: boolean): SegmentEvent {
  // One literal with every field (no spread): this runs for every arriving segment.
  return {
    type: 'segment.received',
    rst: (mask & 8) !== 0,
    syn: (mask & 16) !== 0,
    ack: (mask & 1) !== 0,
    fin: (mask & 2) !== 0,
    data,
    seqOk: false,
    old: false,
    rstExact: false,
    ackNew: false,
    ackFuture: false,
    finAcked: false,
    finNow: false,
  };
}

function classify(e: EndpointState, seg: WireSegment): SegmentEvent {
  const facts = segmentEvent(flagMask(seg.flags), seg.len > 0);
  const tcb = e.tcb;
  if (!tcb) return facts;
  if (e.state === 'SYN-SENT') {
    facts.ackNew = facts.ack && seqLt(tcb.iss, seg.ack) && seqLe(seg.ack, tcb.sndNxt);
    return facts;
  }
  if (e.state === 'LISTEN') return facts;
  const segLen = seg.len + (facts.syn ? 1 : 0) + (facts.fin ? 1 : 0);
  const wnd = tcb.rcvWnd;
  const rcvNxt = tcb.rcvNxt;
  facts.seqOk =
    segLen === 0
      ? wnd === 0
        ? seg.seq === rcvNxt
        : inWindow(rcvNxt, wnd, seg.seq)
      : wnd > 0 &&
        (inWindow(rcvNxt, wnd, seg.seq) || inWindow(rcvNxt, wnd, seqAdd(seg.seq, segLen - 1)));
  facts.old = segLen > 0 && seqLe(seqAdd(seg.seq, segLen), tcb.rcvNxt);
  facts.rstExact = facts.rst && seg.seq === tcb.rcvNxt;
  facts.ackNew = facts.ack && seqLt(tcb.sndUna, seg.ack) && seqLe(seg.ack, tcb.sndNxt);
  facts.ackFuture = facts.ack && seqLt(tcb.sndNxt, seg.ack);
  facts.finAcked = facts.ack && tcb.finSent && seqLe(seqAdd(tcb.finSeq, 1), seg.ack);
  facts.finNow = facts.fin && facts.seqOk && !facts.old && seqLe(seg.seq, tcb.rcvNxt);
  return facts;
}

/** RCV.NXT =< s < RCV.NXT + RCV.WND (mod 2^32). */
function inWindow(rcvNxt: number, wnd: number, s: number): boolean {
  const d = seqDiff(rcvNxt, s);
  return d >= 0 && d < wnd;
}

function verdictOf(
  before: string,
  after: string,
  facts: SegmentFacts,
  actions: readonly string[],
  seg: WireSegment,
  e: EndpointState,
) {
  if (before === 'CLOSED') return facts.rst ? ('ignored' as const) : ('noListener' as const);
  if (actions.includes('replyRst')) return 'unacceptableAck' as const;
  if (facts.rst) return before !== after ? ('reset' as const) : ('ignored' as const);
  if (
    before !== 'LISTEN' &&
    before !== 'SYN-SENT' &&
    (facts.old || !facts.seqOk) &&
    before === after
  )
    return 'duplicate' as const;
  if (facts.data && e.tcb && seqLt(e.tcb.rcvNxt, seg.seq)) return 'outOfOrder' as const;
  if (actions.length === 0 && before === after) return 'ignored' as const;
  return 'accepted' as const;
}
