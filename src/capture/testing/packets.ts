// Test helper: builds packets byte by byte — TCP segments (with options), IPv4 and IPv6 packets
// (with extension headers, whole or cut into fragments), and the link headers the readers decode (Ethernet with VLAN tags,
// Linux SLL and SLL2, BSD null and loop) — so reader tests state exactly what is on the wire.
import type { CaptureTcpFlag, TcpOptions } from '../types';

/** The bytes of `parts`, one after the other. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** Big-endian bytes of `value` in `n` bytes. */
function be(value: number, n: number): number[] {
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(Math.floor(value / 2 ** (8 * i)) & 0xff);
  return out;
}

/** "10.0.0.1" → 4 bytes. */
export function ipv4Bytes(text: string): Uint8Array {
  const parts = text.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255))) throw new Error(text);
  return Uint8Array.from(parts);
}

/** An IPv6 address in any valid text form (with "::", without an embedded IPv4) → 16 bytes. */
export function ipv6Bytes(text: string): Uint8Array {
  const [head = '', tail] = text.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all =
    tail === undefined ? h : [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  if (all.length !== 8) throw new Error(text);
  return Uint8Array.from(all.flatMap((g) => be(g, 2)));
}

const FLAG_BIT: Record<CaptureTcpFlag, number> = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
};

/** TCP options as bytes (MSS, window scale, SACK-permitted, SACK, timestamps, in that order). */
export function tcpOptionBytes(o: TcpOptions): Uint8Array {
  const b: number[] = [];
  if (o.mss !== undefined) b.push(2, 4, ...be(o.mss, 2));
  if (o.sackPermitted) b.push(4, 2);
  if (o.timestamp) b.push(8, 10, ...be(o.timestamp.value, 4), ...be(o.timestamp.echo, 4));
  if (o.wscale !== undefined) b.push(1, 3, 3, o.wscale);
  if (o.sack) {
    b.push(1, 1, 5, 2 + 8 * o.sack.length);
    for (const [l, r] of o.sack) b.push(...be(l, 4), ...be(r, 4));
  }
  return Uint8Array.from(b);
}

/** What a TCP segment holds; all fields have defaults. */
export interface TcpSpec {
  srcPort?: number;
  dstPort?: number;
  seq?: number;
  ack?: number;
  flags?: CaptureTcpFlag[];
  window?: number;
  /** Raw option bytes (padded with EOL to 32 bits), or options to encode. */
  options?: Uint8Array | TcpOptions;
  payload?: Uint8Array;
  /** Overrides the data offset field (in 32-bit words). */
  dataOffsetWords?: number;
}

/** A TCP header plus payload (the checksum is left 0: readers do not check it). */
export function tcp(spec: TcpSpec = {}): Uint8Array {
  const raw =
    spec.options === undefined
      ? new Uint8Array(0)
      : spec.options instanceof Uint8Array
        ? spec.options
        : tcpOptionBytes(spec.options);
  const opts = new Uint8Array((raw.length + 3) & ~3);
  opts.set(raw);
  const words = spec.dataOffsetWords ?? 5 + opts.length / 4;
  const flags = (spec.flags ?? ['ACK']).reduce((f, name) => f | FLAG_BIT[name], 0);
  const header = Uint8Array.from([
    ...be(spec.srcPort ?? 40000, 2),
    ...be(spec.dstPort ?? 80, 2),
    ...be(spec.seq ?? 1000, 4),
    ...be(spec.ack ?? 0, 4),
    (words & 15) << 4,
    flags,
    ...be(spec.window ?? 65535, 2),
    0,
    0, // checksum
    0,
    0, // urgent pointer
  ]);
  return concat(header, opts, spec.payload ?? new Uint8Array(0));
}

