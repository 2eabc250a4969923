// Conversations from hand-built packet sequences: Wireshark's relative numbers (ISN = 0, data from
// 1, mod 2^32), RFC 7323 window scaling, tcp.stream-like splitting, the client/server roles, sizes
// and the handshake RTT.
import { describe, expect, it } from 'vitest';
import { buildConversations } from './conversations';
import { analyzeCapture } from './analyze';
import { SegmentBuilder, ascii, merge } from './testing/segments';
import type { Conversation } from './types';

/** Compact rows: frame, from, flags, seq, ack, len, win. */
const rows = (c: Conversation) =>
  c.segments.map((s) => [s.frame, s.from[0], s.flags.join(','), s.seq, s.ack, s.len, s.win]);

describe('relative numbers and sizes', () => {
  it('a handshake, a request and response, and a close (Wireshark numbering)', () => {
    const b = new SegmentBuilder({ clientIsn: 3_000_000_000, serverIsn: 17 });
    b.handshake();
    b.data('client', 100);
    b.ack('server');
    b.data('server', 300);
    b.ack('client');
    b.fin('client');
    b.fin('server');
    b.ack('client');
    const [c] = buildConversations(b.packets);
    expect(rows(c!)).toEqual([
      [1, 'c', 'SYN', 0, 0, 0, 65535],
      [2, 's', 'ACK,SYN', 0, 1, 0, 65535],
      [3, 'c', 'ACK', 1, 1, 0, 65535],
      [4, 'c', 'ACK,PSH', 1, 1, 100, 65535],
      [5, 's', 'ACK', 1, 101, 0, 65535],
      [6, 's', 'ACK,PSH', 1, 101, 300, 65535],
      [7, 'c', 'ACK', 101, 301, 0, 65535],
      [8, 'c', 'ACK,FIN', 101, 301, 0, 65535],
      [9, 's', 'ACK,FIN', 301, 102, 0, 65535],
      [10, 'c', 'ACK', 102, 302, 0, 65535],
    ]);
    expect(c!.segments.every((s) => s.analysis.length === 0)).toBe(true);
    expect(c).toMatchObject({
      id: 'conv-1',
      ipVersion: 4,
      client: { ip: '10.0.0.1', port: 40000 },
      server: { ip: '10.0.0.2', port: 80 },
      midConnection: false,
      packets: 10,
      bytes: 10 * 54 + 400,
      payloadBytes: { client: 100, server: 300 },
      startMs: 0,
      durationMs: 9,
      firstFlags: ['SYN'],
      isn: { client: 3_000_000_000, server: 17 },
      wscale: { client: null, server: null },
      handshakeRttMs: 2,
    });
    expect(c!.segments[0]!.options).toEqual({ mss: 1460 });
    expect(c!.segments[2]!.options).toBeUndefined();
  });

  it('sequence numbers that wrap past 2^32 stay relative and raise no marks', () => {
    const b = new SegmentBuilder({ clientIsn: 4294967296 - 150, serverIsn: 4294967290 });
    b.handshake();
    for (let i = 0; i < 4; i++) {
      b.data('client', 100);
      b.ack('server');
    }
    b.data('server', 10);
    b.ack('client');
    const [c] = buildConversations(b.packets);
    expect(c!.isn).toEqual({ client: 4294967146, server: 4294967290 });
    expect(b.packets[7]!.seq).toBeLessThan(b.packets[3]!.seq); // the absolute number wrapped
    expect(c!.segments.map((s) => [s.seq, s.ack])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 1],
      [1, 101],
      [101, 1],
      [1, 201],
      [201, 1],
      [1, 301],
      [301, 1],
      [1, 401],
      [1, 401],
      [401, 11],
    ]);
    expect(c!.segments.flatMap((s) => s.analysis)).toEqual([]);
  });

  it('mid-connection: the first sender is the client, numbers start at 1 like Wireshark', () => {
    const b = new SegmentBuilder({ clientIsn: 7000, serverIsn: 9000 });
    // Not captured: the handshake and 500 bytes each way.
    b.data('client', 100, { seq: 501, ack: 501 });
    b.ack('server', { seq: 501, ack: 601 });
    b.data('server', 50, { seq: 501, ack: 601 });
    b.fin('client', { seq: 601, ack: 551 });
    const [c] = buildConversations(b.packets);
    expect(c!.midConnection).toBe(true);
    expect(c!.isn).toEqual({ client: 7500, server: 9500 });
    expect(c!.firstFlags).toEqual(['ACK', 'PSH']);
    expect(c!.handshakeRttMs).toBeNull();
    expect(rows(c!)).toEqual([
      [1, 'c', 'ACK,PSH', 1, 1, 100, 65535],
      [2, 's', 'ACK', 1, 101, 0, 65535],
      [3, 's', 'ACK,PSH', 1, 101, 50, 65535],
      [4, 'c', 'ACK,FIN', 101, 51, 0, 65535],
    ]);
  });

  it('the side that sent the first data is the server when a SYN,ACK says so', () => {
    const b = new SegmentBuilder();
    b.synAck(); // the SYN was not captured
    b.ack('client');
    const [c] = buildConversations(b.packets);
    expect(c!.midConnection).toBe(false);
    expect(c!.client).toEqual({ ip: '10.0.0.1', port: 40000 });
    expect(c!.segments.map((s) => s.from)).toEqual(['server', 'client']);
  });

  it('the ack field is 0 without the ACK flag', () => {
    const b = new SegmentBuilder();
    b.syn();
    b.seg('server', { flags: ['RST'], seq: 0, ack: 77 });
    const [c] = buildConversations(b.packets);
    expect(c!.segments.map((s) => s.ack)).toEqual([0, 0]);
  });
});

