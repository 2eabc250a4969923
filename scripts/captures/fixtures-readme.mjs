#!/usr/bin/env node
// Writes src/capture/fixtures/README.md from the fixtures of the run that just finished (called
// last by scripts/captures/make-fixtures.sh), so the numbers it quotes always match the files.
//
//   node fixtures-readme.mjs FIXTURES_DIR HAVE_NETEM(yes|no)
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const [dir, haveNetem = 'no'] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: fixtures-readme.mjs FIXTURES_DIR HAVE_NETEM\n');
  process.exit(2);
}

const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
};
const firstLine = (text, re) =>
  text
    .split('\n')
    .find((l) => re.test(l))
    ?.trim() ?? '?';
const json = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const summary = (base) => json(`${base}.summary.json`);
const frames = (base) => json(`${base}.tshark.json`);
const size = (file) => statSync(join(dir, file)).size;
const kb = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

/** The cipher suite tshark names in the ServerHello of FILE. */
function cipherSuite(file) {
  const out = sh('tshark', ['-r', join(dir, file), '-Y', 'tls.handshake.type == 2', '-O', 'tls']);
  const m = out.match(/Cipher Suite: (\S+) \((0x[0-9a-f]+)\)/);
  return m ? `${m[1]} (${m[2]})` : '?';
}

const HS = {
  1: 'ClientHello',
  2: 'ServerHello',
  4: 'NewSessionTicket',
  8: 'EncryptedExtensions',
  11: 'Certificate',
  12: 'ServerKeyExchange',
  13: 'CertificateRequest',
  14: 'ServerHelloDone',
  15: 'CertificateVerify',
  16: 'ClientKeyExchange',
  20: 'Finished',
};
const CT = { 20: 'ChangeCipherSpec', 21: 'Alert', 22: 'Handshake', 23: 'ApplicationData' };

function tlsStory(base) {
  const parts = frames(base)
    .filter((f) => f.tls_record_content_types)
    .map((f) => {
      const hs = (f.tls_handshake_types ?? []).map((t) => HS[t] ?? t);
      const records = f.tls_record_content_types.map((t) => CT[t] ?? t);
      const what = hs.length > 0 ? hs.join(' + ') : records.join(' + ');
      const extra =
        records.length > hs.length && hs.length > 0 ? ` [records: ${records.join(', ')}]` : '';
      const from = f.dstport === 443 ? 'client' : 'server';
      return `#${f.frame} ${from}: ${what}${extra}`;
    });
  return parts.join('; ');
}

function marks(base) {
  const c = summary(base).analysis_counts;
  const named = Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`);
  return named.length > 0 ? named.join(', ') : 'no analysis marks';
}

function flowLine(base) {
  return frames(base)
    .map((f) => {
      const flags = [];
      const bits = parseInt(f.flags, 16);
      if (bits & 0x02) flags.push('SYN');
      if (bits & 0x01) flags.push('FIN');
      if (bits & 0x04) flags.push('RST');
      if (bits & 0x08) flags.push('PSH');
      if (bits & 0x10) flags.push('ACK');
      const http = f.http_request_line ?? f.http_response_line;
      return `${flags.join(',')}${f.len ? ` len ${f.len}` : ''}${http ? ` (${http})` : ''}`;
    })
    .join(' → ');
}

function har(file) {
  const log = json(file).log;
  const e = log.entries;
  const conns = new Set(e.map((x) => x.connection).filter(Boolean));
  const reused = e.filter((x) => x.timings.connect === -1).length;
  const maxBlocked = Math.max(...e.map((x) => x.timings.blocked ?? -1));
  return { log, entries: e.length, connections: conns.size, reused, maxBlocked };
}

const versions = {
  tshark: firstLine(sh('tshark', ['--version']), /^TShark/).replace(/\.$/, ''),
  dumpcap: firstLine(sh('dumpcap', ['--version']), /^Dumpcap/).replace(/\.$/, ''),
  tcpdump: firstLine(sh('tcpdump', ['--version']), /^tcpdump/),
  libpcap: firstLine(sh('tcpdump', ['--version']), /^libpcap/),
  openssl: firstLine(sh('openssl', ['version']), /^OpenSSL/),
  curl: firstLine(sh('curl', ['--version']), /^curl/),
  kernel: sh('uname', ['-sr']).trim(),
  python: firstLine(sh('python3', ['--version']), /^Python/),
};
const page = har('page.har');
const pw = har('page-playwright.har');
const bulk = summary('bulk-loss');
const zw = summary('zero-window');
const bulkConv = frames('bulk-loss');
const bulkBytes = Math.max(...bulkConv.filter((f) => f.srcport === 80).map((f) => f.seq + f.len));

const captures = readdirSync(dir)
  .filter((f) => /\.(pcap|pcapng)$/.test(f))
  .sort();
const rows = captures.map((f) => {
  const base = f.replace(/\.(pcapng|pcap)$/, '');
  const s = summary(base);
  const fmt = s.file_type ?? '—';
  const link = s.link_type ?? '—';
  return `| \`${f}\` | ${kb(size(f))} | ${fmt} | ${link} | ${s.frames} | ${s.tcp_frames} | ${s.conversations} | ${marks(base)} |`;
});
const gzipped = readdirSync(dir)
  .filter((f) => f.endsWith('.gz'))
  .sort();
