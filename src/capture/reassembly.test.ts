// IP reassembly through the reader (as tshark 4.0 reads the same frames, checked by hand with
// ip.defragment / ipv6.defragment on): the packet belongs to the frame that completes it, in any
// order, duplicates ignored, IPv4 overlaps laid as Wireshark lays them, IPv6 overlaps dropped
// (RFC 5722), other protocols counted once, and the limits; then the limits of IpReassembly.
import { describe, expect, it } from 'vitest';
import { decodeIPv4, newIpLayer } from './ip';
import { readCapture } from './read';
import { IpReassembly } from './reassembly';
import {
  concat,
  ethernet,
  ipv4,
  ipv4Fragments,
  ipv6,
  ipv6Fragments,
  tcp,
  udp,
  type Ipv4Spec,
  type Ipv6Spec,
} from './testing/packets';
import { writePcap } from './testing/writer';

/** A 100-byte TCP segment: 20 bytes of header, then "ABC…" (80 bytes). */
const SEGMENT = tcp({
  srcPort: 5000,
  dstPort: 80,
  seq: 1000,
  flags: ['ACK', 'PSH'],
  payload: Uint8Array.from({ length: 80 }, (_, i) => 0x41 + (i % 26)),
});
const DATA = SEGMENT.subarray(20);
const V4 = 0x0800;
const V6 = 0x86dd;

/** A pcap of Ethernet frames (IP packet and EtherType), frame k at (k - 1) × 10 µs; frames given
 * as [bytes, captured length] are cut to that length. */
function capture(...frames: [Uint8Array, number, number?][]): Uint8Array {
  return writePcap(
    frames.map(([ip, type, cut], i) => {
      const data = ethernet(ip, type);
      return { data: data.subarray(0, cut ?? data.length), origLen: data.length, frac: i * 10 };
    }),
  );
}
const read = (...frames: [Uint8Array, number, number?][]) => readCapture(capture(...frames));

/** SEGMENT in IPv4 fragments [0,40) [40,80) [80,100). */
const v4 = (spec: Partial<Ipv4Spec> = {}) =>
  ipv4Fragments({ payload: SEGMENT, identification: 1, ...spec }, 40);
/** SEGMENT in IPv6 fragments [0,40) [40,80) [80,100). */
const v6 = (spec: Partial<Ipv6Spec> = {}) =>
  ipv6Fragments({ payload: SEGMENT, extensions: [{ type: 44, identification: 1 }], ...spec }, 40);
const as = (type: number, packets: Uint8Array[]) =>
  packets.map((p): [Uint8Array, number] => [p, type]);

const NEVER_COMPLETED_1 =
  '1 fragmented IP packet never completed: a fragment of it is missing from the capture.';

