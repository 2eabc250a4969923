#!/usr/bin/env node
// Writes tshark's reading of one capture as JSON, for the tests to compare Wirewalk's parsers and
// analysis with (called by scripts/captures/make-fixtures.sh for every fixture capture).
//
//   node tshark-reading.mjs CAPTURE
//
// writes CAPTURE's name without extension + `.tshark.json` and `.summary.json` beside it.
//
// tshark runs with its default preferences (the caller points WIRESHARK_CONFIG_DIR at an empty
// directory so no personal profile applies): relative sequence numbers on, sequence analysis on,
// single pass, as `tshark -r FILE -T fields -e ...` (the frames without TCP are counted in the
// summary only). The analysis flags are FT_NONE fields,
// which `-T fields` prints as "1" when the frame has them (tshark 4.0) and leaves empty otherwise.
//
// <name>.tshark.json: one object per TCP frame, in frame order:
//   frame, t_ms (frame.time_relative × 1000, rounded to the µs), src, dst (ip or ipv6), srcport,
//   dstport, stream (tcp.stream), flags (tcp.flags, e.g. "0x0012"), seq, ack (relative), len
//   (tcp.len), win (tcp.window_size, scaled as tshark computes it; tshark reports the raw value
//   when it did not see the SYNs' window scale), win_raw (tcp.window_size_value), analysis (the
//   names, without the "tcp.analysis." prefix, of those set among retransmission,
//   fast_retransmission, duplicate_ack, zero_window, window_update, out_of_order, lost_segment,
//   keep_alive; tshark also sets retransmission on a fast retransmission), and only when tshark
//   has them: duplicate_ack_num and duplicate_ack_frame (numbers), tls_handshake_types (numbers, in
//   order), tls_sni, tls_alpn (list of protocol names offered or chosen), tls_record_content_types
//   (numbers; for TLS 1.3 encrypted records the outer opaque type, 23), http_request_line
//   ("METHOD URI VERSION"), http_response_code (number), http_response_line ("VERSION CODE
//   PHRASE"). With tshark's TCP reassembly (on by default) a TLS message or HTTP header that spans
//   segments is reported on the frame that completes it.
// <name>.summary.json: file format and link type (capinfos), frames, tcp_frames, conversations
//   (distinct tcp.stream values), non_tcp (frames without TCP, by their highest protocol in
//   frame.protocols), analysis_counts (frames per mark), tls_frames, http_requests,
//   http_responses, tshark (version line), and tshark_error (its message) when tshark could not
//   read the whole file.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const MARKS = [
  'retransmission',
  'fast_retransmission',
  'duplicate_ack',
  'zero_window',
  'window_update',
  'out_of_order',
  'lost_segment',
  'keep_alive',
];

const FIELDS = [
  'frame.number',
  'frame.protocols',
  'frame.time_relative',
  'ip.src',
  'ip.dst',
  'ipv6.src',
  'ipv6.dst',
  'tcp.srcport',
  'tcp.dstport',
  'tcp.stream',
  'tcp.flags',
  'tcp.seq',
  'tcp.ack',
  'tcp.len',
  'tcp.window_size',
  'tcp.window_size_value',
  ...MARKS.map((m) => `tcp.analysis.${m}`),
  'tcp.analysis.duplicate_ack_num',
  'tcp.analysis.duplicate_ack_frame',
  'tls.handshake.type',
  'tls.handshake.extensions_server_name',
  'tls.handshake.extensions_alpn_str',
  'tls.record.content_type',
  'tls.record.opaque_type',
  'http.request.method',
  'http.request.uri',
  'http.request.version',
  'http.response.version',
  'http.response.code',
  'http.response.phrase',
];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}

/** tshark -T fields over FILE; returns rows of columns (each column a list of occurrences). */
function fields(file, filter, names) {
  const args = ['-r', file, '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=a'];
  args.push('-E', 'aggregator=/s');
  if (filter) args.push('-Y', filter);
  for (const n of names) args.push('-e', n);
  const r = run('tshark', args);
  const rows = r.stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t').map((col) => (col === '' ? [] : col.split(' '))));
  // As root, tshark always warns that running as root "could be dangerous": not an error.
  const stderr = r.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('Running as user'))
    .join('\n');
  return { rows, stderr, status: r.status };
}

