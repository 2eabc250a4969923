// The analysis against tshark on every fixture capture (src/capture/fixtures, made by
// scripts/captures/make-fixtures.sh with `<name>.tshark.json` = tshark 4.0's reading): per TCP
// frame the relative seq/ack, length, window and each tcp.analysis mark with the duplicate-ACK
// number and frame; the conversations (tcp.stream); the TLS records, handshake types, SNI and ALPN
// and the HTTP lines of each direction, in order.
//
// Deliberate differences, not compared:
// - tshark reports a TLS message or an HTTP header on the frame that completes its reassembly;
//   Wirewalk puts a record (and an HTTP line) on the segment holding its first byte. So TLS and
//   HTTP are compared as each direction's sequence, and Wirewalk's frame must not come later.
// - tshark sets tcp.analysis.retransmission on fast retransmissions too; Wirewalk marks those
//   'fast-retransmission' only (the mapping below drops tshark's extra name).
// - Without the ACK flag tshark shows the raw ack field; Wirewalk shows 0. Only ACK segments'
//   acks are compared.
// - Window scaling: tshark scales a side's window as soon as that side's SYN carried the option
//   (when the other SYN is missing); Wirewalk needs both SYNs (RFC 7323 §2.2). Same result on every
//   capture that has the handshake, as all fixtures do.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeCapture } from './analyze';
import { readCapture } from './read';
import type { AnalysisMark, Conversation, ConversationSegment, TlsRecord } from './types';
import type { TsharkFrame } from './testing/tshark';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const MARKS: Record<string, AnalysisMark> = {
  retransmission: 'retransmission',
  fast_retransmission: 'fast-retransmission',
  duplicate_ack: 'dup-ack',
  zero_window: 'zero-window',
  window_update: 'window-update',
  out_of_order: 'out-of-order',
  lost_segment: 'lost-segment',
  keep_alive: 'keep-alive',
};
const CONTENT_TYPES: Record<TlsRecord['contentType'], number> = {
  change_cipher_spec: 20,
  alert: 21,
  handshake: 22,
  application_data: 23,
  heartbeat: 24,
};
const HANDSHAKE_TYPES: Record<string, number> = {
  hello_request: 0,
  client_hello: 1,
  server_hello: 2,
  new_session_ticket: 4,
  end_of_early_data: 5,
  encrypted_extensions: 8,
  certificate: 11,
  server_key_exchange: 12,
  certificate_request: 13,
  server_hello_done: 14,
  certificate_verify: 15,
  client_key_exchange: 16,
  finished: 20,
  key_update: 24,
  message_hash: 254,
};

const fixtures = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => /\.(pcap|pcapng)$/.test(f))
      .filter((f) => existsSync(join(DIR, f.replace(/\.(pcapng|pcap)$/, '.tshark.json'))))
      .sort()
  : [];

/** tshark's marks in Wirewalk's terms. */
function tsharkMarks(f: TsharkFrame): AnalysisMark[] {
  const names = new Set(f.analysis);
  if (names.has('fast_retransmission')) names.delete('retransmission');
  return [...names].map((n) => MARKS[n]!).sort();
}

/** One row per frame of what is compared, Wirewalk's and tshark's side by side. */
function frameRow(s: ConversationSegment) {
  const hasAck = s.flags.includes('ACK');
  return {
    frame: s.frame,
    seq: s.seq,
    ack: hasAck ? s.ack : null,
    len: s.len,
    win: s.win,
    marks: [...s.analysis].sort(),
    dupAck: s.dupAck ?? null,
  };
}
function tsharkRow(f: TsharkFrame) {
  const hasAck = (parseInt(f.flags, 16) & 0x10) !== 0;
  return {
    frame: f.frame,
    seq: f.seq,
    ack: hasAck ? f.ack : null,
    len: f.len,
    win: f.win,
    marks: tsharkMarks(f),
    dupAck:
      f.duplicate_ack_num !== undefined && f.analysis.includes('duplicate_ack')
        ? { n: f.duplicate_ack_num, of: f.duplicate_ack_frame! }
        : null,
  };
}

/** A direction's key: "src:port>dst:port". */
const dirKey = (src: string, sp: number, dst: string, dp: number) => `${src}:${sp}>${dst}:${dp}`;