describe('IPv4 reassembly', () => {
  it('reads the segment at the frame that completes it, with the bytes of every fragment', () => {
    const frags = v4();
    const file = read(...as(V4, frags));
    expect(file.warnings).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 2 });
    expect(file.tcp).toHaveLength(1);
    const p = file.tcp[0]!;
    expect([p.frame, p.t, p.len, p.seq, p.flags]).toEqual([3, 0.02, 80, 1000, ['ACK', 'PSH']]);
    expect(p.payload).toEqual(DATA);
    // Every fragment's frame on the wire: 14 + 20 + data each.
    expect(p.frameLen).toBe(3 * 34 + 100);
  });

  it.each([
    [[0, 1, 2]],
    [[2, 1, 0]],
    [[2, 0, 1]],
    [[1, 2, 0]],
    [[0, 2, 1]], // the fragment without MF before the one that completes the packet
    [[1, 0, 2]],
  ])('in any order: %j', (order) => {
    const frags = v4();
    const file = read(
      ...as(
        V4,
        order.map((i) => frags[i]!),
      ),
    );
    expect(file.tcp.map((p) => [p.frame, p.len])).toEqual([[3, 80]]);
    expect(file.tcp[0]!.payload).toEqual(DATA);
    expect(file.warnings).toEqual([]);
  });

  it('ignores a repeated fragment before the packet is complete', () => {
    const [a, b, c] = v4();
    const file = read(...as(V4, [a!, b!, b!, c!]));
    expect(file.tcp.map((p) => [p.frame, p.len, p.frameLen])).toEqual([[4, 80, 3 * 34 + 100]]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 3 });
    expect(file.warnings).toEqual([]);
  });

  it('takes a repeat after the packet is complete as the start of another (as Wireshark)', () => {
    const [a, b, c] = v4();
    const file = read(...as(V4, [a!, b!, c!, b!]));
    expect(file.tcp.map((p) => p.frame)).toEqual([3]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 3 });
    expect(file.warnings).toEqual([NEVER_COMPLETED_1]);
  });

  it('reads a second packet with the same identification after the first is complete', () => {
    const frags = v4();
    const file = read(...as(V4, [...frags, ...frags]));
    expect(file.tcp.map((p) => p.frame)).toEqual([3, 6]);
  });

  it('lays overlapping fragments as Wireshark: the lowest offset wins, then the earliest', () => {
    const bytes = (n: number, b: number) => new Uint8Array(n).fill(b);
    const part = (from: number, payload: Uint8Array, more = true) =>
      ipv4({ payload, fragmentOffset: from / 8, moreFragments: more, identification: 1 });
    // [48,80) of 'x' first, then [40,64) of 'y': y's lower offset wins over [48,64).
    const overlap = read(
      ...as(V4, [
        part(48, bytes(32, 0x78)),
        part(40, bytes(24, 0x79)),
        part(0, SEGMENT.subarray(0, 40)),
        part(80, SEGMENT.subarray(80), false),
      ]),
    );
    const expected = SEGMENT.slice(20);
    expected.fill(0x79, 20, 44);
    expected.fill(0x78, 44, 60);
    expect(overlap.tcp.map((p) => p.frame)).toEqual([4]);
    expect(overlap.tcp[0]!.payload).toEqual(expected);
    expect(overlap.warnings).toEqual([]);
    // Two at the same offset: the first one's bytes.
    const same = read(
      ...as(V4, [
        part(0, SEGMENT.subarray(0, 40)),
        part(40, bytes(40, 0x78)),
        part(40, bytes(40, 0x79)),
        part(80, SEGMENT.subarray(80), false),
      ]),
    );
    const first = SEGMENT.slice(20);
    first.fill(0x78, 20, 60);
    expect(same.tcp[0]!.payload).toEqual(first);
  });

  it('keeps packets apart by source, destination, protocol and identification', () => {
    const a = v4();
    const otherId = v4({ identification: 2 });
    const otherSrc = v4({ src: '10.0.0.9' });
    const datagram = udp(new Uint8Array(72));
    const udpSameId = ipv4Fragments({ protocol: 17, payload: datagram, identification: 1 }, 40);
    const file = read(
      ...as(V4, [a[0]!, otherId[0]!, otherSrc[0]!, udpSameId[0]!, a[1]!, otherId[1]!]),
      ...as(V4, [otherSrc[1]!, udpSameId[1]!, otherId[2]!, a[2]!, otherSrc[2]!]),
    );
    expect(file.tcp.map((p) => [p.frame, p.src.ip])).toEqual([
      [9, '10.0.0.1'],
      [10, '10.0.0.1'],
      [11, '10.0.0.9'],
    ]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 7, UDP: 1 });
  });

  it('counts UDP and ICMP in fragments once, at the frame that completes them (as tshark)', () => {
    const datagram = udp(new Uint8Array(72));
    const u = ipv4Fragments({ protocol: 17, payload: datagram, identification: 5 }, 40);
    const icmp = ipv4Fragments({ protocol: 1, payload: new Uint8Array(60), identification: 6 }, 32);
    expect(read(...as(V4, [...u, ...icmp])).otherProtocols).toEqual({
      UDP: 1,
      ICMP: 1,
      'IPv4 other': 2,
    });
    // Never completed: only fragments, like tshark's "data".
    const incomplete = read(...as(V4, [u[0]!]));
    expect(incomplete.otherProtocols).toEqual({ 'IPv4 other': 1 });
    expect(incomplete.warnings).toEqual([NEVER_COMPLETED_1]);
  });

  it('warns about packets whose fragments never all came, and counts them as IPv4 other', () => {
    const [a, b] = v4();
    const [c, , d] = v4({ identification: 2 });
    const file = read(...as(V4, [a!, b!, c!, d!]));
    expect(file.tcp).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 4 });
    expect(file.warnings).toEqual([
      '2 fragmented IP packets never completed: fragments of them are missing from the capture.',
    ]);
  });

  it('reads a first fragment cut by the snap length on its own, as Wireshark does', () => {
    const [a, b, c] = v4();
    const file = read([a!, V4, 14 + 20 + 30], [b!, V4], [c!, V4, 14 + 20 + 10]);
    expect(file.tcp.map((p) => [p.frame, p.len, p.payload.length])).toEqual([[1, 20, 10]]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 2 });
    expect(file.warnings).toEqual([
      'frame 1: TCP in an IP fragment cut short by the snap length (only this first fragment is read)',
      'frame 3: IP fragment cut short by the snap length: not reassembled',
      NEVER_COMPLETED_1,
    ]);
  });

  it('drops a packet that would be longer than 65,535 bytes, and its later fragments', () => {
    const big = (from: number, len: number, more: boolean) =>
      ipv4({ payload: new Uint8Array(len), fragmentOffset: from / 8, moreFragments: more });
    const file = read(
      [big(0, 64000, true), V4],
      [big(64000, 1600, false), V4], // 20 + 65,600 bytes
      [big(64000, 1400, false), V4],
    );
    expect(file.tcp).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 3 });
    expect(file.warnings).toEqual([
      'frame 2: IP fragments make a packet longer than 65,535 bytes: the packet is dropped',
    ]);
  });

  it('gives up the oldest packet when more than 1,024 wait', () => {
    const firsts = Array.from({ length: 1026 }, (_, id) => v4({ identification: id })[0]!);
    const last = v4({ identification: 1025 }).slice(1);
    const file = read(...as(V4, [...firsts, ...last]));
    expect(file.tcp.map((p) => p.frame)).toEqual([1028]);
    expect(file.warnings).toEqual([
      'More than 1,024 fragmented IP packets (or 65,536 fragments) waiting at once: the oldest are given up: 2 frames (first: frame 1025)',
      '1,023 fragmented IP packets never completed: fragments of them are missing from the capture.',
    ]);
  });
});

