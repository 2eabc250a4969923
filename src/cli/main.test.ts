// The `wirewalk` command as users run it: a real `node bin/wirewalk.mjs` process, files and
// stdin, exit codes, error lines naming the field, and a large trace through a pipe (64 KiB gotcha).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TcpTrace } from '../engine/trace';
import type { JourneyTrace } from '../engine/journey/trace';
import { bulkScenario } from '../../bench/scenarios';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/wirewalk.mjs');
const BUILTIN = join(ROOT, 'src/scenarios/builtin');
const tmp = mkdtempSync(join(tmpdir(), 'wirewalk-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI; stdout and stderr are pipes, as in `wirewalk sim x.json | jq`. */
function wirewalk(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 60_000,
  });
}

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const TIMEOUT = 30_000;

describe('wirewalk sim', () => {
  it(
    'prints the trace of a built-in scenario file with its summary',
    () => {
      const r = wirewalk(['sim', join(BUILTIN, 'normal.json')]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const trace = JSON.parse(r.stdout) as TcpTrace;
      expect(trace.version).toBe(1);
      expect(trace.kind).toBe('tcp');
      expect(trace.truncated).toBe(false);
      const { summary } = trace;
      // Relative numbers, flags sorted: the three-way handshake opens the trace.
      expect(summary.segments.slice(0, 3)).toEqual([
        { t: 0, from: 'client', flags: ['SYN'], seq: 0, ack: 0, len: 0, dropped: false },
        { t: 50, from: 'server', flags: ['ACK', 'SYN'], seq: 0, ack: 1, len: 0, dropped: false },
        { t: 100, from: 'client', flags: ['ACK'], seq: 1, ack: 1, len: 0, dropped: false },
      ]);
      expect(summary.finalStates).toEqual({ client: 'CLOSED', server: 'CLOSED' });
      expect(summary.outcomes).toEqual({ client: 'closed', server: 'closed' });
      expect(summary.bytesDelivered).toEqual({ client: 500, server: 100 });
      expect(summary.stateChanges).toContainEqual(
        expect.objectContaining({ endpoint: 'client', from: 'FIN-WAIT-2', to: 'TIME-WAIT' }),
      );
    },
    TIMEOUT,
  );

  it(
    'reads the scenario from standard input with "-"',
    () => {
      const text = JSON.stringify({
        kind: 'tcp',
        client: { isn: 0, open: { at: 0 } },
        server: { isn: 0, listen: true },
        faults: [{ drop: { from: 'client', flags: ['SYN'] } }],
      });
      const r = wirewalk(['sim', '-'], text);
      expect(r.status).toBe(0);
      const { summary } = JSON.parse(r.stdout) as TcpTrace;
      expect(summary.segments[0]).toMatchObject({ t: 0, flags: ['SYN'], dropped: true });
      // The RTO (initial 1 s) re-sends the SYN with the same sequence number.
      expect(summary.segments[1]).toMatchObject({
        t: 1000,
        flags: ['SYN'],
        seq: 0,
        dropped: false,
      });
      expect(summary.finalStates).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    },
    TIMEOUT,
  );

  it(
    'rejects invalid JSON with exit code 1 and says so',
    () => {
      const r = wirewalk(['sim', file('broken.json', '{"kind": "tcp",')]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/invalid scenario .*broken\.json/);
      expect(r.stderr).toMatch(/not valid JSON/);
    },
    TIMEOUT,
  );

  it(
    'names the offending field of a schema error (file and stdin)',
    () => {
      const bad = {
        kind: 'tcp',
        rttMs: -5,
        client: { open: { at: 0 }, send: [{ at: 10, bytes: 0 }] },
        faults: [{ drop: { from: 'client', flags: ['URG'] } }],
      };
      const r = wirewalk(['sim', file('bad.json', JSON.stringify(bad))]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines).toContain('  - rttMs: must be > 0 ms');
      expect(lines).toContain('  - client.send[0].bytes: must be ≥ 1');
      expect(lines.some((l) => l.startsWith('  - faults[0]'))).toBe(true);

      const s = wirewalk(['sim', '-'], JSON.stringify({ kind: 'tcp', server: { listen: true } }));
      expect(s.status).toBe(1);
      expect(s.stderr).toMatch(/invalid scenario \(stdin\)/);
      expect(s.stderr).toMatch(/client\.open: at least one side must open actively/);
    },
    TIMEOUT,
  );

  it(
    'reports a missing file with exit code 1',
    () => {
      const missing = join(tmp, 'no-such-file.json');
      const r = wirewalk(['sim', missing]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`cannot read ${missing}: ENOENT`);
    },
    TIMEOUT,
  );

  it(
    'answers a wrong command line with usage and exit code 2',
    () => {
      const r = wirewalk(['simulate', 'x.json']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/unknown command "simulate"/);
      expect(r.stderr).toMatch(/Usage: wirewalk sim/);
      expect(wirewalk(['sim']).status).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'writes a large trace through a pipe completely (far beyond 64 KiB)',
    () => {
      const segments = 20_000;
      const r = wirewalk(['sim', '-'], JSON.stringify(bulkScenario(segments)));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(10 * 1024 * 1024);
      expect(r.stdout.endsWith('}\n')).toBe(true);
      const trace = JSON.parse(r.stdout) as TcpTrace;
      expect(trace.truncated).toBe(false);
      expect(trace.events.at(-1)?.id).toBe(`ev-${trace.events.length}`);
      expect(trace.summary.bytesDelivered.server).toBe(1460 * segments);
      expect(trace.summary.outcomes).toEqual({ client: 'closed', server: 'closed' });
    },
    TIMEOUT,
  );

  it(
    'runs a "congestion" scenario (rounds model) and prints summary.rounds',
    () => {
      const scenario = {
        kind: 'congestion',
        algorithm: 'reno',
        rounds: 8,
        initialSsthresh: 8,
        losses: [{ round: 5, type: 'tripleDupAck' }],
      };
      const r = wirewalk(['sim', '-'], JSON.stringify(scenario));
      expect(r.status).toBe(0);
      const rounds = (
        JSON.parse(r.stdout) as { summary: { rounds: { cwnd: number; phase: string }[] } }
      ).summary.rounds;
      expect(rounds.map((x) => x.cwnd)).toEqual([1, 2, 4, 8, 9, 7, 8, 9]);
      expect(rounds[5]!.phase).toBe('fastRecovery');
    },
    TIMEOUT,
  );

  it(
    'runs a "journey" file (npx wirewalk sim journey.json) and prints its summary',
    () => {
      const r = wirewalk(['sim', join(ROOT, 'src/scenarios/journey/journey-first-visit.json')]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const trace = JSON.parse(r.stdout) as JourneyTrace;
      expect(trace).toMatchObject({ version: 1, kind: 'journey' });
      const { summary } = trace;
      expect(summary.phases.map((p) => p.name)).toEqual([
        'cache',
        'dns',
        'arp',
        'arp',
        'tcp',
        'tls',
        'http',
        'render',
      ]);
      expect(summary.dns.queries.map((q) => q.server)).toEqual([
        'browser',
        'hosts',
        'os',
        'resolver',
        'root',
        'tld',
        'authoritative',
      ]);
      expect(summary.arp).toEqual({ targetIp: '192.168.1.1', viaGateway: true });
      expect(summary.tls).toMatchObject({ version: 'TLS 1.3', roundTrips: 1 });
      expect(summary.requests[0]).toMatchObject({ status: 200, timings: { 'DNS Lookup': 141 } });
      // Each connection carries the foundation's TCP trace.
      expect(trace.connections[0]!.tcp.kind).toBe('tcp');
    },
    TIMEOUT,
  );

  it(
    'names the fields of a bad journey (URL, mask, 304 without a stale cache)',
    () => {
      const bad = {
        kind: 'journey',
        url: 'ftp://example.com/',
        network: { mask: '255.0.255.0' },
        status: 304,
      };
      const r = wirewalk(['sim', '-'], JSON.stringify(bad));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines).toContain(
        '  - url: the scheme "ftp:" is not supported: use http or https [unsupportedScheme]',
      );
      expect(lines.some((l) => l.startsWith('  - network.mask: must be a contiguous mask'))).toBe(
        true,
      );
      expect(lines.some((l) => l.startsWith('  - status: 304 Not Modified'))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'names an unknown kind and a bad congestion field',
    () => {
      const unknown = wirewalk(['sim', '-'], '{"kind": "udp"}');
      expect(unknown.status).not.toBe(0);
      expect(unknown.stderr).toContain('kind: must be one of "tcp", "congestion"');
      const bad = wirewalk(['sim', '-'], '{"kind": "congestion", "algorithm": "vegas"}');
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toContain('algorithm: must be one of "tahoe", "reno", "newreno", "cubic"');
    },
    TIMEOUT,
  );
});

describe('wirewalk analyze', () => {
  const FIXTURES = join(ROOT, 'src/capture/fixtures');
  it(
    'prints the TCP conversations of a capture, with relative numbers and the HTTP lines',
    () => {
      const r = wirewalk(['analyze', join(FIXTURES, 'http10-close.pcap')]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as import('../capture/types').CaptureAnalysis;
      expect(out.kind).toBe('capture');
      expect(out.file.format).toBe('pcap');
      expect(out.conversations).toHaveLength(1);
      const [conv] = out.conversations;
      expect(conv!.server.port).toBe(80);
      expect(
        conv!.segments.slice(0, 3).map((s) => [s.from, s.flags.join(','), s.seq, s.ack]),
      ).toEqual([
        ['client', 'SYN', 0, 0],
        ['server', 'ACK,SYN', 0, 1],
        ['client', 'ACK', 1, 1],
      ]);
      expect(conv!.segments.find((s) => s.http)?.http?.line).toBe('GET /hello.txt HTTP/1.0');
      // HTTP/1.0: the server closes first, so it is the one left in TIME-WAIT.
      expect(conv!.finalStates).toEqual({ client: 'CLOSED', server: 'TIME-WAIT' });
      expect(Object.keys(conv!.counts)).toContain('dupAcks');
    },
    TIMEOUT,
  );

  it(
    'prints the requests of a HAR file with their waterfall timings',
    () => {
      const har = {
        log: {
          version: '1.2',
          creator: { name: 'test', version: '1' },
          entries: [
            {
              startedDateTime: '2026-11-22T00:00:00.000Z',
              time: 50,
              request: {
                method: 'GET',
                url: 'http://a.test/',
                httpVersion: 'HTTP/1.1',
                headers: [],
              },
              response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [] },
              timings: { blocked: 1, dns: 5, connect: 10, ssl: -1, send: 1, wait: 30, receive: 3 },
              connection: '7',
            },
          ],
        },
      };
      const r = wirewalk(['analyze', file('page.har', JSON.stringify(har))]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as import('../capture/har').HarAnalysis;
      expect(out.kind).toBe('har');
      expect(out.requests).toHaveLength(1);
      expect(out.requests[0]!.timings.dns).toBe(5);
      expect(out.requests[0]!.timings.wait).toBe(30);
      expect(out.requests[0]!.connection).toBe('7');
    },
    TIMEOUT,
  );

  it(
    'prints the same JSON for a gzip-compressed file as for the file itself, one member or several',
    () => {
      const plainOut = new Map<string, string>();
      // The same JSON, but a capture's `file` also says how large the compressed file is.
      const same = (compressed: string, plain: string) => {
        const r = wirewalk(['analyze', compressed]);
        expect([r.status, r.stderr]).toEqual([0, '']);
        if (!plainOut.has(plain)) plainOut.set(plain, wirewalk(['analyze', plain]).stdout);
        const expected = JSON.parse(plainOut.get(plain)!) as { file?: Record<string, unknown> };
        if (expected.file) expected.file.compressedBytes = statSync(compressed).size;
        expect(JSON.parse(r.stdout)).toEqual(expected);
      };
      for (const name of ['http10-close.pcap', 'http11-keepalive.pcapng'])
        same(join(FIXTURES, `${name}.gz`), join(FIXTURES, name));
      // `cat a.gz b.gz`: two members, named .gz only.
      const capture = readFileSync(join(FIXTURES, 'http11-keepalive.pcapng'));
      const members = join(tmp, 'two-members.gz');
      writeFileSync(
        members,
        Buffer.concat([gzipSync(capture.subarray(0, 999)), gzipSync(capture.subarray(999))]),
      );
      same(members, join(FIXTURES, 'http11-keepalive.pcapng'));
      const har = join(tmp, 'page.har.gz');
      writeFileSync(har, gzipSync(readFileSync(join(FIXTURES, 'page.har'))));
      same(har, join(FIXTURES, 'page.har'));
    },
    2 * TIMEOUT, // seven runs of the CLI
  );

  it(
    'says a gzip file is damaged or cut short, and what a decompressed file is not',
    () => {
      const r1 = wirewalk(['analyze', join(FIXTURES, 'http11-keepalive-cut.pcapng.gz')]);
      expect([r1.status, r1.stdout]).toEqual([1, '']);
      expect(r1.stderr).toMatch(
        /^wirewalk: .*http11-keepalive-cut\.pcapng\.gz: the gzip data is damaged or cut short \(unexpected end of file\)\n$/,
      );
      const notes = join(tmp, 'notes.txt.gz');
      writeFileSync(notes, gzipSync('hello'));
      const r2 = wirewalk(['analyze', notes]);
      expect([r2.status, r2.stderr]).toEqual([
        1,
        `wirewalk: ${notes}: it is not a pcap, pcapng or HAR file\n`,
      ]);
    },
    TIMEOUT,
  );

  it(
    'says what is wrong with a broken or foreign file, on stderr, with a non-zero exit',
    () => {
      const cut = readFileSync(join(FIXTURES, 'http10-close.pcap')).subarray(0, 30);
      const broken = join(tmp, 'cut.pcap');
      writeFileSync(broken, cut);
      const r1 = wirewalk(['analyze', broken]);
      expect(r1.status).toBe(1);
      expect(r1.stdout).toBe('');
      expect(r1.stderr).toMatch(/^wirewalk: .*cut\.pcap: /);
      const r2 = wirewalk(['analyze', file('notes.txt', 'hello')]);
      expect(r2.status).toBe(1);
      expect(r2.stderr).toContain('not a pcap, pcapng or HAR file');
      const r3 = wirewalk(['analyze', file('x.json', '{"kind":"tcp"}')]);
      expect(r3.stderr).toContain('not a HAR file');
      const r4 = wirewalk(['analyze']);
      expect(r4.status).toBe(2);
      expect(r4.stderr).toContain('expected one capture or HAR file');
      const r5 = wirewalk(['analyze', join(tmp, 'missing.pcap')]);
      expect([r5.status, r5.stderr]).toEqual([1, expect.stringContaining('ENOENT')]);
    },
    TIMEOUT,
  );
});