describe('window scaling (RFC 7323 §2.2)', () => {
  it('scales each side by its own shift when both SYNs carried the option, never the SYNs', () => {
    const b = new SegmentBuilder();
    b.window('client', 502).window('server', 509);
    b.handshake({ wscale: [7, 8] });
    b.data('client', 10);
    b.ack('server');
    const [c] = buildConversations(b.packets);
    expect(c!.wscale).toEqual({ client: 7, server: 8 });
    expect(c!.segments.map((s) => s.win)).toEqual([502, 509, 502 * 128, 502 * 128, 509 * 256]);
  });

  it('caps the shift at 14 (RFC 7323 §2.3)', () => {
    const b = new SegmentBuilder();
    b.handshake({ wscale: [15, 2] });
    b.ack('client', { window: 1 });
    expect(buildConversations(b.packets)[0]!.segments[3]!.win).toBe(16384);
  });

  it('leaves windows unscaled when one SYN lacks the option', () => {
    const b = new SegmentBuilder();
    b.handshake({ wscale: [7, undefined] });
    b.ack('client', { window: 100 });
    const [c] = buildConversations(b.packets);
    expect(c!.wscale).toEqual({ client: null, server: null });
    expect(c!.segments[3]!.win).toBe(100);
  });

  it('leaves windows unscaled without a handshake', () => {
    const b = new SegmentBuilder();
    b.data('client', 10, { window: 100 });
    expect(buildConversations(b.packets)[0]!.segments[0]!.win).toBe(100);
  });
});

