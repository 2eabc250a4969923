// @vitest-environment jsdom
// The capture charts' React host: two labelled charts with legends and text alternatives, the
// cursor following the player's step, the zoom (buttons, a brushed range, following the cursor).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureFlightTrace } from '../../capture/flight';
import { TimeSeqView } from './TimeSeqView';
import { bulkConversation, lossConversation, ttLabel } from '../../viz/tcptrace/testConversations';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));
const texts = (sel: string, within: Element = host) =>
  [...within.querySelectorAll(sel)].map((e) => e.textContent);
const button = (name: string) =>
  [...host.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent === name,
  )!;
const range = () => host.querySelector('.ww-tt-zoom output')?.textContent;

describe('TimeSeqView', () => {
  const trace = captureFlightTrace(lossConversation());

  it('is a labelled group of two named charts, each with a legend and a text alternative', () => {
    act(() => root.render(<TimeSeqView trace={trace} step={8} label={ttLabel} />));
    expect(host.querySelector('.ww-tt')?.getAttribute('aria-label')).toBe(
      'Captured conversation: time/sequence graph and bytes in flight',
    );
    const charts = [...host.querySelectorAll('section.ww-tt-chart')];
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Time/sequence graph',
      'Bytes in flight',
    ]);
    expect(texts('h3')).toEqual([
      'Time / sequence (Stevens graph)',
      'Bytes in flight — an estimate of cwnd',
    ]);
    expect(texts('.ww-tt-legend li', charts[0])).toEqual([
      'Data segment',
      'Fast retransmission',
      'ACK',
      'ACK + window',
      'SACK block',
    ]);
    expect(texts('.ww-tt-legend li', charts[1])).toEqual([
      'Bytes in flight',
      'Advertised window',
      'Fast retransmission',
    ]);
    const described = (el: Element) =>
      el
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => host.querySelector(`#${id}`)?.textContent ?? '');
    expect(described(charts[0]!)[0]).toMatch(/^Data segments sent by the client: 6 /);
    const [text, note] = described(charts[1]!);
    expect(text).toMatch(/^Bytes in flight peaked at 7,240 bytes/);
    // What bytes in flight estimate, in view under the charts.
    expect(note).toMatch(/estimate cwnd as seen from the capture point/);
    expect(host.querySelector('.ww-tt-note')?.textContent).toBe(note);
    // Both charts drew their marks and the cursor at the step.
    expect(host.querySelectorAll('[data-id="data"]')).toHaveLength(1);
    expect(host.querySelectorAll('[data-id="flight"]')).toHaveLength(1);
    expect(texts('.ww-tt-cursor')).toEqual(['34 ms', '34 ms']);
    act(() => root.render(<TimeSeqView trace={trace} step={13} label={ttLabel} />));
    expect(texts('.ww-tt-cursor')).toEqual(['54 ms', '54 ms']);
  });

  it('passes a clicked segment’s step up', () => {
    const onSeek = vi.fn();
    act(() => root.render(<TimeSeqView trace={trace} step={15} label={ttLabel} onSeek={onSeek} />));
    const hit = host.querySelector('.ww-tt-hit')!;
    const at = { clientX: 0, clientY: 50, bubbles: true, button: 0 };
    act(() => {
      hit.dispatchEvent(new MouseEvent('pointerdown', at));
      hit.dispatchEvent(new MouseEvent('pointerup', at));
    });
    expect(onSeek).toHaveBeenCalledWith(4);
  });

  it('zooms with the buttons around the cursor, and back to the whole conversation', () => {
    act(() => root.render(<TimeSeqView trace={trace} step={13} label={ttLabel} />));
    expect(range()).toBe('0–80.8 ms');
    expect(button('Zoom out').disabled).toBe(true);
    expect(button('Whole conversation').disabled).toBe(true);
    act(() => button('Zoom in').click());
    expect(range()).toBe('33.6–74.4 ms');
    act(() => button('Zoom in').click());
    expect(range()).toBe('43.8–64.2 ms');
    act(() => button('Zoom out').click());
    expect(range()).toBe('33.6–74.4 ms');
    act(() => button('Whole conversation').click());
    expect(range()).toBe('0–80.8 ms');
  });

  it('zooms to a brushed range, which then follows the player a page at a time', () => {
    act(() => root.render(<TimeSeqView trace={trace} step={4} label={ttLabel} />));
    const hit = host.querySelector('.ww-tt-hit')!;
    const drag = (type: string, clientX: number) =>
      hit.dispatchEvent(new MouseEvent(type, { clientX, clientY: 50, bubbles: true, button: 0 }));
    // jsdom has no layout: pointer x are the svg's own pixels.
    const x = (t: number) => {
      const left = Number(hit.getAttribute('x'));
      const width = Number(hit.getAttribute('width'));
      return left + ((t + 0.8) / 81.6) * width;
    };
    act(() => {
      drag('pointerdown', x(28));
      drag('pointermove', x(36));
      drag('pointerup', x(36));
    });
    expect(range()).toBe('28–36 ms');
    // Stepping inside keeps the range; past it the range moves on, keeping its span.
    act(() => root.render(<TimeSeqView trace={trace} step={8} label={ttLabel} />));
    expect(range()).toBe('28–36 ms');
    act(() => root.render(<TimeSeqView trace={trace} step={13} label={ttLabel} />));
    expect(range()).toBe('53.2–61.2 ms');
  });

  it('keeps a 100,000-segment conversation to one path per series', () => {
    const big = captureFlightTrace(bulkConversation(100_000));
    act(() => root.render(<TimeSeqView trace={big} step={50_000} label={ttLabel} />));
    expect(host.querySelectorAll('.ww-tt-layer-series path').length).toBeLessThan(16);
  });
});
