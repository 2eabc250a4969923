// Layout of the journey's topology: a pure function from a journey trace, a size and the label
// function (box sizes follow the words) to node boxes, links, the LAN and Internet regions, and
// per message the directed link segments it crosses and the track its packet travels; runs in
// Node. The client host (browser over OS), the switch and the gateway sit in the LAN box on the
// left (the gateway on its edge: a router belongs to both networks); the resolver, the name
// servers and the web server on the right (or in the LAN when their address is on the subnet).
// O(nodes + events), once per (trace, size, language); a step only looks an index up.
import type { JourneyNode, JourneyTrace, TopologyNode } from '../../engine/journey/trace';
import type { LabelFn } from '../label';
import { textWidth } from '../cwnd/format';
import {
  isMessage,
  localNode,
  localText,
  messageAlt,
  nodeTitle,
  packetText,
  protoOf,
  type LocalEvent,
  type MessageEvent,
  type TopoProto,
} from './topologyText';

import { trackOf, type TopoTrack } from './topologyTrack';

export type { TopoProto } from './topologyText';
export { packetPositions, pointAt, type TopoPoint, type TopoTrack } from './topologyTrack';

/** Size options of {@link layoutTopology}. */
export interface TopologyOptions {
  width: number;
  label: LabelFn;
}

/** Below this width the layout keeps this width and the host scales the drawing down. */
export const TOPO_MIN_WIDTH = 760;
export const TITLE_PX = 12;
export const LINE_PX = 11;
const LINE_H = 14;
const PAD_X = 9;
const PAD_Y = 7;
const MARGIN = 10;
/** Height of the region titles' band. */
const BAND = 36;

/** One line of a node box: its role (bold), DNS name, IP or MAC address. */
export interface TopoLine {
  kind: 'title' | 'name' | 'ip' | 'mac';
  text: string;
}

/** A node: centre (x, y), size, lines of text. */
export interface TopoNodeBox {
  id: JourneyNode;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: TopoLine[];
  onLan: boolean;
}

/** A rectangle (top-left corner and size) with a title. */
export interface TopoRect {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  /** A second, smaller line under the title (the LAN's mask). */
  subtitle?: string;
}

/** An undirected link between two nodes' centres. `id`: the two ids sorted, "a|b". */
export interface TopoLink {
  id: string;
  a: JourneyNode;
  b: JourneyNode;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lan: boolean;
}

/** One link crossed in a direction. */
export interface TopoHop {
  link: string;
  from: JourneyNode;
  to: JourneyNode;
}

/** A message of the trace as the topology draws it. */
export interface TopoMessage {
  /** The event id. */
  id: string;
  step: number;
  kind: MessageEvent['kind'];
  proto: TopoProto;
  from: JourneyNode;
  to: JourneyNode;
  path: JourneyNode[];
  /** The links along `path`, in travel order. */
  hops: TopoHop[];
  /** The packet's track (a broadcast: one per LAN host it reaches, the addressed one first). */
  tracks: TopoTrack[];
  /** Every node and link it touches (a broadcast: the whole LAN). */
  nodes: JourneyNode[];
  links: string[];
  broadcast: boolean;
  /** The packet's label, and the sentence saying what travels where. */
  text: string;
  alt: string;
}

/** A step that sends nothing: something happens at one node. */
export interface TopoLocal {
  id: string;
  step: number;
  kind: LocalEvent['kind'];
  node: JourneyNode;
  text: string;
  alt: string;
}

/** What a step shows. */
export type TopoFocus =
  { kind: 'message'; message: TopoMessage } | { kind: 'local'; local: TopoLocal };

/** Everything the renderer draws, in pixels. */
export interface TopologyLayout {
  width: number;
  height: number;
  nodes: TopoNodeBox[];
  /** The client host around the browser and OS parts. */
  host: TopoRect;
  lan: TopoRect;
  internet: TopoRect;
  links: TopoLink[];
  messages: TopoMessage[];
  /** Index = step: the step's focus (null for step 0 and for a step without events). */
  focus: (TopoFocus | null)[];
  /** Index = step: index in `messages` of the last message sent at or before the step, or −1. */
  lastMessage: Int32Array;
  steps: number;
}

/** The canvas height for a layout width. */
export const topologyHeight = (width: number): number =>
  Math.round(Math.min(460, Math.max(380, width * 0.5)));

/** The id of the undirected link between a and b. */
export const linkId = (a: JourneyNode, b: JourneyNode): string =>
  a < b ? `${a}|${b}` : `${b}|${a}`;

