// Per-trace lookup tables for the journey's narration and inspector, built once per trace (O(n))
// and cached by identity: re-entered phases, events by request id, connections by id, the
// previous TLS message of each connection, and where a control segment sits in its TCP trace.
import {
  stepRange,
  type JourneyConnection,
  type JourneyEvent,
  type JourneyEventOf,
  type JourneyRequest,
  type JourneyTrace,
} from '../engine/journey/trace';
import type { EventOf, TcpTrace, TraceEvent } from '../engine/trace';
import { indexTrace } from './index';

type TlsEvent = JourneyEventOf<'tls.message'>;

/** Lookups over one journey trace. */
export interface JourneyIndex {
  requests: Map<string, JourneyRequest>;
  /** The `http.request` event of each request id. */
  requestEvents: Map<string, JourneyEventOf<'http.request'>>;
  connections: Map<string, JourneyConnection>;
  /** The TLS message sent before this one on the same connection (by event id). */
  previousTls: Map<string, TlsEvent>;
  /** The ids of the TLS messages that complete a handshake (the last Finished per connection). */
  handshakeDone: Set<string>;
  /** The ids of `phase.entered` events of a phase the same navigation was already in. */
  reentered: Set<string>;
}

const cache = new WeakMap<JourneyTrace, JourneyIndex>();

/** The index of `trace`, computed on first use. */
export function indexJourney(trace: JourneyTrace): JourneyIndex {
  const hit = cache.get(trace);
  if (hit) return hit;
  const requestEvents = new Map<string, JourneyEventOf<'http.request'>>();
  const previousTls = new Map<string, TlsEvent>();
  const lastTls = new Map<string, TlsEvent>();
  const lastFinished = new Map<string, string>();
  const reentered = new Set<string>();
  const seen = new Set<string>();
  for (const e of trace.events) {
    if (e.kind === 'phase.entered') {
      const key = `${e.journey} ${e.phase}`;
      if (seen.has(key)) reentered.add(e.id);
      seen.add(key);
    } else if (e.kind === 'http.request') requestEvents.set(e.requestId, e);
    else if (e.kind === 'tls.message') {
      const prev = lastTls.get(e.conn);
      if (prev) previousTls.set(e.id, prev);
      lastTls.set(e.conn, e);
      if (e.type === 'Finished') lastFinished.set(e.conn, e.id);
    }
  }
  const index: JourneyIndex = {
    requests: new Map(trace.requests.map((r) => [r.id, r])),
    requestEvents,
    connections: new Map(trace.connections.map((c) => [c.id, c])),
    previousTls,
    handshakeDone: new Set(lastFinished.values()),
    reentered,
  };
  cache.set(trace, index);
  return index;
}

/** The events of `step` (empty outside 1…steps). */
export function eventsAt(trace: JourneyTrace, step: number): JourneyEvent[] {
  const [from, to] = stepRange(trace, step);
  return trace.events.slice(from, to);
}

/** The focus of `step`: its first event, or null (step 0, or past the end). */
export function focusAt(trace: JourneyTrace, step: number): JourneyEvent | null {
  if (step < 1) return null;
  const [from, to] = stepRange(trace, step);
  return from < to ? trace.events[from]! : null;
}

const sentCache = new WeakMap<TcpTrace, Map<string, [step: number, at: number]>>();

/** The `segment.sent` of `segId` in a connection's TCP trace and the events of its step before it. */
export function tcpSent(
  tcp: TcpTrace,
  segId: string,
): { sent: EventOf<'segment.sent'>; before: TraceEvent[] } | null {
  const { byStep } = indexTrace(tcp);
  let where = sentCache.get(tcp);
  if (!where) {
    where = new Map();
    byStep.forEach((events, step) =>
      events.forEach((e, at) => {
        if (e.kind === 'segment.sent') where!.set(e.segment.id, [step, at]);
      }),
    );
    sentCache.set(tcp, where);
  }
  const found = where.get(segId);
  if (!found) return null;
  const events = byStep[found[0]]!;
  return { sent: events[found[1]] as EventOf<'segment.sent'>, before: events.slice(0, found[1]) };
}
