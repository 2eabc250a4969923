// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { layoutStateDiagram } from './layout';
import { renderStateDiagram } from './render';
import { vizZhCN } from '../../i18n/viz.zh-CN';

const label = (key: string) => (vizZhCN as Record<string, string>)[key] ?? `?${key}`;
const layout = layoutStateDiagram();
let svg: SVGSVGElement;
beforeEach(() => {
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.replaceChildren(svg);
});
const ids = (sel: string) => [...svg.querySelectorAll(sel)].map((e) => e.getAttribute('data-id'));

describe('renderStateDiagram', () => {
  it('draws all boxes and edges, labels translated, state names in RFC spelling', () => {
    renderStateDiagram(svg, layout, { current: 'LISTEN' }, { label });
    expect(svg.querySelectorAll('.ww-sd-node')).toHaveLength(12);
    expect(svg.querySelectorAll('.ww-sd-edge')).toHaveLength(21);
    expect(svg.querySelector('[data-id="passive-open"] text')?.textContent).toBe('被动打开');
    expect(svg.querySelector('[data-id="SYN-RECEIVED"] text')?.textContent).toBe('SYN-RECEIVED');
    expect(svg.getAttribute('viewBox')).toBe('-16 0 792 830');
  });

  it('highlights the current state and the edge just taken', () => {
    renderStateDiagram(
      svg,
      layout,
      { current: 'ESTABLISHED', lastTransition: { from: 'SYN-SENT', to: 'ESTABLISHED' } },
      { label },
    );
    expect(ids('.ww-sd-node.is-current')).toEqual(['ESTABLISHED']);
    expect(ids('.ww-sd-edge.is-taken')).toEqual(['synsent-synack']);
    expect(svg.querySelector('.ww-sd-note')?.classList.contains('is-taken')).toBe(false);
  });

  it('lights the bottom CLOSED after TIME-WAIT, the top one otherwise, and the note after a reset', () => {
    renderStateDiagram(
      svg,
      layout,
      { current: 'CLOSED', lastTransition: { from: 'TIME-WAIT', to: 'CLOSED' } },
      { label },
    );
    expect(ids('.ww-sd-node.is-current')).toEqual(['CLOSED-2']);
    renderStateDiagram(svg, layout, { current: 'CLOSED' }, { label });
    expect(ids('.ww-sd-node.is-current')).toEqual(['CLOSED']);
    expect(ids('.ww-sd-edge.is-taken')).toEqual([]);
    renderStateDiagram(
      svg,
      layout,
      { current: 'CLOSED', lastTransition: { from: 'ESTABLISHED', to: 'CLOSED' } },
      { label },
    );
    expect(ids('.ww-sd-node.is-current')).toEqual(['CLOSED']);
    expect(svg.querySelector('.ww-sd-note')?.classList.contains('is-taken')).toBe(true);
  });

  it('is idempotent', () => {
    const f = {
      current: 'FIN-WAIT-2' as const,
      lastTransition: { from: 'FIN-WAIT-1' as const, to: 'FIN-WAIT-2' as const },
    };
    renderStateDiagram(svg, layout, f, { label });
    const first = svg.innerHTML;
    renderStateDiagram(
      svg,
      layout,
      { current: 'CLOSED', lastTransition: { from: 'LAST-ACK', to: 'CLOSED' } },
      { label },
    );
    renderStateDiagram(svg, layout, f, { label });
    expect(svg.innerHTML).toBe(first);
  });
});
