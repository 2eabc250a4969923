// The classic libpcap file format (https://www.ietf.org/archive/id/draft-ietf-opsawg-pcap-04.html):
// a 24-byte header (magic, version, snap length, link type), then records of a 16-byte header
// (seconds, micro- or nanoseconds, captured length, original length) and the captured bytes.
// Both byte orders, microsecond and nanosecond magics, and the "modified" (Kuznetzov) variant.
import { MAX_FRAME_BYTES, type FrameSink } from './bytes';

/** The variants a pcap magic number stands for (the magic read little-endian). */
const VARIANTS: Record<number, { le: boolean; unitsPerSec: number; recordHeader: number }> = {
  0xa1b2c3d4: { le: true, unitsPerSec: 1e6, recordHeader: 16 },
  0xd4c3b2a1: { le: false, unitsPerSec: 1e6, recordHeader: 16 },
  0xa1b23c4d: { le: true, unitsPerSec: 1e9, recordHeader: 16 },
  0x4d3cb2a1: { le: false, unitsPerSec: 1e9, recordHeader: 16 },
  // Modified pcap (old Red Hat tcpdump): 8 more bytes per record (ifindex, protocol, type).
  0xa1b2cd34: { le: true, unitsPerSec: 1e6, recordHeader: 24 },
  0x34cdb2a1: { le: false, unitsPerSec: 1e6, recordHeader: 24 },
};

/** True when the file starts with a pcap magic number (either byte order). */
export function isPcap(view: DataView): boolean {
  return view.byteLength >= 4 && VARIANTS[view.getUint32(0, true)] !== undefined;
}

/** Reads a pcap file (checked with `isPcap`) and hands each record to `sink`. */
export function readPcap(view: DataView, sink: FrameSink): void {
  const variant = VARIANTS[view.getUint32(0, true)];
  const size = view.byteLength;
  if (variant === undefined) {
    sink.stop('not-a-capture', 'Not a pcap file.');
    return;
  }
  if (size < 24) {
    sink.stop('truncated', `The file ends inside its pcap header (${size} of 24 bytes).`);
    return;
  }
  const { le, unitsPerSec, recordHeader } = variant;
  const major = view.getUint16(4, le);
  if (major !== 2) {
    sink.stop(
      'unsupported',
      `The pcap format version ${major}.${view.getUint16(6, le)} is not supported.`,
    );
    return;
  }
  // The top bits of the link type field say whether frames end in an FCS; the type is below.
  const linkType = view.getUint32(20, le) & 0xffff;
  let off = 24;
  while (off < size) {
    const n = sink.frames + 1;
    if (size - off < recordHeader) {
      sink.stop('truncated', `The file ends in the middle of packet ${n}.`);
      return;
    }
    const sec = view.getUint32(off, le);
    const frac = view.getUint32(off + 4, le);
    const incl = view.getUint32(off + 8, le);
    const orig = view.getUint32(off + 12, le);
    if (incl > MAX_FRAME_BYTES) {
      sink.stop(
        'damaged',
        `The file is damaged at byte ${off}: packet ${n} claims ${incl} captured bytes (at most ${MAX_FRAME_BYTES} can be right).`,
      );
      return;
    }
    const data = off + recordHeader;
    if (incl > size - data) {
      sink.stop('truncated', `The file ends in the middle of packet ${n}.`);
      return;
    }
    sink.frame(linkType, data, incl, orig < incl ? incl : orig, sec, frac, unitsPerSec);
    off = data + incl;
  }
}
