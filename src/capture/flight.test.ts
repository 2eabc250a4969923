// The time/sequence series of a captured conversation: exact bars, ACK and window points, SACK
// blocks, retransmissions as the analysis marks them, and bytes in flight after every step.
import { describe, expect, it } from 'vitest';
import {
  atOrBeforeStep,
  atStep,
  bulkSender,
  captureFlightTrace,
  computeFlight,
  unwrap,
  withSender,
} from './flight';
import { bulkConversation, ConvBuilder, lossConversation } from '../viz/tcptrace/testConversations';

describe('computeFlight', () => {
  const conv = lossConversation();
  const f = computeFlight(conv, 'client');

  it('draws every data segment as a bar seq..seq+len at its time, retransmissions flagged', () => {
    expect(f.sender).toBe('client');
    expect(f.receiver).toBe('server');
    expect(f.segments.map((s) => [s.step, s.frame, s.t, s.seq, s.end, s.kind])).toEqual([
      [4, 4, 30, 1, 1449, 'new'],
      [5, 5, 31, 1449, 2897, 'new'],
      [6, 6, 32, 2897, 4345, 'new'],
      [7, 7, 33, 4345, 5793, 'new'],
      [8, 8, 34, 5793, 7241, 'new'],
      [13, 13, 54, 1449, 2897, 'fast-retransmission'],
    ]);
    expect(f.segments[5]!.retransmits).toBe(5);
    expect(f.segments[0]!.retransmits).toBeUndefined();
  });

  it('computes bytes in flight = highest byte sent + 1 − highest ACK, after each segment', () => {
    expect(f.segments.map((s) => s.flight)).toEqual([1448, 2896, 4344, 5792, 7240, 5792]);
    expect(f.inFlight).toEqual([
      0, 0, 0, 0, 1448, 2896, 4344, 5792, 7240, 5792, 5792, 5792, 5792, 5792, 0, 0,
    ]);
    expect(f.counts).toMatchObject({ maxFlight: 7240, maxFlightT: 34 });
  });

  it('takes the other side’s ACKs (line) and ACK + window (line above), duplicates marked', () => {
    expect(f.acks.map((a) => [a.step, a.t, a.ack, a.win])).toEqual([
      [2, 10, 1, 65535],
      [9, 50, 1449, 64000],
      [10, 51, 1449, 64000],
      [11, 52, 1449, 64000],
      [12, 53, 1449, 64000],
      [14, 75, 7241, 64000],
    ]);
    expect(f.acks.map((a) => a.dup?.n ?? 0)).toEqual([0, 0, 1, 2, 3, 0]);
    expect(f.acks[4]!.dup).toEqual({ n: 3, of: 9 });
  });

  it('makes SACK blocks relative to the sender’s ISN', () => {
    expect(f.sacks).toEqual([
      { step: 10, t: 51, left: 2897, right: 4345 },
      { step: 11, t: 52, left: 2897, right: 5793 },
      { step: 12, t: 53, left: 2897, right: 7241 },
    ]);
  });

  it('counts per direction', () => {
    expect(f.counts).toEqual({
      dataSegments: 6,
      dataBytes: 6 * 1448,
      retransmissions: 1,
      fastRetransmissions: 1,
      dupAcks: 3,
      sackBlocks: 3,
      maxFlight: 7240,
      maxFlightT: 34,
    });
  });

  it('has nothing to draw for a side that sent no data', () => {
    const other = computeFlight(conv, 'server');
    expect(other.segments).toEqual([]);
    expect(other.counts).toMatchObject({ dataSegments: 0, maxFlight: 0, maxFlightT: null });
    // The client's ACKs of the server's (empty) stream are still its ACK line.
    expect(other.acks.map((a) => a.step)).toEqual([3, 4, 5, 6, 7, 8, 13, 15]);
    expect(other.inFlight.every((v) => v === 0)).toBe(true);
  });

  it('flags a retransmission after a timeout differently from a fast one, and skips keep-alives', () => {
    const b = new ConvBuilder().handshake();
    b.data('client', 30, 1000);
    b.data('client', 40, 1000, { seq: 1, analysis: ['retransmission'], retransmits: 4 });
    b.ack('server', 50, 1001, 1000);
    b.data('client', 60, 1, { seq: 1000, analysis: ['keep-alive'] });
    const g = computeFlight(b.build(), 'client');
    expect(g.segments.map((s) => [s.kind, s.retransmits])).toEqual([
      ['new', undefined],
      ['retransmission', 4],
    ]);
    expect(g.counts).toMatchObject({ retransmissions: 1, fastRetransmissions: 0, dataBytes: 2000 });
  });

  it('starts mid-connection: data before any ACK counts from the first byte seen', () => {
    const b = new ConvBuilder();
    b.raw('client', 0, 5000, 77, 1000, 65535, { flags: ['ACK', 'PSH'] });
    b.raw('client', 1, 6000, 77, 1000, 65535, { flags: ['ACK', 'PSH'] });
    b.raw('server', 2, 77, 6000, 0, 65535);
    const g = computeFlight(b.build(), 'client');
    expect(g.segments.map((s) => s.flight)).toEqual([1000, 2000]);
    expect(g.inFlight).toEqual([0, 1000, 2000, 1000]);
  });

  it('keeps counting past 2^32 (relative numbers wrap on the wire)', () => {
    const b = new ConvBuilder();
    const near = 2 ** 32 - 1000;
    for (const [t, seq] of [
      [0, 1],
      [1, 1.5e9],
      [2, 3e9],
      [3, near],
      [4, 0],
    ] as const)
      b.raw('client', t, seq, 1, 1000, 65535, { flags: ['ACK', 'PSH'] });
    b.raw('server', 5, 1, 500, 0, 65535);
    const g = computeFlight(b.build(), 'client');
    expect(g.segments.slice(3).map((s) => [s.seq, s.end])).toEqual([
      [near, 2 ** 32],
      [2 ** 32, 2 ** 32 + 1000],
    ]);
    expect(g.acks[0]!.ack).toBe(2 ** 32 + 500);
    expect(g.inFlight[6]).toBe(500);
    expect(unwrap(5, 2 ** 32 + 10)).toBe(2 ** 32 + 5);
    // A keep-alive's seq − 1 before the first byte is −1, not 4,294,967,295.
    expect(unwrap(2 ** 32 - 1, 3)).toBe(-1);
  });
});

