// Test and bench helper: a large capture made fast (for the parse-speed measurement: 100 MB in
// well under a second), by copying a few template frames and patching their numbers, rather than
// building every packet. A bulk transfer (two full-size segments, then an ACK) or a worst case of
// small frames only (pure ACKs: the most packets per MB).
import { ethernet, ipv4, tcp } from './packets';

/** What `bigCapture` makes. */
export interface BigCaptureOptions {
  format?: 'pcap' | 'pcapng';
  /** 'bulk': 1514-byte data frames and 66-byte ACKs, 2:1; 'small': 66-byte ACKs only. */
  mix?: 'bulk' | 'small';
}

/** A capture of about `size` bytes (at least the headers): one TCP connection's frames, 10 µs
 * apart, with sequence and acknowledgment numbers that advance like a real transfer. */
export function bigCapture(size: number, opts: BigCaptureOptions = {}): Uint8Array {
  const ng = opts.format === 'pcapng';
  const ts = { timestamp: { value: 1, echo: 2 } };
  const data = ethernet(
    ipv4({ payload: tcp({ seq: 0, ack: 0, payload: new Uint8Array(1448), options: ts }) }),
    0x0800,
  );
  const ack = ethernet(
    ipv4({
      src: '10.0.0.2',
      dst: '10.0.0.1',
      payload: tcp({ srcPort: 80, dstPort: 40000, options: ts }),
    }),
    0x0800,
  );
  const pattern = opts.mix === 'small' ? [ack] : [data, data, ack];
  const out = new Uint8Array(size + 2000);
  const view = new DataView(out.buffer);
  let off: number;
  if (ng) {
    // Section header (28 bytes), then one Ethernet interface (20 bytes), little-endian.
    view.setUint32(0, 0x0a0d0d0a, true);
    view.setUint32(4, 28, true);
    view.setUint32(8, 0x1a2b3c4d, true);
    view.setUint16(12, 1, true);
    view.setBigInt64(16, -1n, true);
    view.setUint32(24, 28, true);
    view.setUint32(28, 1, true);
    view.setUint32(32, 20, true);
    view.setUint16(36, 1, true);
    view.setUint32(40, 262144, true);
    view.setUint32(44, 20, true);
    off = 48;
  } else {
    view.setUint32(0, 0xa1b2c3d4, true);
    view.setUint16(4, 2, true);
    view.setUint16(6, 4, true);
    view.setUint32(16, 262144, true);
    view.setUint32(20, 1, true);
    off = 24;
  }
  let seq = 1;
  for (let i = 0; off < size; i++) {
    const frame = pattern[i % pattern.length]!;
    const us = 1_700_000_000_000_000 + i * 10;
    let at: number;
    if (ng) {
      const len = 32 + ((frame.length + 3) & ~3);
      view.setUint32(off, 6, true);
      view.setUint32(off + 4, len, true);
      view.setUint32(off + 8, 0, true);
      view.setUint32(off + 12, Math.floor(us / 2 ** 32), true);
      view.setUint32(off + 16, us % 2 ** 32, true);
      view.setUint32(off + 20, frame.length, true);
      view.setUint32(off + 24, frame.length, true);
      view.setUint32(off + len - 4, len, true);
      at = off + 28;
      off += len;
    } else {
      view.setUint32(off, Math.floor(us / 1e6), true);
      view.setUint32(off + 4, us % 1e6, true);
      view.setUint32(off + 8, frame.length, true);
      view.setUint32(off + 12, frame.length, true);
      at = off + 16;
      off = at + frame.length;
    }
    out.set(frame, at);
    const isAck = frame === ack;
    view.setUint32(at + 14 + 20 + (isAck ? 8 : 4), seq >>> 0); // the ACK's ack, or the seq
    if (!isAck) seq += 1448;
  }
  return out.subarray(0, off);
}
