// Test helper: builds `TcpPacket[]` the way a capture reader would produce them, so the analysis
// (conversations, Wireshark-style marks, inferred states, TLS/HTTP) can be tested on exact,
// hand-made sequences: a handshake, data, ACKs, FIN/RST, retransmissions and reordering.
// Sequence numbers are given relative to each side's ISN (the SYN's seq) and written absolute
// (mod 2^32), so wrap-around can be tested by picking an ISN close to 2^32.
import type { Endpoint } from '../../engine/trace';
import {
  CAPTURE_TCP_FLAGS,
  type Address,
  type CaptureTcpFlag,
  type TcpOptions,
  type TcpPacket,
} from '../types';

const MOD = 4294967296;
const abs = (isn: number, rel: number): number => (((isn + rel) % MOD) + MOD) % MOD;

/** Where a segment goes and what it carries; every field has a default from the builder's state. */
export interface SegmentSpec {
  /** Flags in any order (sorted on output). Default: ['ACK']. */
  flags?: CaptureTcpFlag[];
  /** Sequence number relative to the sender's ISN. Default: the sender's next sequence number. */
  seq?: number;
  /** Ack relative to the receiver's ISN. Default: what the sender has received so far. */
  ack?: number;
  /** Payload length on the wire. Default: the payload's length, else 0. */
  len?: number;
  /** Payload bytes as captured (may be shorter than `len`). Default: `len` zero bytes. */
  payload?: Uint8Array;
  /** The raw window field. Default: the sender's window (65535 unless set). */
  window?: number;
  options?: TcpOptions;
  /** Capture time in ms. Default: the previous packet's time + the builder's step. */
  t?: number;
  /** Whether the sender's next sequence number moves past this segment. Default: true. */
  advance?: boolean;
}

/** Options for a new conversation builder. */
export interface BuilderOptions {
  client?: Address;
  server?: Address;
  clientIsn?: number;
  serverIsn?: number;
  /** ms between packets when a spec gives no time. Default 1. */
  step?: number;
  ipVersion?: 4 | 6;
  /** Frame number of the first packet. Default 1. */
  firstFrame?: number;
  /** Time of the first packet. Default 0. */
  startT?: number;
}

interface Side {
  addr: Address;
  isn: number;
  /** Next sequence number to send, relative. */
  next: number;
  /** Highest relative sequence number received from the peer (what we ack). */
  rcv: number;
  window: number;
}

/** Builds the packets of one TCP conversation (several builders can share a frame counter by
 * passing `firstFrame`, or use `merge`). */
export class SegmentBuilder {
  readonly packets: TcpPacket[] = [];
  private readonly sides: Record<Endpoint, Side>;
  private frame: number;
  private t: number;
  private readonly step: number;
  private readonly ipVersion: 4 | 6;

  constructor(o: BuilderOptions = {}) {
    this.sides = {
      client: {
        addr: o.client ?? { ip: '10.0.0.1', port: 40000 },
        isn: o.clientIsn ?? 1000,
        next: 0,
        rcv: 0,
        window: 65535,
      },
      server: {
        addr: o.server ?? { ip: '10.0.0.2', port: 80 },
        isn: o.serverIsn ?? 5000,
        next: 0,
        rcv: 0,
        window: 65535,
      },
    };
    this.frame = o.firstFrame ?? 1;
    this.t = (o.startT ?? 0) - (o.step ?? 1);
    this.step = o.step ?? 1;
    this.ipVersion = o.ipVersion ?? 4;
  }

  /** The time of the last packet built. */
  get now(): number {
    return this.t;
  }

  /** Sets a side's default raw window. */
  window(side: Endpoint, window: number): this {
    this.sides[side].window = window;
    return this;
  }

  /** Appends one segment from `from`, returning the packet built. */
  seg(from: Endpoint, spec: SegmentSpec = {}): TcpPacket {
    const me = this.sides[from];
    const peer = this.sides[from === 'client' ? 'server' : 'client'];
    const flags = [...new Set<CaptureTcpFlag>(spec.flags ?? ['ACK'])].sort(
      (a, b) => CAPTURE_TCP_FLAGS.indexOf(a) - CAPTURE_TCP_FLAGS.indexOf(b),
    );
    const payload = spec.payload ?? new Uint8Array(spec.len ?? 0);
    const len = spec.len ?? payload.length;
    const relSeq = spec.seq ?? me.next;
    const relAck = spec.ack ?? me.rcv;
    const hasAck = flags.includes('ACK');
    const t = spec.t ?? this.t + this.step;
    this.t = t;
    const ctl = (flags.includes('SYN') ? 1 : 0) + (flags.includes('FIN') ? 1 : 0);
    const end = relSeq + len + ctl;
    if (spec.advance !== false && end > me.next) me.next = end;
    if (end > peer.rcv) peer.rcv = end;
    const packet: TcpPacket = {
      frame: this.frame++,
      t,
      ipVersion: this.ipVersion,
      src: { ...me.addr },
      dst: { ...peer.addr },
      flags,
      seq: abs(me.isn, relSeq),
      ack: hasAck ? abs(peer.isn, relAck) : 0,
      window: spec.window ?? me.window,
      options: spec.options ?? {},
      len,
      payload,
      frameLen: (this.ipVersion === 4 ? 54 : 74) + len,
    };
    this.packets.push(packet);
    return packet;
  }

