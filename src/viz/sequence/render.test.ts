// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutSequence, type SeqArrow, type SequenceLayout } from './layout';
import {
  renderSequence,
  SEQ_OVERSCAN,
  type SequenceFrame,
  type SequenceRenderContext,
} from './render';
import { visibleItems } from './query';
import { bulkTrace, fullConnectionTrace, handshakeTrace, lostSynTrace } from '../testFixtures';
import { vizEn } from '../../i18n/viz.en';

const label = (key: string, params?: Record<string, unknown>): string =>
  ((vizEn as Record<string, string>)[key] ?? `?${key}`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
    String(params?.[n] ?? ''),
  );
let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const frame = (step: number, progress = 0, top = 0, height = 2000): SequenceFrame => ({
  step,
  progress,
  viewport: { top, height },
});
const draw = (l: SequenceLayout, f: SequenceFrame, ctx: Partial<SequenceRenderContext> = {}) =>
  renderSequence(svg, l, f, { label, ...ctx });
const segIds = () =>
  [...svg.querySelectorAll('g.ww-seq-seg')].map((g) => g.getAttribute('data-id'));
const seg = (id: string) => {
  const g = svg.querySelector<SVGGElement>(`g.ww-seq-seg[data-id="${id}"]`);
  if (!g) throw new Error(`arrow ${id} not drawn`);
  return g;
};
const num = (el: Element | null, attr: string) => Number(el?.getAttribute(attr));

