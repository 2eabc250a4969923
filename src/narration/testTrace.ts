// Hand-built traces for narration tests: segments with chosen numbers, events without ids.
import type { Segment, TcpTrace, TraceEvent } from '../engine/trace';
import { parseScenario } from '../scenarios/schema';

/** A trace event before it gets its id. */
export type Draft = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'id'>
    : never
  : never;

/** ISNs of every hand-built trace: relative numbers are absolute minus these. */
export const ISS = { client: 1000, server: 5000 };

/** Segment `seg-n`. */
export function seg(
  n: number,
  from: Segment['from'],
  flags: Segment['flags'],
  seq: number,
  ack: number,
  len: number,
  reason: Segment['reason'],
): Segment {
  return {
    id: `seg-${n}`,
    from,
    to: from === 'client' ? 'server' : 'client',
    flags,
    seq,
    ack,
    window: 65535,
    len,
    retransmission: reason === 'retransmit',
    reason,
  };
}

/** A trace of `events` (ids added) for a client that opens and a server that listens. */
export function makeTrace(events: Draft[]): TcpTrace {
  const parsed = parseScenario({
    kind: 'tcp',
    client: { open: { at: 0 } },
    server: { listen: true },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const full = events.map((e, i) => ({ ...e, id: `ev-${i + 1}` }) as TraceEvent);
  return {
    version: 1,
    kind: 'tcp',
    scenario: parsed.value,
    iss: ISS,
    truncated: false,
    steps: Math.max(...full.map((e) => e.step)),
    endMs: Math.max(...full.map((e) => e.t)),
    events: full,
    summary: {
      segments: [],
      stateChanges: [],
      finalStates: { client: 'CLOSED', server: 'CLOSED' },
      outcomes: {},
      bytesDelivered: { client: 0, server: 0 },
    },
  };
}

/** `segment.sent` of `s` at `step`, arriving 50 ms later. */
export const sent = (step: number, t: number, s: Segment): Draft => ({
  kind: 'segment.sent',
  step,
  t,
  segment: s,
  arriveAt: t + 50,
});

/** `segment.arrived` of `s`, accepted. */
export const arrived = (step: number, t: number, s: Segment): Draft => ({
  kind: 'segment.arrived',
  step,
  t,
  segId: s.id,
  endpoint: s.to,
  verdict: 'accepted',
});
