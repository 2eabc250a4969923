// The link layer: which LINKTYPE_* numbers the readers decode (https://www.tcpdump.org/linktypes.html)
// and, for one frame, where its network-layer packet starts and what it is (an EtherType).
import type { LinkType } from './types';

/** EtherTypes the decoder acts on. */
export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_ARP = 0x0806;
export const ETHERTYPE_IPV6 = 0x86dd;
/** Not an EtherType: a frame that carries something other than IP or ARP with no EtherType to
 * tell (an 802.3 length field, an unknown BSD address family). */
export const ETHERTYPE_NONE = -1;

/** The LinkType a LINKTYPE_* number stands for, or null for one the readers do not decode. */
export function linkTypeOf(n: number): LinkType | null {
  switch (n) {
    case 0:
      return 'null';
    case 1:
      return 'ethernet';
    case 12: // DLT_RAW on most systems, written as is by old libpcaps
    case 14: // DLT_RAW on OpenBSD
    case 101:
      return 'raw';
    case 108:
      return 'loop';
    case 113:
      return 'linux-sll';
    case 228:
      return 'ipv4';
    case 229:
      return 'ipv6';
    case 276:
      return 'linux-sll2';
    default:
      return null;
  }
}

/** Where a frame's network layer starts and what it is; filled in by `decodeLink`. */
export interface LinkLayer {
  /** ETHERTYPE_IPV4, ETHERTYPE_IPV6, ETHERTYPE_ARP, another EtherType, or ETHERTYPE_NONE. */
  ethertype: number;
  /** Offset of the network-layer header. */
  offset: number;
}

const ARPHRD_NETLINK = 824;

/** BSD address families for IP: AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD, OpenBSD),
 * 28 (FreeBSD) or 30 (macOS). */
function familyToEthertype(af: number): number {
  if (af === 2) return ETHERTYPE_IPV4;
  if (af === 24 || af === 28 || af === 30) return ETHERTYPE_IPV6;
  return ETHERTYPE_NONE;
}

/** IP by the version nibble (raw links have no header to say). */
function byVersion(view: DataView, off: number, end: number, out: LinkLayer): string | null {
  if (off >= end) return 'empty frame';
  const version = view.getUint8(off) >> 4;
  if (version !== 4 && version !== 6) return 'raw IP frame is neither IPv4 nor IPv6';
  out.ethertype = version === 4 ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6;
  out.offset = off;
  return null;
}

/** Sets `out` to `ethertype` at `payload`, first stepping over 802.1Q / 802.1ad VLAN tags (each
 * 4 bytes: TCI, then the next EtherType). */
function afterVlanTags(
  view: DataView,
  ethertype: number,
  payload: number,
  end: number,
  out: LinkLayer,
): string | null {
  let et = ethertype;
  let p = payload;
  while (et === 0x8100 || et === 0x88a8 || et === 0x9100) {
    if (p + 4 > end) return 'VLAN tag truncated';
    et = view.getUint16(p + 2);
    p += 4;
  }
  // Ethernet II carries an EtherType ≥ 0x0600; below that it is an 802.3 length (LLC follows).
  out.ethertype = et >= 0x0600 ? et : ETHERTYPE_NONE;
  out.offset = p;
  return null;
}

/**
 * Decodes the link header of the frame in [off, end) on a link of type `link`: fills `out` and
 * returns null, or returns what is wrong (e.g. "Ethernet header truncated").
 */
export function decodeLink(
  link: LinkType,
  view: DataView,
  off: number,
  end: number,
  out: LinkLayer,
): string | null {
  switch (link) {
    case 'ethernet':
      // dst(6) src(6) EtherType(2)
      if (end - off < 14) return 'Ethernet header truncated';
      return afterVlanTags(view, view.getUint16(off + 12), off + 14, end, out);
    case 'linux-sll': {
      // packet type(2) ARPHRD(2) address length(2) address(8) protocol(2)
      if (end - off < 16) return 'Linux cooked (SLL) header truncated';
      if (view.getUint16(off + 2) === ARPHRD_NETLINK) {
        out.ethertype = ETHERTYPE_NONE;
        out.offset = off + 16;
        return null;
      }
      return afterVlanTags(view, view.getUint16(off + 14), off + 16, end, out);
    }
    case 'linux-sll2': {
      // protocol(2) reserved(2) interface index(4) ARPHRD(2) packet type(1) address length(1)
      // address(8)
      if (end - off < 20) return 'Linux cooked (SLL2) header truncated';
      if (view.getUint16(off + 8) === ARPHRD_NETLINK) {
        out.ethertype = ETHERTYPE_NONE;
        out.offset = off + 20;
        return null;
      }
      return afterVlanTags(view, view.getUint16(off), off + 20, end, out);
    }
    case 'null':
    case 'loop': {
      // A 4-byte address family: the writer's byte order for null, network order for loop; the
      // values are small, so a value with high bytes set is the other byte order.
      if (end - off < 4) return 'loopback header truncated';
      let af = view.getUint32(off, link === 'null');
      if (af > 0xffff) af = view.getUint32(off, link !== 'null');
      out.ethertype = familyToEthertype(af);
      out.offset = off + 4;
      return null;
    }
    case 'raw':
    case 'ipv4':
    case 'ipv6':
      return byVersion(view, off, end, out);
  }
}
