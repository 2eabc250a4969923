// The pcap reader: byte orders, timestamp precision, record lengths, and damage.
import { describe, expect, it } from 'vitest';
import { CaptureError } from './errors';
import { readCapture } from './read';
import { ethernet, ipv4, tcp } from './testing/packets';
import { writePcap, type PcapOptions, type PcapRecord } from './testing/writer';

const frame = (seq: number, payload = 0) =>
  ethernet(ipv4({ payload: tcp({ seq, payload: new Uint8Array(payload) }) }), 0x0800);
const records: PcapRecord[] = [
  { data: frame(1), sec: 1700000000, frac: 250000 },
  { data: frame(2), sec: 1700000000, frac: 373456 },
  { data: frame(3), sec: 1700000002, frac: 0 },
];
const read = (recs: PcapRecord[], opts: PcapOptions = {}) => readCapture(writePcap(recs, opts));
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

describe('pcap', () => {
  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads a %s microsecond file', (_name, le) => {
    const file = read(records, { le });
    expect(file.format).toBe('pcap');
    expect(file.frames).toBe(3);
    expect(file.tcp.map((p) => [p.frame, p.seq, p.t])).toEqual([
      [1, 1, 0],
      [2, 2, 123.456],
      [3, 3, 1750],
    ]);
    expect(file.durationMs).toBe(1750);
    expect(file.bytes).toBe(24 + 3 * 16 + 3 * frame(1).length);
  });

  it.each([true, false])('reads nanosecond timestamps (le: %s)', (le) => {
    const file = read(
      [
        { data: frame(1), sec: 1700000000, frac: 999999999 },
        { data: frame(2), sec: 1700000001, frac: 1 },
        { data: frame(3), sec: 1700000001, frac: 123456790 },
      ],
      { nano: true, le },
    );
    expect(file.tcp.map((p) => p.t)).toEqual([0, 0.000002, 123.456791]);
  });

  it('reads the modified (a1b2cd34) variant with its longer record headers', () => {
    const file = read(records, { modified: true });
    expect(file.tcp.map((p) => p.seq)).toEqual([1, 2, 3]);
    expect(file.warnings).toEqual([]);
  });

  it('keeps the original length when the snap length cut the frame', () => {
    const data = frame(1, 1000);
    const file = read([{ data: data.subarray(0, 96), origLen: data.length }], { snaplen: 96 });
    const p = file.tcp[0]!;
    expect([p.frameLen, p.len, p.payload.length]).toEqual([data.length, 1000, 96 - 54]);
  });

  it('reads the link type below the FCS bits of the header field', () => {
    expect(read(records, { linkType: 0x14000001 }).linkTypes).toEqual(['ethernet']);
  });

  it('reads a file with a header and no packets', () => {
    const file = read([]);
    expect([file.frames, file.durationMs, file.tcp, file.warnings]).toEqual([0, 0, [], []]);
  });

  it('keeps the packets before a cut record, and says where the file ends', () => {
    const whole = writePcap(records);
    const midHeader = readCapture(whole.subarray(0, whole.length - frame(3).length - 5));
    expect(midHeader.frames).toBe(2);
    expect(midHeader.warnings).toEqual(['The file ends in the middle of packet 3.']);
    const midData = readCapture(whole.subarray(0, whole.length - 1));
    expect(midData.tcp.map((p) => p.seq)).toEqual([1, 2]);
    expect(midData.warnings).toEqual(['The file ends in the middle of packet 3.']);
  });

  it('stops at an impossible captured length, keeping the packets before', () => {
    const file = read([...records.slice(0, 2), { data: frame(3), inclLen: 300000 }]);
    expect(file.frames).toBe(2);
    const at = 24 + 2 * (16 + frame(1).length);
    expect(file.warnings).toEqual([
      `The file is damaged at byte ${at}: packet 3 claims 300000 captured bytes (at most 262144 can be right). The rest of the file was not read.`,
    ]);
  });

  it('throws when not one packet can be read', () => {
    const whole = writePcap(records);
    expect(failure(whole.subarray(0, 30))).toMatchObject({
      code: 'truncated',
      message: 'The file ends in the middle of packet 1.',
    });
    expect(failure(whole.subarray(0, 50))).toMatchObject({
      code: 'truncated',
      message: 'The file ends in the middle of packet 1.',
    });
    expect(failure(whole.subarray(0, 10))).toMatchObject({
      code: 'truncated',
      message: 'The file ends inside its pcap header (10 of 24 bytes).',
    });
    expect(failure(writePcap([{ data: frame(1), inclLen: 0xffffffff }]))).toMatchObject({
      code: 'damaged',
      message:
        'The file is damaged at byte 24: packet 1 claims 4294967295 captured bytes (at most 262144 can be right).',
    });
    expect(failure(writePcap(records, { major: 3 }))).toMatchObject({
      code: 'unsupported',
      message: 'The pcap format version 3.4 is not supported.',
    });
  });
});
