// Runs a "journey" scenario into its trace: the typed URL and each redirect hop (navigate.ts),
// every connection's TCP run turned into message steps, the waterfall of every request, and the
// summary the CLI prints. Pure and deterministic: the same scenario gives the same trace.
import { parseJourneyUrl, type JourneyUrl } from '../../scenarios/journeyUrl';
import { redirectChain, type JourneyScenario } from '../../scenarios/journeySchema';
import { createRng } from '../rng';
import { TRACE_VERSION } from '../trace';
import { traceOf } from './connection';
import type { Ctx, RequestTimes } from './context';
import { authoritativeServers, ROOT, tldServers, TTL, zonesOf } from './dns';
import { navigate } from './navigate';
import { netPlan, nextHop, topology } from './net';
import { emitConnection } from './emit';
import { finalize, newRecorder } from './recorder';
import {
  JOURNEY_PHASES,
  type JourneyConnection,
  type JourneyRequest,
  type JourneySummary,
  type JourneyTrace,
  type WaterfallTimings,
} from './trace';

/** Rounds away floating-point noise (1 ns): 80.03200000000001 → 80.032. */
export const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The durations of the waterfall phases; consecutive, they add up to end − start. */
export function timingsOf(t: RequestTimes, fromCache: boolean): WaterfallTimings {
  const zero: WaterfallTimings = {
    Queueing: 0,
    Stalled: 0,
    'DNS Lookup': 0,
    'Initial connection': 0,
    SSL: 0,
    'Request sent': 0,
    'Waiting (TTFB)': 0,
    'Content Download': 0,
  };
  if (fromCache) return { ...zero, Queueing: r6(t.end - t.start) };
  const ready = t.secureAt ?? t.establishedAt ?? t.dnsEnd;
  return {
    Queueing: r6(t.queuedUntil - t.start),
    Stalled: 0,
    'DNS Lookup': r6(t.dnsEnd - t.queuedUntil),
    'Initial connection': t.establishedAt === null ? 0 : r6(t.establishedAt - t.dnsEnd),
    SSL: t.secureAt === null || t.establishedAt === null ? 0 : r6(t.secureAt - t.establishedAt),
    'Request sent': r6(t.lastRequestSentAt - ready),
    'Waiting (TTFB)': r6(t.firstByteAt - t.lastRequestSentAt),
    'Content Download': r6(t.end - t.firstByteAt),
  };
}