describe.skipIf(fixtures.length === 0)('analysis = tshark on the fixture captures', () => {
  it.each(fixtures)('%s', (file) => {
    const name = file.replace(/\.(pcapng|pcap)$/, '');
    const tshark = JSON.parse(
      readFileSync(join(DIR, `${name}.tshark.json`), 'utf8'),
    ) as TsharkFrame[];
    let conversations: Conversation[];
    try {
      conversations = analyzeCapture(
        readCapture(new Uint8Array(readFileSync(join(DIR, file)))),
      ).conversations;
    } catch {
      expect(tshark).toEqual([]); // tshark could not read it either
      return;
    }

    // Every TCP frame, in the same conversation as tshark's other frames of that stream.
    const ours = new Map<number, { s: ConversationSegment; c: Conversation }>();
    for (const c of conversations) for (const s of c.segments) ours.set(s.frame, { s, c });
    expect([...ours.keys()].sort((a, b) => a - b)).toEqual(tshark.map((f) => f.frame));
    const streamToConv = new Map<number, string>();
    const convToStream = new Map<string, number>();
    for (const f of tshark) {
      const id = ours.get(f.frame)!.c.id;
      expect(streamToConv.get(f.stream) ?? id, `frame ${f.frame}`).toBe(id);
      expect(convToStream.get(id) ?? f.stream, `frame ${f.frame}`).toBe(f.stream);
      streamToConv.set(f.stream, id);
      convToStream.set(id, f.stream);
    }
    expect(conversations).toHaveLength(new Set(tshark.map((f) => f.stream)).size);

    // Numbers and marks, frame by frame.
    expect(tshark.map((f) => frameRow(ours.get(f.frame)!.s))).toEqual(tshark.map(tsharkRow));

    // TLS and HTTP, per direction in stream order.
    const seqs = new Map<string, { ours: unknown[][]; tshark: unknown[][] }>();
    const at = (key: string) => {
      let v = seqs.get(key);
      if (!v) seqs.set(key, (v = { ours: [[], [], [], [], []], tshark: [[], [], [], [], []] }));
      return v;
    };
    const lastFrame = new Map<string, number[]>(); // per direction: tshark frames of HTTP lines
    for (const f of tshark) {
      const { s } = ours.get(f.frame)!;
      const v = at(dirKey(f.src, f.srcport, f.dst, f.dstport));
      v.tshark[0]!.push(...(f.tls_record_content_types ?? []));
      v.tshark[1]!.push(...(f.tls_handshake_types ?? []));
      if (f.tls_sni !== undefined) v.tshark[2]!.push(f.tls_sni);
      if (f.tls_alpn !== undefined) v.tshark[3]!.push(f.tls_alpn);
      const line = f.http_request_line ?? f.http_response_line;
      if (line !== undefined) {
        v.tshark[4]!.push(line.trim());
        const k = dirKey(f.src, f.srcport, f.dst, f.dstport);
        lastFrame.set(k, [...(lastFrame.get(k) ?? []), f.frame]);
      }
      for (const r of s.tls ?? []) {
        v.ours[0]!.push(CONTENT_TYPES[r.contentType]);
        for (const h of r.handshakes ?? []) {
          v.ours[1]!.push(HANDSHAKE_TYPES[h.type]);
          if (h.sni !== undefined) v.ours[2]!.push(h.sni);
          if (h.alpn !== undefined) v.ours[3]!.push(h.alpn);
        }
      }
      if (s.http) v.ours[4]!.push(s.http.line.trim());
    }
    for (const [key, v] of seqs) expect(v.ours, key).toEqual(v.tshark);

    // An HTTP line is on the segment where it starts: never after tshark's (reassembled) frame.
    for (const c of conversations) {
      const byDir = new Map<string, number[]>();
      for (const s of c.segments) {
        if (!s.http) continue;
        const [src, dst] = s.from === 'client' ? [c.client, c.server] : [c.server, c.client];
        const k = dirKey(src.ip, src.port, dst.ip, dst.port);
        byDir.set(k, [...(byDir.get(k) ?? []), s.frame]);
      }
      for (const [k, frames] of byDir) {
        frames.forEach((fr, i) => expect(fr).toBeLessThanOrEqual(lastFrame.get(k)![i]!));
      }
    }
  });
});
