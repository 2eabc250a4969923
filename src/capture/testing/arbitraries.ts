// Test helper: fast-check arbitraries for capture files — valid pcap and pcapng files built from
// random TCP, UDP and ARP frames on random link types (with what a reader should find in them),
// some IP packets cut into fragments (in a random order, one of them sometimes sent twice), and
// random damage to apply to any file (byte changes, cuts, insertions, deletions).
import fc from 'fast-check';
import { ipv6Text } from '../ip';
import type { CaptureTcpFlag, TcpOptions } from '../types';
import {
  arp,
  ethernet,
  ipv4,
  ipv4Fragments,
  ipv6,
  ipv6Fragments,
  loopLink,
  nullLink,
  sll,
  sll2,
  tcp,
  tcpOptionBytes,
  udp,
  type Ipv6Extension,
} from './packets';
import { writePcap, writePcapng, type PcapngBlock } from './writer';

const FLAGS: CaptureTcpFlag[] = ['ACK', 'CWR', 'ECE', 'FIN', 'PSH', 'RST', 'SYN', 'URG'];
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const u16 = fc.integer({ min: 0, max: 0xffff });

/** A TCP segment as a reader should return it (addresses as canonical text). */
export interface ExpectedTcp {
  ipVersion: 4 | 6;
  src: { ip: string; port: number };
  dst: { ip: string; port: number };
  flags: CaptureTcpFlag[];
  seq: number;
  ack: number;
  window: number;
  options: TcpOptions;
  payload: Uint8Array;
}

/** One frame's network-layer packet, and the TCP segment a reader finds at it (null for UDP,
 * ARP, and the fragments before the one that completes a packet). */
interface NetPacket {
  ethertype: number;
  bytes: Uint8Array;
  tcp: ExpectedTcp | null;
}

const options: fc.Arbitrary<TcpOptions> = fc
  .record(
    {
      mss: u16,
      wscale: fc.integer({ min: 0, max: 14 }),
      sackPermitted: fc.constant(true as const),
      sack: fc.array(fc.tuple(u32, u32), { minLength: 1, maxLength: 3 }),
      timestamp: fc.record({ value: u32, echo: u32 }),
    },
    { requiredKeys: [] },
  )
  .filter((o) => tcpOptionBytes(o).length <= 40);

const v4addr = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join('.'));
const v6addr = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => {
  const view = new DataView(b.buffer);
  const full = Array.from({ length: 8 }, (_, i) => view.getUint16(2 * i).toString(16)).join(':');
  return { full, canonical: ipv6Text(view, 0) };
});

/** How a packet is cut into fragments: bytes of payload per fragment, sort keys giving their
 * order, and whether the first one sent is sent again right after itself; null (mostly): whole. */
interface Fragmentation {
  size: number;
  keys: number[];
  repeat: boolean;
}
const fragmentation: fc.Arbitrary<Fragmentation | null> = fc.option(
  fc.record({
    size: fc.integer({ min: 1, max: 8 }).map((k) => 8 * k),
    keys: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    repeat: fc.boolean(),
  }),
  { freq: 4 },
);

/** The fragments in the order `f` gives (the packet completes at the last one), with the repeat;
 * one fragment (a packet no longer than `f.size`) as it is. */
function shuffled(fragments: Uint8Array[], f: Fragmentation): Uint8Array[] {
  if (fragments.length < 2) return fragments;
  const key = (i: number) => f.keys[i % f.keys.length]!;
  const order = fragments.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
  const out = order.map((i) => fragments[i]!);
  if (f.repeat) out.splice(1, 0, out[0]!);
  return out;
}

/** Network packets for the frames `wire`, the last one holding `tcp`. */
const netPackets = (ethertype: number, wire: Uint8Array[], tcp: ExpectedTcp | null): NetPacket[] =>
  wire.map((bytes, i) => ({ ethertype, bytes, tcp: i === wire.length - 1 ? tcp : null }));

