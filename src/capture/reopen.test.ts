// Re-opening exported traces of real traffic: a conversation rebuilt from what a TCP trace keeps
// is the analysed one (every fixture capture), each kind of trace comes back the same through a
// JSON file, edited derived data is told apart from damaged source data, and damaged files are
// refused with the field that is wrong.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCapture } from './read';
import { analyzeCapture } from './analyze';
import { toTcpTrace } from './toTcpTrace';
import { bulkSender, captureFlightTrace } from './flight';
import { analyzeHar } from './har';
import { harTrace } from './harTrace';
import { chromeHarText } from './testing/har';
import { conversationFrom, reopenTrafficTrace, trafficTraceView } from './reopen';
import type { Conversation } from './types';

const DIR = new URL('./fixtures/', import.meta.url);
/** Every conversation of every capture fixture that reads (by file name). */
const fixtures: [string, Conversation][] = readdirSync(DIR)
  .filter((n) => /\.pcap(ng)?$/.test(n) && n !== 'bad-magic.pcap' && n !== 'empty.pcapng')
  .flatMap((n) =>
    analyzeCapture(readCapture(new Uint8Array(readFileSync(new URL(n, DIR))))).conversations.map(
      (c): [string, Conversation] => [n, c],
    ),
  );
const conv = (name: string): Conversation => fixtures.find(([n]) => n === name)![1];
/** A trace as a file holds it: through JSON, like the export and the open. */
const asFile = <T>(trace: T): Record<string, unknown> => JSON.parse(JSON.stringify(trace));

describe('conversationFrom', () => {
  it('rebuilds every fixture conversation from what its TCP trace keeps', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    for (const [name, c] of fixtures) {
      const { capture, iss } = toTcpTrace(c, { fileName: name });
      const { conversation: id, ...kept } = capture!;
      expect(conversationFrom({ ...kept, id, isn: iss }), name).toEqual(c);
    }
  });
});

describe('trafficTraceView', () => {
  it('tells traces of real traffic from simulated ones', () => {
    const c = conv('http10-close.pcap');
    expect(trafficTraceView(asFile(toTcpTrace(c)))).toBe('tcp');
    expect(trafficTraceView(asFile(captureFlightTrace(c)))).toBe('congestion');
    expect(trafficTraceView(asFile(harTrace(analyzeHar(chromeHarText()))))).toBe('journey');
    expect(trafficTraceView({ version: 1, kind: 'tcp', scenario: {} })).toBeNull();
    expect(trafficTraceView({ version: 1, kind: 'congestion', model: 'rounds' })).toBeNull();
  });
});

describe('reopenTrafficTrace', () => {
  it('gives back a TCP trace’s conversation, and the same trace', () => {
    const c = conv('tls13.pcapng');
    const trace = toTcpTrace(c, { fileName: 'tls13.pcapng' });
    const r = reopenTrafficTrace(asFile(trace), 'tcp');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.reopened).toEqual({ view: 'tcp', conversation: c });
    expect(r.trace).toEqual(trace);
  });

  it('gives back a congestion trace’s conversation and the direction drawn', () => {
    const c = conv('bulk-loss.pcapng');
    const other = bulkSender(c) === 'client' ? 'server' : 'client';
    const trace = captureFlightTrace(c, other);
    const r = reopenTrafficTrace(asFile(trace), 'congestion');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.reopened).toEqual({ view: 'congestion', conversation: c, sender: other });
    expect(r.trace).toEqual(trace);
  });

  it('gives back a HAR trace’s requests, and the same waterfall', () => {
    const har = analyzeHar(chromeHarText());
    const trace = harTrace(har);
    const r = reopenTrafficTrace(asFile(trace), 'journey');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.reopened).toEqual({ view: 'journey', har });
    expect(r.trace).toEqual(trace);
  });

  it('rebuilds derived data from the source data: an edit there does not carry over', () => {
    const c = conv('http10-close.pcap');
    const file = asFile(toTcpTrace(c));
    const capture = file.capture as { finalStates: unknown; drawDelayMs: number };
    capture.finalStates = { client: 'LISTEN', server: 'LISTEN' };
    capture.drawDelayMs = 999;
    const r = reopenTrafficTrace(file, 'tcp');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.trace).toEqual(toTcpTrace(c));
  });

  it('refuses damaged source data, naming the field', () => {
    const errorsOf = (file: unknown, view: 'tcp' | 'congestion' | 'journey') => {
      const r = reopenTrafficTrace(file, view);
      if (r.ok) throw new Error('expected a refusal');
      return r.errors.join('\n');
    };
    const tcp = () => asFile(toTcpTrace(conv('http10-close.pcap')));
    const segs = (f: Record<string, unknown>) =>
      (f.capture as { segments: Record<string, unknown>[] }).segments;

    const badFlag = tcp();
    segs(badFlag)[2]!.flags = ['SYN', 'BOOM'];
    expect(errorsOf(badFlag, 'tcp')).toMatch(/^capture\.segments\[2\]\.flags\[1\]: /);

    const noSegments = tcp();
    (noSegments.capture as { segments: unknown[] }).segments = [];
    expect(errorsOf(noSegments, 'tcp')).toMatch(/^capture\.segments: /);

    const backwards = tcp();
    segs(backwards)[3]!.frame = 1;
    expect(errorsOf(backwards, 'tcp')).toContain('frames must increase');

    const hostile = tcp();
    (hostile.capture as { client: { ip: string } }).client.ip = '<img src=x>'.repeat(1000);
    expect(errorsOf(hostile, 'tcp')).toMatch(/^capture\.client\.ip: /);

    const badIss = tcp();
    badIss.iss = { client: -1, server: 2 ** 32 };
    expect(errorsOf(badIss, 'tcp')).toMatch(/^iss\.client: .*\niss\.server: /);

    const cc = asFile(captureFlightTrace(conv('bulk-loss.pcapng')));
    cc.sender = 'both';
    expect(errorsOf(cc, 'congestion')).toMatch(/^sender: /);
    delete (cc as { conversation?: unknown }).conversation;
    expect(errorsOf(cc, 'congestion')).toMatch(/^conversation: /m);

    const har = asFile(harTrace(analyzeHar(chromeHarText())));
    const requests = har.requests as { har: { id: string; timings: { dns: number } } }[];
    requests[1]!.har.timings.dns = -5;
    expect(errorsOf(har, 'journey')).toMatch(/^requests\[1\]\.har\.timings\.dns: /);
    requests[1]!.har.timings.dns = 5;
    [requests[0]!.har.id, requests[1]!.har.id] = [requests[1]!.har.id, requests[0]!.har.id];
    expect(errorsOf(har, 'journey')).toContain('numbered req-1, req-2');
  });
});
