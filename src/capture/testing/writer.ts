// Test helper: a tiny pcap and pcapng writer, so tests (and the fuzz and speed runs) can build
// capture files from packets: either byte order, µs or ns pcap, pcapng sections with several
// interfaces (if_tsresol, if_tsoffset), enhanced, simple and obsolete packet blocks, any block.

/** A growable byte buffer with writes in a chosen byte order. */
class Bytes {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;

  constructor(public le: boolean) {}

  private room(n: number): number {
    if (this.length + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
      this.view = new DataView(bigger.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }
  u8(v: number) {
    const at = this.room(1); // before `this.view`: room() may replace it
    this.view.setUint8(at, v);
  }
  u16(v: number) {
    const at = this.room(2); // before `this.view`: room() may replace it
    this.view.setUint16(at, v, this.le);
  }
  u32(v: number) {
    const at = this.room(4); // before `this.view`: room() may replace it
    this.view.setUint32(at, v >>> 0, this.le);
  }
  u64(v: bigint) {
    const at = this.room(8); // before `this.view`: room() may replace it
    this.view.setBigUint64(at, BigInt.asUintN(64, v), this.le);
  }
  bytes(b: Uint8Array) {
    const at = this.room(b.length);
    this.buf.set(b, at);
  }
  pad4() {
    while (this.length % 4 !== 0) this.u8(0);
  }
  /** Overwrites a u32 at `at`. */
  set32(at: number, v: number) {
    this.view.setUint32(at, v >>> 0, this.le);
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** One pcap record. */
export interface PcapRecord {
  data: Uint8Array;
  /** Seconds since the epoch. Default 1700000000. */
  sec?: number;
  /** Microseconds (or nanoseconds in a nanosecond file). Default 0. */
  frac?: number;
  /** Bytes on the wire (default: data's length). */
  origLen?: number;
  /** Overrides the captured length field (the data is written whole anyway). */
  inclLen?: number;
}

/** How to write a pcap file. */
export interface PcapOptions {
  /** LINKTYPE_* number, default 1 (Ethernet). */
  linkType?: number;
  /** Little-endian (the default) or big-endian. */
  le?: boolean;
  /** Nanosecond timestamps (magic a1b23c4d). */
  nano?: boolean;
  snaplen?: number;
  major?: number;
  /** The "modified" pcap of old Red Hat patches (magic a1b2cd34, 24-byte record headers). */
  modified?: boolean;
}

/** A pcap file of `records`. */
export function writePcap(records: PcapRecord[], opts: PcapOptions = {}): Uint8Array {
  const w = new Bytes(opts.le ?? true);
  w.u32(opts.modified ? 0xa1b2cd34 : opts.nano ? 0xa1b23c4d : 0xa1b2c3d4);
  w.u16(opts.major ?? 2);
  w.u16(4);
  w.u32(0); // thiszone
  w.u32(0); // sigfigs
  w.u32(opts.snaplen ?? 262144);
  w.u32(opts.linkType ?? 1);
  for (const r of records) {
    w.u32(r.sec ?? 1700000000);
    w.u32(r.frac ?? 0);
    w.u32(r.inclLen ?? r.data.length);
    w.u32(r.origLen ?? r.data.length);
    if (opts.modified) {
      w.u32(2); // ifindex
      w.u16(0x0800); // protocol
      w.u8(0); // packet type
      w.u8(0);
    }
    w.bytes(r.data);
  }
  return w.done();
}

/** One pcapng block. Blocks after a section header use its byte order. */
export type PcapngBlock =
  | { type: 'shb'; le?: boolean; major?: number }
  | {
      type: 'idb';
      linkType: number;
      snaplen?: number;
      /** The if_tsresol byte (6 = µs, 9 = ns, 0x80 | n = 2^-n). */
      tsresol?: number;
      /** if_tsoffset, seconds. */
      tsoffset?: bigint;
    }
  | {
      type: 'epb' | 'pb';
      iface?: number;
      /** Timestamp in the interface's units. Default 1700000000 s in µs. */
      ts?: bigint;
      data: Uint8Array;
      origLen?: number;
      capLen?: number;
    }
  | { type: 'spb'; data: Uint8Array; origLen?: number }
  | { type: 'raw'; blockType: number; body: Uint8Array };

/** A pcapng file of `blocks` (start with a section header: { type: 'shb' }). */
export function writePcapng(blocks: PcapngBlock[]): Uint8Array {
  const w = new Bytes(true);
  for (const b of blocks) {
    if (b.type === 'shb') w.le = b.le ?? true;
    const start = w.length;
    const body = () => {
      switch (b.type) {
        case 'shb':
          w.u32(0x1a2b3c4d);
          w.u16(b.major ?? 1);
          w.u16(0);
          w.u64(-1n);
          return 0x0a0d0d0a;
        case 'idb':
          w.u16(b.linkType);
          w.u16(0);
          w.u32(b.snaplen ?? 262144);
          if (b.tsresol !== undefined) {
            w.u16(9);
            w.u16(1);
            w.u8(b.tsresol);
            w.pad4();
          }
          if (b.tsoffset !== undefined) {
            w.u16(14);
            w.u16(8);
            w.u64(b.tsoffset);
          }
          if (b.tsresol !== undefined || b.tsoffset !== undefined) w.u32(0); // opt_endofopt
          return 1;
        case 'epb':
        case 'pb': {
          const ts = b.ts ?? 1700000000n * 1000000n;
          if (b.type === 'epb') w.u32(b.iface ?? 0);
          else {
            w.u16(b.iface ?? 0);
            w.u16(0);
          }
          w.u32(Number(ts >> 32n));
          w.u32(Number(ts & 0xffffffffn));
          w.u32(b.capLen ?? b.data.length);
          w.u32(b.origLen ?? b.data.length);
          w.bytes(b.data);
          w.pad4();
          return b.type === 'epb' ? 6 : 2;
        }
        case 'spb':
          w.u32(b.origLen ?? b.data.length);
          w.bytes(b.data);
          w.pad4();
          return 3;
        case 'raw':
          w.bytes(b.body);
          w.pad4();
          return b.blockType;
      }
    };
    w.u32(0); // type, set below
    w.u32(0); // length, set below
    const type = body();
    w.u32(0);
    const length = w.length - start;
    w.set32(start, type);
    w.set32(start + 4, length);
    w.set32(w.length - 4, length);
  }
  return w.done();
}
