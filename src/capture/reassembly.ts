// IP reassembly: fragments of an IPv4 packet (RFC 791 §3.2: the same source, destination, protocol
// and identification; offsets in 8-byte units; MF on all but the last) or of an IPv6 packet
// (RFC 8200 §4.5: the same source, destination and Fragment header identification) are put back
// together, as Wireshark does with its defaults (ip.defragment, ipv6.defragment): the packet
// belongs to the frame whose fragment completes it; fragments may come in any order; the first
// fragment without MF sets the length; a fragment that repeats one already kept (same offset,
// length, flag and bytes) is ignored. Where other IPv4 fragments overlap, the bytes are laid as
// Wireshark lays them: by offset, then by arrival, each fragment adding only the bytes past those
// already laid (so the fragment with the lowest offset wins, the earlier one of two at the same
// offset). An IPv6 packet with overlapping fragments is dropped whole, with the fragments still to
// come (RFC 5722; Wireshark reassembles it). A packet that would pass 65,535 bytes is dropped.
//
// No reassembly timeout (Wireshark has none either); memory is bounded instead: at most
// `packets` packets and `fragments` fragments wait at once (the oldest packet is given up to make
// room) and `perPacket` fragments make one packet. Fragments are kept as offsets into the
// capture's bytes (no copy); only a completed packet's bytes are copied, by `assemble`.
import type { IpLayer } from './ip';

/** What `IpReassembly.add` made of a fragment: kept to wait for the rest; `complete` (the packet
 * is whole: `assemble` it); or dropped with its packet, because it overlaps another (IPv6), would
 * make the packet too long, is one fragment too many, or belongs to a packet dropped before. */
export type FragmentOutcome = 'kept' | 'complete' | 'overlap' | 'too-long' | 'too-many' | 'dropped';

/** How much may wait for reassembly at once. */
export interface ReassemblyLimits {
  /** Packets waiting for fragments (the oldest is given up to make room). */
  packets: number;
  /** Fragments kept in all (the oldest packets are given up to make room). */
  fragments: number;
  /** Fragments of one packet (one more drops the packet). */
  perPacket: number;
}

/** The defaults: a 65,535-byte packet cut into 8-byte fragments has 8,192. */
export const REASSEMBLY_LIMITS: Readonly<ReassemblyLimits> = Object.freeze({
  packets: 1024,
  fragments: 65536,
  perPacket: 8192,
});

const num = (n: number) => n.toLocaleString('en');

/** The reader's warning for a fragment that drops its packet; null for the other outcomes. */
export function droppedWarning(outcome: FragmentOutcome): string | null {
  switch (outcome) {
    case 'overlap':
      return 'IPv6 fragments overlap: the packet is dropped (RFC 5722)';
    case 'too-long':
      return 'IP fragments make a packet longer than 65,535 bytes: the packet is dropped';
    case 'too-many':
      return `More than ${num(REASSEMBLY_LIMITS.perPacket)} fragments for one IP packet: the packet is dropped`;
    default:
      return null;
  }
}

/** The reader's warning for a frame at which packets were given up to make room. */
export const EVICTED_WARNING = `More than ${num(REASSEMBLY_LIMITS.packets)} fragmented IP packets (or ${num(REASSEMBLY_LIMITS.fragments)} fragments) waiting at once: the oldest are given up`;

/** The reader's warning for `n` packets still waiting at the end of the file. */
export function incompleteWarning(n: number): string {
  return n === 1
    ? '1 fragmented IP packet never completed: a fragment of it is missing from the capture.'
    : `${num(n)} fragmented IP packets never completed: fragments of them are missing from the capture.`;
}

/** One packet being put back together. */
interface Packet {
  /** The fragments kept, in arrival order, four numbers each: where the data is in the capture's
   * bytes, its offset in the packet, its length, and 1 when MF was set. */
  frags: number[];
  /** The bytes covered so far, as sorted disjoint ranges: start, end, start, end, … */
  covered: number[];
  /** The data's length, from the first fragment without MF; -1 until one came. */
  total: number;
  /** The upper-layer protocol (for IPv6, the offset-0 fragment's next header); -1 until known. */
  protocol: number;
  /** Bytes on the wire of the frames whose fragments were kept. */
  wireBytes: number;
  /** Dropped: later fragments of it are dropped too. */
  dropped: boolean;
}

