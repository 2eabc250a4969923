// A captured conversation becomes a TcpTrace the TCP view draws: one step per segment, relative
// numbers equal to the conversation's, inferred states as state.changed events, marks carried.
import { describe, expect, it } from 'vitest';
import { capturedSegmentOf, type TraceEvent } from '../engine/trace';
import { relativeSeq, segmentLabel } from '../viz/sequence/labels';
import { parseScenario } from '../scenarios/schema';
import { drawDelayOf, toTcpTrace } from './toTcpTrace';
import { windowOf } from './segmentText';
import {
  httpCloseConversation,
  marksConversation,
  midConnectionConversation,
  refusedConversation,
} from './toTcpTrace.fixtures';

/** Events as compact strings: `step t kind details`. */
function brief(e: TraceEvent): string {
  switch (e.kind) {
    case 'segment.sent':
      return `${e.step} ${e.t} sent ${e.segment.id} ${e.segment.from} ${e.segment.flags.join(',')} →${e.arriveAt}`;
    case 'segment.arrived':
      return `${e.step} ${e.t} arrived ${e.segId} ${e.endpoint} ${e.verdict}`;
    case 'state.changed':
      return `${e.step} ${e.t} state ${e.endpoint} ${e.from}>${e.to} ${e.cause}`;
    case 'connection.ended':
      return `${e.step} ${e.t} ended ${e.endpoint} ${e.outcome}`;
    default:
      return `${e.step} ${e.t} ${e.kind}`;
  }
}

describe('toTcpTrace: handshake, data, close', () => {
  const conv = httpCloseConversation();
  const trace = toTcpTrace(conv, { fileName: 'http10-close.pcap' });

  it('makes one step per segment, with sends, arrivals and inferred states in order', () => {
    expect(trace.steps).toBe(10);
    // Gaps 50,10,40,50,50,10,10,10,70 ms: the first quartile is 10, so arrows are 10 ms long
    // unless the receiver sends sooner.
    expect(trace.capture?.drawDelayMs).toBe(10);
    expect(trace.events.map(brief)).toEqual([
      '1 0 sent seg-1 client SYN →10',
      '1 0 state client CLOSED>SYN-SENT segment.sent',
      '1 10 arrived seg-1 server accepted',
      '1 10 state server LISTEN>SYN-RECEIVED segment.received',
      '2 50 sent seg-2 server ACK,SYN →60',
      '2 60 arrived seg-2 client accepted',
      '2 60 state client SYN-SENT>ESTABLISHED segment.received',
      '3 60 sent seg-3 client ACK →70',
      '3 70 arrived seg-3 server accepted',
      '3 70 state server SYN-RECEIVED>ESTABLISHED segment.received',
      '4 100 sent seg-4 client ACK,PSH →110',
      '4 110 arrived seg-4 server accepted',
      '5 150 sent seg-5 server ACK →160',
      '5 160 arrived seg-5 client accepted',
      '6 200 sent seg-6 server ACK,PSH →210',
      '6 210 arrived seg-6 client accepted',
      '7 210 sent seg-7 server ACK,FIN →220',
      '7 210 state server ESTABLISHED>FIN-WAIT-1 segment.sent',
      '7 220 arrived seg-7 client accepted',
      '7 220 state client ESTABLISHED>CLOSE-WAIT segment.received',
      '8 220 sent seg-8 client ACK →230',
      '8 230 arrived seg-8 server accepted',
      '8 230 state server FIN-WAIT-1>FIN-WAIT-2 segment.received',
      '9 230 sent seg-9 client ACK,FIN →240',
      '9 230 state client CLOSE-WAIT>LAST-ACK segment.sent',
      '9 240 arrived seg-9 server accepted',
      '9 240 state server FIN-WAIT-2>TIME-WAIT segment.received',
      '10 300 sent seg-10 server ACK →310',
      '10 310 arrived seg-10 client accepted',
      '10 310 state client LAST-ACK>CLOSED segment.received',
      '10 310 ended client closed',
    ]);
    expect(trace.events.map((e) => e.id)).toEqual(trace.events.map((_, i) => `ev-${i + 1}`));
    expect(trace.endMs).toBe(310);
    expect(trace.truncated).toBe(false);
  });

  it('uses the ISNs as iss, so relative numbers are the conversation’s', () => {
    expect(trace.iss).toEqual({ client: 1000, server: 5000 });
    const sent = trace.events.filter((e) => e.kind === 'segment.sent');
    sent.forEach((e, i) => {
      const s = conv.segments[i]!;
      expect(relativeSeq(e.segment.seq, trace.iss[e.segment.from])).toBe(s.seq);
      if (e.segment.flags.includes('ACK'))
        expect(relativeSeq(e.segment.ack, trace.iss[e.segment.to])).toBe(s.ack);
    });
    const labels = sent.map((e) => segmentLabel(e.segment, { relative: true, iss: trace.iss }));
    expect(labels.slice(0, 4)).toEqual([
      'SYN seq=0',
      'SYN, ACK seq=0 ack=1',
      'ACK seq=1 ack=1',
      'PSH, ACK seq=1 ack=1 len=78',
    ]);
    expect(sent.map((e) => e.segment.reason)).toEqual([
      'syn',
      'synAck',
      'ack',
      'data',
      'ack',
      'data',
      'fin',
      'ack',
      'fin',
      'ack',
    ]);
  });

  it('keeps windows raw and scaled, options, HTTP lines and the conversation facts', () => {
    const c = trace.capture!;
    expect(c.fileName).toBe('http10-close.pcap');
    expect(c.client).toEqual({ ip: '10.0.0.1', port: 40000 });
    expect(c.midConnection).toBe(false);
    expect(c.initialStates).toEqual({ client: 'CLOSED', server: 'LISTEN' });
    expect(c.synOptions.client).toMatchObject({ mss: 1460, wscale: 7, sackPermitted: true });
    expect(c.synOptions.server.timestamp).toEqual({ value: 22, echo: 11 });
    expect(windowOf(c, capturedSegmentOf(trace, 'seg-1')!)).toEqual({ raw: 64240, scale: 'syn' });
    expect(capturedSegmentOf(trace, 'seg-3')?.win).toBe(64256);
    expect(windowOf(c, capturedSegmentOf(trace, 'seg-3')!)).toEqual({ raw: 502, scale: 128 });
    // The conversation's segments are shared, not copied (a 100,000-packet capture stays cheap).
    expect(c.segments).toBe(conv.segments);
    expect(capturedSegmentOf(trace, 'seg-4')?.http?.line).toBe('GET / HTTP/1.0');
    expect(capturedSegmentOf(trace, 'seg-11')).toBeUndefined();
  });

  it('carries a valid placeholder scenario whose RTT is twice the drawing delay', () => {
    expect(trace.scenario.rttMs).toBe(20);
    expect(trace.scenario.mss).toBe(1460);
    expect(parseScenario(trace.scenario).ok).toBe(true);
  });

  it('summarizes like a simulation, with the final states and outcomes', () => {
    expect(trace.summary.finalStates).toEqual({ client: 'CLOSED', server: 'TIME-WAIT' });
    expect(trace.summary.outcomes).toEqual({ client: 'closed' });
    expect(trace.summary.segments[5]).toEqual({
      t: 200,
      from: 'server',
      flags: ['ACK', 'PSH'],
      seq: 1,
      ack: 79,
      len: 200,
      dropped: false,
    });
    // The server acknowledged the client's 78 bytes (and its FIN); the client the server's 200.
    expect(trace.summary.bytesDelivered).toEqual({ client: 200, server: 78 });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });
});

