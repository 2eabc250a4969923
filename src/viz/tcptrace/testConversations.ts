// Hand-built and generated captured conversations for the tests of the capture charts, their
// narration and the lab's capture mode (the analysis that makes real ones from a file is tested
// on its own). Numbers are relative (each ISN = 0), as Conversation has them.
import { emptyCounts } from '../../capture/conversations';
import type { Endpoint } from '../../engine/trace';
import type {
  AnalysisMark,
  CaptureTcpFlag,
  Conversation,
  ConversationSegment,
  TcpOptions,
} from '../../capture/types';
import { labelFor } from '../../i18n/i18n';

/** English labels (the test setup registers every catalog). */
export const ttLabel = labelFor('en');

/** Absolute ISNs of the test conversations (SACK blocks are absolute on the wire). */
export const ISN = { client: 1_000_000, server: 4_294_967_000 } as const;

interface SegOpts {
  flags?: CaptureTcpFlag[];
  analysis?: AnalysisMark[];
  retransmits?: number;
  dupAck?: { n: number; of: number };
  /** Relative SACK blocks [left, right) in the data sender's space (made absolute here). */
  sack?: [number, number][];
  options?: TcpOptions;
}

/** Builds a conversation segment by segment (frames numbered from 1, in call order). */
export class ConvBuilder {
  readonly segments: ConversationSegment[] = [];
  /** The next sequence number of each side (relative): used when `seq` is left out. */
  private next: Record<Endpoint, number> = { client: 0, server: 0 };
  private acked: Record<Endpoint, number> = { client: 0, server: 0 };

  /** A segment as given. */
  raw(
    from: Endpoint,
    t: number,
    seq: number,
    ack: number,
    len: number,
    win: number,
    o: SegOpts = {},
  ) {
    const peer: Endpoint = from === 'client' ? 'server' : 'client';
    const seg: ConversationSegment = {
      frame: this.segments.length + 1,
      t,
      from,
      flags: [...(o.flags ?? ['ACK'])].sort(),
      seq,
      ack,
      len,
      win,
      analysis: o.analysis ?? [],
    };
    if (o.retransmits !== undefined) seg.retransmits = o.retransmits;
    if (o.dupAck) seg.dupAck = o.dupAck;
    if (o.sack || o.options) {
      seg.options = { ...o.options };
      if (o.sack)
        seg.options.sack = o.sack.map(([l, r]) => [
          (l + ISN[peer]) % 2 ** 32,
          (r + ISN[peer]) % 2 ** 32,
        ]);
    }
    this.segments.push(seg);
    return this;
  }

  /** The three-way handshake at t, t + rtt/2, t + rtt. */
  handshake(t = 0, rtt = 20, win = 65535) {
    this.raw('client', t, 0, 0, 0, win, { flags: ['SYN'] });
    this.raw('server', t + rtt / 2, 0, 1, 0, win, { flags: ['SYN', 'ACK'] });
    this.raw('client', t + rtt, 1, 1, 0, win);
    this.next = { client: 1, server: 1 };
    this.acked = { client: 1, server: 1 };
    return this;
  }

  /** `len` bytes of data from `from` at its next sequence number (or at `seq`). */
  data(from: Endpoint, t: number, len: number, o: SegOpts & { seq?: number } = {}) {
    const seq = o.seq ?? this.next[from];
    this.raw(from, t, seq, this.acked[from], len, 65535, { flags: ['ACK', 'PSH'], ...o });
    if (seq + len > this.next[from]) this.next[from] = seq + len;
    return this;
  }

  /** An ACK from `from` of everything up to `ack` (the peer's numbers), window `win`. */
  ack(from: Endpoint, t: number, ack: number, win = 65535, o: SegOpts = {}) {
    this.raw(from, t, this.next[from], ack, 0, win, o);
    const peer: Endpoint = from === 'client' ? 'server' : 'client';
    this.acked[peer] = Math.max(this.acked[peer], ack);
    return this;
  }

