// The network layer: IPv4 (RFC 791) and IPv6 (RFC 8200, with its extension headers) headers →
// where the upper-layer header starts, how long the upper-layer data is by the IP lengths, and
// the endpoints (IPv4 dotted quad, IPv6 in RFC 5952 canonical form; and a port), cached per value.
// A fragment's identification, offset and MF flag are read for reassembly.ts.

import type { Address } from './types';

/** IANA protocol numbers the decoder tells apart. */
export const PROTO_ICMP = 1;
export const PROTO_TCP = 6;
export const PROTO_UDP = 17;
export const PROTO_ICMPV6 = 58;
/** The IPv6 Fragment header's next-header number. */
const PROTO_FRAGMENT = 44;

/** `IpLayer.fragment`: a whole packet, the first fragment (offset 0, more to come), or a later
 * one (offset > 0). */
export const NOT_FRAGMENT = 0;
export const FIRST_FRAGMENT = 1;
export const LATER_FRAGMENT = 2;

/** The largest IP packet (IPv4 total length; IPv6 payload length without a jumbogram). */
const MAX_IP_LENGTH = 65535;

/** What `decodeIPv4` / `decodeIPv6` read; offsets are into the capture's bytes. */
export interface IpLayer {
  /** The upper-layer protocol: after IPv6 extension headers, or the first header the walk does
   * not know (e.g. 59, No Next Header, or an unknown extension). In an IPv6 fragment, the
   * Fragment header's next header. */
  protocol: number;
  srcOff: number;
  dstOff: number;
  /** Offset of the upper-layer header; in a fragment, of the fragment's data (for IPv6, right
   * after the Fragment header). */
  payloadOff: number;
  /** Upper-layer bytes by the IP header's lengths (not by what was captured); in a fragment, the
   * fragment's data. */
  payloadLen: number;
  fragment: number;
  // Set only when `fragment` is not NOT_FRAGMENT:
  /** The identification field (IPv4: 16 bits; IPv6 Fragment header: 32 bits). */
  fragId: number;
  /** Where the fragment's data goes in the original packet's data, in bytes. */
  fragOffset: number;
  /** The MF flag (IPv4) or M flag (IPv6 Fragment header). */
  moreFragments: boolean;
  /** The largest end (fragOffset + length) a fragment's data may have: 65,535 minus the header
   * bytes that come before the fragmentable part. */
  fragLimit: number;
}

/** A fresh `IpLayer` to reuse as scratch. */
export function newIpLayer(): IpLayer {
  return {
    protocol: 0,
    srcOff: 0,
    dstOff: 0,
    payloadOff: 0,
    payloadLen: 0,
    fragment: NOT_FRAGMENT,
    fragId: 0,
    fragOffset: 0,
    moreFragments: false,
    fragLimit: 0,
  };
}

/**
 * Reads the IPv4 header at `off` (the frame's captured bytes end at `end`) into `out`: null, or
 * what is wrong. A total length of 0 (segmentation offload seen before the NIC split it) counts as
 * the captured length.
 */
export function decodeIPv4(view: DataView, off: number, end: number, out: IpLayer): string | null {
  if (end - off < 20) return 'IPv4 header truncated';
  const vihl = view.getUint8(off);
  if (vihl >> 4 !== 4) return 'IPv4 header with another version number';
  const ihl = (vihl & 15) * 4;
  if (ihl < 20) return 'IPv4 header length below 20 bytes';
  if (off + ihl > end) return 'IPv4 header truncated';
  let total = view.getUint16(off + 2);
  if (total === 0) total = end - off;
  if (total < ihl) return 'IPv4 total length shorter than its header';
  const frag = view.getUint16(off + 6);
  if ((frag & 0x3fff) === 0) {
    out.fragment = NOT_FRAGMENT;
  } else {
    // MF (0x2000) or a fragment offset (13 bits, in 8-byte units).
    out.fragment = (frag & 0x1fff) !== 0 ? LATER_FRAGMENT : FIRST_FRAGMENT;
    out.fragId = view.getUint16(off + 4);
    out.fragOffset = (frag & 0x1fff) * 8;
    out.moreFragments = (frag & 0x2000) !== 0;
    out.fragLimit = MAX_IP_LENGTH - ihl;
  }
  out.protocol = view.getUint8(off + 9);
  out.srcOff = off + 12;
  out.dstOff = off + 16;
  out.payloadOff = off + ihl;
  out.payloadLen = total - ihl;
  return null;
}