const tcpPacket: fc.Arbitrary<NetPacket[]> = fc
  .record({
    v6: fc.boolean(),
    src4: v4addr,
    dst4: v4addr,
    src6: v6addr,
    dst6: v6addr,
    exts: fc.subarray([0, 43, 60] as const),
    srcPort: u16,
    dstPort: u16,
    seq: u32,
    ack: u32,
    window: u16,
    flags: fc.subarray(FLAGS),
    options,
    payload: fc.uint8Array({ maxLength: 64 }),
    fragments: fragmentation,
  })
  .map((r): NetPacket[] => {
    const segment = tcp({ ...r, options: r.options });
    const expected = {
      src: { ip: r.v6 ? r.src6.canonical : r.src4, port: r.srcPort },
      dst: { ip: r.v6 ? r.dst6.canonical : r.dst4, port: r.dstPort },
      flags: r.flags,
      seq: r.seq,
      ack: r.ack,
      window: r.window,
      options: r.options,
      payload: r.payload,
    };
    const f = r.fragments;
    if (!r.v6) {
      const spec = { src: r.src4, dst: r.dst4, payload: segment };
      const wire = f ? shuffled(ipv4Fragments(spec, f.size), f) : [ipv4(spec)];
      return netPackets(0x0800, wire, { ipVersion: 4, ...expected });
    }
    const extensions: Ipv6Extension[] = r.exts.map((type) => ({ type }));
    const spec = { src: r.src6.full, dst: r.dst6.full, payload: segment, extensions };
    if (!f) return netPackets(0x86dd, [ipv6(spec)], { ipVersion: 6, ...expected });
    // The Fragment header after hop-by-hop and routing, before destination options (RFC 8200 §4.1).
    const at = extensions.findIndex((e) => e.type === 60);
    extensions.splice(at < 0 ? extensions.length : at, 0, { type: 44 });
    return netPackets(0x86dd, shuffled(ipv6Fragments(spec, f.size), f), {
      ipVersion: 6,
      ...expected,
    });
  });

const otherPacket: fc.Arbitrary<NetPacket[]> = fc.oneof(
  fc.tuple(fc.uint8Array({ maxLength: 32 }), fragmentation).map(([p, f]) => {
    const spec = { protocol: 17, payload: udp(p) };
    return netPackets(0x0800, f ? shuffled(ipv4Fragments(spec, f.size), f) : [ipv4(spec)], null);
  }),
  fc.constant(netPackets(0x0806, [arp()], null)),
);

const netPacket = fc.oneof(
  { weight: 4, arbitrary: tcpPacket },
  { weight: 1, arbitrary: otherPacket },
);

/** A link type and how it wraps a network packet (null for a packet it cannot carry). */
interface Link {
  linkType: number;
  wrap(p: NetPacket): Uint8Array | null;
}
const ipOnly = (p: NetPacket) => p.ethertype !== 0x0806;
const af = (p: NetPacket, v6: number) => (p.ethertype === 0x0800 ? 2 : v6);
const link: fc.Arbitrary<Link> = fc.oneof(
  fc.subarray([0x8100, 0x88a8], { maxLength: 2 }).map((vlans) => ({
    linkType: 1,
    wrap: (p: NetPacket) => ethernet(p.bytes, p.ethertype, vlans),
  })),
  fc.constant({ linkType: 113, wrap: (p: NetPacket) => sll(p.bytes, p.ethertype) }),
  fc.constant({ linkType: 276, wrap: (p: NetPacket) => sll2(p.bytes, p.ethertype) }),
  fc.tuple(fc.boolean(), fc.constantFrom(24, 28, 30)).map(([le, v6]) => ({
    linkType: 0,
    wrap: (p: NetPacket) => (ipOnly(p) ? nullLink(p.bytes, af(p, v6), le) : null),
  })),
  fc.constant({
    linkType: 108,
    wrap: (p: NetPacket) => (ipOnly(p) ? loopLink(p.bytes, af(p, 24)) : null),
  }),
  fc.constantFrom(101, 12, 14).map((linkType) => ({
    linkType,
    wrap: (p: NetPacket) => (ipOnly(p) ? p.bytes : null),
  })),
);

/** A valid capture file and what a reader should find in it. */
export interface GeneratedCapture {
  bytes: Uint8Array;
  format: 'pcap' | 'pcapng';
  frames: number;
  tcp: ExpectedTcp[];
  /** The TCP packets' `t`. */
  times: number[];
}

/** Frame times as a reader should give them, from µs timestamps (null: none, as in an SPB). */
class Clock {
  private origin: number | null = null;
  private last = 0;
  at(us: number | null): number {
    if (us !== null) {
      this.origin ??= us;
      this.last = (us - this.origin) / 1000;
    }
    return this.last;
  }
}

/** One packet's frames (several for fragments, all at the same time and on the same interface):
 * which interface (pcapng), the network packets, the time step in µs (multiples of 1/8 s in
 * pcapng, exact in every resolution the generator uses: ms, µs, ns and 1/1024 s). */
