// Property tests (fast-check): the analysis and the TLS/HTTP readers never throw or hang on any
// packets or bytes, keep their invariants, and read a TLS stream the same however it is cut into
// segments; a lossless in-order transfer gets no marks whatever the ISNs (wrap-around included).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeCapture } from './analyze';
import { buildConversations } from './conversations';
import { parseHttpLine } from './http';
import { parseHandshake, parseTlsPayload } from './tls';
import {
  SegmentBuilder,
  ascii,
  concat,
  ext,
  handshakeMsg,
  tlsRecord,
  u16,
  u8,
  vec16,
  vec8,
} from './testing/segments';
import type { CaptureTcpFlag, TcpPacket } from './types';

const FLAGS: CaptureTcpFlag[] = ['ACK', 'CWR', 'ECE', 'FIN', 'PSH', 'RST', 'SYN', 'URG'];
const HOSTS = [
  { ip: '10.0.0.1', port: 40000 },
  { ip: '10.0.0.2', port: 443 },
  { ip: '10.0.0.2', port: 80 },
  { ip: '::1', port: 8080 },
];
const BASES = [0, 1000, 4294967000, 2147483600];

const u32 = fc.integer({ min: 0, max: 4294967295 });
const near = fc
  .tuple(fc.constantFrom(...BASES), fc.integer({ min: -3000, max: 6000 }))
  .map(([b, d]) => (b + d + 4294967296) % 4294967296);
const payloadArb = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 40 }).map((b) => concat(Uint8Array.of(0x16, 3, 1), b)),
  fc.uint8Array({ maxLength: 40 }).map((b) => concat(Uint8Array.of(0x17, 3, 3, 0, 20), b)),
  fc.constantFrom(ascii('GET / HTTP/1.1\r\n'), ascii('HTTP/1.1 200 OK\r\n'), ascii('GET /')),
);
const packetArb = fc.record({
  from: fc.integer({ min: 0, max: HOSTS.length - 1 }),
  to: fc.integer({ min: 0, max: HOSTS.length - 1 }),
  flags: fc.subarray(FLAGS),
  seq: fc.oneof(near, u32),
  ack: fc.oneof(near, u32),
  window: fc.oneof(fc.constant(0), fc.constant(65535), fc.integer({ min: 0, max: 65535 })),
  len: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 3000 })),
  payload: payloadArb,
  dt: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })),
  wscale: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  sack: fc.option(fc.array(fc.tuple(near, near), { maxLength: 3 }), { nil: undefined }),
});

function toPackets(
  specs: fc.Arbitrary<(typeof packetArb extends fc.Arbitrary<infer T> ? T : never)[]>,
) {
  return specs.map((list) => {
    let t = 0;
    return list.map((s, i): TcpPacket => {
      t += s.dt;
      const to = s.to === s.from ? (s.to + 1) % HOSTS.length : s.to;
      return {
        frame: i + 1,
        t,
        ipVersion: 4,
        src: HOSTS[s.from]!,
        dst: HOSTS[to]!,
        flags: s.flags,
        seq: s.seq,
        ack: s.ack,
        window: s.window,
        options: { wscale: s.wscale, sack: s.sack },
        len: s.len,
        payload: s.payload.subarray(0, s.len),
        frameLen: 54 + s.len,
      };
    });
  });
}