/**
 * Reads the IPv6 header at `off` and walks its extension headers (hop-by-hop 0, routing 43,
 * destination options 60, authentication 51, fragment 44), stopping at the first other next header,
 * or at a Fragment header of a real fragment (an offset or the M flag; offset 0 without M is an
 * atomic fragment, RFC 6946, read as a whole packet). A payload length of 0 (a jumbogram, or
 * offload) counts as the captured length.
 */
export function decodeIPv6(view: DataView, off: number, end: number, out: IpLayer): string | null {
  if (end - off < 40) return 'IPv6 header truncated';
  if (view.getUint8(off) >> 4 !== 6) return 'IPv6 header with another version number';
  let remaining = view.getUint16(off + 4);
  if (remaining === 0) remaining = end - off - 40;
  out.srcOff = off + 8;
  out.dstOff = off + 24;
  out.fragment = NOT_FRAGMENT;
  return walkIPv6(view, off + 40, end, remaining, view.getUint8(off + 6), out, off + 40);
}

/**
 * The upper layer of a reassembled IPv6 packet's fragmentable part (`len` bytes in `view` from 0,
 * starting with header `next`): extension headers after the Fragment header are walked as in
 * `decodeIPv6`; a Fragment header of a real fragment stops the walk (protocol 44: not read).
 */
export function decodeIPv6Reassembled(
  view: DataView,
  len: number,
  next: number,
  out: IpLayer,
): string | null {
  out.fragment = NOT_FRAGMENT;
  return walkIPv6(view, 0, len, len, next, out, -1);
}

/** The extension-header walk of `decodeIPv6` from `p`, `remaining` bytes of payload left. A real
 * fragment fills the fragment fields (its header bytes counted from `start`); with `start` -1
 * (reassembled data) a Fragment header ends the walk instead. */
function walkIPv6(
  view: DataView,
  p: number,
  end: number,
  remaining: number,
  next: number,
  out: IpLayer,
  start: number,
): string | null {
  // Each step moves p on by at least 8 bytes, so the walk ends.
  for (;;) {
    if (next !== 0 && next !== 43 && next !== 60 && next !== 51 && next !== PROTO_FRAGMENT) break;
    if (p + 8 > end) return 'IPv6 extension header truncated';
    const following = view.getUint8(p);
    let len: number;
    if (next === PROTO_FRAGMENT) {
      len = 8;
      const fo = view.getUint16(p + 2);
      if ((fo & 0xfff9) !== 0) {
        if (start < 0) break; // a fragment inside a reassembled packet: not read
        if (len > remaining) return 'IPv6 extension headers longer than the packet';
        out.fragment = (fo & 0xfff8) !== 0 ? LATER_FRAGMENT : FIRST_FRAGMENT;
        out.fragId = view.getUint32(p + 4);
        out.fragOffset = fo & 0xfff8;
        out.moreFragments = (fo & 1) !== 0;
        // The reassembled payload length is the unfragmentable headers plus the data.
        out.fragLimit = MAX_IP_LENGTH - (p - start);
        out.protocol = following;
        out.payloadOff = p + 8;
        out.payloadLen = remaining - 8;
        return null;
      }
    } else if (next === 51) {
      len = (view.getUint8(p + 1) + 2) * 4;
    } else {
      len = (view.getUint8(p + 1) + 1) * 8;
    }
    if (len > remaining) return 'IPv6 extension headers longer than the packet';
    p += len;
    remaining -= len;
    next = following;
  }
  out.protocol = next;
  out.payloadOff = p;
  out.payloadLen = remaining;
  return null;
}

