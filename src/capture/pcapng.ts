// The pcapng file format (https://www.ietf.org/archive/id/draft-ietf-opsawg-pcapng-02.html):
// blocks of type, length, body, length. Section headers (byte order per section, several per
// file), interface descriptions (link type, snap length, if_tsresol, if_tsoffset), enhanced,
// simple and (obsolete) packet blocks; every other block is skipped by its length.
import { pad4, type FrameSink } from './bytes';

const SHB = 0x0a0d0d0a;
const IDB = 0x00000001;
const PB = 0x00000002;
const SPB = 0x00000003;
const EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

/** True when the file starts with a section header block. */
export function isPcapng(view: DataView): boolean {
  return view.byteLength >= 4 && view.getUint32(0) === SHB;
}

/** An interface of the current section, with the reference that turns its 64-bit timestamps
 * into (seconds, ms) without losing nanoseconds in a float. */
interface Interface {
  linkType: number;
  snaplen: number;
  /** Timestamp units per second (10^n or 2^n, from if_tsresol; 10^6 by default). */
  unitsPerSec: bigint;
  /** The same as a number. */
  ups: number;
  /** if_tsoffset, in seconds. */
  offsetSec: number;
  /** The whole second at or before the interface's first timestamp: in seconds (with
   * if_tsoffset), and in units as the two 32-bit halves of the 64-bit timestamp. Later
   * timestamps are that second plus a difference of units, exact below 2^53 units. */
  hasRef: boolean;
  refHi: number;
  refLo: number;
  refSec: number;
}

/** Reads the IDB whose block starts at `off` (block length `length`, already checked). */
function readInterface(view: DataView, off: number, length: number, le: boolean): Interface {
  let unitsPerSec = 1_000_000n;
  let offsetSec = 0;
  const end = off + length - 4;
  // Options: code(2) length(2) value padded to 4; each step moves on by at least 4 bytes.
  for (let p = off + 16; p + 4 <= end;) {
    const code = view.getUint16(p, le);
    const len = view.getUint16(p + 2, le);
    p += 4;
    if (code === 0 || p + len > end) break;
    if (code === 9 && len >= 1) {
      const r = view.getUint8(p);
      unitsPerSec = r & 0x80 ? 1n << BigInt(r & 0x7f) : 10n ** BigInt(r);
    } else if (code === 14 && len >= 8) {
      offsetSec = Number(view.getBigInt64(p, le));
    }
    p += pad4(len);
  }
  return {
    linkType: view.getUint16(off + 8, le),
    snaplen: view.getUint32(off + 12, le),
    unitsPerSec,
    ups: Number(unitsPerSec),
    offsetSec,
    hasRef: false,
    refHi: 0,
    refLo: 0,
    refSec: 0,
  };
}

/** Reads a pcapng file (checked with `isPcapng`) and hands each packet to `sink`. */
export function readPcapng(view: DataView, sink: FrameSink): void {
  const size = view.byteLength;
  let le = true;
  let interfaces: Interface[] = [];
  // The last frame's time, for simple packet blocks (which have none): NaN before any.
  let sec = NaN;
  let units = 0;
  let ups = 1e6;

  const stamp = (iface: Interface, hi: number, lo: number) => {
    if (!iface.hasRef) {
      const whole = ((BigInt(hi) << 32n) | BigInt(lo)) / iface.unitsPerSec;
      const base = whole * iface.unitsPerSec;
      iface.refSec = Number(whole) + iface.offsetSec;
      iface.refHi = Number(base >> 32n);
      iface.refLo = Number(base & 0xffffffffn);
      iface.hasRef = true;
    }
    sec = iface.refSec;
    units = (hi - iface.refHi) * 4294967296 + (lo - iface.refLo);
    ups = iface.ups;
  };

  // Each block moves `off` on by its length, at least 12 bytes, so the loop ends.
  for (let off = 0; off < size;) {
    const remaining = size - off;
    if (remaining < 12) {
      sink.stop('truncated', `The file ends in the middle of a block (at byte ${off}).`);
      return;
    }
    const type = view.getUint32(off, le);
    if (type === SHB) {
      const bom = view.getUint32(off + 8, true);
      if (bom === BYTE_ORDER_MAGIC) le = true;
      else if (bom === 0x4d3c2b1a) le = false;
      else {
        sink.stop(
          'damaged',
          `The file is damaged at byte ${off}: a section header without its byte-order magic.`,
        );
        return;
      }
    }
    const length = view.getUint32(off + 4, le);
    if (length < 12 || length % 4 !== 0) {
      sink.stop(
        'damaged',
        `The file is damaged at byte ${off}: a block claims a length of ${length} bytes.`,
      );
      return;
    }
    if (length > remaining) {
      const isPacket = type === EPB || type === SPB || type === PB;
      sink.stop(
        'truncated',
        isPacket
          ? `The file ends in the middle of packet ${sink.frames + 1}.`
          : `The file ends in the middle of a block (at byte ${off}).`,
      );
      return;
    }
    const trailer = view.getUint32(off + length - 4, le);
    if (trailer !== length) {
      sink.stop(
        'damaged',
        `The file is damaged at byte ${off}: a block's two length fields disagree (${length} and ${trailer}).`,
      );
      return;
    }
    const where = `byte ${off}`;
    switch (type) {
      case SHB: {
        if (length < 28) {
          sink.stop('damaged', `The file is damaged at byte ${off}: a section header too short.`);
          return;
        }
        const major = view.getUint16(off + 12, le);
        if (major !== 1) {
          const minor = view.getUint16(off + 14, le);
          sink.stop('unsupported', `The pcapng format version ${major}.${minor} is not supported.`);
          return;
        }
        interfaces = [];
        break;
      }
      case IDB:
        if (length < 20) sink.warn('interface description block too short', where);
        else interfaces.push(readInterface(view, off, length, le));
        break;
      case EPB:
      case PB: {
        if (length < 32) {
          sink.warn('packet block too short', where);
          break;
        }
        const id = type === EPB ? view.getUint32(off + 8, le) : view.getUint16(off + 8, le);
        const iface = interfaces[id];
        if (iface === undefined) {
          sink.warn('packet block for an interface the section does not describe', where);
          break;
        }
        const capLen = view.getUint32(off + 20, le);
        if (capLen > length - 32) {
          sink.warn("packet block's captured length runs past the block", where);
          break;
        }
        const origLen = view.getUint32(off + 24, le);
        stamp(iface, view.getUint32(off + 12, le), view.getUint32(off + 16, le));
        sink.frame(
          iface.linkType,
          off + 28,
          capLen,
          origLen < capLen ? capLen : origLen,
          sec,
          units,
          ups,
        );
        break;
      }
      case SPB: {
        const iface = interfaces[0];
        if (iface === undefined) {
          sink.warn('packet block for an interface the section does not describe', where);
          break;
        }
        if (length < 16) {
          sink.warn('packet block too short', where);
          break;
        }
        const origLen = view.getUint32(off + 8, le);
        let capLen = Math.min(origLen, length - 16);
        if (iface.snaplen > 0 && capLen > iface.snaplen) capLen = iface.snaplen;
        sink.frame(iface.linkType, off + 12, capLen, origLen, sec, units, ups);
        break;
      }
      default:
        break; // name resolution, statistics, decryption secrets, custom…: not needed
    }
    off += length;
  }
}
