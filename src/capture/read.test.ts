// readCapture: format detection, the messages of files that cannot be read, progress, time
// origin, and what is counted.
import { describe, expect, it } from 'vitest';
import { CaptureError } from './errors';
import { readCapture } from './read';
import { concat, ethernet, ipv4, tcp, udp } from './testing/packets';
import { bigCapture } from './testing/bigCapture';
import { writePcap, writePcapng } from './testing/writer';

const eth = (seq: number, payload = 0) =>
  ethernet(ipv4({ payload: tcp({ seq, payload: new Uint8Array(payload) }) }), 0x0800);
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
const text = (s: string) => new TextEncoder().encode(s);

describe('readCapture', () => {
  it('tells pcap and pcapng apart by the magic number', () => {
    expect(readCapture(writePcap([{ data: eth(1) }])).format).toBe('pcap');
    expect(readCapture(writePcapng([{ type: 'shb' }])).format).toBe('pcapng');
  });

  it('says plainly why a file is no capture', () => {
    const empty = failure(new Uint8Array(0));
    expect(empty).toBeInstanceOf(CaptureError);
    expect(empty).toBeInstanceOf(Error);
    expect([empty.name, empty.code, empty.message]).toEqual([
      'CaptureError',
      'empty',
      'The file is empty.',
    ]);
    expect(failure(text('<!DOCTYPE html>'))).toMatchObject({
      code: 'not-a-capture',
      message: 'Not a pcap or pcapng file (it starts with 3c 21 44 4f).',
    });
    expect(failure(text('{"log": {}}')).message).toBe(
      'Not a pcap or pcapng file (it starts with 7b 22 6c 6f).',
    );
    expect(failure(Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0)).message).toBe(
      'Not a pcap or pcapng file (it starts with 1f 8b 08 00, like a gzip file: uncompress it first).',
    );
    expect(failure(Uint8Array.of(0xd4, 0xc3, 0xb2)).message).toBe(
      'Not a pcap or pcapng file (it is only 3 bytes long).',
    );
    expect(failure(Uint8Array.of(1)).message).toBe(
      'Not a pcap or pcapng file (it is only 1 byte long).',
    );
  });

  it('reads bytes that start inside a larger buffer', () => {
    const file = writePcap([{ data: eth(42, 2) }]);
    const bigger = concat(Uint8Array.of(9, 9, 9), file, Uint8Array.of(9));
    const p = readCapture(bigger.subarray(3, 3 + file.length)).tcp[0]!;
    expect([p.seq, p.len, ...p.payload]).toEqual([42, 2, 0, 0]);
    expect(p.payload.buffer).toBe(bigger.buffer);
  });

  it('reports progress about every progressEvery bytes, and 1 at the end', () => {
    const records = Array.from({ length: 200 }, (_, i) => ({ data: eth(i, 1000) }));
    const bytes = writePcap(records);
    const seen: number[] = [];
    readCapture(bytes, { onProgress: (f) => seen.push(f), progressEvery: 10000 });
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(bytes.length / 10000 - 2);
    expect(seen.length).toBeLessThan(bytes.length / 10000 + 3);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });

  it('counts every frame: TCP, or one of the other protocols', () => {
    const frames = [
      eth(1),
      ethernet(ipv4({ protocol: 17, payload: udp() }), 0x0800),
      eth(2),
      ethernet(new Uint8Array(28), 0x0806),
    ];
    const file = readCapture(writePcap(frames.map((data) => ({ data }))));
    expect(file.frames).toBe(4);
    expect(file.tcp.map((p) => p.frame)).toEqual([1, 3]);
    expect(file.otherProtocols).toEqual({ UDP: 1, ARP: 1 });
  });

  it('counts times from the first frame; from the earliest when the clock went back', () => {
    const ok = readCapture(
      writePcap([
        { data: eth(1), sec: 100, frac: 500 },
        { data: eth(2), sec: 101, frac: 0 },
      ]),
    );
    expect(ok.tcp.map((p) => p.t)).toEqual([0, 999.5]);
    const back = readCapture(
      writePcap([
        { data: eth(1), sec: 100, frac: 0 },
        { data: eth(2), sec: 99, frac: 0 },
        { data: eth(3), sec: 102, frac: 0 },
      ]),
    );
    expect(back.tcp.map((p) => p.t)).toEqual([1000, 0, 3000]);
    expect(back.durationMs).toBe(3000);
    expect(back.warnings).toEqual([
      '1 frame is timestamped before the first frame: times count from the earliest.',
    ]);
  });

  it('says each kind of problem once, with a count', () => {
    const cut = ethernet(ipv4({ payload: tcp() }), 0x0800).subarray(0, 20);
    const file = readCapture(
      writePcap([{ data: eth(1) }, { data: cut }, { data: eth(2) }, { data: cut }, { data: cut }]),
    );
    expect(file.warnings).toEqual(['IPv4 header truncated: 3 frames (first: frame 2)']);
    expect(file.tcp).toHaveLength(2);
  });

  it('shares endpoint and flag objects between packets, frozen', () => {
    const file = readCapture(writePcap([{ data: eth(1) }, { data: eth(2) }]));
    const [a, b] = file.tcp;
    expect(a!.src).toBe(b!.src);
    expect(a!.flags).toBe(b!.flags);
    expect(Object.isFrozen(a!.src) && Object.isFrozen(a!.flags)).toBe(true);
    expect(structuredClone(a)).toEqual(a);
  });
});

describe('bigCapture (the speed helper)', () => {
  it.each(['pcap', 'pcapng'] as const)(
    'makes a valid %s file of about the size asked',
    (format) => {
      for (const mix of ['bulk', 'small'] as const) {
        const bytes = bigCapture(200_000, { format, mix });
        expect(bytes.length).toBeGreaterThanOrEqual(200_000);
        expect(bytes.length).toBeLessThan(202_000);
        const file = readCapture(bytes);
        expect(file.warnings).toEqual([]);
        expect(file.tcp).toHaveLength(file.frames);
        const data = file.tcp.filter((p) => p.len > 0);
        expect(data.slice(0, 3).map((p) => p.seq)).toEqual(mix === 'bulk' ? [1, 1449, 2897] : []);
        expect(file.durationMs).toBeCloseTo((file.frames - 1) * 0.01, 6);
      }
    },
  );
});