describe('IPv6 reassembly', () => {
  it('reads the segment at the frame that completes it, through extension headers', () => {
    // Hop-by-hop before the Fragment header (in every fragment), destination options after it
    // (in the fragmentable part).
    const frags = ipv6Fragments(
      {
        payload: SEGMENT,
        extensions: [{ type: 0 }, { type: 44, identification: 9 }, { type: 60 }],
      },
      40,
    );
    expect(frags).toHaveLength(3); // 8 + 100 bytes
    const file = read(...as(V6, [frags[2]!, frags[0]!, frags[1]!]));
    expect(file.warnings).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'IPv6 other': 2 });
    const p = file.tcp[0]!;
    expect([p.frame, p.ipVersion, p.src.ip, p.len]).toEqual([3, 6, '2001:db8::1', 80]);
    expect(p.payload).toEqual(DATA);
  });

  it('ignores an exact repeat (RFC 5722 allows it) and reads the packet', () => {
    const [a, b, c] = v6();
    const file = read(...as(V6, [a!, c!, a!, b!]));
    expect(file.tcp.map((p) => [p.frame, p.len])).toEqual([[4, 80]]);
    expect(file.warnings).toEqual([]);
  });

  it('drops a packet whose fragments overlap, with the fragments still to come (RFC 5722)', () => {
    const part = (from: number, to: number, more: boolean) =>
      ipv6({
        payload: SEGMENT.subarray(from, to),
        extensions: [
          { type: 44, fragmentOffset: from / 8, moreFragments: more, identification: 1 },
        ],
      });
    const file = read(
      ...as(V6, [part(0, 48, true), part(40, 80, true), part(40, 80, true), part(80, 100, false)]),
    );
    expect(file.tcp).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'IPv6 other': 4 });
    expect(file.warnings).toEqual([
      'frame 2: IPv6 fragments overlap: the packet is dropped (RFC 5722)',
    ]);
  });

  it('keeps packets apart by source, destination and identification', () => {
    const a = v6();
    const b = v6({ extensions: [{ type: 44, identification: 2 }] });
    const file = read(...as(V6, [a[0]!, b[0]!, a[1]!, b[1]!, b[2]!, a[2]!]));
    expect(file.tcp.map((p) => p.frame)).toEqual([5, 6]);
  });

  it('reads an atomic fragment (offset 0, no M flag: RFC 6946) as a whole packet', () => {
    const file = read([ipv6({ payload: SEGMENT, extensions: [{ type: 44 }] }), V6]);
    expect(file.tcp.map((p) => [p.frame, p.len])).toEqual([[1, 80]]);
  });

  it('does not read a fragment cut by the snap length, not even the first (as Wireshark)', () => {
    const [a, b, c] = v6();
    const file = read([a!, V6, 14 + 48 + 30], [b!, V6], [c!, V6]);
    expect(file.tcp).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'IPv6 other': 3 });
    expect(file.warnings).toEqual([
      'frame 1: IP fragment cut short by the snap length: not reassembled',
      NEVER_COMPLETED_1,
    ]);
  });

  it('counts UDP in fragments once; drops a packet longer than 65,535 bytes', () => {
    const u = ipv6Fragments(
      { nextHeader: 17, payload: udp(new Uint8Array(72)), extensions: [{ type: 44 }] },
      40,
    );
    expect(read(...as(V6, u)).otherProtocols).toEqual({ UDP: 1, 'IPv6 other': 1 });
    const big = ipv6({
      payload: new Uint8Array(8),
      extensions: [{ type: 0 }, { type: 44, fragmentOffset: 8190 }],
    });
    // 8 (hop-by-hop) + 65,520 + 8 > 65,535
    expect(read([big, V6]).warnings).toEqual([
      'frame 1: IP fragments make a packet longer than 65,535 bytes: the packet is dropped',
    ]);
  });
});

