// Journey narration before the connection: the typed URL, the HTTP cache, DNS and ARP — what
// happens and why, with the trace's names, addresses and TTLs.
import type { JourneyEventKind, JourneyEventOf, JourneyTrace } from '../engine/journey/trace';
import type { Translate } from '../i18n/i18n';
import { dnsId, dnsName, nodeName, zoneName } from './journeyFormat';

type Ev<K extends JourneyEventKind> = JourneyEventOf<K>;

/** The sentences of a navigation, cache, DNS or ARP event. */
export function narrateNet(
  trace: JourneyTrace,
  e: JourneyEventOf<
    | 'navigation.started'
    | 'cache.lookup'
    | 'dns.lookup'
    | 'dns.message'
    | 'arp.lookup'
    | 'arp.message'
  >,
  t: Translate,
): string[] {
  switch (e.kind) {
    case 'navigation.started':
      return navigation(e, t);
    case 'cache.lookup':
      return cacheLookup(trace, e, t);
    case 'dns.lookup':
      return [dnsLookup(trace, e, t)];
    case 'dns.message':
      return dnsMessage(e, t);
    case 'arp.lookup':
      return arpLookup(e, t);
    case 'arp.message':
      return [arpMessage(e, t)];
  }
}

function navigation(e: Ev<'navigation.started'>, t: Translate): string[] {
  const u = e.url;
  const out: string[] = [];
  if (e.redirectedFrom !== null) {
    out.push(
      t('jn.nav.redirect', {
        status: e.redirectStatus ?? 302,
        from: e.redirectedFrom,
        url: u.href,
        n: e.journey,
      }),
    );
    out.push(t(e.redirectStatus === 301 ? 'jn.nav.redirect301' : 'jn.nav.redirect302'));
  } else {
    out.push(t('jn.nav.typed', { input: u.input }));
    if (u.schemeAdded) out.push(t('jn.nav.schemeAdded'));
  }
  out.push(
    t('jn.nav.parse', { scheme: u.scheme, host: u.hostUnicode, port: u.port, path: u.path }),
  );
  out.push(
    t(u.defaultPort ? 'jn.nav.portDefault' : 'jn.nav.portExplicit', {
      port: u.port,
      scheme: u.scheme,
      default: u.scheme === 'https' ? 443 : 80,
    }),
  );
  if (u.hostUnicode !== u.host) out.push(t('jn.nav.idn', { unicode: u.hostUnicode, host: u.host }));
  if (u.query) out.push(t('jn.nav.query', { query: u.query }));
  if (u.fragment) out.push(t('jn.nav.fragment', { fragment: u.fragment }));
  if (u.hostType === 'ipv4') out.push(t('jn.nav.ipHost', { host: u.host }));
  out.push(t(u.scheme === 'https' ? 'jn.nav.https' : 'jn.nav.http'));
  return out;
}

function cacheLookup(trace: JourneyTrace, e: Ev<'cache.lookup'>, t: Translate): string[] {
  const entry = e.entry;
  if (e.result === 'miss' || !entry) return [t('jn.cache.miss', { url: e.url })];
  const p = { url: e.url, age: entry.ageS, maxAge: entry.maxAgeS };
  if (e.result === 'fresh') return [t('jn.cache.fresh', p)];
  const out = [t('jn.cache.stale', p)];
  // The validator the request will carry: the scenario's choice, if the entry has it.
  const useEtag =
    entry.etag !== null && (trace.scenario.validator === 'etag' || !entry.lastModified);
  if (useEtag) out.push(t('jn.cache.etag', { etag: entry.etag }));
  else if (entry.lastModified) out.push(t('jn.cache.lastModified', { date: entry.lastModified }));
  out.push(t('jn.cache.expect304'));
  return out;
}

function dnsLookup(trace: JourneyTrace, e: Ev<'dns.lookup'>, t: Translate): string {
  const p = {
    name: dnsName(e.name),
    ip: e.record?.data ?? '',
    ttl: e.record?.ttl ?? 0,
    line: e.hostsLine ?? '',
    resolver: trace.scenario.network.resolverIp,
  };
  return t(`jn.dnsl.${e.where}.${e.result}`, p);
}

function dnsMessage(e: Ev<'dns.message'>, t: Translate): string[] {
  const m = e.message;
  const server = nodeName(e.server, t);
  const base = {
    id: dnsId(m.id),
    name: dnsName(m.question.name),
    type: m.question.type,
    server: server.name,
    Server: server.Name,
    serverName: dnsName(e.serverName ?? ''),
    ip: e.role === 'query' ? e.ip.dst : e.ip.src,
    port: e.role === 'query' ? e.ip.srcPort : e.ip.dstPort,
  };
  if (e.role === 'query') {
    if (e.server === 'resolver') return [t('jn.dns.queryStub', base), t('jn.dns.whyUdp')];
    return [t('jn.dns.queryIterative', base)];
  }
  if (e.role === 'referral') {
    const ns = m.authority.filter((r) => r.type === 'NS');
    return [
      t('jn.dns.referral', {
        ...base,
        zone: zoneName(ns[0]?.name ?? ''),
        count: ns.length,
        nsName: dnsName(ns[0]?.data ?? ''),
        ttl: ns[0]?.ttl ?? 0,
        glue: m.additional.length,
      }),
    ];
  }
  const a = m.answer.find((r) => r.type === 'A');
  const p = { ...base, address: a?.data ?? '', ttl: a?.ttl ?? 0 };
  if (e.server === 'resolver') return [t('jn.dns.answerResolver', p)];
  return [t('jn.dns.answerAuthoritative', p)];
}

function arpLookup(e: Ev<'arp.lookup'>, t: Translate): string[] {
  const p = {
    dest: e.destIp,
    clientIp: e.clientIp,
    mask: e.mask,
    clientNet: e.clientNetwork,
    destNet: e.destNetwork,
    hop: e.nextHopIp,
    mac: e.mac ?? '',
  };
  const out: string[] = [];
  if (e.purpose === 'dns') out.push(t('jn.arpl.forDns', p));
  out.push(t(e.sameSubnet ? 'jn.arpl.same' : 'jn.arpl.other', p));
  out.push(t(e.result === 'hit' ? 'jn.arpl.hit' : 'jn.arpl.miss', p));
  return out;
}

function arpMessage(e: Ev<'arp.message'>, t: Translate): string {
  const p = {
    senderIp: e.senderIp,
    senderMac: e.senderMac,
    targetIp: e.targetIp,
    targetMac: e.targetMac,
    dst: e.ethernet.dst,
  };
  if (e.op === 'request') return t('jn.arp.request', p);
  return t('jn.arp.reply', { ...p, Owner: nodeName(e.from, t).Name });
}
