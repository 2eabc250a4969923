// @vitest-environment jsdom
// The capture charts in the DOM: marks and axes drawn, the cursor, veil and step mark per step
// (and nothing else rewritten), the tooltip, click/Enter to seek, a drag to zoom, keyboard, names.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureFlightTrace } from '../../capture/flight';
import { layoutTcptrace, xOfTime, type TcptraceLayout } from './layout';
import { renderTcptrace, type TcptraceRenderContext } from './render';
import { bulkConversation, ConvBuilder, lossConversation, ttLabel } from './testConversations';
import { flightSummary, segmentTipLines, seqSummary } from './text';
import { flightEn } from '../../i18n/flight.en';
import { flightZhCN } from '../../i18n/flight.zh-CN';

let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const SIZE = { width: 800, seqHeight: 400, flightHeight: 200 };
const q = <E extends Element = Element>(sel: string): E => {
  const el = svg.querySelector<E>(sel);
  if (!el) throw new Error(`${sel} not drawn`);
  return el;
};
const draw = (
  l: TcptraceLayout,
  step: number,
  panel: 'seq' | 'flight' = 'seq',
  ctx: Partial<TcptraceRenderContext> = {},
) => renderTcptrace(svg, l, panel, { step }, { label: ttLabel, ...ctx });
const pointer = (type: string, clientX: number, target: Element = q('.ww-tt-hit')) =>
  target.dispatchEvent(
    new MouseEvent(type, { clientX, clientY: 100, bubbles: true, button: 0 }) as PointerEvent,
  );
const key = (k: string) =>
  q('.ww-tt-hit').dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
  );

