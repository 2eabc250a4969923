// IPv4 and IPv6 decoding: lengths, fragment fields, extension headers, what is counted, and the
// addresses' text (RFC 5952). Reassembly itself: reassembly.test.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AddressCache,
  FIRST_FRAGMENT,
  LATER_FRAGMENT,
  NOT_FRAGMENT,
  decodeIPv4,
  decodeIPv6,
  ipv6Text,
  newIpLayer,
} from './ip';
import { readCapture } from './read';
import {
  concat,
  ethernet,
  ipv4,
  ipv4Fragments,
  ipv6,
  ipv6Bytes,
  ipv6Fragments,
  tcp,
  udp,
} from './testing/packets';
import { writePcap } from './testing/writer';

const seg = (n = 10) => tcp({ srcPort: 5000, dstPort: 443, payload: new Uint8Array(n).fill(7) });
/** Reads Ethernet frames (each given as the IP packet and its EtherType). */
const read = (...frames: [Uint8Array, number][]) =>
  readCapture(writePcap(frames.map(([ip, et]) => ({ data: ethernet(ip, et) }))));
const v4 = (ip: Uint8Array) => read([ip, 0x0800]);
const v6 = (ip: Uint8Array) => read([ip, 0x86dd]);

describe('IPv4', () => {
  it('reads addresses, and steps over header options', () => {
    const file = v4(
      ipv4({
        src: '192.168.1.10',
        dst: '8.8.8.8',
        options: Uint8Array.of(1, 1, 1, 0),
        payload: seg(),
      }),
    );
    const p = file.tcp[0]!;
    expect([p.src, p.dst]).toEqual([
      { ip: '192.168.1.10', port: 5000 },
      { ip: '8.8.8.8', port: 443 },
    ]);
    expect([p.ipVersion, p.len, p.payload.length]).toEqual([4, 10, 10]);
  });

  it('trusts the total length: Ethernet padding is not payload', () => {
    const frame = concat(ethernet(ipv4({ payload: seg(2) }), 0x0800), new Uint8Array(10));
    const p = readCapture(writePcap([{ data: frame }])).tcp[0]!;
    expect([p.len, p.payload.length]).toEqual([2, 2]);
  });

  it('takes len from the IP header when the snap length cut the payload', () => {
    const frame = ethernet(ipv4({ payload: seg(1000) }), 0x0800);
    const p = readCapture(writePcap([{ data: frame.subarray(0, 100), origLen: frame.length }]))
      .tcp[0]!;
    expect([p.len, p.payload.length, p.frameLen]).toEqual([1000, 100 - 54, frame.length]);
  });

  it('counts a total length of 0 (segmentation offload) as the captured length', () => {
    const p = v4(ipv4({ payload: seg(3000), totalLength: 0 })).tcp[0]!;
    expect(p.len).toBe(3000);
  });

  it('reads the fragment fields: identification, offset in bytes, MF, the size limit', () => {
    const packet = ipv4({
      payload: seg(),
      identification: 0xbeef,
      fragmentOffset: 5,
      options: new Uint8Array(4),
    });
    const ip = newIpLayer();
    expect(decodeIPv4(new DataView(packet.buffer), 0, packet.length, ip)).toBeNull();
    expect(ip).toMatchObject({
      fragment: LATER_FRAGMENT,
      fragId: 0xbeef,
      fragOffset: 40,
      moreFragments: false,
      fragLimit: 65535 - 24,
      payloadOff: 24,
      payloadLen: 30,
    });
    const first = ipv4({ payload: seg(), moreFragments: true });
    expect(decodeIPv4(new DataView(first.buffer), 0, first.length, ip)).toBeNull();
    expect([ip.fragment, ip.fragOffset, ip.moreFragments]).toEqual([FIRST_FRAGMENT, 0, true]);
    const whole = ipv4({ payload: seg() });
    expect(decodeIPv4(new DataView(whole.buffer), 0, whole.length, ip)).toBeNull();
    expect(ip.fragment).toBe(NOT_FRAGMENT);
  });

  it('reads a packet in fragments at the frame that completes it (reassembly.test.ts)', () => {
    const file = read(
      ...ipv4Fragments({ payload: seg(100) }, 48).map((p): [Uint8Array, number] => [p, 0x0800]),
    );
    expect(file.tcp.map((p) => [p.frame, p.len])).toEqual([[3, 100]]);
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 2 });
    expect(file.warnings).toEqual([]);
  });

  it('counts UDP, ICMP and other protocols', () => {
    const file = read(
      [ipv4({ protocol: 17, payload: udp() }), 0x0800],
      [ipv4({ protocol: 1, payload: new Uint8Array(8) }), 0x0800],
      [ipv4({ protocol: 47, payload: new Uint8Array(8) }), 0x0800],
      [ipv4({ protocol: 17, payload: udp() }), 0x0800],
    );
    expect(file.otherProtocols).toEqual({ UDP: 2, ICMP: 1, 'IPv4 other': 1 });
    expect(file.tcp).toEqual([]);
  });

  it('warns about impossible headers and counts them as IPv4 other', () => {
    const badIhl = ipv4({ payload: seg() });
    badIhl[0] = 0x44;
    const badVersion = ipv4({ payload: seg() });
    badVersion[0] = 0x55;
    const file = read(
      [badIhl, 0x0800],
      [ipv4({ payload: seg(), totalLength: 10 }), 0x0800],
      [ipv4({ payload: seg() }).subarray(0, 19), 0x0800],
      [badVersion, 0x0800],
    );
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 4 });
    expect(file.warnings).toEqual([
      'frame 1: IPv4 header length below 20 bytes',
      'frame 2: IPv4 total length shorter than its header',
      'frame 3: IPv4 header truncated',
      'frame 4: IPv4 header with another version number',
    ]);
  });
});