/** IPv4 and IPv6 reassembly over one capture's bytes (see the top of this file). */
export class IpReassembly {
  private readonly waiting = new Map<string, Packet>();
  /** Fragments kept in all waiting packets. */
  private held = 0;
  private evicted = 0;
  private done: Packet | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
    private readonly limits: ReassemblyLimits = REASSEMBLY_LIMITS,
  ) {}

  /**
   * Adds the fragment `ip` describes (decoded by `decodeIPv4` / `decodeIPv6` from this capture's
   * bytes, wholly captured), of a frame of `frameLen` bytes on the wire.
   */
  add(version: 4 | 6, ip: IpLayer, frameLen: number): FragmentOutcome {
    const key = this.key(version, ip);
    let p = this.waiting.get(key);
    if (p === undefined) {
      if (this.waiting.size >= this.limits.packets) this.evictOldest(null);
      p = { frags: [], covered: [], total: -1, protocol: -1, wireBytes: 0, dropped: false };
      this.waiting.set(key, p);
    } else if (p.dropped) {
      return 'dropped';
    }
    const at = ip.payloadOff;
    const offset = ip.fragOffset;
    const len = ip.payloadLen;
    const end = offset + len;
    const more = ip.moreFragments ? 1 : 0;
    if (end > ip.fragLimit) return this.drop(p, 'too-long');
    if (len > 0 && overlaps(p.covered, offset, end)) {
      if (this.repeats(p, at, offset, len, more)) return 'kept';
      if (version === 6) return this.drop(p, 'overlap');
    }
    if (p.frags.length >= this.limits.perPacket * 4) return this.drop(p, 'too-many');
    p.frags.push(at, offset, len, more);
    this.held++;
    if (len > 0) cover(p.covered, offset, end);
    p.wireBytes += frameLen;
    if (offset === 0) p.protocol = ip.protocol;
    if (more === 0 && p.total < 0) p.total = end;
    while (this.held > this.limits.fragments) {
      if (!this.evictOldest(p)) break;
    }
    if (p.total > 0 && p.covered[0] === 0 && p.covered[1]! >= p.total) {
      this.waiting.delete(key);
      this.held -= p.frags.length / 4;
      this.done = p;
      return 'complete';
    }
    return 'kept';
  }

  /** The upper-layer protocol of the packet the last 'complete' finished. */
  get protocol(): number {
    return this.done?.protocol ?? -1;
  }

  /** Bytes on the wire of the frames that carried the packet the last 'complete' finished. */
  get wireBytes(): number {
    return this.done?.wireBytes ?? 0;
  }

  /** The data of the packet the last 'complete' finished (its upper-layer header first), in a
   * new buffer: fragments laid by offset, then arrival, each adding the bytes past those laid. */
  assemble(): Uint8Array {
    const p = this.done;
    if (p === null) return new Uint8Array(0);
    const out = new Uint8Array(p.total);
    const f = p.frags;
    const order = Array.from({ length: f.length / 4 }, (_, i) => i * 4);
    order.sort((a, b) => f[a + 1]! - f[b + 1]! || a - b);
    let laid = 0;
    for (const i of order) {
      const at = f[i]!;
      const offset = f[i + 1]!;
      const end = Math.min(offset + f[i + 2]!, p.total);
      if (end <= laid) continue;
      const from = Math.max(laid, offset);
      out.set(this.bytes.subarray(at + from - offset, at + end - offset), from);
      laid = end;
    }
    return out;
  }

  /** Packets given up since the last call to make room (over the limits). */
  takeEvicted(): number {
    const n = this.evicted;
    this.evicted = 0;
    return n;
  }

  /** Packets still waiting for fragments (not those dropped). */
  incomplete(): number {
    let n = 0;
    for (const p of this.waiting.values()) if (!p.dropped) n++;
    return n;
  }

  /** IPv4: source, destination, protocol, identification; IPv6: source, destination,
   * identification (the protocol comes with the offset-0 fragment). */
  private key(version: 4 | 6, ip: IpLayer): string {
    const v = this.view;
    const s = ip.srcOff;
    const d = ip.dstOff;
    if (version === 4) return `${v.getInt32(s)} ${v.getInt32(d)} ${ip.protocol} ${ip.fragId}`;
    return (
      `${v.getInt32(s)} ${v.getInt32(s + 4)} ${v.getInt32(s + 8)} ${v.getInt32(s + 12)} ` +
      `${v.getInt32(d)} ${v.getInt32(d + 4)} ${v.getInt32(d + 8)} ${v.getInt32(d + 12)} ${ip.fragId}`
    );
  }

  /** True when a kept fragment has this offset, length, flag and the same bytes. */
  private repeats(p: Packet, at: number, offset: number, len: number, more: number): boolean {
    const f = p.frags;
    const b = this.bytes;
    for (let i = 0; i < f.length; i += 4) {
      if (f[i + 1] !== offset || f[i + 2] !== len || f[i + 3] !== more) continue;
      const other = f[i]!;
      let same = true;
      for (let k = 0; k < len && same; k++) same = b[at + k] === b[other + k];
      if (same) return true;
    }
    return false;
  }

  private drop(p: Packet, why: FragmentOutcome): FragmentOutcome {
    this.held -= p.frags.length / 4;
    p.frags = [];
    p.covered = [];
    p.dropped = true;
    return why;
  }

  /** Gives up the oldest packet but `keep` (counted when it was still waiting); false when
   * there is none. */
  private evictOldest(keep: Packet | null): boolean {
    for (const [key, q] of this.waiting) {
      if (q === keep) continue;
      this.waiting.delete(key);
      this.held -= q.frags.length / 4;
      if (!q.dropped) this.evicted++;
      return true;
    }
    return false;
  }
}

/** True when [start, end) meets one of the sorted disjoint `ranges`. */
function overlaps(ranges: number[], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i]! >= end) return false;
    if (ranges[i + 1]! > start) return true;
  }
  return false;
}

/** Adds [start, end) to the sorted disjoint `ranges`, merging what touches it. */
function cover(ranges: number[], start: number, end: number): void {
  let i = 0;
  while (i < ranges.length && ranges[i + 1]! < start) i += 2;
  let j = i;
  let s = start;
  let e = end;
  while (j < ranges.length && ranges[j]! <= end) {
    s = Math.min(s, ranges[j]!);
    e = Math.max(e, ranges[j + 1]!);
    j += 2;
  }
  ranges.splice(i, j - i, s, e);
}
