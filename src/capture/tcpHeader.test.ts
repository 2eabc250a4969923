// The TCP header: flags, numbers, options (well-formed and not), payload and length.
import { describe, expect, it } from 'vitest';
import { readCapture } from './read';
import { readTcpOptions, tcpFlags } from './tcpHeader';
import { ethernet, ipv4, tcp, type TcpSpec } from './testing/packets';
import { writePcap } from './testing/writer';
import type { CaptureTcpFlag } from './types';

const fileOf = (spec: TcpSpec, ip: { totalLength?: number } = {}) =>
  writePcap([{ data: ethernet(ipv4({ payload: tcp(spec), ...ip }), 0x0800) }]);
const one = (spec: TcpSpec, ip: { totalLength?: number } = {}) => readCapture(fileOf(spec, ip));
const options = (bytes: number[]) =>
  readTcpOptions(new DataView(Uint8Array.from(bytes).buffer), 0, bytes.length);

describe('TCP header', () => {
  it('reads ports, numbers and the window as unsigned', () => {
    const p = one({ srcPort: 65535, dstPort: 0, seq: 0xffffffff, ack: 0x80000000, window: 0xffff })
      .tcp[0]!;
    expect([p.src.port, p.dst.port, p.seq, p.ack, p.window]).toEqual([
      65535, 0, 0xffffffff, 0x80000000, 0xffff,
    ]);
  });

  it('names all eight flags in sorted order', () => {
    const all: CaptureTcpFlag[] = ['URG', 'SYN', 'RST', 'PSH', 'FIN', 'ECE', 'CWR', 'ACK'];
    expect(one({ flags: all }).tcp[0]!.flags).toEqual([
      'ACK',
      'CWR',
      'ECE',
      'FIN',
      'PSH',
      'RST',
      'SYN',
      'URG',
    ]);
    expect(one({ flags: ['SYN', 'ACK'] }).tcp[0]!.flags).toEqual(['ACK', 'SYN']);
    expect(one({ flags: [] }).tcp[0]!.flags).toEqual([]);
    for (let b = 0; b < 256; b++) {
      const f = tcpFlags(b);
      expect([...f].sort()).toEqual(f);
      expect(f).toHaveLength(b.toString(2).replace(/0/g, '').length);
    }
  });

  it('points the payload into the file (no copy), as long as len', () => {
    const file = fileOf({ payload: Uint8Array.of(9, 8, 7) });
    const p = readCapture(file).tcp[0]!;
    expect(p.payload.buffer).toBe(file.buffer);
    expect(p.payload.byteOffset).toBe(16 + 24 + 14 + 20 + 20);
    expect([p.len, ...p.payload]).toEqual([3, 9, 8, 7]);
    expect(one({}).tcp[0]!.payload).toHaveLength(0);
  });

  it('warns about headers that cannot be read, and counts them as IPv4 other', () => {
    const file = readCapture(
      writePcap(
        [
          tcp({ dataOffsetWords: 4 }),
          tcp({ dataOffsetWords: 15 }), // 60 bytes in a 20-byte segment
          tcp().subarray(0, 12),
        ].map((seg) => ({ data: ethernet(ipv4({ payload: seg }), 0x0800) })),
      ),
    );
    expect(file.otherProtocols).toEqual({ 'IPv4 other': 3 });
    expect(file.warnings).toEqual([
      'frame 1: TCP data offset below 20 bytes',
      'TCP header longer than the IP packet: 2 frames (first: frame 2)',
    ]);
    const cut = ethernet(ipv4({ payload: tcp({ options: { mss: 1460 } }) }), 0x0800);
    const snapped = readCapture(writePcap([{ data: cut.subarray(0, 14 + 20 + 22) }]));
    expect(snapped.warnings).toEqual(['frame 1: TCP header truncated']);
  });
});

describe('TCP options', () => {
  it('reads MSS, window scale, SACK-permitted, timestamps and SACK blocks', () => {
    const o = {
      mss: 1460,
      sackPermitted: true,
      timestamp: { value: 0xfffffffe, echo: 12345 },
      wscale: 7,
    };
    expect(one({ flags: ['SYN'], options: o }).tcp[0]!.options).toEqual(o);
    for (const n of [1, 2, 3, 4]) {
      const sack = Array.from({ length: n }, (_, i): [number, number] => [
        1000 * i,
        1000 * i + 500,
      ]);
      expect(one({ options: { sack } }).tcp[0]!.options).toEqual({ sack });
    }
  });

  it('steps over NOPs and unknown options, and stops at EOL', () => {
    expect(options([1, 1, 30, 4, 0, 0, 3, 3, 9])).toEqual({ wscale: 9 });
    expect(options([2, 4, 5, 180, 0, 3, 3, 9])).toEqual({ mss: 1460 });
  });

  it('stops at a malformed length and keeps what came before', () => {
    expect(options([2, 4, 1, 0, 3, 0, 4, 2])).toEqual({ mss: 256 }); // length 0
    expect(options([2, 4, 1, 0, 3, 1, 4, 2])).toEqual({ mss: 256 }); // length 1
    expect(options([4, 2, 8, 10, 0, 0])).toEqual({ sackPermitted: true }); // past the end
    expect(options([4, 2, 8])).toEqual({ sackPermitted: true }); // no length byte
  });

  it('ignores a known option with the wrong length, and goes on', () => {
    expect(options([2, 3, 5, 4, 2, 1, 1, 1])).toEqual({ sackPermitted: true });
    expect(options([5, 6, 0, 0, 0, 0, 3, 3, 2])).toEqual({ wscale: 2 }); // SACK of 4 bytes
    expect(options([8, 6, 0, 0, 0, 0, 2, 4, 0, 1])).toEqual({ mss: 1 });
  });

  it('gives a header without options no option fields', () => {
    expect(one({}).tcp[0]!.options).toEqual({});
  });
});