describe('toTcpTrace: mid-connection', () => {
  const trace = toTcpTrace(midConnectionConversation());

  it('has no state change and says both ends start ESTABLISHED', () => {
    expect(trace.events.filter((e) => e.kind === 'state.changed')).toEqual([]);
    expect(trace.capture?.midConnection).toBe(true);
    expect(trace.capture?.initialStates).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
  });

  it('wraps absolute numbers modulo 2^32 and marks the window scale unknown', () => {
    const sent = trace.events.filter((e) => e.kind === 'segment.sent');
    expect(sent[1]?.segment.ack).toBe(3_000_000_100);
    expect(sent[0]?.segment.ack).toBe(4_294_967_000);
    expect(windowOf(trace.capture!, capturedSegmentOf(trace, 'seg-2')!)).toEqual({
      raw: 509,
      scale: 'unknown',
    });
    // Gaps 1 and 3 ms: the first quartile is 1 ms, so arrows are 1 ms long.
    expect(sent.map((e) => e.arriveAt)).toEqual([6, 7, 10]);
  });
});

describe('toTcpTrace: refused', () => {
  const trace = toTcpTrace(refusedConversation());

  it('ends the client with "refused" at the RST, which resets it', () => {
    expect(trace.events.map(brief)).toEqual([
      '1 0 sent seg-1 client SYN →0.04',
      '1 0 state client CLOSED>SYN-SENT segment.sent',
      '1 0.04 arrived seg-1 server accepted',
      '2 0.04 sent seg-2 server ACK,RST →0.08',
      '2 0.08 arrived seg-2 client reset',
      '2 0.08 state client SYN-SENT>CLOSED segment.received',
      '2 0.08 ended client refused',
    ]);
    expect(trace.summary.outcomes).toEqual({ client: 'refused' });
    expect(windowOf(trace.capture!, capturedSegmentOf(trace, 'seg-2')!).scale).toBe('none');
  });
});

describe('toTcpTrace: analysis marks', () => {
  const conv = marksConversation();
  const trace = toTcpTrace(conv);
  const seg = (n: number) => capturedSegmentOf(trace, `seg-${n}`)!;

  it('carries every mark, the duplicate ACK numbers and what a retransmission repeats', () => {
    expect(conv.segments.map((_, i) => seg(i + 1).analysis)).toEqual(
      conv.segments.map((s) => s.analysis),
    );
    expect(seg(6).dupAck).toEqual({ n: 2, of: 2 });
    expect(seg(9).retransmits).toBe(3);
    expect(trace.capture?.counts).toEqual({
      retransmissions: 1,
      fastRetransmissions: 1,
      dupAcks: 3,
      zeroWindows: 1,
      windowUpdates: 1,
      outOfOrder: 1,
      lostSegments: 1,
      keepAlives: 1,
    });
  });

  it('styles both kinds of retransmission as retransmissions', () => {
    const sent = trace.events.filter((e) => e.kind === 'segment.sent');
    expect(sent.filter((e) => e.segment.retransmission).map((e) => e.segment.id)).toEqual([
      'seg-9',
      'seg-14',
    ]);
    expect(sent[8]?.segment.reason).toBe('retransmit');
  });

  it('measures the bytes missing before a segment not captured', () => {
    expect(trace.capture?.holes).toEqual({ 'seg-3': 1000 });
  });
});

describe('drawDelayOf', () => {
  it('is the first quartile of the positive gaps, clamped, and 1 ms without gaps', () => {
    expect(drawDelayOf({ segments: [] })).toBe(1);
    expect(drawDelayOf(refusedConversation())).toBe(0.04);
    const same = refusedConversation();
    same.segments.forEach((s) => (s.t = 3));
    expect(drawDelayOf(same)).toBe(1);
    const tiny = refusedConversation();
    tiny.segments[1]!.t = 0.0001;
    expect(drawDelayOf(tiny)).toBe(0.005);
  });
});