/** The IPv6 address at `off` in RFC 5952 form: lowercase hex without leading zeros, the longest
 * run (the first of equals) of two or more zero groups as "::"; IPv4-mapped as ::ffff:a.b.c.d. */
export function ipv6Text(view: DataView, off: number): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(view.getUint16(off + 2 * i));
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return `::ffff:${ipv4Text(view, off + 12)}`;
  }
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number) =>
    g
      .slice(from, to)
      .map((x) => x.toString(16))
      .join(':');
  if (bestStart < 0) return hex(0, 8);
  return `${hex(0, bestStart)}::${hex(bestStart + bestLen, 8)}`;
}

/** The IPv4 address at `off` as a dotted quad. */
export function ipv4Text(view: DataView, off: number): string {
  return `${view.getUint8(off)}.${view.getUint8(off + 1)}.${view.getUint8(off + 2)}.${view.getUint8(off + 3)}`;
}

const V6_SLOTS = 4096; // a power of two
const V4_MAX = 65536;

/** An address's text and the endpoints (address + port) made with it. */
interface Cached {
  text: string;
  ports: Map<number, Address>;
}

/** The endpoint for `port` at a cached address: one frozen object per address and port. */
function endpointOf(entry: Cached, port: number): Address {
  let a = entry.ports.get(port);
  if (a === undefined) {
    a = Object.freeze({ ip: entry.text, port }) as Address;
    entry.ports.set(port, a);
  }
  return a;
}

/**
 * Endpoints (address text and port), made once per distinct address and port: a capture has few,
 * each seen many times. The objects are shared between packets and frozen.
 */
export class AddressCache {
  /** IPv4 addresses by their 32 bits as a signed integer (a small integer key for the Map). */
  private readonly v4 = new Map<number, Cached>();
  /** IPv6: a direct-mapped table keyed by the address's four 32-bit words (made at the first
   * IPv6 address). */
  private v6Keys = new Int32Array(0);
  private v6: (Cached | undefined)[] = [];

  /** The IPv4 address at `off` with `port`. */
  ipv4(view: DataView, off: number, port: number): Address {
    const key = view.getInt32(off);
    let entry = this.v4.get(key);
    if (entry === undefined) {
      if (this.v4.size >= V4_MAX) this.v4.clear();
      entry = { text: ipv4Text(view, off), ports: new Map() };
      this.v4.set(key, entry);
    }
    return endpointOf(entry, port);
  }

  /** The IPv6 address at `off` with `port`. */
  ipv6(view: DataView, off: number, port: number): Address {
    const w0 = view.getInt32(off);
    const w1 = view.getInt32(off + 4);
    const w2 = view.getInt32(off + 8);
    const w3 = view.getInt32(off + 12);
    let h =
      Math.imul(w0, 0x9e3779b1) ^
      Math.imul(w1, 0x85ebca6b) ^
      Math.imul(w2, 0xc2b2ae35) ^
      Math.imul(w3, 0x27d4eb2f);
    h ^= h >>> 15;
    const slot = h & (V6_SLOTS - 1);
    const k = slot * 4;
    if (this.v6Keys.length === 0) {
      this.v6Keys = new Int32Array(V6_SLOTS * 4);
      this.v6 = new Array<Cached | undefined>(V6_SLOTS);
    }
    const keys = this.v6Keys;
    let entry = this.v6[slot];
    if (
      entry === undefined ||
      keys[k] !== w0 ||
      keys[k + 1] !== w1 ||
      keys[k + 2] !== w2 ||
      keys[k + 3] !== w3
    ) {
      entry = { text: ipv6Text(view, off), ports: new Map() };
      keys[k] = w0;
      keys[k + 1] = w1;
      keys[k + 2] = w2;
      keys[k + 3] = w3;
      this.v6[slot] = entry;
    }
    return endpointOf(entry, port);
  }
}