describe('renderSequence', () => {
  it('draws every arrow of a short trace at the last step, with labels and headers', () => {
    const l = layoutSequence(fullConnectionTrace(), { width: 800, relative: true });
    draw(l, frame(l.steps));
    expect(segIds()).toHaveLength(10);
    expect(seg('seg-7').querySelector('.ww-seq-label-text')?.textContent).toBe(
      'FIN, ACK seq=101 ack=501',
    );
    expect([...svg.querySelectorAll('.ww-seq-lane-text')].map((t) => t.textContent)).toEqual([
      'Client',
      'Server',
    ]);
    expect(svg.querySelector('.ww-seq-timer-timeWait .ww-seq-timer-label')?.textContent).toBe(
      '2MSL 60 s',
    );
    expect(svg.querySelector('.ww-seq-gap-text')?.textContent).toBe('⋯ +60.0 s ⋯');
    expect(svg.querySelectorAll('.ww-seq-state')).toHaveLength(12);
  });

  it('hides items of future steps', () => {
    const l = layoutSequence(handshakeTrace(), { width: 800, relative: true });
    draw(l, frame(0));
    expect(segIds()).toEqual([]);
    draw(l, frame(1));
    expect(segIds()).toEqual(['seg-1']);
    expect([...svg.querySelectorAll('.ww-seq-state-text')].map((t) => t.textContent)).toEqual([
      'LISTEN',
      'SYN-SENT',
    ]);
    draw(l, frame(2));
    expect(segIds()).toEqual(['seg-1', 'seg-2']);
    expect(seg('seg-1').classList.contains('is-done')).toBe(true);
    expect(seg('seg-2').classList.contains('is-inflight')).toBe(true);
    expect(seg('seg-1').classList.contains('is-current')).toBe(true); // arrived at this step
  });

  it('animates an arrow in flight by the cursor time, and jumps with reduced motion', () => {
    const l = layoutSequence(handshakeTrace(), { width: 800, relative: true });
    const syn = l.arrows[0]!;
    draw(l, frame(1, 0.5)); // step 1 at t=0, step 2 at t=50: the SYN is half way
    const line = seg('seg-1').querySelector('.ww-seq-line');
    expect(num(line, 'x2')).toBeCloseTo((syn.x1 + syn.x2) / 2, 1);
    expect(num(line, 'y2')).toBeCloseTo((syn.y1 + syn.y2) / 2, 1);
    draw(l, frame(1, 0.5), { reducedMotion: true });
    expect(num(seg('seg-1').querySelector('.ww-seq-line'), 'x2')).toBe(syn.x1);
    draw(l, frame(2, 0));
    expect(num(seg('seg-1').querySelector('.ww-seq-line'), 'x2')).toBe(syn.x2);
  });

  it('shows ✕ on a lost segment once it is lost, and badges the retransmission', () => {
    const l = layoutSequence(lostSynTrace(), { width: 800, relative: true });
    draw(l, frame(3));
    const lost = seg('seg-1');
    expect(lost.classList.contains('is-lost')).toBe(true);
    expect(lost.querySelector('.ww-seq-x')?.getAttribute('transform')).toBe('translate(400,104)');
    expect(lost.getAttribute('aria-label')).toBe('SYN seq=0: Client → Server, lost');
    expect(seg('seg-2').querySelector('.ww-seq-badge')?.textContent).toBe(' retransmission');
    expect(seg('seg-2').classList.contains('is-retx')).toBe(true);
  });

  it('shows ✕ when an arrow already drawn becomes lost after a re-simulation', () => {
    draw(layoutSequence(handshakeTrace(), { width: 800, relative: true }), frame(3));
    expect(seg('seg-1').classList.contains('is-lost')).toBe(false);
    draw(layoutSequence(lostSynTrace(), { width: 800, relative: true }), frame(3));
    expect(seg('seg-1').classList.contains('is-lost')).toBe(true);
    expect(seg('seg-1').querySelector('.ww-seq-x')?.getAttribute('transform')).toBe(
      'translate(400,104)',
    );
  });

  it('draws only the arrows in the viewport of a 10,000-segment trace', () => {
    const l = layoutSequence(bulkTrace(5000), { width: 800, relative: true });
    const top = 50_000;
    const height = 800;
    draw(l, frame(l.steps, 0, top, height));
    const expected = visibleItems(l, top - SEQ_OVERSCAN, top + height + SEQ_OVERSCAN).arrows;
    expect(l.arrows.length).toBe(10_003);
    expect(segIds()).toEqual(expected.map((a) => a.id));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(200);
    expect(svg.querySelectorAll('*').length).toBeLessThan(1500);
  });

  it('calls onSegmentClick with the segment id on click, Enter and Space', () => {
    const l = layoutSequence(handshakeTrace(), { width: 800, relative: true });
    const onSegmentClick = vi.fn();
    draw(l, frame(l.steps), { onSegmentClick });
    const g = seg('seg-2');
    expect(g.getAttribute('role')).toBe('button');
    expect(g.getAttribute('tabindex')).toBe('0');
    expect(g.getAttribute('aria-label')).toBe('SYN, ACK seq=0 ack=1: Server → Client');
    g.querySelector('.ww-seq-hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    g.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    g.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    g.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onSegmentClick.mock.calls).toEqual([['seg-2'], ['seg-2'], ['seg-2']]);
  });

  it('is out of the tab order without a click handler', () => {
    const l = layoutSequence(handshakeTrace(), { width: 800, relative: true });
    draw(l, frame(l.steps));
    expect(seg('seg-1').getAttribute('role')).toBe('img');
    expect(seg('seg-1').getAttribute('tabindex')).toBe('-1');
  });

  it('is idempotent: the same input gives the same DOM, whatever came before', () => {
    const l = layoutSequence(fullConnectionTrace(), { width: 800, relative: true });
    const other = layoutSequence(lostSynTrace(), { width: 640, relative: false });
    draw(l, frame(7, 0.3));
    const first = svg.innerHTML;
    draw(l, frame(7, 0.3));
    expect(svg.innerHTML).toBe(first);
    draw(l, frame(2, 0.9, 300, 200));
    draw(other, frame(4));
    draw(l, frame(7, 0.3));
    expect(svg.innerHTML).toBe(first);
  });

  it('draws what of each label the layout found room for, the full text as a tooltip', () => {
    const l = layoutSequence(lostSynTrace(), { width: 800, relative: true });
    const retx = l.arrows[1]!;
    expect(retx.labelFit).toBe('full');
    const withFit = (labelFit: SeqArrow['labelFit']): SequenceLayout => ({
      ...l,
      arrows: l.arrows.map((a) => (a === retx ? { ...a, labelFit, shortText: 'SYN' } : a)),
    });
    const drawn = () => {
      const g = seg('seg-2');
      return {
        text: g.querySelector('.ww-seq-label-text')?.textContent,
        badge: g.querySelector('.ww-seq-badge')?.textContent ?? null,
        title: g.querySelector(':scope > title')?.textContent ?? null,
      };
    };
    draw(l, frame(l.steps));
    expect(drawn()).toEqual({ text: 'SYN seq=0', badge: ' retransmission', title: null });
    const name = 'SYN seq=0 retransmission: Client → Server';
    draw(withFit('short'), frame(l.steps));
    expect(drawn()).toEqual({ text: 'SYN', badge: ' retransmission', title: name });
    draw(withFit('bare'), frame(l.steps));
    expect(drawn()).toEqual({ text: 'SYN', badge: null, title: name });
    draw(withFit('none'), frame(l.steps));
    expect(drawn()).toEqual({ text: '', badge: null, title: name });
    // The tooltip follows the language, and goes when the whole label fits again.
    draw(withFit('none'), frame(l.steps), { label: (key, params) => `${label(key, params)}!` });
    expect(drawn().title).toBe('SYN seq=0 retransmission!: Client! → Server!!');
    draw(l, frame(l.steps));
    expect(drawn()).toEqual({ text: 'SYN seq=0', badge: ' retransmission', title: null });
  });

  it('grows a running timer bar with the cursor', () => {
    const l = layoutSequence(handshakeTrace(), { width: 800, relative: true });
    const bar = () => svg.querySelector('.ww-seq-timer.ww-end-client .ww-seq-timer-bar');
    draw(l, frame(1, 0));
    const h0 = num(bar(), 'height');
    draw(l, frame(2, 0));
    expect(num(bar(), 'height')).toBeGreaterThan(h0 + 40);
    expect(bar()?.parentElement?.classList.contains('is-running')).toBe(true);
    draw(l, frame(3, 0));
    expect(bar()?.parentElement?.classList.contains('is-running')).toBe(false);
  });
});