describe('renderTcptrace', () => {
  const trace = captureFlightTrace(lossConversation());
  const l = layoutTcptrace(trace, SIZE);

  it('draws the series, axes in the language, and the retransmission marks', () => {
    draw(l, 0);
    const ids = [...svg.querySelectorAll('.ww-tt-layer-series path')].map((p) =>
      p.getAttribute('data-id'),
    );
    expect(ids).toEqual(l.seq.paths.map((p) => p.id));
    expect(q('[data-id="fast-retransmission-marks"]').getAttribute('class')).toBe(
      'ww-tt-mark ww-tt-fast',
    );
    expect(q('[data-id="data"]').getAttribute('class')).toBe('ww-tt-bar ww-tt-data');
    const titles = [...svg.querySelectorAll('.ww-tt-axis-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Time since the first frame (ms)', 'Relative sequence number (bytes)']);
    expect(q('.ww-tt-above').textContent).toBe('↑ ACK + window up to 71,241');
    draw(l, 0, 'seq', { label: (k, p) => `${ttLabel(k, p)}!` });
    expect(q('.ww-tt-axis-title').textContent).toBe('Time since the first frame (ms)!');
  });

  it('at step 0 veils the whole plot and shows no cursor', () => {
    draw(l, 0);
    expect(svg.querySelector('.ww-tt-cursor')).toBeNull();
    expect(Number(q('.ww-tt-veil').getAttribute('x'))).toBe(l.left);
  });

  it('moves the cursor and the veil to the step’s time, and marks its segment', () => {
    draw(l, 13);
    const x = Math.round(xOfTime(l, 54) * 10) / 10;
    expect(q('.ww-tt-cursor').getAttribute('transform')).toBe(`translate(${x},0)`);
    expect(q('.ww-tt-cursor text').textContent).toBe('54 ms');
    expect(Number(q('.ww-tt-veil').getAttribute('x'))).toBe(x);
    expect(q('.ww-tt-now-bar').getAttribute('d')).toMatch(new RegExp(`^M${x},`));
    draw(l, 10); // a duplicate ACK: a ring on the ACK line
    expect(svg.querySelector('.ww-tt-now-bar')).toBeNull();
    expect(svg.querySelector('.ww-tt-now-ring')).not.toBeNull();
    draw(l, 15); // the last step: nothing left to veil
    expect(svg.querySelector('.ww-tt-veil')).toBeNull();
    draw(l, 99);
    expect(q('.ww-tt-cursor').getAttribute('data-step')).toBe('15');
  });

  it('rewrites only the step’s elements when the step moves', () => {
    draw(l, 5);
    const series = q('.ww-tt-layer-series');
    const axes = q('.ww-tt-layer-axes');
    const seen: string[] = [];
    const mo = new MutationObserver((records) => {
      for (const r of records) {
        const el = (r.target.nodeType === 1 ? r.target : r.target.parentElement) as Element;
        if (series.contains(el) || axes.contains(el)) seen.push(r.type);
      }
    });
    mo.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    draw(l, 6);
    draw(l, 12);
    mo.takeRecords().forEach(() => {});
    mo.disconnect();
    expect(seen).toEqual([]);
  });

  it('draws the bytes-in-flight chart with its own axis and the step’s value', () => {
    draw(l, 8, 'flight');
    const titles = [...svg.querySelectorAll('.ww-tt-axis-title')].map((t) => t.textContent);
    expect(titles[1]).toBe('Bytes in flight (bytes)');
    expect(q('.ww-tt-above').textContent).toBe('↑ window up to 65,535 bytes');
    expect(
      [...svg.querySelectorAll('.ww-tt-layer-series path')].map((p) => p.getAttribute('data-id')),
    ).toEqual(['rwnd', 'flight', 'fast-retransmission-marks']);
    expect(svg.querySelector('.ww-tt-now-ring')).not.toBeNull();
  });

  it('shows the nearest segment’s tooltip on hover; a click seeks to it', () => {
    const onSeek = vi.fn();
    draw(l, 15, 'seq', { onSeek });
    pointer('pointermove', xOfTime(l, 53.8));
    const tip = q('.ww-tt-tip');
    expect(tip.hasAttribute('display')).toBe(false);
    expect([...tip.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Frame 13 · t = 54 ms',
      'Bytes 1,449–2,896 (1,448 bytes)',
      'Fast retransmission of frame 5',
      'Latest ACK from the server: 1,449 · window 64,000 bytes',
      'In flight after it: 5,792 bytes',
    ]);
    pointer('pointerdown', xOfTime(l, 30.2));
    pointer('pointerup', xOfTime(l, 30.2));
    expect(onSeek).toHaveBeenCalledWith(4);
    pointer('pointerleave', 0, svg);
    expect(tip.getAttribute('display')).toBe('none');
  });

  it('zooms to a range dragged across the plot', () => {
    const onZoom = vi.fn();
    const onSeek = vi.fn();
    draw(l, 15, 'seq', { onZoom, onSeek });
    pointer('pointerdown', xOfTime(l, 50));
    pointer('pointermove', xOfTime(l, 56));
    expect(svg.querySelector('.ww-tt-brush')).not.toBeNull();
    pointer('pointerup', xOfTime(l, 56));
    expect(svg.querySelector('.ww-tt-brush')).toBeNull();
    expect(onSeek).not.toHaveBeenCalled();
    const w = onZoom.mock.calls[0]![0] as { t0: number; t1: number };
    expect(w.t0).toBeCloseTo(50, 1);
    expect(w.t1).toBeCloseTo(56, 1);
  });

  it('is one focusable, named overlay: arrows walk the segments, Enter seeks', () => {
    const onSeek = vi.fn();
    draw(l, 8, 'seq', { onSeek });
    const hit = q<SVGRectElement>('.ww-tt-hit');
    expect(hit.getAttribute('tabindex')).toBe('0');
    expect(hit.getAttribute('role')).toBe('button');
    expect(hit.getAttribute('aria-label')).toBe(
      'Time/sequence graph: frame 8, step 8. Arrow keys move between the segments in view; Enter goes to this one.',
    );
    expect(hit.getAttribute('aria-describedby')).toBe(q('.ww-tt-tip').id);
    hit.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(q('.ww-tt-tip text').textContent).toBe('Frame 8 · t = 34 ms');
    key('ArrowRight');
    expect(q('.ww-tt-tip text').textContent).toBe('Frame 13 · t = 54 ms');
    expect(hit.getAttribute('aria-label')).toMatch(/^Time\/sequence graph: frame 13, step 13\./);
    key('Home');
    key('Enter');
    expect(onSeek).toHaveBeenCalledWith(4);
    key('End');
    key(' ');
    expect(onSeek).toHaveBeenLastCalledWith(13);
  });

  it('has a text alternative of each chart', () => {
    expect(seqSummary(trace, ttLabel)).toBe(
      'Data segments sent by the client: 6 (8,688 bytes, retransmissions included), from 30 ms to 54 ms, up to byte 7,240. Retransmissions among them: 1 (fast retransmissions: 1). The server’s ACKs reached 7,241; duplicate ACKs: 3. SACK blocks reported: 3.',
    );

    expect(flightSummary(trace, ttLabel)).toBe(
      'Bytes in flight peaked at 7,240 bytes, at 34 ms. The largest advertised window was 65,535 bytes.',
    );
    const server = captureFlightTrace(lossConversation(), 'server');
    expect(seqSummary(server, ttLabel)).toBe(
      'The server sent no data in this conversation: there is nothing to draw in this direction.',
    );
  });
});