describe('IpReassembly limits', () => {
  /** Feeds IPv4 packets to one IpReassembly; the outcome of each. */
  function feed(
    limits: { packets: number; fragments: number; perPacket: number },
    ps: Uint8Array[],
  ) {
    const all = concat(...ps);
    const view = new DataView(all.buffer);
    const r = new IpReassembly(all, view, limits);
    let off = 0;
    const outcomes = ps.map((p) => {
      const ip = newIpLayer();
      expect(decodeIPv4(view, off, off + p.length, ip)).toBeNull();
      off += p.length;
      return [r.add(4, ip, p.length), r.takeEvicted()];
    });
    return { r, outcomes };
  }
  const small = (id: number) => ipv4Fragments({ payload: SEGMENT, identification: id }, 8);

  it('gives up the oldest packets when too many fragments wait', () => {
    const [a, b] = [small(1), small(2)];
    const { r, outcomes } = feed({ packets: 10, fragments: 4, perPacket: 100 }, [
      a[0]!,
      a[1]!,
      b[0]!,
      b[1]!,
      b[2]!, // five held: packet 1 is given up
    ]);
    expect(outcomes.map(([, e]) => e)).toEqual([0, 0, 0, 0, 1]);
    expect(r.incomplete()).toBe(1);
  });

  it('drops a packet of more fragments than allowed, and the rest of it', () => {
    const a = small(1);
    const { r, outcomes } = feed({ packets: 10, fragments: 100, perPacket: 3 }, a.slice(0, 5));
    expect(outcomes.map(([o]) => o)).toEqual(['kept', 'kept', 'kept', 'too-many', 'dropped']);
    expect(r.incomplete()).toBe(0);
  });

  it('completes a packet and hands over its bytes once', () => {
    const { r, outcomes } = feed({ packets: 4, fragments: 64, perPacket: 16 }, small(3));
    expect(outcomes.at(-1)).toEqual(['complete', 0]);
    expect([r.protocol, r.assemble()]).toEqual([6, SEGMENT]);
    expect(r.incomplete()).toBe(0);
  });
});
