// Name resolution and next-hop MAC resolution, as steps on the journey's clock.
// DNS (RFC 1034 §5.3.3 / RFC 1035): the browser's host cache, the hosts file, the OS cache, then a
// recursive query to the local resolver, which checks its cache and resolves iteratively from the
// closest zone it knows (root → TLD → authoritative). ARP (RFC 826): the next hop is the
// destination when (clientIp AND mask) = (destIp AND mask), else the gateway (RFC 1122 §3.3.1).
import type { Ctx } from './context';
import {
  aRecord,
  authoritativeServers,
  fqdn,
  query,
  referral,
  response,
  ROOT,
  tldServers,
  TTL,
  zonesOf,
} from './dns';
import { hostPath, lanNodeOf, MAC, macOf, networkOf, nextHop, resolverPath, reversed } from './net';
import { addStep } from './recorder';
import type { Nav } from './navigate';

/**
 * The next hop's MAC for a packet to `destIp`: an ARP cache lookup (the subnet AND shown), and on
 * a miss an ARP request (broadcast) and reply. Returns when the packet can leave.
 */
export function resolveMac(
  ctx: Ctx,
  nav: Nav,
  purpose: 'dns' | 'web',
  destIp: string,
  t: number,
): number {
  const { net, rec } = ctx;
  const nh = nextHop(net, destIp);
  const hit = ctx.arpCache.has(nh.ip);
  const mac = macOf(net, nh.ip);
  addStep(rec, t, nav.journey, 'arp', {
    kind: 'arp.lookup',
    purpose,
    destIp,
    clientIp: net.clientIp,
    mask: net.mask,
    clientNetwork: net.network,
    destNetwork: networkOf(destIp, net.mask),
    sameSubnet: !nh.viaGateway,
    nextHopIp: nh.ip,
    viaGateway: nh.viaGateway,
    result: hit ? 'hit' : 'miss',
    mac: hit ? mac : null,
  });
  if (hit) return t;
  if (purpose === 'dns') nav.send({ type: 'dns.arpNeeded' }, t);
  const target = lanNodeOf(net, nh.ip);
  const half = ctx.sc.latency.lanRttMs / 2;
  addStep(rec, t, nav.journey, 'arp', {
    kind: 'arp.message',
    op: 'request',
    from: 'os',
    to: target,
    path: ['os', 'switch', target],
    arriveAt: t + half,
    ethernet: { src: MAC.client, dst: MAC.broadcast },
    broadcast: true,
    senderMac: MAC.client,
    senderIp: net.clientIp,
    targetMac: MAC.unknown,
    targetIp: nh.ip,
  });
  addStep(rec, t + half, nav.journey, 'arp', {
    kind: 'arp.message',
    op: 'reply',
    from: target,
    to: 'os',
    path: [target, 'switch', 'os'],
    arriveAt: t + 2 * half,
    ethernet: { src: mac, dst: MAC.client },
    broadcast: false,
    senderMac: mac,
    senderIp: nh.ip,
    targetMac: MAC.client,
    targetIp: net.clientIp,
  });
  ctx.arpCache.add(nh.ip);
  ctx.arpRequests.push({ targetIp: nh.ip, viaGateway: nh.viaGateway, t });
  const done = t + 2 * half;
  if (purpose === 'dns') {
    nav.span('arp', t, done);
    nav.send({ type: 'arp.resolved' }, done);
  }
  return done;
}

const port = (ctx: Ctx) => 1024 + (ctx.rng.nextU32() % 64512);
const dnsId = (ctx: Ctx) => ctx.rng.nextU32() & 0xffff;