/** Simulates a validated journey scenario. */
export function simulateJourney(sc: JourneyScenario): JourneyTrace {
  const parsed = parseJourneyUrl(sc.url);
  if (!parsed.ok) throw new Error(`journey: invalid url: ${parsed.error.message}`);
  const first = parsed.url;
  const serverIp = first.hostType === 'ipv4' ? first.host : sc.network.serverIp;
  const net = netPlan(sc, serverIp);
  const rng = createRng(sc.seed);
  const ctx: Ctx = {
    sc,
    net,
    rng,
    rec: newRecorder(),
    browserDns: new Map(),
    osDns: new Map(),
    hostsFile: new Map(),
    resolverA: new Map(),
    resolverZones: new Set(),
    arpCache: new Set(),
    arpRequests: [],
    dnsQueries: [],
    conns: [],
    requests: [],
    hops: [],
    nextClientPort: 49152 + (rng.nextU32() % 10000),
  };
  // Where the answer already is (the `dns` setting); a resolver that answers from its cache has
  // also cached the delegations on the way to it.
  const zones = first.hostType === 'domain' ? zonesOf(first.host) : null;
  if (zones) {
    if (sc.dns === 'browser') ctx.browserDns.set(first.host, TTL.browserLeft);
    if (sc.dns === 'os') ctx.osDns.set(first.host, TTL.osLeft);
    if (sc.dns === 'hosts') ctx.hostsFile.set(first.host, serverIp);
    if (sc.dns === 'resolver') ctx.resolverA.set(first.host, TTL.resolverLeft);
    if (sc.dns !== 'iterative') {
      ctx.resolverZones.add(`${zones.tld}.`);
      ctx.resolverZones.add(`${zones.domain}.`);
    }
  }
  if (sc.arp === 'hit') {
    ctx.arpCache.add(net.gateway);
    if (net.serverOnLan) ctx.arpCache.add(net.serverIp);
    if (net.resolverOnLan) ctx.arpCache.add(net.resolverIp);
  }

  // A fresh cache hit serves the stored page: the server is not asked, so no redirect either.
  const redirect = (sc.status === 301 || sc.status === 302) && sc.cache !== 'fresh';
  const chain: JourneyUrl[] = [first];
  if (redirect)
    for (const u of redirectChain(first, sc.redirectTo)) {
      const r = parseJourneyUrl(u);
      if (!r.ok) throw new Error(`journey: invalid redirectTo: ${r.error.message}`);
      chain.push(r.url);
    }
  let t = 0;
  chain.forEach((url, i) => {
    const last = i === chain.length - 1;
    t = navigate(ctx, {
      index: i + 1,
      url,
      start: t,
      status: last && redirect ? 200 : sc.status,
      cache: i === 0 ? sc.cache : 'miss',
      location: last ? null : chain[i + 1]!.href,
      redirectedFrom: i === 0 ? null : chain[i - 1]!.href,
      redirectStatus: i === 0 ? null : sc.status,
    });
  });
  for (const c of ctx.conns) emitConnection(ctx, c);
  const events = finalize(ctx.rec);

  const requests: JourneyRequest[] = ctx.requests.map((q) => ({
    id: q.id,
    journey: q.journey,
    url: q.url,
    type: q.type,
    method: 'GET',
    conditional: q.conditional,
    fromCache: q.fromCache,
    status: q.status,
    conn: q.conn,
    start: r6(q.times.start),
    end: r6(q.times.end),
    timings: timingsOf(q.times, q.fromCache),
  }));
  const connections: JourneyConnection[] = ctx.conns.map((c) => ({
    id: c.id,
    journey: c.journey,
    host: c.url.host,
    serverIp,
    clientPort: c.clientPort,
    serverPort: c.url.port,
    https: c.https,
    tls: c.tls
      ? { version: c.tls.version, keyExchange: c.tls.keyExchange, cipherSuite: c.tls.cipherSuite }
      : null,
    http: `HTTP/${c.http}`,
    openedAt: c.openedAt,
    establishedAt: c.establishedAt,
    secureAt: c.secureAt,
    closedAt: c.closedAt,
    kept: !c.closing,
    requestIds: c.requestIds,
    tcp: traceOf(c.run),
  }));

  const webHop = nextHop(net, serverIp).ip;
  const arp = ctx.arpRequests.find((a) => a.targetIp === webHop) ?? null;
  const tlsConn = ctx.conns.find((c) => c.tls !== null);
  const order = (p: string) => JOURNEY_PHASES.indexOf(p as (typeof JOURNEY_PHASES)[number]);
  const summary: JourneySummary = {
    phases: ctx.hops
      .flatMap((h) => h.phases)
      .map((p) => ({ name: p.name, start: r6(p.start), end: r6(p.end) }))
      .sort((a, b) => a.start - b.start || order(a.name) - order(b.name)),
    requests: requests.map((q) => ({
      url: q.url,
      status: q.status,
      fromCache: q.fromCache,
      start: q.start,
      timings: q.timings,
    })),
    dns: { queries: ctx.dnsQueries },
    arp: arp ? { targetIp: arp.targetIp, viaGateway: arp.viaGateway } : null,
    tls: tlsConn
      ? {
          version: tlsConn.tls!.version,
          roundTrips: tlsConn.tls!.roundTrips,
          messages: tlsConn.tls!.flights.flatMap((f) =>
            f.messages.map((m) => ({ from: m.sender, type: m.type })),
          ),
        }
      : null,
  };
  let endMs = 0;
  for (const e of events) {
    const last =
      'arriveAt' in e ? e.arriveAt : 'end' in e && typeof e.end === 'number' ? e.end : e.t;
    if (last > endMs) endMs = last;
  }
  const tld = zones ? tldServers(zones.tld) : null;
  const auth = zones ? authoritativeServers(zones.domain) : null;
  return {
    version: TRACE_VERSION,
    kind: 'journey',
    scenario: sc,
    steps: events.length ? events[events.length - 1]!.step : 0,
    endMs: r6(endMs),
    topology: topology(
      net,
      {
        server: first.hostType === 'domain' ? first.host : null,
        root: ROOT.names[0]!,
        tld: tld?.names[0] ?? null,
        authoritative: auth?.names[0] ?? null,
      },
      { root: ROOT.ips[0]!, tld: tld?.ips[0] ?? null, authoritative: auth?.ips[0] ?? null },
    ),
    journeys: ctx.hops.map((h) => ({
      ...h,
      start: r6(h.start),
      end: r6(h.end),
      phases: h.phases.map((p) => ({ ...p, start: r6(p.start), end: r6(p.end) })),
    })),
    connections,
    requests,
    events,
    summary,
  };
}
