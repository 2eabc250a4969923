// Byte-level helpers shared by the capture readers, and the interface between the two container
// readers (pcap.ts, pcapng.ts: records and blocks → frames) and the frame decoder (read.ts: a
// frame's link, IP and TCP layers → TcpPacket).
import type { CaptureErrorCode } from './errors';

/** The largest frame the readers accept (Wireshark's WTAP_MAX_PACKET_SIZE_STANDARD, 256 KiB);
 * a record that claims more is taken as damage, not as a packet. */
export const MAX_FRAME_BYTES = 262144;

/** The first `n` bytes as lowercase hex pairs, e.g. "3c 21 44 4f", for messages. */
export function hexPrefix(bytes: Uint8Array, n = 4): string {
  const parts: string[] = [];
  for (let i = 0; i < n && i < bytes.length; i++) {
    parts.push((bytes[i] ?? 0).toString(16).padStart(2, '0'));
  }
  return parts.join(' ');
}

/** `n` rounded up to a multiple of 4 (pcapng pads every field to 32 bits). */
export const pad4 = (n: number): number => (n + 3) & ~3;

/** Where the container readers hand their frames. Offsets are into the `Uint8Array` given to
 * `readCapture` (and its `DataView`, which starts at the same byte). */
export interface FrameSink {
  /** Frames handed over so far: the next one is frame `frames + 1`. */
  readonly frames: number;
  /**
   * One frame: `capLen` captured bytes at `off`, `origLen` bytes on the wire, on a link of type
   * `linkType` (a LINKTYPE_* number). Its time is `sec + units / unitsPerSec` seconds since some
   * epoch, kept in parts so that differences are computed in whole units first (no float error
   * at 1.7e9 s with nanoseconds); `sec` is NaN when the record has no timestamp (pcapng simple
   * packet blocks: the frame takes the previous one's time).
   */
  frame(
    linkType: number,
    off: number,
    capLen: number,
    origLen: number,
    sec: number,
    units: number,
    unitsPerSec: number,
  ): void;
  /** A block or record that was skipped, after which reading goes on (said once per `problem`,
   * with a count; `where` locates the first, e.g. "byte 1234"). */
  warn(problem: string, where: string): void;
  /** The rest of the file cannot be read. The reader returns right after; with no frame before,
   * `readCapture` throws this as a `CaptureError`. */
  stop(code: CaptureErrorCode, message: string): void;
}