/** What an IPv4 packet holds. */
export interface Ipv4Spec {
  src?: string;
  dst?: string;
  /** Default 6 (TCP). */
  protocol?: number;
  payload: Uint8Array;
  /** Overrides the total length field. */
  totalLength?: number;
  /** Option bytes (padded to 32 bits). */
  options?: Uint8Array;
  /** In 8-byte units. */
  fragmentOffset?: number;
  moreFragments?: boolean;
  /** The identification field (default 0x1234). */
  identification?: number;
}

/** An IPv4 header plus payload. */
export function ipv4(spec: Ipv4Spec): Uint8Array {
  const opts = new Uint8Array(((spec.options?.length ?? 0) + 3) & ~3);
  if (spec.options) opts.set(spec.options);
  const ihl = 20 + opts.length;
  const frag = ((spec.moreFragments ? 0x2000 : 0) | (spec.fragmentOffset ?? 0)) & 0xffff;
  const header = Uint8Array.from([
    0x40 | (ihl / 4),
    0,
    ...be(spec.totalLength ?? ihl + spec.payload.length, 2),
    ...be(spec.identification ?? 0x1234, 2),
    ...be(frag, 2),
    64, // TTL
    spec.protocol ?? 6,
    0,
    0, // checksum
    ...ipv4Bytes(spec.src ?? '10.0.0.1'),
    ...ipv4Bytes(spec.dst ?? '10.0.0.2'),
  ]);
  return concat(header, opts, spec.payload);
}

/** An IPv6 extension header: hop-by-hop (0), routing (43), destination options (60), fragment
 * (44) or authentication (51). */
export interface Ipv6Extension {
  type: 0 | 43 | 44 | 51 | 60;
  /** Fragment header: offset in 8-byte units, and the M flag. */
  fragmentOffset?: number;
  moreFragments?: boolean;
  /** Fragment header: the identification (default 7). */
  identification?: number;
}

/** What an IPv6 packet holds. */
export interface Ipv6Spec {
  src?: string;
  dst?: string;
  /** The upper-layer protocol. Default 6 (TCP). */
  nextHeader?: number;
  payload: Uint8Array;
  extensions?: Ipv6Extension[];
  /** Overrides the payload length field. */
  payloadLength?: number;
}