  /** SYN from the client (relative seq 0). */
  syn(options: TcpOptions = { mss: 1460 }, spec: SegmentSpec = {}): TcpPacket {
    return this.seg('client', { flags: ['SYN'], seq: 0, options, ...spec });
  }

  /** SYN,ACK from the server. */
  synAck(options: TcpOptions = { mss: 1460 }, spec: SegmentSpec = {}): TcpPacket {
    return this.seg('server', { flags: ['SYN', 'ACK'], seq: 0, options, ...spec });
  }

  /** The three-way handshake (RFC 9293 §3.5), with optional window scale shifts per side. */
  handshake(o: { wscale?: [number | undefined, number | undefined]; mss?: number } = {}): this {
    const mss = o.mss ?? 1460;
    const c: TcpOptions = { mss };
    const s: TcpOptions = { mss };
    if (o.wscale?.[0] !== undefined) c.wscale = o.wscale[0];
    if (o.wscale?.[1] !== undefined) s.wscale = o.wscale[1];
    this.syn(c);
    this.synAck(s);
    this.seg('client');
    return this;
  }

  /** A data segment of `len` bytes (PSH,ACK), or the given payload. */
  data(from: Endpoint, lenOrPayload: number | Uint8Array, spec: SegmentSpec = {}): TcpPacket {
    const payload = typeof lenOrPayload === 'number' ? new Uint8Array(lenOrPayload) : lenOrPayload;
    return this.seg(from, { flags: ['ACK', 'PSH'], payload, ...spec });
  }

  /** A pure ACK of everything received so far. */
  ack(from: Endpoint, spec: SegmentSpec = {}): TcpPacket {
    return this.seg(from, { flags: ['ACK'], ...spec });
  }

  /** FIN,ACK. */
  fin(from: Endpoint, spec: SegmentSpec = {}): TcpPacket {
    return this.seg(from, { flags: ['ACK', 'FIN'], ...spec });
  }

  /** RST (with ACK unless flags say otherwise). */
  rst(from: Endpoint, spec: SegmentSpec = {}): TcpPacket {
    return this.seg(from, { flags: ['ACK', 'RST'], window: 0, ...spec });
  }

  /** The sender's next relative sequence number. */
  next(side: Endpoint): number {
    return this.sides[side].next;
  }
}

/** Concatenates builders' packets in time order and renumbers frames from 1 (as a file would). */
export function merge(...lists: TcpPacket[][]): TcpPacket[] {
  const all = lists.flat().sort((a, b) => a.t - b.t || a.frame - b.frame);
  return all.map((p, i) => ({ ...p, frame: i + 1 }));
}

/** ASCII text as bytes (for HTTP payloads in tests). */
export const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Hex bytes as text: on each line, the leading whitespace-separated hex tokens (even length;
 * "0a" or "0a0b") are bytes, and the first other token starts a comment to the end of the line. */
export function hex(s: string): Uint8Array {
  const out: number[] = [];
  for (const line of s.split('\n')) {
    for (const tok of line.trim().split(/\s+/)) {
      if (!/^(?:[0-9a-fA-F]{2})+$/.test(tok)) break;
      for (let i = 0; i < tok.length; i += 2) out.push(parseInt(tok.slice(i, i + 2), 16));
    }
  }
  return Uint8Array.from(out);
}

// Byte helpers for TLS test payloads (RFC 8446 §3: big-endian numbers, length-prefixed vectors).
/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
/** One byte. */
export const u8 = (v: number): Uint8Array => Uint8Array.of(v & 0xff);
/** A big-endian uint16. */
export const u16 = (v: number): Uint8Array => Uint8Array.of((v >> 8) & 0xff, v & 0xff);
const lenPrefixed = (n: number, body: Uint8Array): Uint8Array => {
  const len = new Uint8Array(n);
  for (let i = 0; i < n; i++) len[i] = (body.length >> (8 * (n - 1 - i))) & 0xff;
  return concat(len, body);
};
/** A vector with a 1-byte length. */
export const vec8 = (...parts: Uint8Array[]): Uint8Array => lenPrefixed(1, concat(...parts));
/** A vector with a 2-byte length. */
export const vec16 = (...parts: Uint8Array[]): Uint8Array => lenPrefixed(2, concat(...parts));
/** A vector with a 3-byte length. */
export const vec24 = (...parts: Uint8Array[]): Uint8Array => lenPrefixed(3, concat(...parts));
/** A TLS extension (type, 2-byte length, data). */
export const ext = (type: number, data: Uint8Array): Uint8Array => concat(u16(type), vec16(data));
/** A handshake message (RFC 8446 §4: type, 3-byte length, body). */
export const handshakeMsg = (type: number, body: Uint8Array): Uint8Array =>
  concat(u8(type), vec24(body));
/** A TLS record (RFC 8446 §5.1: type, legacy version, 2-byte length, fragment). */
export const tlsRecord = (type: number, fragment: Uint8Array, version = 0x0303): Uint8Array =>
  concat(u8(type), u16(version), vec16(fragment));
