// Wireshark's tcp.analysis marks on hand-built sequences: each test states the capture point and
// the times, because Wireshark's rules depend on both (20 ms for a fast retransmission, the
// handshake RTT — here 2 ms — for out-of-order).
import { describe, expect, it } from 'vitest';
import { buildConversations } from './conversations';
import { SegmentBuilder } from './testing/segments';
import type { Conversation } from './types';

const one = (b: SegmentBuilder): Conversation => buildConversations(b.packets)[0]!;
/** frame → marks, for the segments that have any. */
const marked = (c: Conversation) =>
  Object.fromEntries(c.segments.filter((s) => s.analysis.length).map((s) => [s.frame, s.analysis]));

describe('retransmissions', () => {
  it('a retransmission after the RTO names the frame that first carried the bytes', () => {
    // Captured at the sender: frame 5 is lost after the capture point.
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 100, { t: 10 }); // 4: 1..101
    b.data('client', 100, { t: 11 }); // 5: 101..201
    b.ack('server', { t: 20, ack: 101 }); // 6
    b.data('client', 100, { seq: 101, t: 220 }); // 7: the RTO fired
    b.ack('server', { t: 230, ack: 201 }); // 8
    const c = one(b);
    expect(marked(c)).toEqual({ 7: ['retransmission'] });
    expect(c.segments[6]!.retransmits).toBe(5);
    expect(c.counts).toMatchObject({ retransmissions: 1, fastRetransmissions: 0 });
  });

  it('fast retransmission after three duplicate ACKs (dup-ack #1..#3 of the ACK they repeat)', () => {
    const b = new SegmentBuilder();
    b.handshake();
    for (let i = 0; i < 5; i++) b.data('client', 100, { t: 10 + i }); // 4..8
    b.ack('server', { ack: 101, t: 20 }); // 9
    b.ack('server', { ack: 101, t: 21 }); // 10
    b.ack('server', { ack: 101, t: 22 }); // 11
    b.ack('server', { ack: 101, t: 23 }); // 12
    b.data('client', 100, { seq: 101, t: 24 }); // 13
    b.ack('server', { ack: 501, t: 30 }); // 14
    const c = one(b);
    expect(marked(c)).toEqual({
      10: ['dup-ack'],
      11: ['dup-ack'],
      12: ['dup-ack'],
      13: ['fast-retransmission'],
    });
    expect(c.segments.filter((s) => s.dupAck).map((s) => s.dupAck)).toEqual([
      { n: 1, of: 9 },
      { n: 2, of: 9 },
      { n: 3, of: 9 },
    ]);
    expect(c.segments[12]!.retransmits).toBe(5);
    expect(c.counts).toEqual({
      retransmissions: 0,
      fastRetransmissions: 1,
      dupAcks: 3,
      zeroWindows: 0,
      windowUpdates: 0,
      outOfOrder: 0,
      lostSegments: 0,
      keepAlives: 0,
    });
  });

  it('more than 20 ms after the last duplicate ACK it is a plain retransmission', () => {
    const b = new SegmentBuilder();
    b.handshake();
    for (let i = 0; i < 3; i++) b.data('client', 100, { t: 10 + i }); // 4..6
    for (let i = 0; i < 3; i++) b.ack('server', { ack: 101, t: 20 + i }); // 7..9
    b.data('client', 100, { seq: 101, t: 60 }); // 10
    expect(marked(one(b))).toEqual({ 8: ['dup-ack'], 9: ['dup-ack'], 10: ['retransmission'] });
  });

  it('bytes the receiver already acknowledged (spurious) are marked retransmission', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 100, { t: 10 }); // 4
    b.ack('server', { t: 11 }); // 5: acks 101
    b.data('client', 100, { seq: 1, t: 300 }); // 6
    const c = one(b);
    expect(marked(c)).toEqual({ 6: ['retransmission'] });
    expect(c.segments[5]!.retransmits).toBe(4);
  });
});