describe('catalog', () => {
  it('has every key the charts ask for, in both languages', () => {
    const used = new Set<string>();
    const label = (k: string, p?: Record<string, unknown>) => (used.add(k), ttLabel(k, p));
    const b = new ConvBuilder().handshake();
    b.data('client', 30, 1000);
    b.data('client', 40, 1000, { seq: 1, analysis: ['retransmission'] });
    b.data('client', 50, 1000, { seq: 1, analysis: ['retransmission', 'fast-retransmission'] });
    b.ack('server', 60, 1001, 900_000, { sack: [[1001, 2001]] });
    for (const conv of [lossConversation(), b.build(), bulkConversation(3000)])
      for (const sender of ['client', 'server'] as const) {
        const trace = captureFlightTrace(conv, sender);
        for (const window of [undefined, { t0: 0, t1: 1e6 }]) {
          const l = layoutTcptrace(trace, { ...SIZE, window });
          for (const panel of ['seq', 'flight'] as const) {
            for (const kind of l[panel].legend) label(`tt.legend.${kind}`);
            draw(l, trace.steps, panel, { label });
          }
        }
        for (const s of trace.flight.segments) segmentTipLines(trace, s, label);
        seqSummary(trace, label);
        flightSummary(trace, label);
      }
    for (const key of used) {
      expect(Object.keys(flightEn), key).toContain(key);
      expect(Object.keys(flightZhCN), key).toContain(key);
    }
    for (const key of [
      'tt.axis.time.s',
      'tt.unit.1000',
      'tt.tip.retransmission',
      'tt.rwndAbove.flight',
    ])
      expect(used.has(key), key).toBe(true);
  });
});

describe('renderTcptrace: 100,000 segments', () => {
  it('steps without touching the drawn series', () => {
    const trace = captureFlightTrace(bulkConversation(100_000));
    const l = layoutTcptrace(trace, SIZE);
    draw(l, 1);
    const paths = [...svg.querySelectorAll('.ww-tt-layer-series path')];
    const before = paths.map((p) => p.getAttribute('d'));
    for (const step of [10, 5_000, 50_000, 99_999, trace.steps]) draw(l, step);
    expect([...svg.querySelectorAll('.ww-tt-layer-series path')]).toEqual(paths);
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(before);
    expect(q('.ww-tt-cursor').getAttribute('data-step')).toBe(String(trace.steps));
  });
});
