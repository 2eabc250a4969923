// The journey's network: addresses (IPv4, MAC), the subnet test of RFC 1122 §3.3.1 (the AND with
// the mask), the path a packet takes between two topology nodes, and the topology itself.
import { intToIp, ipToInt, prefixLength } from '../../scenarios/journeySchema';
import type { JourneyScenario } from '../../scenarios/journeySchema';
import type { JourneyNode, JourneyTopology, TopologyNode } from './trace';

/** Fixed, documented MAC addresses (locally administered or vendor-looking, never random). */
export const MAC = {
  client: '3c:22:fb:5a:10:0a',
  gateway: 'c8:3a:35:01:00:01',
  server: '52:54:00:8e:21:22',
  resolver: '52:54:00:5d:53:35',
  broadcast: 'ff:ff:ff:ff:ff:ff',
  unknown: '00:00:00:00:00:00',
} as const;

/** The resolved addresses of a run. */
export interface NetPlan {
  clientIp: string;
  mask: string;
  gateway: string;
  serverIp: string;
  resolverIp: string;
  network: string;
  prefix: number;
  broadcast: string;
  serverOnLan: boolean;
  resolverOnLan: boolean;
  /** The resolver is the gateway itself (a home router forwarding DNS). */
  resolverIsGateway: boolean;
}

/** The subnet test: `ip AND mask`. */
export const networkOf = (ip: string, mask: string): string =>
  intToIp((ipToInt(ip) & ipToInt(mask)) >>> 0);

/** Addresses of a validated scenario; `serverIp` is the URL's own address when it has one. */
export function netPlan(sc: JourneyScenario, serverIp: string): NetPlan {
  const n = sc.network;
  const mask = ipToInt(n.mask);
  const network = (ipToInt(n.clientIp) & mask) >>> 0;
  const onLan = (ip: string) => (ipToInt(ip) & mask) >>> 0 === network;
  return {
    clientIp: n.clientIp,
    mask: n.mask,
    gateway: n.gateway,
    serverIp,
    resolverIp: n.resolverIp,
    network: intToIp(network),
    prefix: prefixLength(mask) ?? 0,
    broadcast: intToIp((network | ~mask) >>> 0),
    serverOnLan: onLan(serverIp),
    resolverOnLan: onLan(n.resolverIp),
    resolverIsGateway: n.resolverIp === n.gateway,
  };
}

/** The MAC address of the node owning `ip` on the LAN (for ARP replies and frames). */
export function macOf(net: NetPlan, ip: string): string {
  if (ip === net.gateway) return MAC.gateway;
  if (ip === net.serverIp) return MAC.server;
  if (ip === net.resolverIp) return MAC.resolver;
  return MAC.client;
}

/** The node a LAN address belongs to. */
export function lanNodeOf(net: NetPlan, ip: string): JourneyNode {
  if (ip === net.gateway) return 'gateway';
  if (ip === net.serverIp) return 'server';
  return 'resolver';
}

/** Where the client sends a packet for `destIp` on the LAN: the host itself or the gateway. */
export function nextHop(net: NetPlan, destIp: string): { ip: string; viaGateway: boolean } {
  const same = networkOf(destIp, net.mask) === net.network;
  return same ? { ip: destIp, viaGateway: false } : { ip: net.gateway, viaGateway: true };
}

/** The nodes a packet crosses from the client host (`browser` or `os`) to `to`. */
export function hostPath(net: NetPlan, start: 'browser' | 'os', to: JourneyNode): JourneyNode[] {
  const head: JourneyNode[] = start === 'browser' ? ['browser', 'os', 'switch'] : ['os', 'switch'];
  if (to === 'server')
    return net.serverOnLan ? [...head, 'server'] : [...head, 'gateway', 'server'];
  if (to === 'resolver')
    return net.resolverOnLan ? [...head, 'resolver'] : [...head, 'gateway', 'resolver'];
  return [...head, to];
}

/** The nodes a resolver query crosses to a name server. */
export function resolverPath(net: NetPlan, to: 'root' | 'tld' | 'authoritative'): JourneyNode[] {
  return net.resolverOnLan ? ['resolver', 'switch', 'gateway', to] : ['resolver', to];
}

export const reversed = (p: JourneyNode[]): JourneyNode[] => [...p].reverse();

/** The topology: nodes with their addresses, and the links the paths use. */
export function topology(
  net: NetPlan,
  names: { server: string | null; root: string; tld: string | null; authoritative: string | null },
  ips: { root: string; tld: string | null; authoritative: string | null },
): JourneyTopology {
  const node = (
    id: JourneyNode,
    ip: string | null,
    mac: string | null,
    name: string | null,
    onLan: boolean,
  ): TopologyNode => ({ id, ip, mac, name, onLan });
  const nodes: TopologyNode[] = [
    node('browser', net.clientIp, MAC.client, null, true),
    node('os', net.clientIp, MAC.client, null, true),
    node('switch', null, null, null, true),
    node('gateway', net.gateway, MAC.gateway, null, true),
    node(
      'resolver',
      net.resolverIp,
      net.resolverOnLan ? macOf(net, net.resolverIp) : null,
      null,
      net.resolverOnLan,
    ),
    node('root', ips.root, null, names.root, false),
    node('tld', ips.tld, null, names.tld, false),
    node('authoritative', ips.authoritative, null, names.authoritative, false),
    node(
      'server',
      net.serverIp,
      net.serverOnLan ? MAC.server : null,
      names.server,
      net.serverOnLan,
    ),
  ];
  const links = new Map<string, [JourneyNode, JourneyNode]>();
  const add = (p: JourneyNode[]) => {
    for (let i = 1; i < p.length; i++) {
      const a = p[i - 1]!;
      const b = p[i]!;
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (!links.has(key)) links.set(key, [a, b]);
    }
  };
  add(hostPath(net, 'browser', 'server'));
  add(hostPath(net, 'os', 'resolver'));
  add(['os', 'switch', 'gateway']);
  for (const s of ['root', 'tld', 'authoritative'] as const) add(resolverPath(net, s));
  return {
    nodes,
    links: [...links.values()],
    subnet: { network: net.network, mask: net.mask, prefix: net.prefix, broadcast: net.broadcast },
  };
}