/** Lays the topology and every message of `trace` out: once per (trace, size, language). */
export function layoutTopology(trace: JourneyTrace, opts: TopologyOptions): TopologyLayout {
  const { label } = opts;
  const width = Math.max(TOPO_MIN_WIDTH, Math.round(opts.width));
  const height = topologyHeight(width);
  const topo = trace.topology;
  const byId = new Map(topo.nodes.map((n) => [n.id, n]));
  const boxes = new Map<JourneyNode, TopoNodeBox>();
  for (const n of topo.nodes) boxes.set(n.id, sizeBox(n, label));

  const top = MARGIN + BAND;
  const bottom = height - MARGIN;
  const inner = bottom - top;
  const b = (id: JourneyNode) => boxes.get(id);
  const place = (id: JourneyNode, x: number, y: number) => {
    const box = b(id);
    if (box) Object.assign(box, { x: r1(x), y: r1(y) });
  };

  // Which of the resolver and the web server live on the LAN (a row under the switch).
  const lanExtra = (['resolver', 'server'] as const).filter((id) => byId.get(id)?.onLan);
  const browser = b('browser')!;
  const os = b('os')!;
  const gateway = b('gateway')!;
  const sw = b('switch')!;
  // The client host at the top left: the browser over the OS, under a title band.
  const partW = Math.max(browser.w, os.w);
  browser.w = os.w = partW;
  const hostW = partW + 2 * PAD_X;
  const hostX = MARGIN + 12;
  const hostCx = hostX + hostW / 2;
  const hostTitleH = 20;
  const gap = 26;
  const hostTop = top + 4;
  const hostH = hostTitleH + browser.h + gap + os.h + PAD_Y + 2;
  place('browser', hostCx, hostTop + hostTitleH + browser.h / 2);
  place('os', hostCx, hostTop + hostTitleH + browser.h + gap + os.h / 2);

  // The switch under the host, the gateway level with it on the LAN's edge, the LAN-resident
  // servers in a row below them.
  const ySwitch = Math.max(hostTop + hostH + 26 + sw.h / 2, top + inner * 0.58);
  const rowW = lanExtra.reduce((s, id) => s + b(id)!.w + 24, 0);
  const minSplit = Math.max(
    hostX + hostW + 36 + gateway.w / 2,
    hostCx + sw.w / 2 + 44 + gateway.w / 2,
    hostX + rowW - 24 + 16,
  );
  const split = Math.round(Math.max(width * 0.36, minSplit));
  place('switch', hostCx, ySwitch);
  place('gateway', split, ySwitch);
  let rowX = hostX;
  for (const id of lanExtra) {
    const box = b(id)!;
    place(id, rowX + box.w / 2, ySwitch + (bottom - ySwitch) * 0.6);
    rowX += box.w + 24;
  }

  // The Internet: the name servers in a column at the right, the resolver above the middle,
  // the web server below it.
  const nsW = Math.max(...(['root', 'tld', 'authoritative'] as const).map((id) => b(id)?.w ?? 0));
  const nsX = width - MARGIN - 12 - nsW / 2;
  (['root', 'tld', 'authoritative'] as const).forEach((id, i) =>
    place(id, nsX, top + inner * (0.13 + 0.27 * i)),
  );
  const netRight = nsX - nsW / 2;
  if (!byId.get('resolver')?.onLan) {
    // Above the gateway's level, so it may start right of the LAN's edge (over the gateway).
    const w = b('resolver')!.w;
    const x = Math.min(netRight - 18 - w / 2, Math.max(split + 10 + w / 2, (split + netRight) / 2));
    place('resolver', x, top + inner * 0.14);
  }
  if (!byId.get('server')?.onLan) {
    const w = b('server')!.w;
    place(
      'server',
      Math.min(netRight - w / 2 - 10, split + (width - split) * 0.36),
      top + inner * 0.86,
    );
  }

  const nodes = topo.nodes.map((n) => boxes.get(n.id)!);
  const host: TopoRect = {
    x: r1(hostX),
    y: r1(hostTop),
    w: r1(hostW),
    h: r1(hostH),
    title: label('jv.host'),
  };
  const lan: TopoRect = {
    x: MARGIN,
    y: MARGIN,
    w: split - MARGIN,
    h: height - 2 * MARGIN,
    title: label('jv.lan', { network: topo.subnet.network, prefix: topo.subnet.prefix }),
    subtitle: label('jv.lanMask', { mask: topo.subnet.mask }),
  };
  const internet: TopoRect = {
    x: split,
    y: MARGIN,
    w: width - MARGIN - split,
    h: height - 2 * MARGIN,
    title: label('jv.internet'),
  };
  const links: TopoLink[] = topo.links.map(([a, c]) => {
    const p = boxes.get(a)!;
    const q = boxes.get(c)!;
    const lanLink = (byId.get(a)?.onLan ?? false) && (byId.get(c)?.onLan ?? false);
    return { id: linkId(a, c), a, b: c, x1: p.x, y1: p.y, x2: q.x, y2: q.y, lan: lanLink };
  });

  const linkSet = new Set(links.map((l) => l.id));
  const lanNodes = topo.nodes.filter((n) => n.onLan && n.id !== 'browser').map((n) => n.id);
  const messages: TopoMessage[] = [];
  const focus: (TopoFocus | null)[] = new Array(trace.steps + 1).fill(null);
  const lastMessage = new Int32Array(trace.steps + 1).fill(-1);
  const ev = trace.events;
  for (let i = 0; i < ev.length;) {
    const step = ev[i]!.step;
    let j = i + 1;
    while (j < ev.length && ev[j]!.step === step) j++;
    const first = ev[i]!;
    if (isMessage(first)) {
      // Other messages of the step travel with it (one flight): named "+n" on its label.
      let more = 0;
      for (let k = i + 1; k < j; k++) if (isMessage(ev[k]!)) more++;
      const m = messageOf(first, more, { boxes, linkSet, lanNodes, trace, label });
      messages.push(m);
      if (step <= trace.steps) focus[step] = { kind: 'message', message: m };
    } else if (step <= trace.steps) {
      const node = localNode(first);
      const text = localText(first, label);
      focus[step] = {
        kind: 'local',
        local: {
          id: first.id,
          step,
          kind: first.kind,
          node,
          text,
          alt: label('jv.alt.local', { node: nodeTitle(node, label), what: text }),
        },
      };
    }
    i = j;
  }
  let mi = -1;
  for (let s = 0; s <= trace.steps; s++) {
    while (mi + 1 < messages.length && messages[mi + 1]!.step <= s) mi++;
    lastMessage[s] = mi;
  }
  return {
    width,
    height,
    nodes,
    host,
    lan,
    internet,
    links,
    messages,
    focus,
    lastMessage,
    steps: trace.steps,
  };
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A node's lines and size (its position comes later). */
function sizeBox(n: TopologyNode, label: LabelFn): TopoNodeBox {
  const lines: TopoLine[] = [{ kind: 'title', text: nodeTitle(n.id, label) }];
  // The browser is the app part of the client host: the addresses are the OS's (its NIC).
  if (n.id !== 'browser') {
    if (n.name) lines.push({ kind: 'name', text: n.name });
    if (n.ip) lines.push({ kind: 'ip', text: n.ip });
    if (n.mac) lines.push({ kind: 'mac', text: label('jv.mac', { mac: n.mac }) });
  }
  const w = Math.max(
    ...lines.map((l) =>
      l.kind === 'title' ? textWidth(l.text, TITLE_PX) * 1.08 : textWidth(l.text, LINE_PX),
    ),
  );
  return {
    id: n.id,
    x: 0,
    y: 0,
    w: Math.ceil(w + 2 * PAD_X),
    h: lines.length * LINE_H + 2 * PAD_Y,
    lines,
    onLan: n.onLan,
  };
}

interface MessageCtx {
  boxes: Map<JourneyNode, TopoNodeBox>;
  linkSet: Set<string>;
  lanNodes: JourneyNode[];
  trace: JourneyTrace;
  label: LabelFn;
}

function messageOf(e: MessageEvent, more: number, c: MessageCtx): TopoMessage {
  const hops: TopoHop[] = [];
  for (let k = 1; k < e.path.length; k++) {
    const from = e.path[k - 1]!;
    const to = e.path[k]!;
    hops.push({ link: linkId(from, to), from, to });
  }
  const broadcast = e.kind === 'arp.message' && e.broadcast;
  const tracks = [trackOf(e.path, c.boxes)];
  const nodes = new Set(e.path);
  const links = new Set(hops.map((h) => h.link));
  if (broadcast) {
    // A broadcast frame: the switch floods it to every other port of the LAN.
    const at = e.path.indexOf('switch');
    const head = at >= 0 ? e.path.slice(0, at + 1) : e.path.slice(0, 1);
    for (const id of c.lanNodes) {
      if (nodes.has(id) || id === 'os') continue;
      const l = linkId('switch', id);
      if (!c.linkSet.has(l)) continue;
      tracks.push(trackOf([...head, id], c.boxes));
      nodes.add(id);
      links.add(l);
    }
  }
  const own = packetText(e, c.label, more);
  const text = broadcast ? c.label('jv.pkt.broadcast', { text: own }) : own;
  return {
    id: e.id,
    step: e.step,
    kind: e.kind,
    proto: protoOf(e),
    from: e.from,
    to: e.to,
    path: e.path,
    hops,
    tracks,
    nodes: [...nodes],
    links: [...links],
    broadcast,
    text,
    alt: messageAlt(e, own, c.trace.topology, c.label, broadcast),
  };
}

/** The recent messages before the step's own (most recent first), at most `n`. */
export function recentMessages(layout: TopologyLayout, step: number, n: number): TopoMessage[] {
  const s = Math.max(0, Math.min(layout.steps, Math.floor(step)));
  const last = layout.lastMessage[s] ?? -1;
  const own = layout.focus[s]?.kind === 'message' ? 1 : 0;
  const out: TopoMessage[] = [];
  for (let i = last - own; i >= 0 && out.length < n; i--) out.push(layout.messages[i]!);
  return out;
}
