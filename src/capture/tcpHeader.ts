// The TCP header (RFC 9293 §3.1): checks that one can be read, then reads ports, numbers, all
// eight flags, the window and the options Wirewalk shows (MSS, window scale, SACK-permitted, SACK
// blocks, timestamps), and points the payload at the capture's own bytes (no copy).
import type { Address, CaptureTcpFlag, TcpOptions, TcpPacket } from './types';

/** The flag bits of header byte 13, in the sorted order results use. */
const FLAG_BITS: readonly [CaptureTcpFlag, number][] = [
  ['ACK', 0x10],
  ['CWR', 0x80],
  ['ECE', 0x40],
  ['FIN', 0x01],
  ['PSH', 0x08],
  ['RST', 0x04],
  ['SYN', 0x02],
  ['URG', 0x20],
];

/** The sorted flag names of each value of byte 13, made once and frozen (packets share them). */
const FLAG_TABLE: readonly CaptureTcpFlag[][] = Array.from({ length: 256 }, (_, b) =>
  Object.freeze(FLAG_BITS.filter(([, bit]) => (b & bit) !== 0).map(([name]) => name)),
) as CaptureTcpFlag[][];

/** The sorted names of the flags set in TCP header byte 13: a frozen array shared by every
 * packet with the same flags (copy it to change it). */
export function tcpFlags(byte13: number): CaptureTcpFlag[] {
  return FLAG_TABLE[byte13 & 0xff] ?? [];
}

/**
 * Why the TCP header at `off` cannot be read, or null when it can. `segLen` is the TCP length by
 * the IP header; `capEnd` the end of the captured bytes of this segment (at most off + segLen).
 */
export function tcpHeaderProblem(
  view: DataView,
  off: number,
  segLen: number,
  capEnd: number,
): string | null {
  if (segLen < 20) return 'TCP header longer than the IP packet';
  if (capEnd - off < 20) return 'TCP header truncated';
  const dataOffset = (view.getUint8(off + 12) >> 4) * 4;
  if (dataOffset < 20) return 'TCP data offset below 20 bytes';
  if (dataOffset > segLen) return 'TCP header longer than the IP packet';
  if (off + dataOffset > capEnd) return 'TCP header truncated';
  return null;
}

/**
 * The options in [off, end) (after the fixed 20 bytes). EOL ends them, NOP is skipped; an option
 * whose length is below 2 or runs past the header ends the parse (what was read is kept); a known
 * option with the wrong length is ignored.
 */
export function readTcpOptions(view: DataView, off: number, end: number): TcpOptions {
  const o: TcpOptions = {};
  let p = off;
  while (p < end) {
    const kind = view.getUint8(p);
    if (kind === 0) break;
    if (kind === 1) {
      p++;
      continue;
    }
    if (p + 2 > end) break;
    const len = view.getUint8(p + 1);
    if (len < 2 || p + len > end) break;
    switch (kind) {
      case 2:
        if (len === 4) o.mss = view.getUint16(p + 2);
        break;
      case 3:
        if (len === 3) o.wscale = view.getUint8(p + 2);
        break;
      case 4:
        if (len === 2) o.sackPermitted = true;
        break;
      case 5:
        if (len >= 10 && (len - 2) % 8 === 0) {
          const blocks: [number, number][] = [];
          for (let b = p + 2; b < p + len; b += 8) {
            blocks.push([view.getUint32(b), view.getUint32(b + 4)]);
          }
          o.sack = blocks;
        }
        break;
      case 8:
        if (len === 10) o.timestamp = { value: view.getUint32(p + 2), echo: view.getUint32(p + 6) };
        break;
    }
    p += len;
  }
  return o;
}

const EMPTY = new Uint8Array(0);
/** The options of a header without any, shared and frozen. */
const NO_OPTIONS: TcpOptions = Object.freeze({});

/**
 * The segment whose header is at `off` (checked first with `tcpHeaderProblem`), from `src` to
 * `dst` (their ports read from this header). `len` is the IP length minus the header; `payload`
 * the captured part of it, a view into `bytes`. Flags, endpoints and empty options are shared,
 * frozen objects.
 */
export function readTcpPacket(
  bytes: Uint8Array,
  view: DataView,
  off: number,
  segLen: number,
  capEnd: number,
  frame: number,
  t: number,
  ipVersion: 4 | 6,
  src: Address,
  dst: Address,
  frameLen: number,
): TcpPacket {
  const dataOffset = (view.getUint8(off + 12) >> 4) * 4;
  const start = off + dataOffset;
  return {
    frame,
    t,
    ipVersion,
    src,
    dst,
    flags: tcpFlags(view.getUint8(off + 13)),
    seq: view.getUint32(off + 4),
    ack: view.getUint32(off + 8),
    window: view.getUint16(off + 14),
    options: dataOffset > 20 ? readTcpOptions(view, off + 20, start) : NO_OPTIONS,
    len: segLen - dataOffset,
    payload: capEnd > start ? bytes.subarray(start, capEnd) : EMPTY,
    frameLen,
  };
}
