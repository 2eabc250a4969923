// The topology's layout: where the nodes go, which links a message crosses, where its packet is.
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../engine/journey/trace';
import { simulateJourney } from '../../engine/journey/simulate';
import { getJourneyBuiltin } from '../../scenarios/journeyBuiltins';
import {
  TOPO_MIN_WIDTH,
  layoutTopology,
  linkId,
  packetPositions,
  pointAt,
  recentMessages,
  type TopoMessage,
  type TopologyLayout,
} from './topologyLayout';
import { journeyFixture, jvLabel, jvLabelZh, type FixtureInput } from './testJourney';

const LANS: [string, FixtureInput][] = [
  ['default', {}],
  ['resolver on the LAN', { network: { resolverIp: '192.168.1.53' } }],
  ['server on the LAN', { network: { serverIp: '192.168.1.80' } }],
  ['both on the LAN', { network: { resolverIp: '192.168.1.53', serverIp: '192.168.1.80' } }],
];
const box = (l: TopologyLayout, id: JourneyNode) => l.nodes.find((n) => n.id === id)!;
const msgAt = (l: TopologyLayout, step: number): TopoMessage => {
  const f = l.focus[step];
  if (f?.kind !== 'message') throw new Error(`step ${step} sends nothing`);
  return f.message;
};
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

describe('layoutTopology: nodes', () => {
  for (const [name, input] of LANS)
    for (const [lang, label] of [
      ['en', jvLabel],
      ['zh-CN', jvLabelZh],
    ] as const)
      for (const width of [300, TOPO_MIN_WIDTH, 1200])
        it(`${name}, ${lang}, ${width} px: distinct, inside the drawing, no two boxes overlap`, () => {
          const l = layoutTopology(journeyFixture(input), { width, label });
          expect(l.width).toBe(Math.max(width, TOPO_MIN_WIDTH));
          expect(l.nodes.map((n) => n.id).sort()).toEqual([
            'authoritative',
            'browser',
            'gateway',
            'os',
            'resolver',
            'root',
            'server',
            'switch',
            'tld',
          ]);
          for (const n of l.nodes) {
            expect(n.x - n.w / 2, n.id).toBeGreaterThan(0);
            expect(n.x + n.w / 2, n.id).toBeLessThan(l.width);
            expect(n.y - n.h / 2, n.id).toBeGreaterThan(0);
            expect(n.y + n.h / 2, n.id).toBeLessThan(l.height);
          }
          for (const a of l.nodes)
            for (const b of l.nodes)
              if (a !== b) expect(overlap(a, b), `${a.id} × ${b.id}`).toBe(false);
          // LAN nodes left of the LAN's edge, Internet nodes right of it; the gateway on it.
          const edge = l.lan.x + l.lan.w;
          expect(box(l, 'gateway').x).toBe(edge);
          for (const n of l.nodes) {
            if (n.id === 'gateway') continue;
            if (n.onLan) expect(n.x + n.w / 2, n.id).toBeLessThan(edge);
            else expect(n.x - n.w / 2, n.id).toBeGreaterThan(edge);
          }
          // The browser over the OS, both inside the client host's box.
          const h = l.host;
          for (const id of ['browser', 'os'] as const) {
            const n = box(l, id);
            expect(n.x - n.w / 2).toBeGreaterThan(h.x);
            expect(n.x + n.w / 2).toBeLessThan(h.x + h.w);
            expect(n.y - n.h / 2).toBeGreaterThan(h.y);
            expect(n.y + n.h / 2).toBeLessThan(h.y + h.h);
          }
          expect(box(l, 'browser').y).toBeLessThan(box(l, 'os').y);
        });

  it('labels each node with its name, IP and MAC where known, and the LAN with its prefix', () => {
    const l = layoutTopology(journeyFixture(), { width: 800, label: jvLabel });
    const lines = (id: JourneyNode) => box(l, id).lines.map((x) => x.text);
    expect(lines('os')).toEqual(['OS · stub resolver', '192.168.1.10', 'MAC 3c:22:fb:5a:10:0a']);
    expect(lines('browser')).toEqual(['Browser']);
    expect(lines('gateway')).toEqual(['Gateway (router)', '192.168.1.1', 'MAC c8:3a:35:01:00:01']);
    expect(lines('root')).toEqual(['Root server', 'a.root-servers.net', '198.41.0.4']);
    expect(lines('server')).toEqual(['Web server', 'www.example.com', '93.184.216.34']);
    expect(lines('switch')).toEqual(['LAN switch']);
    expect(l.lan.title).toBe('LAN 192.168.1.0/24');
    expect(l.lan.subtitle).toBe('mask 255.255.255.0');
    const zh = layoutTopology(journeyFixture(), { width: 800, label: jvLabelZh });
    expect(zh.nodes.find((n) => n.id === 'authoritative')!.lines[0]!.text).toBe('权威域名服务器');
  });

  it('draws every link of the topology once, between the two centres', () => {
    const trace = journeyFixture();
    const l = layoutTopology(trace, { width: 800, label: jvLabel });
    expect(l.links.map((k) => k.id).sort()).toEqual(
      trace.topology.links.map(([a, b]) => linkId(a, b)).sort(),
    );
    const sw = l.links.find((k) => k.id === 'gateway|switch')!;
    expect([sw.x1, sw.y1, sw.x2, sw.y2]).toEqual([
      box(l, sw.a).x,
      box(l, sw.a).y,
      box(l, sw.b).x,
      box(l, sw.b).y,
    ]);
    expect(sw.lan).toBe(true);
    expect(l.links.find((k) => k.id === 'resolver|root')!.lan).toBe(false);
  });
});

