// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { layoutTopology, packetPositions, type TopologyLayout } from './topologyLayout';
import { RECENT, renderTopology, topologyAlt, type TopologyRenderContext } from './topologyRender';
import { journeyFixture, jvLabel, jvLabelZh } from './testJourney';

let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const trace = journeyFixture();
const l = layoutTopology(trace, { width: 800, label: jvLabel });
const draw = (
  layout: TopologyLayout,
  step: number,
  progress = 0,
  ctx: Partial<TopologyRenderContext> = {},
) => renderTopology(svg, layout, { step, progress }, { label: jvLabel, ...ctx });
const q = <E extends Element = Element>(sel: string): E => {
  const el = svg.querySelector<E>(sel);
  if (!el) throw new Error(`${sel} not drawn`);
  return el;
};
const cls = (sel: string) => q(sel).getAttribute('class') ?? '';
const node = (id: string) => `g.ww-topo-node[data-id="${id}"]`;
const num = (el: Element, a: string) => Number(el.getAttribute(a));
/** Centre of the packet rect. */
const packetAt = (el: Element) => ({ x: num(el, 'x') + 8, y: num(el, 'y') + 6 });

describe('renderTopology', () => {
  it('draws the regions, nine nodes with their lines, and the links', () => {
    draw(l, 0);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${l.width} ${l.height}`);
    expect(svg.querySelectorAll('g.ww-topo-node')).toHaveLength(9);
    expect(svg.querySelectorAll('line.ww-topo-link')).toHaveLength(l.links.length);
    expect([...q(node('gateway')).querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Gateway (router)',
      '192.168.1.1',
      'MAC c8:3a:35:01:00:01',
    ]);
    expect(q('g.ww-topo-lan').textContent).toBe('LAN 192.168.1.0/24mask 255.255.255.0');
    expect(q('g.ww-topo-internet').textContent).toBe('Internet');
    // Step 0: nothing travels, nothing is highlighted.
    expect(svg.querySelector('.ww-topo-pkt')).toBeNull();
    expect(svg.querySelector('.ww-topo-route')).toBeNull();
    expect(svg.querySelector('.is-active, .is-from, .is-to, .is-focus')).toBeNull();
  });

  it('moves the step’s packet along its route with progress, labelled with what it is', () => {
    const syn = l.focus[10]!;
    if (syn.kind !== 'message') throw new Error('not a message');
    for (const p of [0, 0.5, 1]) {
      draw(l, 10, p);
      const pkts = svg.querySelectorAll('.ww-topo-pkt');
      expect(pkts).toHaveLength(1);
      const want = packetPositions(syn.message, p)[0]!;
      expect(packetAt(pkts[0]!).x).toBeCloseTo(want.x, 0);
      expect(packetAt(pkts[0]!).y).toBeCloseTo(want.y, 0);
      expect(q('.ww-topo-tag text').textContent).toBe('SYN');
    }
    expect(cls('.ww-topo-pkt')).toContain('ww-proto-tcp');
    expect(cls(node('browser'))).toContain('is-from');
    expect(cls(node('server'))).toContain('is-to');
    expect(cls(node('gateway'))).toContain('is-active');
    expect(cls(node('root'))).not.toMatch(/is-/);
    const active = [...svg.querySelectorAll('line.ww-topo-link.is-active')].map((e) =>
      e.getAttribute('data-id'),
    );
    expect(active.sort()).toEqual(['browser|os', 'gateway|server', 'gateway|switch', 'os|switch']);
    expect(q('.ww-topo-route').getAttribute('marker-end')).toMatch(
      /^url\(#ww-topo-\d+-arrow-tcp\)$/,
    );
    const marker = q('marker.ww-topo-arrow.ww-proto-tcp');
    expect(q('.ww-topo-route').getAttribute('marker-end')).toBe(`url(#${marker.id})`);
  });

  it('keeps the packet at its step’s start under reduced motion', () => {
    draw(l, 10, 0);
    const start = packetAt(q('.ww-topo-pkt'));
    draw(l, 10, 0.7, { reducedMotion: true });
    expect(packetAt(q('.ww-topo-pkt'))).toEqual(start);
  });

  it('floods an ARP broadcast over the whole LAN', () => {
    const lanTrace = journeyFixture({
      network: { resolverIp: '192.168.1.53', serverIp: '192.168.1.80' },
    });
    const lan = layoutTopology(lanTrace, { width: 800, label: jvLabel });
    draw(lan, 5, 0.8);
    expect(svg.querySelectorAll('.ww-topo-pkt')).toHaveLength(3);
    expect(svg.querySelectorAll('.ww-topo-route')).toHaveLength(3);
    expect(cls('g.ww-topo-lan')).toContain('is-broadcast');
    for (const id of ['gateway', 'resolver', 'server']) expect(cls(node(id))).toContain('is-to');
    expect(q('.ww-topo-tag text').textContent).toBe('ARP who-has 192.168.1.1 (broadcast)');
    draw(lan, 6, 0.5); // the reply: one packet, no flood
    expect(svg.querySelectorAll('.ww-topo-pkt')).toHaveLength(1);
    expect(cls('g.ww-topo-lan')).not.toContain('is-broadcast');
  });

  it('shows what happens at a node on a step that sends nothing', () => {
    draw(l, 4);
    expect(svg.querySelector('.ww-topo-pkt')).toBeNull();
    expect(q('.ww-topo-bubble').getAttribute('data-node')).toBe('os');
    expect(q('.ww-topo-bubble text').textContent).toBe(
      'Next hop 192.168.1.1: not in the ARP cache',
    );
    expect(cls(node('os'))).toContain('is-focus');
    draw(l, 5);
    expect(svg.querySelector('.ww-topo-bubble')).toBeNull();
  });

  it('draws the last messages faintly, the oldest the faintest', () => {
    draw(l, 14);
    const recent = [...svg.querySelectorAll('.ww-topo-recent')];
    expect(recent).toHaveLength(RECENT);
    expect(recent.map((e) => e.getAttribute('data-id'))).toEqual(
      [13, 12, 11].map((s) => trace.events.find((e) => e.step === s)!.id),
    );
    expect(recent.map((e) => e.getAttribute('class'))).toEqual([
      'ww-topo-recent ww-proto-tls is-age-1',
      'ww-topo-recent ww-proto-tls is-age-2',
      'ww-topo-recent ww-proto-tcp is-age-3',
    ]);
  });

  it('keeps the label off the node boxes where there is room', () => {
    draw(l, 8, 0.5);
    const tag = q('.ww-topo-tag rect');
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => num(tag, a));
    for (const n of l.nodes)
      expect(
        x! < n.x + n.w / 2 &&
          x! + w! > n.x - n.w / 2 &&
          y! < n.y + n.h / 2 &&
          y! + h! > n.y - n.h / 2,
        n.id,
      ).toBe(false);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x! + w!).toBeLessThanOrEqual(l.width);
  });

  it('is idempotent: the same input gives the same DOM, whatever came before', () => {
    draw(l, 13, 0.3);
    const first = svg.innerHTML;
    draw(l, 4);
    draw(l, 5, 0.9);
    draw(l, 13, 0.3);
    expect(svg.innerHTML).toBe(first);
    const zh = layoutTopology(trace, { width: 800, label: jvLabelZh });
    draw(zh, 13, 0.3, { label: jvLabelZh });
    expect(q(node('resolver')).textContent).toContain('本地 DNS 服务器');
    draw(l, 13, 0.3);
    expect(svg.innerHTML).toBe(first);
  });

  it('says in words what travels where', () => {
    expect(topologyAlt(l, 0, jvLabel)).toBe('Nothing has happened yet.');
    expect(topologyAlt(l, 8, jvLabel)).toBe(
      'Step 8: DNS query A www.example.com: Local DNS resolver (203.0.113.53) → Root server (198.41.0.4)',
    );
    expect(topologyAlt(l, 2, jvLabel)).toBe('Step 2: Browser: HTTP cache: miss');
    const zh = layoutTopology(trace, { width: 800, label: jvLabelZh });
    expect(topologyAlt(zh, 10, jvLabelZh)).toBe(
      '第 10 步：SYN：浏览器（192.168.1.10） → Web 服务器（93.184.216.34），经过局域网交换机、默认网关（路由器）',
    );
  });
});