/** Resolves `host` to the web server's address; returns when the answer is in the browser. */
export function resolveHost(ctx: Ctx, nav: Nav, host: string, t0: number): number {
  const { net, rec, sc } = ctx;
  const j = nav.journey;
  const ip = net.serverIp;
  const name = fqdn(host);
  const local = (
    node: 'browser' | 'os',
    where: 'browser' | 'hosts' | 'os',
    ttl: number | undefined,
  ) => {
    const hit = ttl !== undefined;
    addStep(rec, t0, j, 'dns', {
      kind: 'dns.lookup',
      node,
      where,
      name,
      result: hit ? 'hit' : 'miss',
      record: hit ? aRecord(host, ip, ttl) : null,
      hostsLine: hit && where === 'hosts' ? `${ip} ${host}` : null,
    });
    ctx.dnsQueries.push({ server: where, result: hit ? 'hit' : 'miss' });
    return hit;
  };
  // 1. The browser's host cache; 2. the hosts file and 3. the OS cache (the order of glibc's
  // "hosts: files dns" with a caching stub such as systemd-resolved; textbooks often swap 2 and 3).
  if (local('browser', 'browser', ctx.browserDns.get(host))) return t0;
  if (local('os', 'hosts', ctx.hostsFile.has(host) ? 0 : undefined)) {
    ctx.browserDns.set(host, 60);
    return t0;
  }
  const osTtl = ctx.osDns.get(host);
  if (local('os', 'os', osTtl)) {
    ctx.browserDns.set(host, Math.min(osTtl!, 60));
    return t0;
  }
  // 4. A recursive query to the local resolver (it may need ARP first: see resolveMac).
  const t = resolveMac(ctx, nav, 'dns', net.resolverIp, t0);
  const q = query(dnsId(ctx), host, true);
  const stubPort = port(ctx);
  const half = sc.latency.resolverRttMs / 2;
  const toResolver = hostPath(net, 'os', 'resolver');
  const hopMac = macOf(net, nextHop(net, net.resolverIp).ip);
  addStep(rec, t, j, 'dns', {
    kind: 'dns.message',
    role: 'query',
    server: 'resolver',
    serverName: null,
    message: q,
    from: 'os',
    to: 'resolver',
    path: toResolver,
    arriveAt: t + half,
    ip: { src: net.clientIp, dst: net.resolverIp, protocol: 'UDP', srcPort: stubPort, dstPort: 53 },
    ethernet: { src: MAC.client, dst: hopMac },
  });
  let ta = t + half;
  const cached = ctx.resolverA.get(host);
  addStep(rec, ta, j, 'dns', {
    kind: 'dns.lookup',
    node: 'resolver',
    where: 'resolver',
    name,
    result: cached !== undefined ? 'hit' : 'miss',
    record: cached !== undefined ? aRecord(host, ip, cached) : null,
    hostsLine: null,
  });
  ctx.dnsQueries.push({ server: 'resolver', result: cached !== undefined ? 'hit' : 'miss' });
  let ttl = cached;
  if (ttl === undefined) {
    // Iterative resolution from the closest zone whose servers the resolver has cached.
    const { tld, domain } = zonesOf(host);
    const order = ['root', 'tld', 'authoritative'] as const;
    const first = ctx.resolverZones.has(`${domain}.`)
      ? 2
      : ctx.resolverZones.has(`${tld}.`)
        ? 1
        : 0;
    for (const role of order.slice(first)) {
      const srv =
        role === 'root' ? ROOT : role === 'tld' ? tldServers(tld) : authoritativeServers(domain);
      const rtt =
        role === 'root'
          ? sc.latency.rootRttMs
          : role === 'tld'
            ? sc.latency.tldRttMs
            : sc.latency.authoritativeRttMs;
      const q2 = query(dnsId(ctx), host, false);
      const p2 = port(ctx);
      const path = resolverPath(net, role);
      const lan = net.resolverOnLan;
      addStep(rec, ta, j, 'dns', {
        kind: 'dns.message',
        role: 'query',
        server: role,
        serverName: srv.names[0]!,
        message: q2,
        from: 'resolver',
        to: role,
        path,
        arriveAt: ta + rtt / 2,
        ip: { src: net.resolverIp, dst: srv.ips[0]!, protocol: 'UDP', srcPort: p2, dstPort: 53 },
        ethernet: lan ? { src: macOf(net, net.resolverIp), dst: MAC.gateway } : null,
      });
      const answer = role === 'authoritative';
      const child = role === 'root' ? tldServers(tld) : authoritativeServers(domain);
      const r = answer
        ? response(q2, { aa: true, ra: false, answer: [aRecord(host, ip, TTL.answer)] })
        : response(q2, { aa: false, ra: false, ...referral(child) });
      if (!answer) ctx.resolverZones.add(child.zone);
      addStep(rec, ta + rtt / 2, j, 'dns', {
        kind: 'dns.message',
        role: answer ? 'answer' : 'referral',
        server: role,
        serverName: srv.names[0]!,
        message: r,
        from: role,
        to: 'resolver',
        path: reversed(path),
        arriveAt: ta + rtt,
        ip: { src: srv.ips[0]!, dst: net.resolverIp, protocol: 'UDP', srcPort: 53, dstPort: p2 },
        ethernet: lan ? { src: MAC.gateway, dst: macOf(net, net.resolverIp) } : null,
      });
      ctx.dnsQueries.push({ server: role, result: answer ? 'answer' : 'referral' });
      ta += rtt;
    }
    ttl = TTL.answer;
    ctx.resolverA.set(host, ttl);
  }
  addStep(rec, ta, j, 'dns', {
    kind: 'dns.message',
    role: 'answer',
    server: 'resolver',
    serverName: null,
    message: response(q, { aa: false, ra: true, answer: [aRecord(host, ip, ttl)] }),
    from: 'resolver',
    to: 'os',
    path: reversed(toResolver),
    arriveAt: ta + half,
    ip: { src: net.resolverIp, dst: net.clientIp, protocol: 'UDP', srcPort: 53, dstPort: stubPort },
    ethernet: { src: hopMac, dst: MAC.client },
  });
  // The stub (OS) and the browser cache the answer; Chrome keeps host entries at most 60 s.
  ctx.osDns.set(host, ttl);
  ctx.browserDns.set(host, Math.min(ttl, 60));
  return ta + half;
}