describe('layoutTopology: messages', () => {
  const trace = journeyFixture();
  const l = layoutTopology(trace, { width: 800, label: jvLabel });

  it('maps a message path onto the links it crosses, in travel order', () => {
    const syn = msgAt(l, 10);
    expect(syn.path).toEqual(['browser', 'os', 'switch', 'gateway', 'server']);
    expect(syn.hops).toEqual([
      { link: 'browser|os', from: 'browser', to: 'os' },
      { link: 'os|switch', from: 'os', to: 'switch' },
      { link: 'gateway|switch', from: 'switch', to: 'gateway' },
      { link: 'gateway|server', from: 'gateway', to: 'server' },
    ]);
    const ids = new Set(l.links.map((k) => k.id));
    for (const m of l.messages) for (const h of m.hops) expect(ids.has(h.link), h.link).toBe(true);
    const synAck = msgAt(l, 11);
    expect(synAck.hops.map((h) => `${h.from}>${h.to}`)).toEqual([
      'server>gateway',
      'gateway>switch',
      'switch>os',
      'os>browser',
    ]);
    expect(msgAt(l, 8).hops).toEqual([{ link: 'resolver|root', from: 'resolver', to: 'root' }]);
  });

  it('says what each packet is', () => {
    const texts = l.messages.map((m) => [m.step, m.text]);
    expect(texts).toEqual([
      [5, 'ARP who-has 192.168.1.1 (broadcast)'],
      [6, 'ARP 192.168.1.1 is-at c8:3a:35:01:00:01'],
      [7, 'DNS query A www.example.com'],
      [8, 'DNS query A www.example.com'],
      [9, 'DNS referral: com. NS a.gtld-servers.net'],
      [10, 'SYN'],
      [11, 'SYN, ACK'],
      [12, 'ClientHello'],
      [13, 'ServerHello +4'],
      [14, 'GET /index.html'],
      [15, 'HTTP/1.1 200 OK'],
    ]);
    expect(msgAt(l, 7).alt).toBe(
      'DNS query A www.example.com: OS · stub resolver (192.168.1.10) → Local DNS resolver (203.0.113.53), via LAN switch, Gateway (router)',
    );
  });

  it('puts the packet just outside the sender at 0, halfway at 0.5, at the receiver at 1', () => {
    const q = msgAt(l, 8); // resolver → root: one straight hop
    const [t] = q.tracks;
    const res = box(l, 'resolver');
    const root = box(l, 'root');
    const len = Math.hypot(root.x - res.x, root.y - res.y);
    expect(t!.at).toEqual([0, len]);
    const p0 = packetPositions(q, 0)[0]!;
    const p1 = packetPositions(q, 1)[0]!;
    const half = packetPositions(q, 0.5)[0]!;
    // Outside both boxes, on the segment between the centres.
    expect(p0.x).toBeGreaterThan(res.x + res.w / 2);
    expect(p1.x).toBeLessThan(root.x - root.w / 2);
    const along = (p: { x: number; y: number }) => Math.hypot(p.x - res.x, p.y - res.y);
    expect(along(p0)).toBeCloseTo(t!.start, 5);
    expect(along(p1)).toBeCloseTo(t!.end, 5);
    expect(along(half)).toBeCloseTo((t!.start + t!.end) / 2, 5);
    expect(half.x).toBeCloseTo((p0.x + p1.x) / 2, 5);
    expect(half.y).toBeCloseTo((p0.y + p1.y) / 2, 5);
    // Out of range clamps.
    expect(packetPositions(q, -1)).toEqual([p0]);
    expect(packetPositions(q, 2)).toEqual([p1]);
  });

  it('follows a multi-hop path through the nodes it crosses', () => {
    const syn = msgAt(l, 10);
    const t = syn.tracks[0]!;
    expect(t.points).toEqual(syn.path.map((id) => ({ x: box(l, id).x, y: box(l, id).y })));
    // Passing the switch: the packet is at its centre at that distance.
    expect(pointAt(t, t.at[2]!)).toEqual({ x: box(l, 'switch').x, y: box(l, 'switch').y });
    const f = (t.at[2]! - t.start) / (t.end - t.start);
    const p = packetPositions(syn, f)[0]!;
    expect(p.x).toBeCloseTo(box(l, 'switch').x, 5);
    expect(p.y).toBeCloseTo(box(l, 'switch').y, 5);
  });

  it('sends an ARP broadcast to every host of the LAN through the switch', () => {
    const lanTrace = journeyFixture({
      network: { resolverIp: '192.168.1.53', serverIp: '192.168.1.80' },
    });
    const lan = layoutTopology(lanTrace, { width: 800, label: jvLabel });
    const arp = msgAt(lan, 5);
    expect(arp.broadcast).toBe(true);
    expect(arp.tracks.map((t) => t.points.length)).toEqual([3, 3, 3]);
    const ends = arp.tracks.map((t) => t.points[2]);
    expect(ends).toEqual(
      (['gateway', 'resolver', 'server'] as const).map((id) => ({
        x: box(lan, id).x,
        y: box(lan, id).y,
      })),
    );
    expect(arp.links.sort()).toEqual([
      'gateway|switch',
      'os|switch',
      'resolver|switch',
      'server|switch',
    ]);
    expect(arp.nodes.sort()).toEqual(['gateway', 'os', 'resolver', 'server', 'switch']);
    expect(arp.alt).toContain('every host of the LAN 192.168.1.0/24');
    // One speed: at 0 all copies are together; a nearer host is reached no later than a farther one.
    const p0 = packetPositions(arp, 0);
    expect(new Set(p0.map((p) => `${p.x},${p.y}`)).size).toBe(1);
    const spans = arp.tracks.map((t) => t.end - t.start);
    const p1 = packetPositions(arp, 1);
    arp.tracks.forEach((t, i) => expect(pointAt(t, t.end)).toEqual(p1[i]));
    expect(Math.max(...spans)).toBeGreaterThan(Math.min(...spans));
    // The reply is unicast: one track.
    expect(msgAt(lan, 6).tracks).toHaveLength(1);
  });

  it('has a focus per step: a message, or what happens at a node', () => {
    expect(l.focus[0]).toBeNull();
    expect(l.focus).toHaveLength(trace.steps + 1);
    const local = l.focus[4];
    expect(local?.kind).toBe('local');
    if (local?.kind !== 'local') return;
    expect(local.local.node).toBe('os');
    expect(local.local.text).toBe('Next hop 192.168.1.1: not in the ARP cache');
    const cache = l.focus[2];
    expect(cache?.kind === 'local' && cache.local.text).toBe('HTTP cache: miss');
  });

  it('keeps the last messages before the step, most recent first', () => {
    expect(recentMessages(l, 13, 3).map((m) => m.step)).toEqual([12, 11, 10]);
    expect(recentMessages(l, 16, 3).map((m) => m.step)).toEqual([15, 14, 13]);
    expect(recentMessages(l, 5, 3)).toEqual([]);
    expect(recentMessages(l, 6, 3).map((m) => m.step)).toEqual([5]);
    expect(recentMessages(l, 0, 3)).toEqual([]);
  });
});

