// The built-in journeys run, and their explanations (both languages) quote numbers these runs
// really produce: each number below is read from the trace, then looked for in the text.
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_JOURNEY_SCENARIOS,
  DEFAULT_JOURNEY_SCENARIO_ID,
  getJourneyBuiltin,
} from '../../scenarios/journeyBuiltins';
import { simulateJourney } from './simulate';
import { eventsOf } from './testing';
import type { JourneyTrace } from './trace';

const run = (id: string) => {
  const b = getJourneyBuiltin(id);
  if (!b) throw new Error(id);
  return { b, t: simulateJourney(b.scenario) };
};
const ms = (x: number) => `${Math.round(x)} ms`;
const lastPaint = (t: JourneyTrace) => Math.max(...eventsOf(t, 'render.stage').map((s) => s.end));

/** Every fragment must appear in the English text; numbers (digits) in the Chinese one too. */
function quotes(id: string, fragments: string[]) {
  const { b } = run(id);
  for (const f of fragments) {
    expect(b.explanation.en, `${id} (en)`).toContain(f);
    const number = f.match(/\d[\d.,]*(?: ms| s)?(?![a-z])/)?.[0];
    if (number) expect(b.explanation['zh-CN'], `${id} (zh-CN)`).toContain(number);
  }
}

describe('built-in journeys', () => {
  it('all run, with ids, and the default exists', () => {
    expect(getJourneyBuiltin(DEFAULT_JOURNEY_SCENARIO_ID)).toBeDefined();
    expect(BUILTIN_JOURNEY_SCENARIOS.map((b) => b.id)).toEqual([
      'journey-first-visit',
      'journey-tls12-rsa',
      'journey-tls12-ecdhe',
      'journey-cache-fresh',
      'journey-cache-stale-304',
      'journey-http10-close',
      'journey-redirect-301',
      'journey-subresources',
      'journey-same-subnet',
    ]);
    for (const b of BUILTIN_JOURNEY_SCENARIOS) {
      const t = simulateJourney(b.scenario);
      expect(t.steps, b.id).toBeGreaterThan(5);
      expect(b.title.en && b.title['zh-CN'] && b.explanation['zh-CN']).toBeTruthy();
    }
  });

  it('first visit: DNS 141 ms, SYN at 142 ms, TCP 80 ms, SSL 83 ms, TTFB 100 ms, painted at 429 ms', () => {
    const { t } = run('journey-first-visit');
    const [doc] = t.requests;
    const syn = eventsOf(t, 'tcp.segment')[0]!;
    expect(eventsOf(t, 'arp.message')[0]!.targetIp).toBe('192.168.1.1');
    expect(t.summary.dns.queries.map((q) => q.server)).toContain('authoritative');
    quotes('journey-first-visit', [
      ms(doc!.timings['DNS Lookup']),
      ms(syn.t),
      `(${ms(doc!.timings['Initial connection'])})`,
      `SSL ${ms(doc!.timings.SSL)}`,
      ms(doc!.timings['Waiting (TTFB)']),
      ms(lastPaint(t)),
      '203.0.113.53 AND 255.255.255.0 = 203.0.113.0',
    ]);
  });

  it('TLS 1.2 RSA and ECDHE: two round trips, SSL 165 ms against 83 ms for TLS 1.3', () => {
    const rsa = run('journey-tls12-rsa');
    const ecdhe = run('journey-tls12-ecdhe');
    const tls13 = simulateJourney({ ...rsa.b.scenario, tls: '1.3' });
    for (const { t } of [rsa, ecdhe]) expect(t.summary.tls!.roundTrips).toBe(2);
    expect(rsa.t.requests[0]!.timings.SSL).toBe(ecdhe.t.requests[0]!.timings.SSL);
    for (const id of ['journey-tls12-rsa', 'journey-tls12-ecdhe'])
      quotes(id, [
        `SSL takes ${ms(rsa.t.requests[0]!.timings.SSL)}`,
        ms(tls13.requests[0]!.timings.SSL),
        ms(lastPaint(rsa.t)),
      ]);
    expect(rsa.t.summary.tls!.messages.map((m) => m.type)).not.toContain('ServerKeyExchange');
    expect(ecdhe.t.summary.tls!.messages.map((m) => m.type)).toContain('ServerKeyExchange');
  });

  it('fresh cache: no packet, 3 sub-resources, stored 120 s ago with max-age=600, painted at 25 ms', () => {
    const { t } = run('journey-cache-fresh');
    expect(t.connections).toEqual([]);
    const [lookup] = eventsOf(t, 'cache.lookup');
    quotes('journey-cache-fresh', [
      `${t.requests.length - 1} sub-resources`,
      `${lookup!.entry!.ageS} s`,
      `max-age=${lookup!.entry!.maxAgeS}`,
      ms(lastPaint(t)),
    ]);
  });

  it('stale → 304: 900 s old, max-age=600, painted at 288 ms', () => {
    const { t } = run('journey-cache-stale-304');
    const [lookup] = eventsOf(t, 'cache.lookup');
    expect(eventsOf(t, 'http.response')[0]!.status).toBe(304);
    quotes('journey-cache-stale-304', [
      `${lookup!.entry!.ageS} s`,
      `max-age=${lookup!.entry!.maxAgeS}`,
      `DNS Lookup ${ms(t.requests[0]!.timings['DNS Lookup'])}`,
      ms(lastPaint(t)),
    ]);
  });

  it('HTTP/1.0: server FIN at 142 ms, browser closes at 183 ms, last ACK at 263 ms', () => {
    const { t } = run('journey-http10-close');
    const seg = eventsOf(t, 'tcp.segment');
    const serverFin = seg.find((s) => s.role === 'fin' && s.from === 'server')!;
    const clientFin = seg.find((s) => s.role === 'fin' && s.from === 'browser')!;
    const lastAck = seg.at(-1)!;
    expect(lastAck.role).toBe('finAck');
    quotes('journey-http10-close', [ms(serverFin.t), ms(clientFin.t), ms(lastAck.arriveAt)]);
  });

  it('301: DNS 21 ms, the second navigation at 203 ms, painted at 491 ms', () => {
    const { t } = run('journey-redirect-301');
    quotes('journey-redirect-301', [
      `DNS Lookup ${ms(t.requests[0]!.timings['DNS Lookup'])}`,
      `at ${ms(t.journeys[1]!.start)}`,
      ms(lastPaint(t)),
    ]);
  });

  it('10 sub-resources: 6 connections, 4 queued up to 344 ms, last paint at 713 ms', () => {
    const { t } = run('journey-subresources');
    const [found] = eventsOf(t, 'resources.discovered');
    const types = found!.resources.map((r) => r.type);
    const count = (k: string) => types.filter((x) => x === k).length;
    quotes('journey-subresources', [
      `${found!.resources.length} sub-resources: ${count('css')} stylesheets, ${count('js')} scripts and ${count('img')} images`,
      `at most ${found!.maxConnectionsPerHost} connections`,
      `${t.connections.length - 1} new connections`,
      `other ${found!.queued.length} requests`,
      `up to ${ms(Math.max(...t.requests.map((r) => r.timings.Queueing)))}`,
      ms(lastPaint(t)),
    ]);
  });

  it('same subnet: ARP for the server 192.168.1.20, painted at 37 ms', () => {
    const { t } = run('journey-same-subnet');
    expect(t.summary.arp).toEqual({ targetIp: '192.168.1.20', viaGateway: false });
    expect(eventsOf(t, 'dns.message')).toEqual([]);
    quotes('journey-same-subnet', [
      '192.168.1.20 AND 255.255.255.0 = 192.168.1.0',
      ms(lastPaint(t)),
    ]);
  });
});