const total = readdirSync(dir)
  .filter((f) => f !== 'README.md')
  .reduce((a, f) => a + size(f), 0);

const text = `# Capture and HAR fixtures

Small real captures and HAR files for the capture readers, the TCP analysis and the HAR reader
(issue 6), each with tshark's reading of it for the tests to compare with. Everything here was
made on one machine by \`scripts/captures/make-fixtures.sh\`, inside network namespaces that the
script creates and removes (no packet ever left the machine). **This README is written by that
script** from the files of its run: edit \`scripts/captures/fixtures-readme.mjs\`, not this file.

Regenerate (as root, on Debian; the packages are listed at the top of the script):

\`\`\`sh
bash scripts/captures/make-fixtures.sh
\`\`\`

Every run makes new captures: times, ports, initial sequence numbers and, in \`bulk-loss\`, which
segments are lost all change, and so do the counts below. Tests should therefore compare a parser's
or the analysis's output with the \`<name>.tshark.json\` / \`<name>.summary.json\` beside the same
capture, never with numbers copied from this README.

## Tools of this run

- ${versions.tshark} (also editcap, capinfos; ${versions.dumpcap})
- ${versions.tcpdump}, ${versions.libpcap}
- ${versions.openssl}; ${versions.curl}; ${versions.python}
- Chromium ${pw.log.browser?.version ?? '?'} driven by playwright-core ${pw.log.creator.version}
- Kernel ${versions.kernel}; sch_netem ${haveNetem === 'yes' ? 'available' : 'not available (the loss is made with iptables, see bulk-loss)'}

tshark runs with its **default preferences** (an empty \`WIRESHARK_CONFIG_DIR\`, no \`-o\`): relative
sequence numbers on, sequence analysis on, window scaling "calculated from the SYNs", TCP
reassembly on (\`tcp.desegment_tcp_streams\`, TLS and HTTP desegmentation), out-of-order reassembly
off, single pass (\`tshark -r FILE -Y tcp -T fields ...\`).

## Files

All captures: ${captures.length}. Total size of the folder: ${kb(total)}.

| file | size | format | link type (capinfos) | frames | TCP frames | TCP streams | tshark's marks (frames) |
| ---- | ---- | ------ | -------------------- | ------ | ---------- | ----------- | ----------------------- |
${rows.join('\n')}

HAR: \`page.har\` (${kb(size('page.har'))}), \`page-playwright.har\` (${kb(size('page-playwright.har'))}).

gzip-compressed copies (\`gzip -9 -n\`, for the page's and the CLI's decompression; not read by
tshark): ${gzipped.map((f) => `\`${f}\` (${kb(size(f))})`).join(', ')}; \`http11-keepalive-cut.pcapng.gz\`
is the compressed file cut in half.

### What each one is

- **\`http10-close.pcap\`** — tcpdump on \`lo\` (Ethernet, zero MACs; classic pcap, µs, little-endian):
  \`curl --http1.0 -H 'Connection: close'\` fetches a 30-byte file from \`scripts/captures/serve.py\`
  in HTTP/1.0 mode, which sends no Content-Length: the body ends with the connection, so the server
  closes first. Segments: ${flowLine('http10-close')}.
- **\`http11-keepalive.pcapng\`** — dumpcap on \`lo\` (pcapng: SHB, IDB with if_name/filter/tsresol,
  EPBs, an Interface Statistics Block): one curl command fetches three URLs over **one** HTTP/1.1
  connection (stream 0 only), then curl closes it. ${summary('http11-keepalive').http_requests} requests, ${summary('http11-keepalive').http_responses} responses.
- **\`refused.pcap\`** — curl to a closed port (81): a SYN answered by RST,ACK (${flowLine('refused')}).
- **\`tls12.pcapng\`** — \`openssl s_server\` (self-signed RSA-2048 certificate for example.test, made
  by the script; \`-alpn http/1.1 -rev\`) and \`openssl s_client -tls1_2 -servername example.test
  -alpn http/1.1\`: the client sends one line, the server answers it reversed, the client sends
  close_notify and closes. Cipher suite ${cipherSuite('tls12.pcapng')}, so a ServerKeyExchange appears.
  TLS per frame: ${tlsStory('tls12')}.
- **\`tls12-rsa.pcap\`** — the same with \`-cipher AES128-SHA256\` (RSA key exchange, tcpdump, classic
  pcap): ${cipherSuite('tls12-rsa.pcap')}, no ServerKeyExchange. TLS per frame: ${tlsStory('tls12-rsa')}.
- **\`tls13.pcapng\`** — the same with \`-tls1_3\`: ${cipherSuite('tls13.pcapng')}. After the ServerHello
  (and the middlebox-compatibility ChangeCipherSpec) every record is encrypted and travels as outer
  type 23 (ApplicationData), so EncryptedExtensions, Certificate, CertificateVerify, Finished and the
  NewSessionTickets are not visible. TLS per frame: ${tlsStory('tls13')}.
- **\`ipv6.pcap\`** — an HTTP/1.1 GET over \`[::1]\` (Ethernet, IPv6; MSS 65476 on lo).
- **\`sll.pcap\`** — \`dumpcap -P -i any -y LINUX_SLL\` (Linux cooked v1, link type 113, classic
  pcap): one HTTP/1.1 GET to 127.0.0.1. On "any", libpcap keeps one copy of each loopback packet.
  (Not tcpdump: \`tcpdump --immediate-mode -i any\` kept reporting packets dropped by the kernel.)
- **\`sll2.pcapng\`** — dumpcap \`-i any -y LINUX_SLL2\` (Linux cooked v2, link type 276, with the
  interface index), the same exchange.
- **\`null.pcap\`** and **\`raw.pcap\`** — \`http10-close.pcap\` converted by
  \`scripts/captures/pcap-tools.mjs relink\`: the 14-byte Ethernet header removed; for null
  (LINKTYPE_NULL = 0, BSD loopback) a 4-byte address family in little-endian order (AF_INET = 2;
  the file header is little-endian too) is put in its place; raw is LINKTYPE_RAW = 101 (the IP
  packet alone). Linux cannot capture either link type. Their \`.tshark.json\` are identical to
  \`http10-close.tshark.json\`, which is what a link-layer test can check.
- **\`raw-ipv6.pcap\`** — \`ipv6.pcap\` converted the same way (LINKTYPE_RAW with IPv6 packets).
- **\`fragmented.pcap\`** and **\`fragmented-ipv6.pcap\`** — \`http10-close.pcap\` and \`ipv6.pcap\`
  with their data segments cut into IP fragments by \`scripts/captures/pcap-tools.mjs fragment\`
  (Linux sets DF and never fragments TCP): 48 bytes of each segment per fragment, as IPv4
  fragments (MF, offset, a new identification, the header checksum computed again) or IPv6 packets
  with a Fragment header. In the first segment cut up the last two fragments are swapped (the one
  without MF comes before the one that completes the packet); in the second one fragment is sent
  twice. tshark (\`ip.defragment\` and \`ipv6.defragment\` are on by default) reads each segment at
  the frame that completes it and shows the other fragments as data: ${summary('fragmented').frames} frames, ${summary('fragmented').tcp_frames} of
  them TCP (IPv6: ${summary('fragmented-ipv6').frames} and ${summary('fragmented-ipv6').tcp_frames}).
- **\`bulk-loss.pcapng\`** — a ${Math.round(bulkBytes / 1024)} KB HTTP/1.1 download between two
  namespaces joined through a third, "router" namespace: the router drops 3% of the server's segments
  at random (iptables \`statistic\` in FORWARD) and shapes the link towards the receiver to 20 Mbit/s
  with a deep queue (tbf, latency 400 ms, so no tail drops: the losses are the random ones, while the
  RTT grows as the queue fills, many segments are in flight and each loss brings a train of
  duplicate ACKs). dumpcap captures on the receiver's veth with a snap length of 128 bytes (headers
  only; \`len\` is from the IP header). A lost segment never reaches the capture, so tshark sees a
  gap ("previous segment not captured", lost_segment), duplicate ACKs with SACK blocks, then the
  retransmission. Counts per tshark: ${marks('bulk-loss')}; ${bulk.frames} frames (${
    Object.entries(bulk.non_tcp)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'no'
  } non-TCP). A
  retransmission that fills a gap the capture never saw the original of is what tshark calls
  retransmission (or, when it arrives within the RTT, out-of-order); tshark sets retransmission on
  every fast retransmission too.
- **\`zero-window.pcap\`** — tcpdump (snap length 128) on the receiver's veth: a sender pushes
  ${Math.round(65536 / 1024)} KB to \`scripts/captures/zero_window_server.py\`, which has a 4 KB SO_RCVBUF
  and does not read for 1.5 s. The window closes (zero_window), the sender probes, the receiver
  opens the window again (window_update) and then reads everything. Counts per tshark:
  ${marks('zero-window')}. Linux sends its zero-window probes as a bare ACK with sequence number
  SND.NXT − 1 and no data, which tshark labels **keep_alive** (its zero_window_probe needs one byte
  of data); ${zw.frames} frames in all.
- **\`truncated.pcap\`** — \`http10-close.pcap\` cut in the middle of the data of its third record
  (\`pcap-tools.mjs truncate\`): tshark reads two frames, then says:
  "${summary('truncated').tshark_error?.replace(/"[^"]*\/([^/"]+)"/, '"$1"')}"
- **\`bad-magic.pcap\`** — 512 pseudo-random bytes (fixed seed, the same every run): tshark:
  "${summary('bad-magic').tshark_error?.replace(/"[^"]*\/([^/"]+)"/, '"$1"')}"
- **\`empty.pcapng\`** — a lone Section Header Block (28 bytes, little-endian, version 1.0, section
  length -1): no interface, no packet; tshark reads it without error and finds 0 frames.
- **\`page.har\`** — Chromium (Debian's \`/usr/bin/chromium\`, headless, via playwright-core) loads a
  page with 8 sub-resources (a stylesheet, a script, 6 images) from a local Node keep-alive server
  (\`scripts/captures/record-har.mjs\`); each resource is answered after 20–90 ms. Written in the
  shape of Chrome DevTools' "Save all as HAR" (creator WebInspector, \`connection\`,
  \`_initiator\`, \`_priority\`, \`_resourceType\`, \`_transferSize\`, \`_blocked_queueing\`) from
  the DevTools protocol's Network events, with the timings derived from Chromium's
  ResourceTiming in the manner of DevTools' export (the formulas are in the script). ${page.entries} entries over ${page.connections} connections (Chromium opens at most 6
  per host); ${page.reused} entries reuse a connection (\`connect\` = -1) and the longest
  \`blocked\` is ${page.maxBlocked.toFixed(1)} ms (requests queued for a free connection).
- **\`page-playwright.har\`** — the same load as recorded by playwright-core's own \`recordHar\`
  (content omitted): ${pw.entries} entries, a second HAR dialect. Its quirks: no \`blocked\`,
  \`send\` always 0, no \`connection\` ids, a \`receive\` measured from Playwright's own events
  (it can be far longer than the DevTools value of the same request in \`page.har\`), and on plain http:// an \`ssl\` equal to connectEnd + 1
  ms, larger than \`connect\` (Playwright subtracts an unset secureConnectionStart of -1); a
  reader should treat \`ssl\` > \`connect\` on an http: URL as "no TLS".

## The tshark readings

\`<name>.tshark.json\` (written by \`scripts/captures/tshark-reading.mjs\`): one object per TCP frame,
in frame order, with exactly these keys:

- \`frame\` (frame.number), \`t_ms\` (frame.time_relative × 1000, to the µs), \`src\`, \`dst\` (ip or
  ipv6 address), \`srcport\`, \`dstport\`, \`stream\` (tcp.stream), \`flags\` (tcp.flags, e.g.
  \`"0x0012"\`), \`seq\`, \`ack\` (relative; a SYN's ack is 0), \`len\` (tcp.len), \`win\`
  (tcp.window_size: scaled by the factor from the SYNs; the raw value when tshark did not see
  them), \`win_raw\` (tcp.window_size_value);
- \`analysis\`: the names, without the \`tcp.analysis.\` prefix, of the marks tshark set among
  \`retransmission\`, \`fast_retransmission\`, \`duplicate_ack\`, \`zero_window\`, \`window_update\`,
  \`out_of_order\`, \`lost_segment\`, \`keep_alive\` (read as \`-e tcp.analysis.NAME\`: \`-T
  fields\` prints these FT_NONE fields as "1" when the frame has them);
- only when tshark has them: \`duplicate_ack_num\` and \`duplicate_ack_frame\` (the #n of a duplicate
  ACK and the frame it duplicates), \`tls_handshake_types\` (numbers, in order), \`tls_sni\`,
  \`tls_alpn\` (list), \`tls_record_content_types\` (numbers; TLS 1.3 encrypted records give their
  outer type 23), \`http_request_line\` ("METHOD URI VERSION"), \`http_response_code\` and
  \`http_response_line\` ("VERSION CODE PHRASE").

With reassembly on, tshark reports a TLS message or an HTTP message on the frame that **completes**
it (for example the HTTP response line of \`http10-close\` sits on the body's segment, not on the
earlier segment that carried the headers); a reader that labels the first segment differs there by
design.

\`<name>.summary.json\`: \`file_type\` and \`link_type\` (capinfos), \`frames\`, \`tcp_frames\`,
\`conversations\` (distinct tcp.stream), \`non_tcp\` (frames without TCP by their highest protocol,
e.g. arp), \`analysis_counts\` (frames per mark), \`tls_frames\`, \`http_requests\`,
\`http_responses\`, \`tshark\` (version), and for unreadable files \`tshark_error\` and
\`tshark_exit_status\`. The broken files have readings too: \`truncated\` the frames before the cut,
\`bad-magic\` and \`empty\` none.

## What could not be made as asked

- **netem**: this kernel has no \`sch_netem\` (nor the tc actions to drop at random), so the loss is
  an iptables rule. It sits on a router namespace's FORWARD chain, not on the sender's OUTPUT: since
  Linux 4.19 TCP always builds GSO super-packets, and OUTPUT sees them before they are cut into
  segments, so one drop there loses up to 64 KB (about 45 segments) at once. The 10 ms delay is replaced by the
  queueing delay of the 20 Mbit/s tbf bottleneck.
- **null with IPv6**: not made; BSDs disagree on AF_INET6 in that header (24 NetBSD/OpenBSD, 28
  FreeBSD, 30 macOS), \`pcap-tools.mjs\` would write 24.
- **Zero-window probes** show as keep_alive, not zero_window_probe (see zero-window above).
`;
writeFileSync(join(dir, 'README.md'), text);
