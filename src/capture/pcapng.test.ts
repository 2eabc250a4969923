// The pcapng reader: sections and byte orders, interfaces (link types, if_tsresol, if_tsoffset),
// enhanced, simple and obsolete packet blocks, skipped blocks, and damage.
import { describe, expect, it } from 'vitest';
import { CaptureError } from './errors';
import { readCapture } from './read';
import { ethernet, ipv4, ipv6, nullLink, sll2, tcp } from './testing/packets';
import { writePcapng, type PcapngBlock } from './testing/writer';

const seg = (seq: number, payload = 0) => tcp({ seq, payload: new Uint8Array(payload) });
const eth = (seq: number, payload = 0) => ethernet(ipv4({ payload: seg(seq, payload) }), 0x0800);
const read = (blocks: PcapngBlock[]) => readCapture(writePcapng(blocks));
const S = 1700000000n;
/** The CaptureError that reading `bytes` throws. */
function failure(bytes: Uint8Array): CaptureError {
  try {
    readCapture(bytes);
  } catch (e) {
    if (e instanceof CaptureError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('pcapng', () => {
  it.each([true, false])('reads enhanced packet blocks (little-endian: %s)', (le) => {
    const file = read([
      { type: 'shb', le },
      { type: 'idb', linkType: 1 },
      { type: 'epb', ts: S * 1000000n + 250000n, data: eth(1, 3) },
      { type: 'epb', ts: S * 1000000n + 373456n, data: eth(2) },
    ]);
    expect(file.format).toBe('pcapng');
    expect(file.linkTypes).toEqual(['ethernet']);
    expect(file.tcp.map((p) => [p.frame, p.seq, p.t, p.len])).toEqual([
      [1, 1, 0, 3],
      [2, 2, 123.456, 0],
    ]);
    expect(file.warnings).toEqual([]);
  });

  it('reads if_tsresol as a power of 10 or of 2', () => {
    const ns = read([
      { type: 'shb' },
      { type: 'idb', linkType: 1, tsresol: 9 },
      { type: 'epb', ts: S * 1000000000n + 999999999n, data: eth(1) },
      { type: 'epb', ts: S * 1000000000n + 1000000001n, data: eth(2) },
    ]);
    expect(ns.tcp.map((p) => p.t)).toEqual([0, 0.000002]);
    const ms = read([
      { type: 'shb' },
      { type: 'idb', linkType: 1, tsresol: 3 },
      { type: 'epb', ts: S * 1000n, data: eth(1) },
      { type: 'epb', ts: S * 1000n + 1500n, data: eth(2) },
    ]);
    expect(ms.tcp.map((p) => p.t)).toEqual([0, 1500]);
    const binary = read([
      { type: 'shb' },
      { type: 'idb', linkType: 1, tsresol: 0x80 | 10 }, // 1/1024 s
      { type: 'epb', ts: S * 1024n, data: eth(1) },
      { type: 'epb', ts: S * 1024n + 512n, data: eth(2) },
    ]);
    expect(binary.tcp.map((p) => p.t)).toEqual([0, 500]);
  });

  it('puts frames of interfaces with other resolutions and offsets on one clock', () => {
    const file = read([
      { type: 'shb' },
      { type: 'idb', linkType: 1 }, // µs
      { type: 'idb', linkType: 0, tsresol: 9 }, // ns, BSD null
      { type: 'idb', linkType: 276, tsresol: 3, tsoffset: 10n }, // ms, 10 s later
      { type: 'epb', iface: 0, ts: S * 1000000n, data: eth(1) },
      {
        type: 'epb',
        iface: 1,
        ts: S * 1000000000n + 2500000n,
        data: nullLink(ipv6({ payload: seg(2) }), 30),
      },
      {
        type: 'epb',
        iface: 2,
        ts: (S - 10n) * 1000n + 4n,
        data: sll2(ipv4({ payload: seg(3) }), 0x0800),
      },
      { type: 'epb', iface: 0, ts: S * 1000000n + 6000n, data: eth(4) },
    ]);
    expect(file.linkTypes).toEqual(['ethernet', 'null', 'linux-sll2']);
    expect(file.tcp.map((p) => [p.seq, p.ipVersion, p.t])).toEqual([
      [1, 4, 0],
      [2, 6, 2.5],
      [3, 4, 4],
      [4, 4, 6],
    ]);
    expect(file.durationMs).toBe(6);
  });

  it('reads simple packet blocks: interface 0, the snap length, the previous frame’s time', () => {
    const big = eth(5, 100);
    const file = read([
      { type: 'shb' },
      { type: 'idb', linkType: 1, snaplen: 64 },
      { type: 'spb', data: eth(1) },
      { type: 'epb', ts: S * 1000000n + 7000n, data: eth(2) },
      { type: 'epb', ts: S * 1000000n + 9000n, data: eth(3) },
      { type: 'spb', data: big.subarray(0, 64), origLen: big.length },
    ]);
    expect(file.tcp.map((p) => [p.seq, p.t])).toEqual([
      [1, 0],
      [2, 0],
      [3, 2],
      [5, 2],
    ]);
    const last = file.tcp[3]!;
    expect([last.frameLen, last.len, last.payload.length]).toEqual([big.length, 100, 10]);
  });

  it('reads obsolete packet blocks and skips blocks it does not need', () => {
    const file = read([
      { type: 'shb' },
      { type: 'raw', blockType: 0x0bad, body: Uint8Array.of(1, 2, 3) }, // custom
      { type: 'idb', linkType: 1 },
      { type: 'raw', blockType: 4, body: new Uint8Array(16) }, // name resolution
      { type: 'pb', ts: S * 1000000n, data: eth(1) },
      { type: 'raw', blockType: 5, body: new Uint8Array(12) }, // interface statistics
      { type: 'epb', ts: S * 1000000n + 1000n, data: eth(2) },
    ]);
    expect(file.tcp.map((p) => [p.seq, p.t])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(file.frames).toBe(2);
    expect(file.warnings).toEqual([]);
  });

  it('starts over at each section header, in its byte order', () => {
    const file = read([
      { type: 'shb', le: true },
      { type: 'idb', linkType: 1 },
      { type: 'idb', linkType: 101 },
      { type: 'epb', iface: 1, ts: S * 1000000n, data: ipv4({ payload: seg(1) }) },
      { type: 'shb', le: false },
      { type: 'idb', linkType: 1, tsresol: 9 },
      { type: 'epb', iface: 0, ts: S * 1000000000n + 3000000n, data: eth(2) },
      { type: 'epb', iface: 1, ts: S * 1000000000n, data: eth(3) }, // no interface 1 any more
      { type: 'epb', iface: 1, ts: S * 1000000000n, data: eth(4) },
    ]);
    expect(file.linkTypes).toEqual(['raw', 'ethernet']);
    expect(file.tcp.map((p) => [p.seq, p.t])).toEqual([
      [1, 0],
      [2, 3],
    ]);
    const at = writePcapng([
      { type: 'shb', le: true },
      { type: 'idb', linkType: 1 },
      { type: 'idb', linkType: 101 },
      { type: 'epb', iface: 1, ts: S * 1000000n, data: ipv4({ payload: seg(1) }) },
      { type: 'shb', le: false },
      { type: 'idb', linkType: 1, tsresol: 9 },
      { type: 'epb', iface: 0, ts: S * 1000000000n + 3000000n, data: eth(2) },
    ]).length;
    expect(file.warnings).toEqual([
      `packet block for an interface the section does not describe: 2 blocks (first: byte ${at})`,
    ]);
  });

  it('skips a packet block whose captured length runs past it', () => {
    const file = read([
      { type: 'shb' },
      { type: 'idb', linkType: 1 },
      { type: 'epb', data: eth(1), capLen: 200 },
      { type: 'epb', data: eth(2) },
    ]);
    expect(file.tcp.map((p) => p.seq)).toEqual([2]);
    expect(file.warnings).toEqual(["byte 48: packet block's captured length runs past the block"]);
  });

  it('reads a file of a section header alone', () => {
    const file = read([{ type: 'shb' }]);
    expect([file.frames, file.linkTypes, file.warnings]).toEqual([0, [], []]);
  });

  const good: PcapngBlock[] = [
    { type: 'shb' },
    { type: 'idb', linkType: 1 },
    { type: 'epb', data: eth(1) },
    { type: 'epb', data: eth(2) },
  ];

  it('keeps the packets before a cut block', () => {
    const whole = writePcapng(good);
    const cut = readCapture(whole.subarray(0, whole.length - 8));
    expect(cut.tcp.map((p) => p.seq)).toEqual([1]);
    expect(cut.warnings).toEqual(['The file ends in the middle of packet 2.']);
    const tail = readCapture(whole.subarray(0, whole.length - eth(2).length - 30));
    expect(tail.warnings).toEqual([
      `The file ends in the middle of a block (at byte ${whole.length - eth(2).length - 32 - 2}).`,
    ]);
  });

  it('stops where the two lengths of a block disagree', () => {
    const whole = writePcapng(good);
    const at = whole.length - 32 - ((eth(2).length + 3) & ~3);
    whole[whole.length - 4] = whole.length - at - 4; // the trailer's low byte
    const file = readCapture(whole);
    expect(file.tcp.map((p) => p.seq)).toEqual([1]);
    expect(file.warnings).toEqual([
      `The file is damaged at byte ${at}: a block's two length fields disagree (${whole.length - at} and ${whole.length - at - 4}). The rest of the file was not read.`,
    ]);
  });

  it('throws when not one packet can be read', () => {
    const whole = writePcapng(good);
    expect(failure(whole.subarray(0, 60))).toMatchObject({
      code: 'truncated',
      message: 'The file ends in the middle of packet 1.',
    });
    expect(failure(whole.subarray(0, 10))).toMatchObject({
      code: 'truncated',
      message: 'The file ends in the middle of a block (at byte 0).',
    });
    const badBom = whole.slice();
    badBom[8] = 0;
    expect(failure(badBom)).toMatchObject({
      code: 'damaged',
      message: 'The file is damaged at byte 0: a section header without its byte-order magic.',
    });
    const oddLength = whole.slice();
    oddLength[4] = 27;
    expect(failure(oddLength)).toMatchObject({
      code: 'damaged',
      message: 'The file is damaged at byte 0: a block claims a length of 27 bytes.',
    });
    expect(failure(writePcapng([{ type: 'shb', major: 2 }, ...good.slice(1)]))).toMatchObject({
      code: 'unsupported',
      message: 'The pcapng format version 2.0 is not supported.',
    });
  });
});