describe('analyzeCapture on random packets', () => {
  it('never throws; every packet lands in one conversation; counts match the marks', () => {
    fc.assert(
      fc.property(toPackets(fc.array(packetArb, { maxLength: 40 })), (tcp) => {
        const a = analyzeCapture({
          format: 'pcap',
          linkTypes: ['ethernet'],
          frames: tcp.length,
          bytes: 0,
          durationMs: 0,
          tcp,
          otherProtocols: {},
          warnings: [],
        });
        const frames = a.conversations.flatMap((c) => c.segments.map((s) => s.frame));
        frames.sort((x, y) => x - y);
        expect(frames.every((f, i) => f === i + 1) && frames.length === tcp.length).toBe(true);
        for (const c of a.conversations) {
          const counted: Record<string, number> = {};
          for (const s of c.segments)
            for (const m of s.analysis) counted[m] = (counted[m] ?? 0) + 1;
          const k = c.counts;
          const same =
            k.retransmissions === (counted['retransmission'] ?? 0) &&
            k.fastRetransmissions === (counted['fast-retransmission'] ?? 0) &&
            k.dupAcks === (counted['dup-ack'] ?? 0) &&
            k.zeroWindows === (counted['zero-window'] ?? 0) &&
            k.windowUpdates === (counted['window-update'] ?? 0) &&
            k.outOfOrder === (counted['out-of-order'] ?? 0) &&
            k.lostSegments === (counted['lost-segment'] ?? 0) &&
            k.keepAlives === (counted['keep-alive'] ?? 0);
          expect(same && c.durationMs >= 0).toBe(true);
          const bad = c.segments.filter(
            (s) =>
              !(s.seq >= 0 && s.seq < 4294967296 && Number.isInteger(s.seq)) ||
              !(s.ack >= 0 && s.ack < 4294967296 && Number.isInteger(s.ack)) ||
              !(Number.isInteger(s.win) && s.win >= 0) ||
              (s.http !== undefined && s.http.line.length > 200) ||
              (s.dupAck !== undefined && !s.analysis.includes('dup-ack')),
          );
          expect(bad).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a lossless in-order transfer gets no marks, whatever the ISNs and sizes', () => {
    fc.assert(
      fc.property(
        u32,
        u32,
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 1460 })), { maxLength: 30 }),
        (clientIsn, serverIsn, sends) => {
          // With the server's ISN 2^32 − 1 the client's ACK of the SYN,ACK carries ack 0, the same
          // as its SYN's ack field: Wireshark then calls that ACK a duplicate (same window too).
          fc.pre(serverIsn !== 4294967295);
          const b = new SegmentBuilder({ clientIsn, serverIsn });
          b.handshake({ wscale: [7, 7] });
          for (const [fromClient, len] of sends) {
            b.data(fromClient ? 'client' : 'server', len);
            b.ack(fromClient ? 'server' : 'client');
          }
          b.fin('client');
          b.fin('server');
          b.ack('client');
          const [c] = buildConversations(b.packets);
          expect(c!.segments.flatMap((s) => s.analysis)).toEqual([]);
          expect(c!.finalStates).toEqual({ client: 'TIME-WAIT', server: 'CLOSED' });
          const sent = sends.filter(([f]) => f).reduce((n, [, l]) => n + l, 0);
          expect(c!.segments.at(-1)!.seq).toBe(sent + 2); // data, then the FIN: SYN and FIN are 1 each
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A TLS byte stream: hellos, CCS, application data and alerts, as records. */
const tlsStreamArb = fc
  .array(
    fc.oneof(
      fc
        .constantFrom('example.test', 'a.b', '')
        .map((sni) =>
          tlsRecord(
            22,
            handshakeMsg(
              1,
              concat(
                u16(0x0303),
                new Uint8Array(32),
                vec8(),
                vec16(u16(0x1301), u16(0xc02f)),
                vec8(u8(0)),
                vec16(ext(0, vec16(u8(0), vec16(ascii(sni))))),
              ),
            ),
            0x0301,
          ),
        ),
      fc.constant(tlsRecord(20, u8(1))),
      fc.integer({ min: 0, max: 3000 }).map((n) => tlsRecord(23, new Uint8Array(n))),
      fc.constant(tlsRecord(21, Uint8Array.of(2, 40))),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((records) => concat(tlsRecord(22, handshakeMsg(1, new Uint8Array(40)), 0x0301), ...records));

describe('TLS', () => {
  it('never throws on random or mutated bytes, and reads nothing past them', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => concat(Uint8Array.of(0x16, 3, 3, 1, 0), b)),
          fc
            .tuple(tlsStreamArb, fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 }))
            .map(([b, flips]) => {
              const m = b.slice();
              for (const [at, v] of flips) m[at % m.length] = v;
              return m;
            }),
        ),
        fc.nat(400),
        (bytes, extra) => {
          const records = parseTlsPayload(bytes, bytes.length + (extra % 3 === 0 ? extra : 0));
          for (const r of records) expect(r.length).toBeLessThanOrEqual(16384 + 2048);
          for (let type = 0; type < 26; type++) parseHandshake(type, bytes, type % 2 === 0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a stream the same however it is cut into segments, with retransmissions', () => {
    fc.assert(
      fc.property(
        tlsStreamArb,
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (stream, cuts, repeats) => {
          const whole = parseTlsPayload(stream);
          const b = new SegmentBuilder();
          b.handshake();
          const pieces: [number, Uint8Array][] = [];
          for (let at = 0, i = 0; at < stream.length; i++) {
            const n = cuts[i % cuts.length]!;
            pieces.push([at, stream.subarray(at, at + n)]);
            at += n;
          }
          pieces.forEach(([at, piece], i) => {
            b.data('client', piece, { seq: 1 + at });
            if (repeats.includes(i)) b.data('client', piece, { seq: 1 + at, t: b.now + 500 });
          });
          const [c] = buildConversations(b.packets);
          const records = c!.segments.flatMap((s) => s.tls ?? []);
          expect(records).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('HTTP', () => {
  it('never throws; lines are at most 200 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string({ maxLength: 400 }).map((s) => ascii('GET /' + s + ' HTTP/1.1\r\n')),
          fc.string({ maxLength: 400 }).map((s) => ascii('HTTP/1.1 200 ' + s)),
        ),
        (bytes) => {
          const h = parseHttpLine(bytes);
          if (h) expect(h.line.length).toBeLessThanOrEqual(200);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
