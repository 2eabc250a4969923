// @vitest-environment jsdom
// Guards the O(changed) frame update of the sequence diagram: a frame that changes nothing writes
// nothing, a step writes only where the drawing changed (same elements, same text nodes), texts
// follow the language, and events go through one delegated listener pair.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutSequence, type SequenceLayout } from './layout';
import { renderSequence, yForStep, type SequenceFrame } from './render';
import { bulkTrace, lostSynTrace } from '../testFixtures';
import type { LabelFn } from '../label';
import { vizEn } from '../../i18n/viz.en';
import { vizZhCN } from '../../i18n/viz.zh-CN';

const labelIn =
  (catalog: Record<string, string>): LabelFn =>
  (key, params) =>
    (catalog[key] ?? `?${key}`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
      String(params?.[n] ?? ''),
    );
const en = labelIn(vizEn);
const zh = labelIn(vizZhCN);

let svg: SVGSVGElement;
let observer: MutationObserver;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
  observer = new MutationObserver(() => {});
});
afterEach(() => {
  observer.disconnect();
  vi.restoreAllMocks();
});

const HEIGHT = 600;
const frameAt = (l: SequenceLayout, step: number, top?: number): SequenceFrame => ({
  step,
  progress: 0,
  viewport: { top: top ?? Math.max(0, yForStep(l, step) - HEIGHT / 3), height: HEIGHT },
});
const draw = (l: SequenceLayout, f: SequenceFrame, label: LabelFn = en) =>
  renderSequence(svg, l, f, { label, onSegmentClick: () => {} });

/** Every element and text node under the svg, in document order. */
function nodes(): Node[] {
  const out: Node[] = [];
  const walk = document.createTreeWalker(svg, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) out.push(n);
  return out;
}
/** Starts recording every DOM write under the svg (attributes, children, text). */
function watch(): () => MutationRecord[] {
  observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
  return () => observer.takeRecords();
}
/** The arrow (`g.ww-seq-seg`) a mutation happened in, if any. */
const arrowOf = (r: MutationRecord): string | null => {
  const el = r.target instanceof Element ? r.target : r.target.parentElement;
  return el?.closest('g.ww-seq-seg')?.getAttribute('data-id') ?? null;
};
const arrowClasses = () =>
  new Map(
    [...svg.querySelectorAll('g.ww-seq-seg')].map((g) => [
      g.getAttribute('data-id'),
      g.getAttribute('class'),
    ]),
  );

describe('renderSequence updates', () => {
  const bulk = layoutSequence(bulkTrace(300), { width: 800, relative: true });
  const mid = Math.floor(bulk.steps / 2);

  it('writes nothing when the frame does not change', () => {
    draw(bulk, frameAt(bulk, mid));
    const before = nodes();
    expect(before.length).toBeGreaterThan(100);
    const writes = watch();
    draw(bulk, frameAt(bulk, mid));
    expect(writes()).toEqual([]);
    const after = nodes();
    expect(after.length).toBe(before.length);
    after.forEach((n, i) => expect(n).toBe(before[i]));
  });

  it('on a step, touches only arrows whose drawing changed and keeps every text node', () => {
    const f = frameAt(bulk, mid);
    draw(bulk, f);
    const texts = new Map(nodes().map((n) => [n, n.nodeType === 3 ? n.nodeValue : null]));
    const classes = arrowClasses();
    const writes = watch();
    draw(bulk, { ...f, step: mid + 1 }); // same viewport: no scroll
    const records = writes();
    expect(records.length).toBeGreaterThan(0);
    const after = arrowClasses();
    for (const r of records) {
      // No text is rewritten: labels are set once, when their arrow (or mark) is created.
      expect(r.type).not.toBe('characterData');
      const id = arrowOf(r);
      // An arrow written to is new in this frame, changed state (class) or is still flying (its
      // tip moves with the cursor time); an arrow that was and stays idle is left alone.
      const moved = (cls?: string | null) => cls?.includes('is-inflight') === true;
      if (id !== null) {
        expect(classes.get(id) !== after.get(id) || moved(after.get(id))).toBe(true);
      }
    }
    const changed = [...after].filter(([id, cls]) => classes.get(id) !== cls);
    expect(changed.length).toBeLessThan(after.size / 4);
    // Text nodes that are still in the drawing are the same objects with the same text.
    for (const n of nodes()) {
      if (n.nodeType === 3 && texts.has(n)) expect(n.nodeValue).toBe(texts.get(n));
    }
    const lane = svg.querySelector('.ww-seq-lane-text')?.firstChild;
    expect(lane && texts.has(lane)).toBe(true);
  });

  it('on a small scroll, keeps the elements of items still in view', () => {
    const f = frameAt(bulk, mid);
    draw(bulk, f);
    const byId = new Map(
      [...svg.querySelectorAll('[data-id]')].map((el) => [el.getAttribute('data-id'), el]),
    );
    draw(bulk, { ...f, viewport: { ...f.viewport, top: f.viewport.top + 40 } });
    const kept = [...svg.querySelectorAll('[data-id]')].filter(
      (el) => byId.get(el.getAttribute('data-id')) === el,
    );
    expect(kept.length).toBeGreaterThan(byId.size * 0.8);
  });

  it('rewrites texts when the language changes, and gives back the same DOM', () => {
    const l = layoutSequence(lostSynTrace(), { width: 800, relative: true });
    const f = frameAt(l, l.steps, 0);
    draw(l, f, en);
    const english = svg.innerHTML;
    const lost = () => svg.querySelector('g.ww-seq-seg[data-id="seg-1"]');
    const retx = () => svg.querySelector('g.ww-seq-seg[data-id="seg-2"]');
    draw(l, f, zh);
    expect(svg.querySelector('.ww-seq-lane-text')?.textContent).toBe(vizZhCN['seq.client']);
    expect(lost()?.getAttribute('aria-label')).toBe(
      `SYN seq=0：${vizZhCN['seq.client']} → ${vizZhCN['seq.server']}, ${vizZhCN['seq.aria.lost']}`,
    );
    const badge = ` ${vizZhCN['seq.badge.retransmission']}`;
    expect(retx()?.querySelector('.ww-seq-badge')?.textContent).toBe(badge);
    // The accessible name starts with the visible label, badge included (WCAG 2.5.3).
    const visible = retx()?.querySelector('.ww-seq-label')?.textContent ?? '?';
    expect(retx()?.getAttribute('aria-label')?.startsWith(visible)).toBe(true);
    draw(l, f, en);
    expect(svg.innerHTML).toBe(english);
  });

  it('listens on the arrows layer once, not on every arrow in every frame', () => {
    const add = vi.spyOn(EventTarget.prototype, 'addEventListener');
    draw(bulk, frameAt(bulk, mid));
    expect(add.mock.calls.map((c) => c[0]).sort()).toEqual(['click', 'keydown']);
    add.mockClear();
    for (let s = mid + 1; s < mid + 20; s++) draw(bulk, frameAt(bulk, s));
    expect(add).not.toHaveBeenCalled();
  });
});