describe('the capture trace', () => {
  it('has one step per segment and the bulk sender’s series; switching keeps the steps', () => {
    const conv = lossConversation();
    expect(bulkSender(conv)).toBe('client');
    expect(bulkSender({ ...conv, payloadBytes: { client: 10, server: 11 } })).toBe('server');
    const trace = captureFlightTrace(conv);
    expect(trace).toMatchObject({
      kind: 'congestion',
      model: 'capture',
      steps: 15,
      sender: 'client',
    });
    expect(trace.events[12]).toEqual({ id: 'ev-13', step: 13, t: 54, frame: 13 });
    const other = withSender(trace, 'server');
    expect(other.events).toBe(trace.events);
    expect(other.flight.sender).toBe('server');
    expect(withSender(trace, 'client')).toBe(trace);
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it('finds the item of a step by binary search', () => {
    const f = computeFlight(lossConversation(), 'client');
    expect(atStep(f.segments, 13)?.kind).toBe('fast-retransmission');
    expect(atStep(f.segments, 9)).toBeUndefined();
    expect(atOrBeforeStep(f.acks, 13)?.step).toBe(12);
    expect(atOrBeforeStep(f.acks, 1)).toBeUndefined();
  });

  it('computes a 100,000-segment conversation in one pass', () => {
    const conv = bulkConversation(100_000);
    const f = computeFlight(conv, 'client');
    expect(f.inFlight).toHaveLength(conv.segments.length + 1);
    expect(f.counts.fastRetransmissions).toBeGreaterThan(0);
    expect(f.counts.retransmissions).toBeGreaterThan(f.counts.fastRetransmissions);
    // Every retransmission is flagged, and bytes in flight never go negative.
    expect(f.segments.filter((s) => s.kind !== 'new')).toHaveLength(f.counts.retransmissions);
    expect(f.inFlight.every((v) => v >= 0)).toBe(true);
  });
});
