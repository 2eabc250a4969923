// Synthetic captures for the benchmarks: one or more bulk transfers over Ethernet/IPv4, seen at
// the receiver, with seeded losses — the lost segment is missing from the capture, the receiver
// repeats its ACK for each later segment (duplicate ACKs), and after the third the sender's fast
// retransmission arrives, followed by a cumulative ACK. Deterministic for a seed.
import { createRng } from '../src/engine/rng';
import { ethernet, ipv4, tcp } from '../src/capture/testing/packets';
import type { CaptureTcpFlag } from '../src/capture/types';
import { writePcap, type PcapRecord } from '../src/capture/testing/writer';

/** What to generate. */
export interface BulkCaptureOptions {
  /** Stop once the file reaches this many bytes (whichever of the limits comes first). */
  maxBytes?: number;
  /** Stop once this many frames are written. */
  maxFrames?: number;
  /** TCP payload bytes per data segment on the wire. */
  mss?: number;
  /** Payload bytes stored per frame (a snap length): all of them by default. */
  capturedPayload?: number;
  /** Connections, one after the other (each with its own handshake and close). */
  conversations?: number;
  /** Chance that a data segment is lost before the capture point, per segment. */
  lossRate?: number;
  seed?: number;
}

const CLIENT = '10.0.0.1';
const SERVER = '10.0.0.2';

/** A pcap file of bulk transfers as described above. */
export function bulkCapture(opts: BulkCaptureOptions = {}): Uint8Array {
  const maxBytes = opts.maxBytes ?? Infinity;
  const maxFrames = opts.maxFrames ?? Infinity;
  const mss = opts.mss ?? 1448;
  const stored = Math.min(mss, opts.capturedPayload ?? mss);
  const conversations = opts.conversations ?? 1;
  const lossRate = opts.lossRate ?? 0.001;
  const rng = createRng(opts.seed ?? 42);
  const chance = (): number => rng.next();
  const payload = new Uint8Array(stored);
  const records: PcapRecord[] = [];
  let bytes = 24;
  let usec = 0;
  const push = (frame: Uint8Array, wireLen: number) => {
    usec += 20;
    records.push({
      data: frame,
      sec: 1_700_000_000 + Math.floor(usec / 1e6),
      frac: usec % 1e6,
      origLen: wireLen,
    });
    bytes += 16 + frame.length;
  };
  const full = () => records.length >= maxFrames || bytes >= maxBytes;
  /** One segment; `len` bytes of payload on the wire, `stored` of them in the file. */
  const seg = (
    fromClient: boolean,
    port: number,
    seq: number,
    ack: number,
    flags: CaptureTcpFlag[],
    len = 0,
  ) => {
    const t = tcp({
      srcPort: fromClient ? port : 80,
      dstPort: fromClient ? 80 : port,
      seq: seq >>> 0,
      ack: ack >>> 0,
      flags,
      window: 2048,
      options: flags.includes('SYN') ? { mss, wscale: 7, sackPermitted: true } : {},
      payload: len > 0 ? payload.subarray(0, Math.min(stored, len)) : undefined,
    });
    const headerLen = t.length - Math.min(stored, len);
    const ip = ipv4({
      src: fromClient ? CLIENT : SERVER,
      dst: fromClient ? SERVER : CLIENT,
      payload: t,
      totalLength: 20 + headerLen + len,
    });
    push(ethernet(ip, 0x0800), 14 + 20 + headerLen + len);
  };

  for (let c = 0; c < conversations && !full(); c++) {
    const port = 40_000 + c;
    const ciss = 1_000_000 * (c + 1);
    const siss = 3_000_000_000 + c;
    seg(true, port, ciss, 0, ['SYN']);
    seg(false, port, siss, ciss + 1, ['ACK', 'SYN']);
    seg(true, port, ciss + 1, siss + 1, ['ACK']);
    let next = ciss + 1; // the sender's next new byte
    let acked = ciss + 1; // the receiver's cumulative ACK
    // An equal share of what is left, in frames and in bytes, for each remaining conversation.
    const share = conversations - c;
    const frameStop = records.length + (maxFrames - records.length) / share - 8;
    const byteStop = bytes + (maxBytes - bytes) / share - 8 * (16 + 14 + 40 + stored);
    while (!full() && records.length < frameStop && bytes < byteStop) {
      if (chance() < lossRate) {
        // Lost before the capture point: three later segments each draw a duplicate ACK.
        const lost = next;
        next += mss;
        for (let k = 0; k < 3; k++) {
          seg(true, port, next, siss + 1, ['ACK'], mss);
          next += mss;
          seg(false, port, siss + 1, acked, ['ACK']);
        }
        seg(true, port, lost, siss + 1, ['ACK'], mss); // fast retransmission
        acked = next;
        seg(false, port, siss + 1, acked, ['ACK']);
        continue;
      }
      seg(true, port, next, siss + 1, ['ACK'], mss);
      next += mss;
      seg(true, port, next, siss + 1, ['ACK', 'PSH'], mss);
      next += mss;
      acked = next;
      seg(false, port, siss + 1, acked, ['ACK']);
    }
    seg(true, port, next, siss + 1, ['ACK', 'FIN']);
    seg(false, port, siss + 1, next + 1, ['ACK', 'FIN']);
    seg(true, port, next + 1, siss + 2, ['ACK']);
  }
  return writePcap(records);
}
