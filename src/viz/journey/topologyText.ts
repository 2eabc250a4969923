// Words of the topology view: node titles and address lines, what a packet's label says
// ("DNS query A www.example.com", "ARP who-has 192.168.1.1", "SYN", "ClientHello", "GET /"),
// what happens at a node on steps that send nothing, and the text alternative of a step. Pure
// string helpers over the label function, no DOM.
import type {
  JourneyEvent,
  JourneyEventOf,
  JourneyNode,
  JourneyTopology,
  TopologyNode,
} from '../../engine/journey/trace';
import type { TcpFlag } from '../../engine/trace';
import type { LabelFn } from '../label';
import { formatFlags } from '../sequence/labels';

/** The events that travel between nodes. */
export type MessageEvent = JourneyEventOf<
  'dns.message' | 'arp.message' | 'tcp.segment' | 'tls.message' | 'http.request' | 'http.response'
>;
/** The protocol a packet is drawn in (its colour). */
export type TopoProto = 'dns' | 'arp' | 'tcp' | 'tls' | 'http';

const PROTO: Record<MessageEvent['kind'], TopoProto> = {
  'dns.message': 'dns',
  'arp.message': 'arp',
  'tcp.segment': 'tcp',
  'tls.message': 'tls',
  'http.request': 'http',
  'http.response': 'http',
};

/** Is this event a message on the wire? */
export function isMessage(e: JourneyEvent): e is MessageEvent {
  return e.kind in PROTO;
}

/** The protocol of a message. */
export function protoOf(e: MessageEvent): TopoProto {
  return PROTO[e.kind];
}

/** A node's role name ("Local DNS resolver"). */
export function nodeTitle(id: JourneyNode, label: LabelFn): string {
  return label(`jv.node.${id}`);
}

/** A node named for a sentence: its role, and its address when it has one. */
export function nodeRef(node: TopologyNode | undefined, id: JourneyNode, label: LabelFn): string {
  const role = nodeTitle(id, label);
  return node?.ip ? label('jv.alt.node', { role, ip: node.ip }) : role;
}

/** The label a packet carries. `more`: other messages of the same step (one flight). */
export function packetText(e: MessageEvent, label: LabelFn, more = 0): string {
  const text = ownPacketText(e, label);
  return more > 0 ? label('jv.pkt.more', { text, count: more }) : text;
}

function ownPacketText(e: MessageEvent, label: LabelFn): string {
  switch (e.kind) {
    case 'dns.message': {
      const name = e.message.question.name;
      if (e.role === 'query') return label('jv.pkt.dnsQuery', { type: 'A', name });
      if (e.role === 'referral') {
        const ns = e.message.authority[0];
        return label('jv.pkt.dnsReferral', { zone: ns?.name ?? '', ns: ns?.data ?? '' });
      }
      const a = e.message.answer.find((r) => r.type === 'A');
      return label('jv.pkt.dnsAnswer', { type: 'A', name, ip: a?.data ?? '' });
    }
    case 'arp.message':
      return e.op === 'request'
        ? label('jv.pkt.arpRequest', { ip: e.targetIp })
        : label('jv.pkt.arpReply', { ip: e.senderIp, mac: e.senderMac });
    case 'tcp.segment':
      return label('jv.pkt.tcp', { flags: formatFlags(e.flags as TcpFlag[]) });
    case 'tls.message':
      return label(e.encrypted ? 'jv.pkt.tlsEncrypted' : 'jv.pkt.tls', { type: e.type });
    case 'http.request':
      return label('jv.pkt.httpRequest', { method: e.method, target: e.target });
    case 'http.response':
      return label('jv.pkt.httpResponse', {
        version: e.version,
        status: e.status,
        reason: e.reason,
      });
  }
}

/** The events that happen at one node (no packet): where, and what is said there. */
export type LocalEvent = Exclude<JourneyEvent, MessageEvent>;

/** The node a step without a message happens at. */
export function localNode(e: LocalEvent): JourneyNode {
  switch (e.kind) {
    case 'dns.lookup':
      return e.node;
    case 'arp.lookup':
      return 'os';
    default:
      return 'browser';
  }
}

/** What happens at the node (the bubble's text). */
export function localText(e: LocalEvent, label: LabelFn): string {
  switch (e.kind) {
    case 'navigation.started':
      return e.redirectedFrom
        ? label('jv.local.redirected', { status: e.redirectStatus ?? '', url: e.url.href })
        : label('jv.local.navigate', { url: e.url.href });
    case 'cache.lookup':
      return label('jv.local.cache', { result: label(`jv.cache.${e.result}`) });
    case 'dns.lookup': {
      const where = label(`jv.dnsWhere.${e.where}`);
      return e.result === 'hit'
        ? label('jv.local.dnsHit', { where, name: e.name, ip: e.record?.data ?? '' })
        : label('jv.local.dnsMiss', { where, name: e.name });
    }
    case 'arp.lookup':
      return e.result === 'hit'
        ? label('jv.local.arpHit', { hop: e.nextHopIp, mac: e.mac ?? '' })
        : label('jv.local.arpMiss', { hop: e.nextHopIp });
    case 'resources.discovered':
      return label('jv.local.resources', { count: e.resources.length, queued: e.queued.length });
    case 'render.stage':
      return label(e.pass > 1 ? 'jv.local.repaint' : 'jv.local.render', {
        stage: label(`jv.stage.${e.stage}`),
      });
    case 'connection.kept':
      return label('jv.local.kept', { conn: connNumber(e.conn) });
    case 'navigation.ended':
      return e.outcome === 'rendered'
        ? label('jv.local.rendered', { status: e.status })
        : label('jv.local.redirect', { status: e.status });
    case 'phase.entered':
      return label('jv.local.phase', { phase: label(`jv.phase.${e.phase}`) });
  }
}

/** "conn-3" → 3 (0 when the id has no number). */
export function connNumber(conn: string): number {
  const m = /(\d+)$/.exec(conn);
  return m ? Number(m[1]) : 0;
}

/** The sentence of a message step: what travels, from where, to where, through what. */
export function messageAlt(
  e: MessageEvent,
  text: string,
  topo: JourneyTopology,
  label: LabelFn,
  broadcast: boolean,
): string {
  const node = (id: JourneyNode) =>
    nodeRef(
      topo.nodes.find((n) => n.id === id),
      id,
      label,
    );
  const from = node(e.from);
  if (broadcast)
    return label('jv.alt.broadcast', {
      what: text,
      from,
      network: topo.subnet.network,
      prefix: topo.subnet.prefix,
      mac: 'ff:ff:ff:ff:ff:ff',
    });
  const via = e.path.slice(1, -1).filter((id) => id !== 'os' && id !== 'browser');
  const params = { what: text, from, to: node(e.to) };
  return via.length
    ? label('jv.alt.messageVia', {
        ...params,
        via: via.map((id) => nodeTitle(id, label)).join(label('jv.alt.sep')),
      })
    : label('jv.alt.message', params);
}