  /** The conversation, with its totals computed from the segments. */
  build(extra: Partial<Conversation> = {}): Conversation {
    const payload = { client: 0, server: 0 };
    const counts = emptyCounts();
    for (const s of this.segments) {
      payload[s.from] += s.len;
      if (s.analysis.includes('retransmission')) counts.retransmissions++;
      if (s.analysis.includes('fast-retransmission')) counts.fastRetransmissions++;
      if (s.analysis.includes('dup-ack')) counts.dupAcks++;
    }
    const first = this.segments[0];
    const last = this.segments[this.segments.length - 1];
    return {
      id: 'conv-1',
      ipVersion: 4,
      client: { ip: '10.0.0.1', port: 43210 },
      server: { ip: '10.0.0.2', port: 5001 },
      midConnection: first?.flags.join() !== 'SYN',
      packets: this.segments.length,
      bytes: this.segments.reduce((n, s) => n + s.len + 54, 0),
      payloadBytes: payload,
      startMs: first?.t ?? 0,
      durationMs: (last?.t ?? 0) - (first?.t ?? 0),
      firstFlags: first?.flags ?? [],
      isn: { ...ISN },
      wscale: { client: null, server: null },
      handshakeRttMs: null,
      segments: this.segments,
      stateChanges: [],
      initialStates: { client: 'CLOSED', server: 'LISTEN' },
      finalStates: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
      counts,
      ...extra,
    };
  }
}

/**
 * A small bulk transfer with one loss, repaired by a fast retransmission after three duplicate
 * ACKs carrying SACK blocks; every step's numbers are fixed (see flight.test.ts):
 *
 *  1 SYN · 2 SYN,ACK · 3 ACK (t 0–20) · 4–8 client data 1..7240 (5 × 1448, t 30–34; 5 is lost
 *  after the capture point) · 9 ACK 1449 · 10–12 dup ACKs of 1449 with SACK 2897..(4345|5793|7241)
 *  · 13 fast retransmission of 1449..2896 (frame 5) · 14 ACK 7241 · 15 FIN,ACK from the client.
 */
export function lossConversation(): Conversation {
  const b = new ConvBuilder().handshake(0, 20);
  for (let i = 0; i < 5; i++) b.data('client', 30 + i, 1448);
  b.ack('server', 50, 1449, 64000);
  const dup = (t: number, n: number, right: number) =>
    b.ack('server', t, 1449, 64000, {
      analysis: ['dup-ack'],
      dupAck: { n, of: 9 },
      sack: [[2897, right]],
    });
  dup(51, 1, 4345);
  dup(52, 2, 5793);
  dup(53, 3, 7241);
  b.data('client', 54, 1448, {
    seq: 1449,
    analysis: ['retransmission', 'fast-retransmission'],
    retransmits: 5,
  });
  b.ack('server', 75, 7241, 64000);
  b.raw('client', 80, 7241, 1, 0, 65535, { flags: ['FIN', 'ACK'] });
  return b.build();
}

/**
 * A generated bulk transfer of about `packets` segments: the client sends MSS-sized segments in
 * windows that grow and halve (a saw-tooth), the server ACKs every other segment; every
 * `lossEvery`-th window loses its first segment, repaired by a fast retransmission after three
 * duplicate ACKs with SACK blocks, and every `timeoutEvery`-th loss by a timeout instead.
 */
export function bulkConversation(packets: number, lossEvery = 7, timeoutEvery = 4): Conversation {
  const mss = 1448;
  const b = new ConvBuilder().handshake(0, 20);
  let t = 30;
  let seq = 1;
  let cwnd = 10;
  let window = 0;
  let losses = 0;
  while (b.segments.length < packets) {
    window++;
    const lossy = window % lossEvery === 0;
    const start = seq;
    const n = Math.max(2, Math.floor(cwnd));
    for (let i = 0; i < n; i++) {
      b.data('client', t, mss, { seq });
      seq += mss;
      t += 0.1;
    }
    t += 10;
    if (!lossy) {
      for (let i = 2; i <= n; i += 2) {
        b.ack('server', t, start + i * mss, 3_000_000);
        t += 0.1;
      }
      b.ack('server', t, seq, 3_000_000);
      cwnd = Math.min(400, cwnd + 1);
    } else {
      losses++;
      const ackFrame = b.segments.length + 1;
      b.ack('server', t, start, 3_000_000);
      for (let d = 1; d <= 3; d++)
        b.ack('server', (t += 0.1), start, 3_000_000, {
          analysis: ['dup-ack'],
          dupAck: { n: d, of: ackFrame },
          sack: [[start + mss, start + (d + 1) * mss]],
        });
      const timeout = losses % timeoutEvery === 0;
      t += timeout ? 200 : 0.1;
      b.data('client', t, mss, {
        seq: start,
        analysis: timeout ? ['retransmission'] : ['retransmission', 'fast-retransmission'],
        retransmits: ackFrame - n,
      });
      t += 10;
      b.ack('server', t, seq, 3_000_000);
      cwnd = timeout ? 2 : Math.max(2, cwnd / 2);
    }
    t += 0.5;
  }
  return b.build();
}