const frameSpec = (stepUnit: number) =>
  fc.record({
    iface: fc.nat(2),
    packets: netPacket,
    step: fc.integer({ min: 0, max: 5_000_000 / stepUnit }).map((k) => k * stepUnit),
    block: fc.constantFrom('epb', 'epb', 'epb', 'pb', 'spb'),
  });

const pcapFile: fc.Arbitrary<GeneratedCapture> = fc
  .record({
    link,
    le: fc.boolean(),
    nano: fc.boolean(),
    frames: fc.array(frameSpec(1), { maxLength: 12 }),
  })
  .map(({ link: l, le, nano, frames }) => {
    const records = [];
    const expected: ExpectedTcp[] = [];
    const times: number[] = [];
    const clock = new Clock();
    let us = 1_700_000_000_000_000;
    for (const f of frames) {
      if (l.wrap(f.packets[0]!) === null) continue;
      us += f.step;
      const sec = Math.floor(us / 1e6);
      const frac = (us % 1e6) * (nano ? 1000 : 1);
      for (const packet of f.packets) {
        records.push({ data: l.wrap(packet)!, sec, frac });
        const t = clock.at(us);
        if (packet.tcp) {
          expected.push(packet.tcp);
          times.push(t);
        }
      }
    }
    const bytes = writePcap(records, { linkType: l.linkType, le, nano });
    return { bytes, format: 'pcap' as const, frames: records.length, tcp: expected, times };
  });

const pcapngFile: fc.Arbitrary<GeneratedCapture> = fc
  .record({
    sections: fc.array(
      fc.record({
        le: fc.boolean(),
        ifaces: fc.array(fc.record({ link, tsresol: fc.constantFrom(6, 9, 3, 0x8a) }), {
          minLength: 1,
          maxLength: 3,
        }),
        frames: fc.array(frameSpec(125_000), { maxLength: 8 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map(({ sections }) => {
    const blocks: PcapngBlock[] = [];
    const expected: ExpectedTcp[] = [];
    const times: number[] = [];
    const clock = new Clock();
    let frames = 0;
    let us = 1_700_000_000_000_000n;
    for (const s of sections) {
      blocks.push({ type: 'shb', le: s.le });
      for (const i of s.ifaces)
        blocks.push({ type: 'idb', linkType: i.link.linkType, tsresol: i.tsresol });
      for (const f of s.frames) {
        const index = f.block === 'spb' ? 0 : f.iface % s.ifaces.length;
        const iface = s.ifaces[index]!;
        if (iface.link.wrap(f.packets[0]!) === null) continue;
        us += BigInt(f.step);
        const perSec = iface.tsresol & 0x80 ? 1024n : 10n ** BigInt(iface.tsresol);
        const ts = (us * perSec) / 1_000_000n;
        for (const packet of f.packets) {
          const data = iface.link.wrap(packet)!;
          blocks.push(
            f.block === 'spb' ? { type: 'spb', data } : { type: f.block, iface: index, ts, data },
          );
          frames++;
          const t = clock.at(f.block === 'spb' ? null : Number(us));
          if (packet.tcp) {
            expected.push(packet.tcp);
            times.push(t);
          }
        }
      }
    }
    return { bytes: writePcapng(blocks), format: 'pcapng' as const, frames, tcp: expected, times };
  });

/** A valid pcap or pcapng file of random frames. */
export const captureFile: fc.Arbitrary<GeneratedCapture> = fc.oneof(pcapFile, pcapngFile);

/** One change to a file's bytes; positions are taken modulo the file's length. */
type Mutation =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; n: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      n: fc.integer({ min: 1, max: 16 }),
    }),
  },
);

/** `bytes` with `mutations` applied in order. */
export function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = bytes.slice();
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % b.length;
    if (m.kind === 'set') {
      if (b.length > 0) b[at] = m.value;
    } else if (m.kind === 'cut') {
      b = b.slice(0, at);
    } else if (m.kind === 'insert') {
      const out = new Uint8Array(b.length + m.bytes.length);
      out.set(b.subarray(0, at));
      out.set(m.bytes, at);
      out.set(b.subarray(at), at + m.bytes.length);
      b = out;
    } else {
      const n = Math.min(m.n, b.length - at);
      const out = new Uint8Array(b.length - n);
      out.set(b.subarray(0, at));
      out.set(b.subarray(at + n), at);
      b = out;
    }
  }
  return b;
}

/** A valid file with 1 to 8 random changes. */
export const damagedCaptureFile: fc.Arbitrary<Uint8Array> = fc
  .tuple(captureFile, fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([file, mutations]) => mutate(file.bytes, mutations));
