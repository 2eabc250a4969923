// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { cursorTime, layoutWaterfall, xOfTime, type WaterfallLayout } from './waterfallLayout';
import { renderWaterfall, type WaterfallRenderContext } from './waterfallRender';
import { journeyFixture, jvLabel, jvLabelZh } from './testJourney';

let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const trace = journeyFixture();
const l = layoutWaterfall(trace, { width: 800 });
const draw = (
  layout: WaterfallLayout,
  step: number,
  progress = 0,
  ctx: Partial<WaterfallRenderContext> = {},
) => renderWaterfall(svg, layout, { step, progress }, { label: jvLabel, ...ctx });
const q = <E extends Element = Element>(sel: string): E => {
  const el = svg.querySelector<E>(sel);
  if (!el) throw new Error(`${sel} not drawn`);
  return el;
};
const rowEl = (id: string) => q(`g.ww-wf-row[data-id="${id}"]`);
const texts = (el: Element) => [...el.querySelectorAll('text')].map((t) => t.textContent);
const future = () =>
  [...svg.querySelectorAll('g.ww-wf-row.is-future')].map((e) => e.getAttribute('data-id'));
const hit = (i: number) => q<SVGRectElement>(`.ww-wf-hit[data-row="${i}"]`);
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('renderWaterfall', () => {
  it('draws one row per request: name, status, connection, and the phase bars', () => {
    draw(l, 16);
    expect(svg.querySelectorAll('g.ww-wf-row')).toHaveLength(trace.requests.length);
    expect(texts(rowEl('req-1'))).toEqual(['www.example.com/index.html', '200', '#1']);
    expect(texts(rowEl('req-0'))).toEqual(['http://example.com/index.…', '301', '#9']);
    expect(texts(rowEl('req-10'))).toEqual(['r9.png', '200', '(disk cache)']);
    expect(rowEl('req-10').getAttribute('class')).toContain('is-cache');
    expect(rowEl('req-0').getAttribute('class')).toContain('is-redirect');
    expect(q('g.ww-wf-row[data-id="req-2"] circle').getAttribute('class')).toBe(
      'ww-wf-conn-dot ww-wf-conn-0',
    );
    expect(q('g.ww-wf-row[data-id="req-10"] circle').getAttribute('display')).toBe('none');
    const segs = [...rowEl('req-1').querySelectorAll('rect.ww-wf-seg')];
    expect(segs.map((s) => s.getAttribute('data-phase'))).toEqual([
      'stalled',
      'dns',
      'connect',
      'ssl',
      'send',
      'wait',
      'download',
    ]);
    const row = l.rows.find((r) => r.id === 'req-1')!;
    segs.forEach((s, i) => {
      expect(Number(s.getAttribute('x'))).toBe(row.segments[i]!.x);
      expect(Number(s.getAttribute('width'))).toBe(Math.max(1.5, row.segments[i]!.w));
    });
    // Each bar is filled with its phase's pattern, defined in the svg.
    for (const s of segs) {
      const id = /^url\(#(.+)\)$/.exec(s.getAttribute('fill')!)![1]!;
      expect(svg.querySelector(`pattern[id="${id}"] rect`)!.getAttribute('class')).toBe(
        `ww-wf-pattern-bg ww-ph-${s.getAttribute('data-phase')}`,
      );
    }
    expect(texts(q('.ww-wf-layer-head')).slice(0, 4)).toEqual([
      'Name',
      'Status',
      'Connection',
      '0 ms',
    ]);
  });

  it('puts the cursor at the step’s time and fades the rows not started yet', () => {
    draw(l, 10);
    const cursor = q('.ww-wf-cursor');
    expect(cursor.getAttribute('transform')).toBe(`translate(${xOfTime(l, 142)},0)`);
    expect(cursor.querySelector('text')!.textContent).toBe('142 ms');
    expect(Number(q('.ww-wf-veil').getAttribute('x'))).toBe(xOfTime(l, 142));
    expect(future()).toEqual(l.rows.slice(2).map((r) => r.id));
    draw(l, 10, 0.5);
    expect(q('.ww-wf-cursor').getAttribute('transform')).toBe(
      `translate(${xOfTime(l, cursorTime(l, 10, 0.5))},0)`,
    );
    draw(l, 10, 0.5, { reducedMotion: true });
    expect(q('.ww-wf-cursor').getAttribute('data-t')).toBe('142');
    draw(l, 0);
    expect(svg.querySelector('.ww-wf-cursor')).toBeNull();
    expect(future()).toHaveLength(l.rows.length);
    draw(l, 17); // t = 405: the sub-resources start at 405.5
    expect(future()).toEqual(l.rows.slice(2).map((r) => r.id));
  });

  it('touches only the rows whose state flips on a step', () => {
    draw(l, 9);
    const rows = q('.ww-wf-layer-rows');
    const seen: MutationRecord[] = [];
    const mo = new MutationObserver((m) => seen.push(...m));
    mo.observe(rows, { subtree: true, attributes: true, childList: true, characterData: true });
    draw(l, 10);
    draw(l, 11, 0.4);
    expect(mo.takeRecords().length + seen.length).toBe(0);
    mo.disconnect();
  });

  it('is idempotent: the same input gives the same DOM, whatever came before', () => {
    draw(l, 12, 0.25);
    const first = svg.innerHTML;
    draw(l, 0);
    draw(l, 17, 0.9);
    draw(l, 3);
    draw(l, 12, 0.25);
    expect(svg.innerHTML).toBe(first);
    draw(l, 12, 0.25, { label: jvLabelZh });
    expect(texts(q('.ww-wf-layer-head')).slice(0, 3)).toEqual(['名称', '状态', '连接']);
    expect(texts(rowEl('req-10'))[2]).toBe('(磁盘缓存)');
    draw(l, 12, 0.25);
    expect(svg.innerHTML).toBe(first);
  });

  it('uses the given pattern prefix, so a legend elsewhere can share the patterns', () => {
    draw(l, 1, 0, { patternPrefix: 'legend-x' });
    expect(svg.querySelector('pattern#legend-x-dns')).not.toBeNull();
    expect(q('g.ww-wf-row[data-id="req-1"] rect[data-phase="dns"]').getAttribute('fill')).toBe(
      'url(#legend-x-dns)',
    );
  });

  it('names each row, and gives the hovered or focused row a tooltip with each phase', () => {
    draw(l, 16);
    expect(hit(1).getAttribute('aria-label')).toBe(
      'www.example.com/index.html, status 200, 2 to 405.5 ms',
    );
    expect(hit(10).getAttribute('aria-label')).toBe('r9.png, 200 from the disk cache, at 405.5 ms');
    const tip = q('.ww-wf-tip');
    expect(tip.getAttribute('display')).toBe('none');
    hit(1).dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(tip.hasAttribute('display')).toBe(false);
    expect(texts(tip)).toEqual([
      'https://www.example.com/index.html',
      '200 · Connection #1: new',
      'Stalled: starts at 2 ms, lasts 0.5 ms',
      'DNS Lookup: starts at 2.5 ms, lasts 140 ms',
      'Initial connection: starts at 142.5 ms, lasts 80 ms',
      'SSL: starts at 222.5 ms, lasts 80 ms',
      'Request sent: starts at 302.5 ms, lasts 1 ms',
      'Waiting (TTFB): starts at 303.5 ms, lasts 60 ms',
      'Content Download: starts at 363.5 ms, lasts 42 ms',
      'Total 403.5 ms (2 → 405.5 ms)',
    ]);
    expect(tip.querySelectorAll('.ww-wf-swatch:not([display])')).toHaveLength(7);
    hit(8).dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(texts(tip).slice(1, 3)).toEqual([
      '200 · Connection #1: reused (keep-alive)',
      'Queueing: starts at 405.5 ms, lasts 81 ms',
    ]);
    svg.dispatchEvent(new MouseEvent('pointerleave'));
    expect(tip.getAttribute('display')).toBe('none');
  });

  it('has one tab stop, moved with the arrow keys, described by the tooltip', () => {
    draw(l, 16);
    const stops = () =>
      [...svg.querySelectorAll('[tabindex="0"]')].map((e) => e.getAttribute('data-row'));
    expect(stops()).toEqual(['0']);
    hit(0).focus();
    key(hit(0), 'ArrowDown');
    expect(stops()).toEqual(['1']);
    expect(document.activeElement).toBe(hit(1));
    expect(hit(1).getAttribute('aria-describedby')).toBe(q('.ww-wf-tip').id);
    expect(q('.ww-wf-tip').hasAttribute('display')).toBe(false);
    expect(texts(q('.ww-wf-tip'))[0]).toBe('https://www.example.com/index.html');
    key(hit(1), 'End');
    expect(stops()).toEqual([String(l.rows.length - 1)]);
    key(hit(l.rows.length - 1), 'Home');
    expect(stops()).toEqual(['0']);
    key(hit(0), 'ArrowUp');
    expect(stops()).toEqual(['0']);
    hit(0).blur();
    expect(q('.ww-wf-tip').getAttribute('display')).toBe('none');
  });
});