function extensionBytes(ext: Ipv6Extension, next: number): Uint8Array {
  switch (ext.type) {
    case 44:
      return Uint8Array.from([
        next,
        0,
        ...be(((ext.fragmentOffset ?? 0) << 3) | (ext.moreFragments ? 1 : 0), 2),
        ...be(ext.identification ?? 7, 4),
      ]);
    case 51: // 12 bytes: payload length (in 4-byte units, minus 2) = 1, SPI, sequence number
      return Uint8Array.from([next, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    default: // 8 bytes: one PadN option of 4 bytes after next header and length
      return Uint8Array.from([next, 0, 1, 4, 0, 0, 0, 0]);
  }
}

/** An IPv6 header, its extension headers and the payload. */
export function ipv6(spec: Ipv6Spec): Uint8Array {
  const exts = spec.extensions ?? [];
  const parts: Uint8Array[] = [];
  exts.forEach((ext, i) => {
    const next = i + 1 < exts.length ? exts[i + 1]!.type : (spec.nextHeader ?? 6);
    parts.push(extensionBytes(ext, next));
  });
  const body = concat(...parts, spec.payload);
  const header = Uint8Array.from([
    0x60,
    0,
    0,
    0,
    ...be(spec.payloadLength ?? body.length, 2),
    exts[0]?.type ?? spec.nextHeader ?? 6,
    64,
    ...ipv6Bytes(spec.src ?? '2001:db8::1'),
    ...ipv6Bytes(spec.dst ?? '2001:db8::2'),
  ]);
  return concat(header, body);
}

/** [from, to) of each `size`-byte piece of `n` bytes (the last one shorter). */
function pieces(n: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** `spec`'s packet cut into IPv4 fragments of `size` bytes of its payload (a multiple of 8; the
 * last one shorter), in order: offsets and MF set, the same identification. */
export function ipv4Fragments(spec: Ipv4Spec, size: number): Uint8Array[] {
  const n = spec.payload.length;
  return pieces(n, size).map(([from, to]) =>
    ipv4({
      ...spec,
      payload: spec.payload.subarray(from, to),
      fragmentOffset: from / 8,
      moreFragments: to < n,
    }),
  );
}

/** `spec`'s packet cut into IPv6 fragments of `size` bytes (a multiple of 8) of its fragmentable
 * part: `spec.extensions` must hold one Fragment header (44), with its identification; the
 * extension headers before it are repeated in every fragment, those after it and the payload are
 * the fragmentable part. In order. */
export function ipv6Fragments(spec: Ipv6Spec, size: number): Uint8Array[] {
  const exts = spec.extensions ?? [];
  const at = exts.findIndex((e) => e.type === 44);
  if (at < 0) throw new Error('no Fragment header');
  const inner = ipv6({ ...spec, extensions: exts.slice(at + 1) });
  const fragmentable = inner.subarray(40);
  const n = fragmentable.length;
  return pieces(n, size).map(([from, to]) =>
    ipv6({
      ...spec,
      nextHeader: inner[6],
      payload: fragmentable.subarray(from, to),
      extensions: [
        ...exts.slice(0, at),
        { ...exts[at]!, type: 44, fragmentOffset: from / 8, moreFragments: to < n },
      ],
    }),
  );
}

/** An Ethernet II frame; `vlans` are the TPIDs of tags to put before the EtherType (0x8100,
 * 0x88a8), outermost first. */
export function ethernet(payload: Uint8Array, ethertype: number, vlans: number[] = []): Uint8Array {
  const macs = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1];
  const tags = vlans.flatMap((tpid, i) => [...be(tpid, 2), ...be(100 + i, 2)]);
  return concat(Uint8Array.from([...macs, ...tags, ...be(ethertype, 2)]), payload);
}

/** A Linux cooked capture (v1) header: packet type, ARPHRD_ETHER, a 6-byte address, protocol. */
export function sll(payload: Uint8Array, protocol: number, arphrd = 1): Uint8Array {
  return concat(
    Uint8Array.from([0, 0, ...be(arphrd, 2), 0, 6, 2, 0, 0, 0, 0, 1, 0, 0, ...be(protocol, 2)]),
    payload,
  );
}

/** A Linux cooked capture v2 header: protocol, reserved, ifindex, ARPHRD, type, address. */
export function sll2(payload: Uint8Array, protocol: number, arphrd = 1): Uint8Array {
  return concat(
    Uint8Array.from([
      ...be(protocol, 2),
      0,
      0,
      ...be(3, 4),
      ...be(arphrd, 2),
      4, // outgoing
      6,
      2,
      0,
      0,
      0,
      0,
      1,
      0,
      0,
    ]),
    payload,
  );
}

/** A BSD null header: the address family in the writer's byte order (little-endian by
 * default, as on x86). */
export function nullLink(payload: Uint8Array, af: number, le = true): Uint8Array {
  const b = be(af, 4);
  return concat(Uint8Array.from(le ? b.reverse() : b), payload);
}

/** An OpenBSD loop header: the address family in network byte order. */
export function loopLink(payload: Uint8Array, af: number): Uint8Array {
  return concat(Uint8Array.from(be(af, 4)), payload);
}

/** An ARP request over Ethernet's EtherType 0x0806 (the body only). */
export function arp(): Uint8Array {
  return Uint8Array.from([0, 1, 8, 0, 6, 4, 0, 1, ...new Array<number>(20).fill(0)]);
}

/** A UDP datagram with `payload`. */
export function udp(payload: Uint8Array = new Uint8Array(4)): Uint8Array {
  return concat(Uint8Array.from([0x30, 0x39, 0, 53, ...be(8 + payload.length, 2), 0, 0]), payload);
}
