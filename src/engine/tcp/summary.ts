// Derived views of a TCP trace: relative-number bases and the CLI summary.
import type { Endpoint, TcpState, TcpSummary, TcpTrace } from '../trace';
import { relSeq } from './seq';

/**
 * The base each side's numbers are shown relative to, like Wireshark: the ISS of a side that sent
 * a SYN; otherwise the first sequence number it sent; otherwise its configured ISN.
 */
export function relativeBases(
  trace: Pick<TcpTrace, 'events'>,
  fallback: Record<Endpoint, number>,
): Record<Endpoint, number> {
  const base: Partial<Record<Endpoint, number>> = {};
  const first: Partial<Record<Endpoint, number>> = {};
  for (const ev of trace.events) {
    if (ev.kind !== 'segment.sent' || ev.segment.injected || ev.segment.duplicateOf) continue;
    const s = ev.segment;
    if (first[s.from] === undefined) first[s.from] = s.seq;
    if (base[s.from] === undefined && s.flags.includes('SYN')) base[s.from] = s.seq;
    if (base.client !== undefined && base.server !== undefined) break;
  }
  return {
    client: base.client ?? first.client ?? fallback.client,
    server: base.server ?? first.server ?? fallback.server,
  };
}

/** The `summary` block of a trace (relative seq/ack). */
export function summarize(trace: TcpTrace, finalStates: Record<Endpoint, TcpState>): TcpSummary {
  const s: TcpSummary = {
    segments: [],
    stateChanges: [],
    finalStates,
    outcomes: {},
    bytesDelivered: { client: 0, server: 0 },
  };
  for (const ev of trace.events) {
    switch (ev.kind) {
      case 'segment.sent': {
        const g = ev.segment;
        const hasAck = g.flags.includes('ACK');
        s.segments.push({
          t: ev.t,
          from: g.from,
          flags: g.flags,
          seq: relSeq(g.seq, trace.iss[g.from]),
          ack: hasAck ? relSeq(g.ack, trace.iss[g.to]) : 0,
          len: g.len,
          dropped: ev.arriveAt === null,
        });
        break;
      }
      case 'state.changed':
        s.stateChanges.push({ t: ev.t, endpoint: ev.endpoint, from: ev.from, to: ev.to });
        break;
      case 'connection.ended':
        s.outcomes[ev.endpoint] = ev.outcome;
        break;
      case 'data.delivered':
        s.bytesDelivered[ev.endpoint] = ev.total;
        break;
    }
  }
  return s;
}
