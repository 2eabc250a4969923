// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutCwnd, xOfRound, type CwndLayout } from './layout';
import { renderCwnd, type CwndRenderContext } from './render';
import { MAX_HIT_RECTS } from './interact';
import { builtinTrace, congestionTrace, cwLabel, periodicLosses } from './testTraces';

let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const SIZE = { width: 800, height: 400 };
const draw = (l: CwndLayout, step: number, ctx: Partial<CwndRenderContext> = {}) =>
  renderCwnd(svg, l, { step }, { label: cwLabel, ...ctx });
const q = <E extends Element = Element>(sel: string): E => {
  const el = svg.querySelector<E>(sel);
  if (!el) throw new Error(`${sel} not drawn`);
  return el;
};
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const hit = (round: number) => q<SVGRectElement>(`.ww-cw-hit[data-round="${round}"]`);
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('renderCwnd', () => {
  const trace = builtinTrace('cc-reno-vs-tahoe');
  const l = layoutCwnd(trace, SIZE);

  it('draws only axes at step 0 (nothing sent yet)', () => {
    draw(l, 0);
    for (const name of ['bands', 'series', 'marks'])
      expect(q(`.ww-cw-layer-${name}`).getAttribute('display')).toBe('none');
    expect(svg.querySelector('.ww-cw-cursor')).toBeNull();
    expect(svg.querySelector('.ww-cw-veil')).toBeNull();
    const ticks = [...svg.querySelectorAll('.ww-cw-tick-label')].map((t) => t.textContent);
    expect(ticks).toContain('22');
    expect(ticks).toContain('24');
    expect(q('.ww-cw-axis-title').textContent).toBe('Transmission round');
    draw(l, 1);
    expect(q('.ww-cw-layer-series').hasAttribute('display')).toBe(false);
  });

  it('moves the cursor to the step and veils the rounds after it', () => {
    for (const step of [1, 7, 13]) {
      draw(l, step);
      const cursor = q('.ww-cw-cursor');
      expect(cursor.getAttribute('data-round')).toBe(String(step));
      const x = Math.round(xOfRound(l, step) * 10) / 10;
      expect(cursor.getAttribute('transform')).toBe(`translate(${x},0)`);
      expect(cursor.querySelector('text')?.textContent).toBe(String(step));
      const veil = q('.ww-cw-veil');
      expect(num(veil, 'x')).toBeCloseTo(xOfRound(l, step) + l.colWidth / 2, 0);
      expect(num(veil, 'x') + num(veil, 'width')).toBeCloseTo(l.plot.right, 0);
    }
    draw(l, 22);
    expect(svg.querySelector('.ww-cw-veil')).toBeNull();
    draw(l, 99); // clamped to the last round
    expect(q('.ww-cw-cursor').getAttribute('data-round')).toBe('22');
  });

  it('draws series, bands, and the loss marker with its translated label', () => {
    draw(l, 22);
    expect(svg.querySelectorAll('.ww-cw-line.ww-cw-cwnd')).toHaveLength(2);
    expect(q('.ww-cw-line.is-main').getAttribute('class')).toContain('ww-cw-alg-reno');
    expect(q('.ww-cw-ssthresh').getAttribute('d')).toBe(l.series[0]!.d);
    expect(svg.querySelectorAll('.ww-cw-band')).toHaveLength(4);
    expect(q('.ww-cw-loss-tripleDupAck text').textContent).toBe('3 dup ACKs');
    expect(q('[clip-path]').getAttribute('clip-path')).toBe(
      `url(#${q('.ww-cw-clip').getAttribute('id')})`,
    );
  });

  it('reports clicks, Enter and Space on a round, with an add/remove aria-label', () => {
    const onRoundClick = vi.fn();
    draw(l, 5, { onRoundClick });
    expect(svg.querySelectorAll('.ww-cw-hit')).toHaveLength(22);
    expect(hit(7).getAttribute('role')).toBe('button');
    expect(hit(7).getAttribute('aria-label')).toBe('Round 7: add loss');
    expect(hit(12).getAttribute('aria-label')).toBe('Round 12: remove loss');
    hit(7).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onRoundClick).toHaveBeenLastCalledWith(7);
    key(hit(3), 'Enter');
    expect(onRoundClick).toHaveBeenLastCalledWith(3);
    key(hit(4), ' ');
    expect(onRoundClick).toHaveBeenLastCalledWith(4);
    expect(onRoundClick).toHaveBeenCalledTimes(3);
    draw(l, 5); // without a handler: not buttons, nothing reported
    expect(hit(7).getAttribute('role')).toBe('img');
    hit(7).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onRoundClick).toHaveBeenCalledTimes(3);
  });

  it('has one tab stop, moved by the arrow keys, and describes the focused round', () => {
    draw(l, 5, { onRoundClick: () => {} });
    const stops = () =>
      [...svg.querySelectorAll('[tabindex="0"]')].map((e) => e.getAttribute('data-round'));
    expect(stops()).toEqual(['1']);
    hit(11).focus();
    expect(stops()).toEqual(['11']);
    key(hit(11), 'ArrowRight');
    expect(stops()).toEqual(['12']);
    expect(document.activeElement).toBe(hit(12));
    const tip = q('.ww-cw-tip');
    expect(hit(12).getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.hasAttribute('display')).toBe(false);
    expect([...tip.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Round 12',
      'Reno · cwnd 16 · ssthresh 8 · Congestion avoidance',
      'Tahoe · cwnd 16 · ssthresh 8 · Congestion avoidance',
      'Loss detected: 3 dup ACKs',
    ]);
    key(hit(12), 'End');
    expect(stops()).toEqual(['22']);
    hit(22).blur();
    expect(tip.getAttribute('display')).toBe('none');
  });

  it('shows a fractional CUBIC window with 2 decimals in the tooltip', () => {
    const cubic = layoutCwnd(builtinTrace('cc-cubic-recovery'), SIZE);
    draw(cubic, 18);
    q<SVGRectElement>('.ww-cw-hit[data-round="7"]').focus();
    expect(q('.ww-cw-tip').textContent).toContain('CUBIC · cwnd 32.53 · ssthresh 32');
  });

  it('is idempotent: the same input gives the same DOM, whatever came before', () => {
    const other = layoutCwnd(builtinTrace('cc-timeout'), SIZE);
    draw(l, 8);
    const first = svg.innerHTML;
    draw(l, 8);
    expect(svg.innerHTML).toBe(first);
    draw(l, 15);
    draw(other, 3);
    draw(layoutCwnd(trace, SIZE), 8); // a new layout object with the same content
    expect(svg.innerHTML).toBe(first);
  });

  it('uses one overlay with pointer → round math for long runs', () => {
    const onRoundClick = vi.fn();
    const t = congestionTrace({ rounds: 400, losses: periodicLosses(400, 50) });
    const big = layoutCwnd(t, SIZE);
    expect(big.rounds).toBeGreaterThan(MAX_HIT_RECTS);
    draw(big, 10, { onRoundClick });
    const hits = svg.querySelectorAll('.ww-cw-hit');
    expect(hits).toHaveLength(1);
    const overlay = hits[0]!;
    expect(overlay.getAttribute('aria-label')).toBe('Round 1: add loss');
    // jsdom has no layout: the svg's box is at 0 with width 0, so clientX is the layout x.
    const x = xOfRound(big, 250);
    overlay.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x }));
    expect(onRoundClick).toHaveBeenLastCalledWith(250);
    (overlay as SVGRectElement).focus();
    key(overlay, 'PageUp');
    expect(overlay.getAttribute('aria-label')).toBe('Round 41: add loss');
    key(overlay, 'ArrowDown');
    key(overlay, 'ArrowDown');
    key(overlay, 'Enter');
    expect(onRoundClick).toHaveBeenLastCalledWith(39);
  });

  it('moves only the cursor, column and veil on a step of a 10,000-round chart', async () => {
    const t = congestionTrace({
      rounds: 10_000,
      initialSsthresh: 64,
      compare: ['tahoe'],
      losses: periodicLosses(10_000, 97),
    });
    const big = layoutCwnd(t, SIZE);
    draw(big, 5000);
    expect(svg.querySelectorAll('path')).toHaveLength(big.series.length);
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    draw(big, 5001);
    await Promise.resolve();
    records.push(...mo.takeRecords());
    mo.disconnect();
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThanOrEqual(8);
  });
});