describe('conversations (tcp.stream)', () => {
  it('keys by the 4-tuple in either direction and numbers conversations by first frame', () => {
    const one = new SegmentBuilder({ client: { ip: '10.0.0.1', port: 1 }, step: 2 });
    const two = new SegmentBuilder({ client: { ip: '10.0.0.3', port: 2 }, step: 2, startT: 1 });
    one.handshake();
    two.handshake();
    one.data('client', 5);
    two.data('server', 7);
    const cs = buildConversations(merge(one.packets, two.packets));
    expect(cs.map((c) => [c.id, c.client.port, c.packets])).toEqual([
      ['conv-1', 1, 4],
      ['conv-2', 2, 4],
    ]);
    expect(cs[1]!.segments.map((s) => s.frame)).toEqual([2, 4, 6, 8]);
  });

  it('a new SYN after a close (port reuse) starts a new conversation', () => {
    const a = new SegmentBuilder({ clientIsn: 100 });
    a.handshake();
    a.fin('client');
    a.fin('server');
    a.ack('client');
    const b = new SegmentBuilder({ clientIsn: 9_000_000, startT: 50 });
    b.handshake();
    const cs = buildConversations(merge(a.packets, b.packets));
    expect(cs.map((c) => c.packets)).toEqual([6, 3]);
    expect(cs[1]!.isn.client).toBe(9_000_000);
    expect(cs[1]!.segments[0]!.frame).toBe(7);
  });

  it('a SYN with the same ISN before any close is a retransmission, not a new conversation', () => {
    const b = new SegmentBuilder();
    b.syn();
    b.syn(undefined, { t: 1000 });
    b.synAck();
    b.ack('client');
    const cs = buildConversations(b.packets);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.segments[1]).toMatchObject({ analysis: ['retransmission'], retransmits: 1 });
    expect(cs[0]!.handshakeRttMs).toBe(2); // from the SYN that was answered
  });

  it('a SYN with another ISN starts a new conversation even without a close (Wireshark)', () => {
    const a = new SegmentBuilder({ clientIsn: 1 });
    a.syn();
    const b = new SegmentBuilder({ clientIsn: 2, startT: 3000 });
    b.syn();
    expect(buildConversations(merge(a.packets, b.packets))).toHaveLength(2);
  });

  it('analyzeCapture wraps the file description without the packets', () => {
    const b = new SegmentBuilder();
    b.handshake();
    const result = analyzeCapture({
      format: 'pcap',
      linkTypes: ['ethernet'],
      frames: 4,
      bytes: 500,
      durationMs: 2,
      tcp: b.packets,
      otherProtocols: { UDP: 1 },
      warnings: [],
    });
    expect(result.kind).toBe('capture');
    expect(result.file).toEqual({
      format: 'pcap',
      linkTypes: ['ethernet'],
      frames: 4,
      bytes: 500,
      durationMs: 2,
      otherProtocols: { UDP: 1 },
      warnings: [],
    });
    expect(result.conversations).toHaveLength(1);
  });
});

describe('payloads', () => {
  it('HTTP request and status lines, not on retransmissions', () => {
    const b = new SegmentBuilder();
    b.handshake();
    const req = b.data('client', ascii('GET /index.html HTTP/1.1\r\nHost: example.test\r\n\r\n'));
    b.ack('server');
    b.data('server', ascii('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n'));
    b.seg('client', { flags: ['ACK', 'PSH'], seq: 1, t: 500, payload: req.payload });
    const [c] = buildConversations(b.packets);
    expect(c!.segments[3]!.http).toEqual({
      kind: 'request',
      line: 'GET /index.html HTTP/1.1',
      method: 'GET',
      target: '/index.html',
      version: 'HTTP/1.1',
    });
    expect(c!.segments[5]!.http).toEqual({
      kind: 'response',
      line: 'HTTP/1.1 404 Not Found',
      version: 'HTTP/1.1',
      status: 404,
      reason: 'Not Found',
    });
    expect(c!.segments[6]!.analysis).toEqual(['retransmission']);
    expect(c!.segments[6]!.http).toBeUndefined();
  });
});

describe('performance', () => {
  it('analyses 100,000 packets in linear time (a generous bound for a loaded machine)', () => {
    const b = new SegmentBuilder({ step: 0.01 });
    b.handshake({ wscale: [7, 7] });
    const payload = new Uint8Array(64);
    for (let i = 0; b.packets.length < 100_000; i++) {
      const seq = b.next('server');
      b.seg('server', { len: 1448, payload });
      if (i % 97 === 0) {
        for (let k = 0; k < 3; k++) b.ack('client', { ack: seq });
        b.seg('server', { seq, len: 1448, payload });
      } else if (i % 2) b.ack('client');
    }
    const t = performance.now();
    const [c] = buildConversations(b.packets);
    const ms = performance.now() - t;
    expect(c!.packets).toBe(100_000);
    expect(c!.counts.fastRetransmissions).toBeGreaterThan(600);
    expect(ms).toBeLessThan(5000);
  });
});
