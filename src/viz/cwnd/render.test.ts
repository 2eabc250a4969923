// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CwndSample } from '../../engine/congestion/trace';
import { formatMs, formatSegments } from './format';
import {
  layoutCwnd,
  roundAtX,
  roundOfTime,
  stepTime,
  timeAtX,
  xOfRound,
  xOfTime,
  type CwndLayout,
} from './layout';
import { renderCwnd, type CwndRenderContext } from './render';
import { MAX_HIT_RECTS } from './interact';
import {
  builtinTrace,
  congestionTrace,
  cwLabel,
  periodicLosses,
  segmentsTrace,
} from './testTraces';

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

  it('fills each band with its phase’s pattern (tint and hatch: not colour alone)', () => {
    draw(l, 22, { patternPrefix: 'pp' });
    const ids = [...svg.querySelectorAll('.ww-cw-pattern')].map((p) => p.id);
    expect(ids).toEqual(['pp-slowStart', 'pp-congestionAvoidance', 'pp-fastRecovery']);
    for (const band of svg.querySelectorAll('.ww-cw-band')) {
      const phase = /ww-cw-phase-(\w+)/.exec(band.getAttribute('class') ?? '')?.[1];
      expect(band.getAttribute('fill')).toBe(`url(#pp-${phase})`);
    }
    const hatches = ids.map((id) => svg.querySelector(`#${id} .ww-cw-hatch`)?.getAttribute('d'));
    expect(new Set(hatches).size).toBe(3);
    // A made-up prefix per <svg> when the host gives none.
    draw(l, 22);
    expect(q('.ww-cw-band').getAttribute('fill')).toMatch(/^url\(#ww-cw-phase-\d+-\w+\)$/);
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
    expect(svg.querySelectorAll('.ww-cw-layer-series path')).toHaveLength(big.series.length);
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

describe('renderCwnd, segments model', () => {
  const trace = segmentsTrace({ compare: ['tahoe'] });
  const l = layoutCwnd(trace, SIZE);
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const tipTexts = () => [...q('.ww-cw-tip').querySelectorAll('text')].map((t) => t.textContent);

  it('puts the cursor at the time of the step’s first event and veils what follows', () => {
    const steps = [1, 60, 200, 500];
    for (const step of steps) {
      draw(l, step);
      const t = trace.events.find((e) => e.step === step)!.t;
      const x = xOfTime(l, t);
      const cursor = q('.ww-cw-cursor');
      expect(cursor.getAttribute('transform')).toBe(`translate(${r1(x)},0)`);
      expect(cursor.getAttribute('data-step')).toBe(String(step));
      expect(cursor.getAttribute('data-round')).toBe(String(roundOfTime(l, t)));
      expect(cursor.querySelector('text')?.textContent).toBe(`${formatMs(t)} ms`);
      const veil = q('.ww-cw-veil');
      expect(num(veil, 'x')).toBeCloseTo(x, 0);
      expect(num(veil, 'x') + num(veil, 'width')).toBeCloseTo(l.plot.right, 0);
      const column = q('.ww-cw-column');
      expect(num(column, 'x') + num(column, 'width') / 2).toBeCloseTo(
        xOfRound(l, roundOfTime(l, t)),
        0,
      );
    }
    draw(l, 1); // the handshake: before t0, the cursor waits at the left edge
    expect(q('.ww-cw-cursor').getAttribute('transform')).toBe(`translate(${r1(l.plot.left)},0)`);
    draw(l, trace.steps);
    expect(svg.querySelector('.ww-cw-veil')).toBeNull();
    draw(l, 0);
    expect(svg.querySelector('.ww-cw-cursor')).toBeNull();
    expect(q('.ww-cw-layer-series').getAttribute('display')).toBe('none');
  });

  it('draws step lines, loss markers and a time axis labelled in rounds', () => {
    draw(l, trace.steps);
    expect(svg.querySelectorAll('.ww-cw-line.ww-cw-cwnd')).toHaveLength(2);
    expect(q('.ww-cw-line.ww-cw-cwnd.is-main').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+H/);
    expect([...svg.querySelectorAll('.ww-cw-loss text')].map((t) => t.textContent)).toEqual([
      '3 dup ACKs',
      'timeout',
      '3 dup ACKs',
      '3 dup ACKs',
    ]);
    expect(q('.ww-cw-rwnd-label text').textContent).toBe('rwnd = 44.89');
    expect(q('.ww-cw-axis-title').textContent).toBe(
      'Round (time in RTTs since the first data segment)',
    );
    expect(svg.querySelectorAll('.ww-cw-band')).toHaveLength(l.bands.length);
    expect(q('.ww-cw-band').getAttribute('data-to')).toBe(String(l.bands[0]!.to));
  });

  it('fades cwnd above rwnd under the effective window', () => {
    const limited = layoutCwnd(segmentsTrace({ rwnd: 10 }), SIZE);
    draw(limited, 300);
    expect(q('.ww-cw-cwnd.is-main').getAttribute('class')).toContain('is-capped');
    expect(q('.ww-cw-effective').getAttribute('d')).toBe(
      limited.series.find((s) => s.kind === 'effective')!.d,
    );
  });

  it('shows the values at the hovered time and reports the round under the pointer', () => {
    const onRoundClick = vi.fn();
    draw(l, trace.steps, { onRoundClick });
    expect(svg.querySelectorAll('.ww-cw-hit')).toHaveLength(60);
    const x = xOfTime(l, 2400); // Reno in slow start after the timeout
    const t = timeAtX(l, x);
    const round = Math.floor((t - trace.t0) / 100) + 1;
    const at = (samples: readonly CwndSample[]) => samples.filter((s) => s.t <= t).pop()!;
    const reno = at(trace.summary.samples);
    const tahoe = at(trace.compare[0]!.samples);
    const rect = hit(round);
    rect.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: x }));
    expect(tipTexts()).toEqual([
      `Round ${round} · t = ${formatMs(t)} ms`,
      `Reno · cwnd ${formatSegments(reno.cwnd)} · ssthresh ${formatSegments(reno.ssthresh)} · Slow start`,
      `Tahoe · cwnd ${formatSegments(tahoe.cwnd)} · ssthresh ${formatSegments(tahoe.ssthresh)} · ${cwLabel(`cw.phase.${tahoe.phase}`)}`,
      `Effective window = min(cwnd, rwnd = 44.89) = ${formatSegments(Math.min(reno.cwnd, 44.887))}`,
    ]);
    expect(num(q('.ww-cw-hover-time'), 'x1')).toBeCloseTo(x, 0);
    rect.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x }));
    expect(onRoundClick).toHaveBeenLastCalledWith(round);
    // The round of the timeout (20) lists its loss; focused, the tooltip shows the round's start.
    hit(20).focus();
    expect(tipTexts()[0]).toBe(`Round 20 · t = ${formatMs(trace.t0 + 1900)} ms`);
    expect(tipTexts()).toContain('Loss detected: timeout');
    key(hit(20), 'Enter');
    expect(onRoundClick).toHaveBeenLastCalledWith(20);
    expect(svg.querySelector('.ww-cw-hover-time')).not.toBeNull();
  });

  it('maps the overlay’s pointer x to rounds on long runs', () => {
    const onRoundClick = vi.fn();
    const big = layoutCwnd(segmentsTrace({ rounds: 400 }), SIZE);
    draw(big, 10, { onRoundClick });
    const overlay = q('.ww-cw-overlay');
    for (const round of [1, 137, 400]) {
      const x = xOfTime(big, big.time.t0 + (round - 0.5) * 100);
      overlay.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x }));
      expect(onRoundClick).toHaveBeenLastCalledWith(round);
      expect(roundAtX(big, x)).toBe(round);
    }
  });

  it('is idempotent and moves only the cursor, column and veil on a step', async () => {
    const big = layoutCwnd(segmentsTrace({ rounds: 2000 }), SIZE);
    const mid = Math.floor(big.steps / 2);
    // The next step the cursor visibly moves to (several steps can share a time or a pixel).
    let next = mid + 1;
    while (r1(xOfTime(big, stepTime(big, next))) === r1(xOfTime(big, stepTime(big, mid)))) next++;
    draw(big, mid);
    const first = svg.innerHTML;
    draw(big, mid);
    expect(svg.innerHTML).toBe(first);
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    draw(big, next);
    await Promise.resolve();
    records.push(...mo.takeRecords());
    mo.disconnect();
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThanOrEqual(10);
    draw(l, 5);
    draw(big, mid);
    expect(svg.innerHTML).toBe(first);
  });
});
