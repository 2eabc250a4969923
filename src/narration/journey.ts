// Step narration of the URL journey ("type a URL → page rendered"): what the step's message,
// lookup or stage is, and why, with the trace's real names and numbers. Pure: trace + step +
// translate function in, strings out. Step 0 sets the scene; each later step says first which
// phase begins (its `phase.entered` attendants), then its focus event, then the other attendants.
import type {
  JourneyEvent,
  JourneyEventOf,
  JourneyPhase,
  JourneyTrace,
} from '../engine/journey/trace';
import type { Translate } from '../i18n/i18n';
import { isHarTrace, type JourneyViewTrace } from '../capture/harTraceTypes';
import { fileOf, list, ms, tlsSettingName } from './journeyFormat';
import {
  narrateEnded,
  narrateKept,
  narrateRender,
  narrateRequest,
  narrateResources,
  narrateResponse,
} from './journeyHttp';
import { eventsAt, indexJourney } from './journeyIndex';
import { narrateNet } from './journeyNet';
import { narrateTcp, narrateTls } from './journeyTransport';

/** The sentences for `step` of `trace` (step 0: the set-up; the last step adds a closing one). A
 * HAR file's trace has none here: its own narration (journeyHar.ts) loads with its layout. */
export function narrateJourney(trace: JourneyViewTrace, step: number, t: Translate): string[] {
  if (isHarTrace(trace)) return [];
  if (step <= 0) return intro(trace, t);
  const events = eventsAt(trace, step);
  const requests = indexJourney(trace).requests;
  const isSub = (e: JourneyEvent): e is JourneyEventOf<'cache.lookup'> =>
    e.kind === 'cache.lookup' && requests.get(e.requestId)?.type !== 'document';
  const phases = events.filter((e) => e.kind === 'phase.entered');
  const subs = events.slice(1).filter(isSub);
  const others = events.filter((e, i) => e.kind !== 'phase.entered' && !(i > 0 && isSub(e)));
  const out = [
    ...phases.flatMap((e) => phaseSentence(trace, e, t)),
    ...others.flatMap((e) => sentences(trace, e, t)),
    ...subResourceCache(subs, t),
  ];
  if (step === trace.steps) out.push(end(trace, t));
  return out;
}

/** The narration panel's heading: the navigation (after a redirect), the phase and the time. */
export function journeyHeading(trace: JourneyViewTrace, step: number, t: Translate): string {
  if (isHarTrace(trace)) return '';
  if (step <= 0) return t('jn.heading.start');
  const events = eventsAt(trace, step);
  const first = events[0];
  if (!first) return t('jn.heading.start');
  const phase = phaseOf(first);
  const p = {
    step,
    phase: t(`jn.phaseName.${phase ?? 'start'}`),
    time: ms(first.t, t),
    n: first.journey,
  };
  return t(first.journey > 1 ? 'jn.heading.hop' : 'jn.heading', p);
}

/** The phase an event belongs to, for the heading (the page and the connection run in parallel
 * after the response, so the last phase entered is not always the step's); null: the start. */
export function phaseOf(e: JourneyEvent): JourneyPhase | null {
  switch (e.kind) {
    case 'navigation.started':
      return null;
    case 'phase.entered':
      return e.phase;
    case 'cache.lookup':
      return 'cache';
    case 'dns.lookup':
    case 'dns.message':
      return 'dns';
    case 'arp.lookup':
    case 'arp.message':
      return 'arp';
    case 'tcp.segment':
      return e.role === 'syn' || e.role === 'synAck' || e.role === 'handshakeAck' ? 'tcp' : 'close';
    case 'tls.message':
      return e.type === 'Alert' ? 'close' : 'tls';
    case 'http.request':
    case 'http.response':
    case 'connection.kept':
      return 'http';
    case 'resources.discovered':
    case 'render.stage':
      return 'render';
    case 'navigation.ended':
      return e.outcome === 'rendered' ? 'render' : 'http';
  }
}