describe('reordering and loss (captured at the receiver)', () => {
  it('a gap is "previous segment not captured"; its bytes coming soon after are out-of-order', () => {
    const b = new SegmentBuilder();
    b.handshake(); // t 0..2: handshake RTT 2 ms, Wireshark's out-of-order window
    b.data('client', 100, { t: 10 }); // 4: 1..101
    b.ack('server', { t: 10.5, ack: 101 }); // 5
    b.data('client', 100, { seq: 201, t: 11 }); // 6: 101..201 is missing
    b.ack('server', { t: 11.2, ack: 101 }); // 7: dup ack
    b.data('client', 100, { seq: 101, t: 11.5 }); // 8: 0.3 ms after the dup ack
    b.ack('server', { t: 11.6, ack: 301 }); // 9
    const c = one(b);
    expect(marked(c)).toEqual({ 6: ['lost-segment'], 7: ['dup-ack'], 8: ['out-of-order'] });
    expect(c.segments[6]!.dupAck).toEqual({ n: 1, of: 5 });
    expect(c.segments[7]!.retransmits).toBeUndefined();
    expect(c.counts).toMatchObject({ lostSegments: 1, outOfOrder: 1, dupAcks: 1 });
  });

  it('the same late bytes after the RTT window are a retransmission of bytes never captured', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 100, { t: 10 });
    b.ack('server', { t: 10.5, ack: 101 });
    b.data('client', 100, { seq: 201, t: 11 }); // 6
    b.ack('server', { t: 11.2, ack: 101 }); // 7
    b.data('client', 100, { seq: 101, t: 211 }); // 8
    const c = one(b);
    expect(marked(c)).toEqual({ 6: ['lost-segment'], 7: ['dup-ack'], 8: ['retransmission'] });
    expect(c.segments[7]!.retransmits).toBeUndefined();
  });
});

describe('windows', () => {
  it('zero window, a probe, the probe ACK, then a window update', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 1000, { t: 10 }); // 4
    b.ack('server', { t: 11, window: 0 }); // 5: zero window
    b.data('client', 1, { t: 200, advance: false }); // 6: zero window probe (not a mark here)
    b.ack('server', { t: 201, window: 0, ack: 1001 }); // 7: probe ACK, still zero
    b.ack('server', { t: 300, window: 8000, ack: 1001 }); // 8: window update
    b.data('client', 500, { seq: 1001, t: 301 }); // 9: the probe's byte again, then more
    const c = one(b);
    expect(marked(c)).toEqual({ 5: ['zero-window'], 7: ['zero-window'], 8: ['window-update'] });
    expect(c.counts).toMatchObject({ zeroWindows: 2, windowUpdates: 1, dupAcks: 0 });
  });

  it('a window update is only a new window with the same seq and ack', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 100, { t: 10 });
    b.ack('server', { t: 11, window: 1000 }); // acks new data: not an update
    b.ack('server', { t: 12, window: 2000 }); // same ack, new window: update
    b.ack('server', { t: 13, window: 2000 }); // same again: a duplicate ACK (Wireshark)
    expect(marked(one(b))).toEqual({ 6: ['window-update'], 7: ['dup-ack'] });
  });
});

describe('keep-alive', () => {
  it('one byte before the next sequence number, with 0 or 1 byte; its ACK is no dup-ack', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 100, { t: 10 }); // 4
    b.ack('server', { t: 11 }); // 5
    b.seg('client', { seq: 100, t: 7211 }); // 6: Linux keep-alive, no data
    b.ack('server', { t: 7212 }); // 7: keep-alive ACK
    b.seg('client', { seq: 100, len: 1, t: 14411 }); // 8: one garbage byte (Windows)
    b.ack('server', { t: 14412 }); // 9
    const c = one(b);
    expect(marked(c)).toEqual({ 6: ['keep-alive'], 8: ['keep-alive'] });
    expect(c.counts.keepAlives).toBe(2);
  });
});
