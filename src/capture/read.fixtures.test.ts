// The readers against tshark on the real captures in fixtures/ (made on loopback by
// scripts/captures/make-fixtures.sh): frames, TCP packets, link type, addresses, ports, flags,
// lengths, windows, times and sequence numbers (compared as differences within a direction, so
// tshark's relative numbering does not matter). A fixture that is missing is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaptureError } from './errors';
import { readCapture } from './read';
import type { TcpPacket } from './types';
import type { TsharkFrame } from './testing/tshark';

const DIR = new URL('./fixtures/', import.meta.url);
const at = (name: string) => new URL(name, DIR);
const has = (name: string) => existsSync(at(name));

interface Summary {
  file_type: string | null;
  link_type: string | null;
  frames: number;
  tcp_frames: number;
  non_tcp: Record<string, number>;
  tshark_error?: string;
}

const LINK: Record<string, string> = {
  ether: 'ethernet',
  null: 'null',
  rawip: 'raw',
  'linux-sll': 'linux-sll',
  'linux-sll2': 'linux-sll2',
};
const FLAG_BIT = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ECE: 64, CWR: 128 };
const flagBits = (p: TcpPacket) => p.flags.reduce((n, f) => n | FLAG_BIT[f], 0);

/** [frame, value - the direction's first value] for every packet, `pick` per packet. */
function deltas<T>(
  packets: T[],
  key: (p: T) => string,
  pick: (p: T) => number | null,
  frame: (p: T) => number,
) {
  const first = new Map<string, number>();
  const out: [number, number][] = [];
  for (const p of packets) {
    const v = pick(p);
    if (v === null) continue;
    const k = key(p);
    if (!first.has(k)) first.set(k, v);
    out.push([frame(p), (v - first.get(k)!) >>> 0]);
  }
  return out;
}

const CAPTURES = [
  'http10-close.pcap',
  'http11-keepalive.pcapng',
  'sll.pcap',
  'sll2.pcapng',
  'null.pcap',
  'raw.pcap',
  'raw-ipv6.pcap',
  'ipv6.pcap',
  'fragmented.pcap',
  'fragmented-ipv6.pcap',
  'refused.pcap',
  'tls12.pcapng',
  'tls12-rsa.pcap',
  'tls13.pcapng',
  'zero-window.pcap',
  'bulk-loss.pcapng',
  'truncated.pcap',
  'empty.pcapng',
];

describe('fixture captures against tshark', () => {
  for (const name of CAPTURES) {
    const base = name.replace(/\.pcap(ng)?$/, '');
    const ready = has(name) && has(`${base}.tshark.json`) && has(`${base}.summary.json`);
    it.skipIf(!ready)(name, () => {
      const summary = JSON.parse(readFileSync(at(`${base}.summary.json`), 'utf8')) as Summary;
      const shark = JSON.parse(readFileSync(at(`${base}.tshark.json`), 'utf8')) as TsharkFrame[];
      const file = readCapture(new Uint8Array(readFileSync(at(name))));

      expect(file.format).toBe(summary.file_type);
      expect(file.frames).toBe(summary.frames);
      expect(file.tcp).toHaveLength(summary.tcp_frames);
      if (summary.frames > 0) expect(file.linkTypes).toEqual([LINK[summary.link_type ?? '']]);
      const others = Object.values(file.otherProtocols).reduce((a, b) => a + b, 0);
      expect(others).toBe(Object.values(summary.non_tcp).reduce((a, b) => a + b, 0));
      expect(file.warnings.length > 0).toBe(summary.tshark_error !== undefined);

      // tshark lists the TCP frames it could dissect; compare those.
      const byFrame = new Map(file.tcp.map((p) => [p.frame, p]));
      const mine = shark.map((s) => byFrame.get(s.frame));
      expect(mine.every((p) => p !== undefined)).toBe(true);
      const ours = mine as TcpPacket[];
      expect(
        ours.map((p) => [p.frame, p.src.ip, p.dst.ip, p.src.port, p.dst.port, p.len, p.window]),
      ).toEqual(shark.map((s) => [s.frame, s.src, s.dst, s.srcport, s.dstport, s.len, s.win_raw]));
      expect(ours.map(flagBits)).toEqual(shark.map((s) => parseInt(s.flags, 16) & 0xff));
      // t_ms is rounded to the µs.
      ours.forEach((p, i) => expect(Math.abs(p.t - shark[i]!.t_ms)).toBeLessThanOrEqual(0.0005001));

      const dir = (src: string, sport: number, dst: string, dport: number) =>
        `${src} ${sport} ${dst} ${dport}`;
      const oursDir = (p: TcpPacket) => dir(p.src.ip, p.src.port, p.dst.ip, p.dst.port);
      const sharkDir = (s: TsharkFrame) => `${s.stream} ${dir(s.src, s.srcport, s.dst, s.dstport)}`;
      expect(
        deltas(
          ours,
          oursDir,
          (p) => p.seq,
          (p) => p.frame,
        ),
      ).toEqual(
        deltas(
          shark,
          sharkDir,
          (s) => s.seq,
          (s) => s.frame,
        ),
      );
      const acked = (s: TsharkFrame) => (parseInt(s.flags, 16) & 16 ? s.ack : null);
      expect(
        deltas(
          ours,
          oursDir,
          (p) => (p.flags.includes('ACK') ? p.ack : null),
          (p) => p.frame,
        ),
      ).toEqual(deltas(shark, sharkDir, acked, (s) => s.frame));
    });
  }

  it.skipIf(!has('bad-magic.pcap'))('bad-magic.pcap: a clear message', () => {
    const bytes = new Uint8Array(readFileSync(at('bad-magic.pcap')));
    expect(() => readCapture(bytes)).toThrow(CaptureError);
    expect(() => readCapture(bytes)).toThrow(/^Not a pcap or pcapng file \(it starts with/);
  });
});