function capinfo(file) {
  const r = run('capinfos', ['-t', '-E', '-M', file]);
  const get = (label) => {
    const m = r.stdout.match(new RegExp(`^${label}:\\s+(.*)$`, 'm'));
    return m ? m[1].trim() : null;
  };
  return { file_type: get('File type'), link_type: get('File encapsulation') };
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tshark-reading.mjs CAPTURE\n');
  process.exit(2);
}
const base = file.replace(/\.(pcapng|pcap)$/, '');

const main = fields(file, null, FIELDS);
const isTcp = (cols) => (cols[1]?.[0] ?? '').split(':').includes('tcp');

const num = (list) => (list.length > 0 ? Number(list[0]) : null);
const frames = main.rows.filter(isTcp).map((cols) => {
  const col = Object.fromEntries(FIELDS.map((name, i) => [name, cols[i] ?? []]));
  const o = {
    frame: num(col['frame.number']),
    t_ms: Math.round(Number(col['frame.time_relative'][0]) * 1e6) / 1e3,
    src: col['ip.src'][0] ?? col['ipv6.src'][0] ?? null,
    dst: col['ip.dst'][0] ?? col['ipv6.dst'][0] ?? null,
    srcport: num(col['tcp.srcport']),
    dstport: num(col['tcp.dstport']),
    stream: num(col['tcp.stream']),
    flags: col['tcp.flags'][0] ?? null,
    seq: num(col['tcp.seq']),
    ack: num(col['tcp.ack']),
    len: num(col['tcp.len']),
    win: num(col['tcp.window_size']),
    win_raw: num(col['tcp.window_size_value']),
    analysis: [],
  };
  o.analysis = MARKS.filter((m) => col[`tcp.analysis.${m}`].length > 0);
  if (col['tcp.analysis.duplicate_ack_num'].length > 0) {
    o.duplicate_ack_num = num(col['tcp.analysis.duplicate_ack_num']);
    o.duplicate_ack_frame = num(col['tcp.analysis.duplicate_ack_frame']);
  }
  const hs = col['tls.handshake.type'].map(Number);
  if (hs.length > 0) o.tls_handshake_types = hs;
  if (col['tls.handshake.extensions_server_name'].length > 0) {
    o.tls_sni = col['tls.handshake.extensions_server_name'][0];
  }
  if (col['tls.handshake.extensions_alpn_str'].length > 0) {
    o.tls_alpn = col['tls.handshake.extensions_alpn_str'];
  }
  const types = [...col['tls.record.content_type'], ...col['tls.record.opaque_type']].map(Number);
  if (types.length > 0) o.tls_record_content_types = types;
  const method = col['http.request.method'];
  if (method.length > 0) {
    o.http_request_line = `${method[0]} ${col['http.request.uri'][0]} ${col['http.request.version'][0]}`;
  }
  if (col['http.response.code'].length > 0) {
    o.http_response_code = num(col['http.response.code']);
    const phrase = col['http.response.phrase'].join(' ');
    o.http_response_line = `${col['http.response.version'][0]} ${o.http_response_code} ${phrase}`;
  }
  return o;
});
writeFileSync(`${base}.tshark.json`, JSON.stringify(frames, null, 2) + '\n');

const nonTcp = {};
for (const cols of main.rows.filter((c) => !isTcp(c))) {
  const layers = (cols[1]?.[0] ?? '').split(':');
  const top = layers[layers.length - 1] || 'unknown';
  nonTcp[top] = (nonTcp[top] ?? 0) + 1;
}
const analysisCounts = Object.fromEntries(
  MARKS.map((m) => [m, frames.filter((f) => f.analysis.includes(m)).length]),
);
// The caller may pass the version line to spare a tshark start (about half a second).
const version = process.env.TSHARK_VERSION || run('tshark', ['--version']).stdout.split('\n')[0];
const summary = {
  ...capinfo(file),
  frames: main.rows.length,
  tcp_frames: frames.length,
  conversations: new Set(frames.map((f) => f.stream)).size,
  non_tcp: nonTcp,
  analysis_counts: analysisCounts,
  tls_frames: frames.filter((f) => f.tls_record_content_types).length,
  http_requests: frames.filter((f) => f.http_request_line).length,
  http_responses: frames.filter((f) => f.http_response_code !== undefined).length,
  tshark: version,
};
if (main.stderr.length > 0 || main.status !== 0) {
  // The file's name without the folder, so the reading does not depend on where it was made.
  summary.tshark_error = main.stderr.split(file).join(basename(file)) || null;
  summary.tshark_exit_status = main.status;
}
writeFileSync(`${base}.summary.json`, JSON.stringify(summary, null, 2) + '\n');