describe('IPv6', () => {
  it.each([
    ['no extension header', []],
    ['hop-by-hop options', [{ type: 0 }]],
    ['routing', [{ type: 43 }]],
    ['destination options', [{ type: 60 }]],
    ['authentication header', [{ type: 51 }]],
    ['hop-by-hop, routing and destination options', [{ type: 0 }, { type: 43 }, { type: 60 }]],
  ] as const)('reads TCP after %s', (_name, extensions) => {
    const file = v6(
      ipv6({ src: '2001:db8::a', dst: 'fe80::1', payload: seg(5), extensions: [...extensions] }),
    );
    expect(file.warnings).toEqual([]);
    const p = file.tcp[0]!;
    expect([p.ipVersion, p.src.ip, p.dst.ip, p.len, p.payload.length]).toEqual([
      6,
      '2001:db8::a',
      'fe80::1',
      5,
      5,
    ]);
  });

  it('stops at the Fragment header of a fragment and reads its fields', () => {
    const packet = ipv6({
      payload: seg(),
      extensions: [
        { type: 0 },
        { type: 44, fragmentOffset: 3, moreFragments: true, identification: 0xdeadbeef },
        { type: 60 },
      ],
    });
    const ip = newIpLayer();
    expect(decodeIPv6(new DataView(packet.buffer), 0, packet.length, ip)).toBeNull();
    expect(ip).toMatchObject({
      fragment: LATER_FRAGMENT,
      fragId: 0xdeadbeef,
      fragOffset: 24,
      moreFragments: true,
      fragLimit: 65535 - 8,
      protocol: 60, // the Fragment header's next header
      payloadOff: 40 + 8 + 8,
      payloadLen: 8 + 30,
    });
    // An atomic fragment (offset 0, no M) is walked through.
    const atomic = ipv6({ payload: seg(), extensions: [{ type: 44 }] });
    expect(decodeIPv6(new DataView(atomic.buffer), 0, atomic.length, ip)).toBeNull();
    expect([ip.fragment, ip.protocol, ip.payloadOff]).toEqual([NOT_FRAGMENT, 6, 48]);
  });

  it('reads a packet in fragments at the frame that completes it (reassembly.test.ts)', () => {
    const frags = ipv6Fragments({ payload: seg(100), extensions: [{ type: 44 }] }, 48);
    const file = read(...frags.map((p): [Uint8Array, number] => [p, 0x86dd]));
    expect(file.tcp.map((p) => [p.frame, p.len])).toEqual([[3, 100]]);
    expect(file.otherProtocols).toEqual({ 'IPv6 other': 2 });
    expect(file.warnings).toEqual([]);
  });

  it('stops at an unknown next header, counts UDP and ICMPv6', () => {
    const file = read(
      [ipv6({ nextHeader: 135, payload: seg() }), 0x86dd], // Mobility: not walked
      [ipv6({ nextHeader: 59, payload: new Uint8Array(0) }), 0x86dd], // No Next Header
      [ipv6({ nextHeader: 17, payload: udp(), extensions: [{ type: 0 }] }), 0x86dd],
      [ipv6({ nextHeader: 58, payload: new Uint8Array(8) }), 0x86dd],
    );
    expect(file.otherProtocols).toEqual({ 'IPv6 other': 2, UDP: 1, ICMPv6: 1 });
    expect(file.warnings).toEqual([]);
  });

  it('counts a payload length of 0 (jumbogram, offload) as the captured length', () => {
    expect(v6(ipv6({ payload: seg(2000), payloadLength: 0 })).tcp[0]!.len).toBe(2000);
  });

  it('warns about truncated and impossible headers', () => {
    const file = read(
      [ipv6({ payload: seg() }).subarray(0, 39), 0x86dd],
      [ipv6({ payload: new Uint8Array(0), extensions: [{ type: 0 }] }).subarray(0, 44), 0x86dd],
      [ipv6({ payload: seg(), extensions: [{ type: 60 }], payloadLength: 4 }), 0x86dd],
      [ipv4({ payload: seg() }), 0x86dd],
    );
    expect(file.otherProtocols).toEqual({ 'IPv6 other': 4 });
    expect(file.warnings).toEqual([
      'frame 1: IPv6 header truncated',
      'frame 2: IPv6 extension header truncated',
      'frame 3: IPv6 extension headers longer than the packet',
      'frame 4: IPv6 header with another version number',
    ]);
  });
});

describe('address text', () => {
  const text = (s: string) => ipv6Text(new DataView(ipv6Bytes(s).buffer), 0);

  it.each([
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // the first of two equal runs
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'], // the longest run
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // one zero group is not compressed
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['fe80:0:0:0:0202:b3ff:fe1e:8329', 'fe80::202:b3ff:fe1e:8329'],
    ['0:0:0:0:0:ffff:c000:0201', '::ffff:192.0.2.1'],
    ['0:0:0:0:1:0:0:0', '::1:0:0:0'],
  ])('%s → %s (RFC 5952)', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('caches endpoints without mixing addresses up', () => {
    const cache = new AddressCache();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat(65535), (b, port) => {
        const view = new DataView(b.buffer);
        const a = cache.ipv6(view, 0, port);
        expect(a).toEqual({ ip: ipv6Text(view, 0), port });
        expect(cache.ipv6(view, 0, port)).toBe(a);
        const b4 = cache.ipv4(view, 12, port);
        expect(b4.ip).toBe(`${b[12]}.${b[13]}.${b[14]}.${b[15]}`);
        expect(Object.isFrozen(b4)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