function intro(trace: JourneyTrace, t: Translate): string[] {
  const sc = trace.scenario;
  const url = trace.journeys[0]?.url;
  const host = url?.hostUnicode ?? '';
  const n = sc.network;
  const prefix = trace.topology.subnet.prefix;
  const out = [t('jn.intro.typed', { input: url?.input ?? sc.url })];
  out.push(
    t(`jn.intro.cache.${sc.cache}`, {
      validator: sc.validator === 'etag' ? 'ETag' : 'Last-Modified',
    }),
  );
  if (sc.cache === 'fresh') {
    out.push(t('jn.intro.freshSkips'));
    if (sc.resources > 0) out.push(t('jn.intro.resources', { count: sc.resources }));
    out.push(t('jn.intro.start'));
    return out;
  }
  if (url?.hostType !== 'ipv4') out.push(t(`jn.intro.dns.${sc.dns}`, { host }));
  out.push(t(`jn.intro.arp.${sc.arp}`));
  out.push(
    t('jn.intro.net', {
      client: n.clientIp,
      prefix,
      gateway: n.gateway,
      resolver: n.resolverIp,
      server: trace.connections[0]?.serverIp ?? n.serverIp,
    }),
  );
  const http = sc.http === '1.0' ? 'HTTP/1.0' : 'HTTP/1.1';
  out.push(
    url?.scheme === 'http'
      ? t('jn.intro.plain', { http, status: sc.status })
      : t('jn.intro.tls', { http, tls: tlsSettingName(sc.tls, t), status: sc.status }),
  );
  if (sc.resources > 0) out.push(t('jn.intro.resources', { count: sc.resources }));
  out.push(t('jn.intro.start'));
  return out;
}

/** Why a phase begins. `dns.arp` (ARP for the DNS query) gets its own sentence. */
function phaseSentence(
  trace: JourneyTrace,
  e: JourneyEventOf<'phase.entered'>,
  t: Translate,
): string[] {
  const hop = trace.journeys[e.journey - 1];
  const conn = trace.connections.find((c) => c.journey === e.journey);
  const p = {
    host: hop?.url.hostUnicode ?? '',
    ip: conn?.serverIp ?? trace.scenario.network.serverIp,
    port: hop?.url.port ?? 443,
    version: conn?.tls?.version ?? '',
  };
  if (e.state === 'dns.arp') return [t('jn.phase.dnsArp', p)];
  if (indexJourney(trace).reentered.has(e.id))
    return e.phase === 'dns' ? [t('jn.phase.dnsResume', p)] : [];
  return [t(`jn.phase.${e.phase}`, p)];
}

function sentences(trace: JourneyTrace, e: JourneyEvent, t: Translate): string[] {
  switch (e.kind) {
    case 'navigation.started':
    case 'cache.lookup':
    case 'dns.lookup':
    case 'dns.message':
    case 'arp.lookup':
    case 'arp.message':
      return narrateNet(trace, e, t);
    case 'phase.entered':
      return phaseSentence(trace, e, t);
    case 'tcp.segment':
      return narrateTcp(trace, e, t);
    case 'tls.message':
      return narrateTls(trace, e, t);
    case 'http.request':
      return narrateRequest(e, t);
    case 'http.response':
      return narrateResponse(trace, e, t);
    case 'resources.discovered':
      return narrateResources(e, t);
    case 'render.stage':
      return narrateRender(trace, e, t);
    case 'connection.kept':
      return [narrateKept(trace, e, t)];
    case 'navigation.ended':
      return [narrateEnded(trace, e, t)];
  }
}

/** The sub-resources' cache lookups of a step, one sentence per result. */
function subResourceCache(events: JourneyEventOf<'cache.lookup'>[], t: Translate): string[] {
  return (['fresh', 'stale', 'miss'] as const).flatMap((result) => {
    const files = events.filter((e) => e.result === result).map((e) => fileOf(e.url));
    return files.length
      ? [t(`jn.cache.sub.${result}`, { count: files.length, list: list(files, t) })]
      : [];
  });
}

function end(trace: JourneyTrace, t: Translate): string {
  return t('jn.end', {
    time: ms(trace.endMs, t),
    requests: trace.requests.length,
    connections: trace.connections.length,
  });
}