describe('layoutTopology on real traces', () => {
  for (const id of ['journey-first-visit', 'journey-same-subnet', 'journey-subresources']) {
    it(`${id}: every message's hops are links, every step has a focus`, () => {
      const trace = simulateJourney(getJourneyBuiltin(id)!.scenario);
      const l = layoutTopology(trace, { width: 900, label: jvLabel });
      const ids = new Set(l.links.map((k) => k.id));
      for (const m of l.messages) {
        for (const h of m.hops) expect(ids.has(h.link), `${m.id} ${h.link}`).toBe(true);
        for (const t of m.tracks) expect(t.end).toBeGreaterThanOrEqual(t.start);
        expect(m.text).not.toMatch(/\?jv\.|undefined/);
      }
      for (let s = 1; s <= trace.steps; s++) expect(l.focus[s], `step ${s}`).not.toBeNull();
    });
  }

  it('journey-first-visit: an ARP broadcast, then a DNS query through the gateway', () => {
    const trace = simulateJourney(getJourneyBuiltin('journey-first-visit')!.scenario);
    const l = layoutTopology(trace, { width: 900, label: jvLabel });
    const arp = l.messages.find((m) => m.broadcast)!;
    expect(arp.text).toBe('ARP who-has 192.168.1.1 (broadcast)');
    const q = l.messages.find((m) => m.kind === 'dns.message' && m.from === 'os')!;
    expect(q.hops.map((h) => h.link)).toEqual(['os|switch', 'gateway|switch', 'gateway|resolver']);
    expect(l.messages.map((m) => m.text)).toContain('GET /index.html');
    expect(l.messages.map((m) => m.text)).toContain('ClientHello');
  });
});
