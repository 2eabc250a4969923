// Every link type the readers decode, through readCapture on one-packet pcap files.
import { describe, expect, it } from 'vitest';
import { readCapture } from './read';
import { decodeLink, linkTypeOf, type LinkLayer } from './link';
import {
  arp,
  ethernet,
  ipv4,
  ipv6,
  loopLink,
  nullLink,
  sll,
  sll2,
  tcp,
  udp,
} from './testing/packets';
import { writePcap, writePcapng } from './testing/writer';

const seg = tcp({ srcPort: 1234, dstPort: 80, seq: 7, payload: Uint8Array.of(1, 2, 3) });
const v4 = ipv4({ payload: seg });
const v6 = ipv6({ payload: seg });

/** Reads a one-frame pcap of `frame` on `linkType`. */
const one = (frame: Uint8Array, linkType: number) =>
  readCapture(writePcap([{ data: frame }], { linkType }));

describe('link types', () => {
  it.each([
    ['Ethernet, IPv4', ethernet(v4, 0x0800), 1, 'ethernet', 4],
    ['Ethernet, IPv6', ethernet(v6, 0x86dd), 1, 'ethernet', 6],
    ['Ethernet, 802.1Q', ethernet(v4, 0x0800, [0x8100]), 1, 'ethernet', 4],
    ['Ethernet, 802.1ad + 802.1Q', ethernet(v6, 0x86dd, [0x88a8, 0x8100]), 1, 'ethernet', 6],
    ['Linux SLL, IPv4', sll(v4, 0x0800), 113, 'linux-sll', 4],
    ['Linux SLL, IPv6', sll(v6, 0x86dd), 113, 'linux-sll', 6],
    ['Linux SLL2, IPv4', sll2(v4, 0x0800), 276, 'linux-sll2', 4],
    ['Linux SLL2, IPv6', sll2(v6, 0x86dd), 276, 'linux-sll2', 6],
    ['null, AF_INET little-endian', nullLink(v4, 2), 0, 'null', 4],
    ['null, AF_INET big-endian', nullLink(v4, 2, false), 0, 'null', 4],
    ['null, AF_INET6 = 24 (BSD)', nullLink(v6, 24), 0, 'null', 6],
    ['null, AF_INET6 = 28 (FreeBSD)', nullLink(v6, 28, false), 0, 'null', 6],
    ['null, AF_INET6 = 30 (macOS)', nullLink(v6, 30), 0, 'null', 6],
    ['loop, AF_INET', loopLink(v4, 2), 108, 'loop', 4],
    ['loop, AF_INET6', loopLink(v6, 24), 108, 'loop', 6],
    ['raw (101), IPv4', v4, 101, 'raw', 4],
    ['raw (101), IPv6', v6, 101, 'raw', 6],
    ['raw (12)', v4, 12, 'raw', 4],
    ['raw (14, OpenBSD)', v6, 14, 'raw', 6],
    ['IPv4 (228)', v4, 228, 'ipv4', 4],
    ['IPv6 (229)', v6, 229, 'ipv6', 6],
  ] as const)('%s', (_name, frame, linkType, name, version) => {
    const file = one(frame, linkType);
    expect(file.linkTypes).toEqual([name]);
    expect(file.frames).toBe(1);
    expect(file.warnings).toEqual([]);
    expect(file.tcp).toHaveLength(1);
    const p = file.tcp[0]!;
    expect(p.ipVersion).toBe(version);
    expect(p.src.port).toBe(1234);
    expect(p.seq).toBe(7);
    expect(p.len).toBe(3);
    expect([...p.payload]).toEqual([1, 2, 3]);
    expect(p.frameLen).toBe(frame.length);
  });

  it('counts ARP, 802.3/LLC frames and unknown EtherTypes and address families', () => {
    const llc = ethernet(Uint8Array.of(0x42, 0x42, 3, 0, 0), 5);
    const lldp = ethernet(new Uint8Array(20), 0x88cc);
    const frames = [ethernet(arp(), 0x0806), llc, lldp, ethernet(arp(), 0x0806, [0x8100])];
    const file = readCapture(writePcap(frames.map((data) => ({ data }))));
    expect(file.otherProtocols).toEqual({ ARP: 2, 'other link': 2 });
    expect(file.warnings).toEqual([]);
    expect(one(nullLink(v4, 7), 0).otherProtocols).toEqual({ 'other link': 1 });
    expect(one(sll(v4, 0x0800, 824), 113).otherProtocols).toEqual({ 'other link': 1 });
  });

  it('counts frames of an unknown link type as other link, with one warning', () => {
    const file = readCapture(writePcap([{ data: v4 }, { data: v4 }], { linkType: 105 }));
    expect(file.linkTypes).toEqual([]);
    expect(file.otherProtocols).toEqual({ 'other link': 2 });
    expect(file.warnings).toEqual([
      "link type 105 is not supported (counted as 'other link'): 2 frames (first: frame 1)",
    ]);
  });

  it('lists the link types of a multi-interface pcapng in order of first use', () => {
    const file = readCapture(
      writePcapng([
        { type: 'shb' },
        { type: 'idb', linkType: 1 },
        { type: 'idb', linkType: 113 },
        { type: 'idb', linkType: 0 },
        { type: 'epb', iface: 2, data: nullLink(v4, 2) },
        { type: 'epb', iface: 0, data: ethernet(v4, 0x0800) },
        { type: 'epb', iface: 2, data: nullLink(v6, 30) },
        { type: 'epb', iface: 1, data: sll(ipv4({ protocol: 17, payload: udp() }), 0x0800) },
      ]),
    );
    expect(file.linkTypes).toEqual(['null', 'ethernet', 'linux-sll']);
    expect(file.tcp.map((p) => p.frame)).toEqual([1, 2, 3]);
    expect(file.otherProtocols).toEqual({ UDP: 1 });
    expect(file.warnings).toEqual([]);
  });

  it('warns about frames too short for their link header', () => {
    const file = readCapture(
      writePcap([
        { data: ethernet(v4, 0x0800).subarray(0, 10) },
        { data: ethernet(v4, 0x0800, [0x8100]).subarray(0, 16) },
        { data: new Uint8Array(0) },
      ]),
    );
    expect(file.otherProtocols).toEqual({ 'other link': 3 });
    expect(file.warnings).toEqual([
      'Ethernet header truncated: 2 frames (first: frame 1)',
      'frame 2: VLAN tag truncated',
    ]);
    expect(one(sll(v4, 0x800).subarray(0, 15), 113).warnings).toEqual([
      'frame 1: Linux cooked (SLL) header truncated',
    ]);
    expect(one(sll2(v4, 0x800).subarray(0, 19), 276).warnings).toEqual([
      'frame 1: Linux cooked (SLL2) header truncated',
    ]);
    expect(one(Uint8Array.of(2, 0), 0).warnings).toEqual(['frame 1: loopback header truncated']);
    expect(one(Uint8Array.of(0x10, 0), 101).warnings).toEqual([
      'frame 1: raw IP frame is neither IPv4 nor IPv6',
    ]);
    expect(one(new Uint8Array(0), 101).warnings).toEqual(['frame 1: empty frame']);
  });
});

describe('decodeLink', () => {
  it('points past the link header and VLAN tags', () => {
    const out: LinkLayer = { ethertype: 0, offset: 0 };
    const frame = ethernet(v4, 0x0800, [0x88a8, 0x8100]);
    const view = new DataView(frame.buffer);
    expect(decodeLink('ethernet', view, 0, frame.length, out)).toBeNull();
    expect(out).toEqual({ ethertype: 0x0800, offset: 22 });
  });

  it('knows the LINKTYPE numbers', () => {
    expect([0, 1, 12, 14, 101, 108, 113, 228, 229, 276, 105].map(linkTypeOf)).toEqual([
      'null',
      'ethernet',
      'raw',
      'raw',
      'raw',
      'loop',
      'linux-sll',
      'ipv4',
      'ipv6',
      'linux-sll2',
      null,
    ]);
  });
});
