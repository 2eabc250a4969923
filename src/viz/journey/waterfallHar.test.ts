// @vitest-environment jsdom
// The waterfall drawing a HAR file: one row per recorded request with its phases, the HAR's own
// connection ids in the Connection column (coloured by first use, reuse in the tooltip), the
// memory cache, failed requests, the rows fading in as the steps pass their starts, the
// DOMContentLoaded and load lines, and a click (or Enter, Space) on a row giving its step.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeHar } from '../../capture/har';
import { harTrace } from '../../capture/harTrace';
import { chromeHar, chromeHarText } from '../../capture/testing/har';
import { layoutWaterfall, xOfTime } from './waterfallLayout';
import { renderWaterfall } from './waterfallRender';
import { WATERFALL_MARKS } from './waterfallMarksPlugin';
import { jvLabel, jvLabelZh } from './testJourney';

let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const trace = harTrace(analyzeHar(chromeHarText()));
const layout = layoutWaterfall(trace, { width: 800, marks: WATERFALL_MARKS });
const draw = (step: number, label = jvLabel, onRowClick?: (id: string, step: number) => void) =>
  renderWaterfall(svg, layout, { step, progress: 0 }, { label, onRowClick });
const rows = () => [...svg.querySelectorAll('g.ww-wf-row')];
const texts = (el: Element) => [...el.querySelectorAll('text')].map((t) => t.textContent);
const hit = (i: number) => svg.querySelector(`.ww-wf-hit[data-row="${i}"]`)!;

describe('the waterfall of a HAR file', () => {
  it('lays out the HAR’s connection ids: numbered by first use, reuse marked', () => {
    expect(layout.rows.map((r) => [r.id, r.conn, r.connLabel, r.reused])).toEqual([
      ['req-1', 1, '101', false],
      ['req-2', 1, '101', true],
      ['req-3', 2, '118', false],
      ['req-4', null, null, false],
      ['req-5', null, null, false],
    ]);
  });

  it('draws each row: name, status (or “failed”), connection id (or the cache, or none)', () => {
    draw(trace.steps);
    expect(rows().map(texts)).toEqual([
      ['www.example.com/', '200', '#101'],
      ['style.css', '200', '#101'],
      ['app.js?v=2', '200', '#118'],
      ['logo.png', '200', '(memory cache)'],
      ['data.json', '(failed)', '—'],
    ]);
    expect(rows()[4]!.getAttribute('class')).toContain('is-error');
    expect(rows()[3]!.getAttribute('class')).toContain('is-cache');
    // The same colour for both requests of connection 101, another for 118.
    const dot = (i: number) => rows()[i]!.querySelector('circle')!.getAttribute('class');
    expect([dot(0), dot(1), dot(2)]).toEqual([
      'ww-wf-conn-dot ww-wf-conn-0',
      'ww-wf-conn-dot ww-wf-conn-0',
      'ww-wf-conn-dot ww-wf-conn-1',
    ]);
    draw(trace.steps, jvLabelZh);
    expect(rows().map((r) => texts(r)[2])).toEqual(['#101', '#101', '#118', '(内存缓存)', '—']);
    expect(texts(rows()[4]!)[1]).toBe('(失败)');
  });

  it('draws the phases the HAR timings give, in DevTools’ order', () => {
    draw(trace.steps);
    const phases = (i: number) =>
      [...rows()[i]!.querySelectorAll('rect.ww-wf-seg')].map((s) => s.getAttribute('data-phase'));
    expect(phases(0)).toEqual([
      'queueing',
      'stalled',
      'dns',
      'connect',
      'ssl',
      'send',
      'wait',
      'download',
    ]);
    // Reused: no DNS, connection or SSL bar.
    expect(phases(1)).toEqual(['queueing', 'stalled', 'send', 'wait', 'download']);
    expect(phases(4)).toEqual(['queueing', 'stalled', 'dns']);
  });

  it('says in the tooltip which connection, new or reused, and each phase’s times', () => {
    draw(trace.steps);
    const tip = svg.querySelector('.ww-wf-tip')!;
    hit(1).dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(texts(tip).slice(0, 3)).toEqual([
      'https://www.example.com/style.css',
      '200 · Connection #101: reused (keep-alive)',
      'Queueing: starts at 140 ms, lasts 0.8 ms',
    ]);
    hit(3).dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(texts(tip)[1]).toBe('200 · Served from the memory cache: nothing sent');
    hit(4).dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(texts(tip)[1]).toBe('(failed) · The file does not say which connection');
    expect(hit(4).getAttribute('aria-label')).toBe('data.json, status (failed), 200 to 217 ms');
    expect(hit(3).getAttribute('aria-label')).toBe(
      'logo.png, 200 from the memory cache, at 150 ms',
    );
  });

  it('fades in each row when the player reaches its start', () => {
    const future = () =>
      rows()
        .filter((r) => r.classList.contains('is-future'))
        .map((r) => r.getAttribute('data-id'));
    draw(0);
    expect(future()).toHaveLength(5);
    draw(3); // style.css starts at 140 ms
    expect(future()).toEqual(['req-3', 'req-4', 'req-5']);
    draw(trace.steps);
    expect(future()).toEqual([]);
  });
});

describe('the DOMContentLoaded and load lines', () => {
  const marks = () => [...svg.querySelectorAll('g.ww-wf-mark')];
  const line = (m: Element) => m.querySelector('line')!;

  it('draws a blue DOMContentLoaded and a red load line at their times, labelled', () => {
    draw(0);
    expect(marks().map((m) => m.getAttribute('class'))).toEqual([
      'ww-wf-mark is-dcl is-future',
      'ww-wf-mark is-load is-future',
    ]);
    expect(marks().map((m) => line(m).getAttribute('class'))).toEqual([
      'ww-wf-mark-line is-dcl',
      'ww-wf-mark-line is-load',
    ]);
    const [dcl, load] = marks();
    expect(Number(line(dcl!).getAttribute('x1'))).toBe(xOfTime(layout, 190.5));
    expect(Number(line(load!).getAttribute('x2'))).toBe(xOfTime(layout, 262.25));
    // From the top of the rows down to its label, under the axis.
    expect(Number(line(dcl!).getAttribute('y1'))).toBe(layout.plot.top);
    expect(Number(line(dcl!).getAttribute('y2'))).toBeGreaterThan(layout.plot.bottom);
    expect(marks().map((m) => m.querySelector('text')!.textContent)).toEqual([
      'DOMContentLoaded 190.5 ms',
      'Load 262.3 ms',
    ]);
    draw(0, jvLabelZh);
    expect(marks().map((m) => m.querySelector('text')!.textContent)).toEqual([
      'DOMContentLoaded 190.5 ms',
      'Load 262.3 ms',
    ]);
  });

  it('draws none from a layout without the plug-in, and removes those drawn before', () => {
    draw(0);
    expect(marks()).toHaveLength(2);
    renderWaterfall(
      svg,
      layoutWaterfall(trace, { width: 800 }),
      { step: 0, progress: 0 },
      { label: jvLabel },
    );
    expect(marks()).toEqual([]);
  });

  it('fades each line until the player reaches its event', () => {
    const future = () => marks().map((m) => m.classList.contains('is-future'));
    draw(7);
    expect(future()).toEqual([true, true]);
    draw(8); // DOMContentLoaded
    expect(future()).toEqual([false, true]);
    draw(trace.steps);
    expect(future()).toEqual([false, false]);
  });

  it('with several pages, draws the lines of the page the player is on', () => {
    const h = chromeHar();
    (h.log.pages as Record<string, unknown>[]).push({
      id: 'page_2',
      startedDateTime: '2025-03-03T09:00:01.000Z',
      title: 'Second',
      pageTimings: { onContentLoad: 50, onLoad: 'soon' },
    });
    const e = structuredClone(h.log.entries[0]!) as Record<string, unknown>;
    Object.assign(e, { pageref: 'page_2', startedDateTime: '2025-03-03T09:00:01.000Z' });
    h.log.entries.push(e as (typeof h.log.entries)[number]);
    const two = harTrace(analyzeHar(JSON.stringify(h)));
    const l2 = layoutWaterfall(two, { width: 800, marks: WATERFALL_MARKS });
    const at = (step: number) => {
      renderWaterfall(svg, l2, { step, progress: 0 }, { label: jvLabel });
      return marks().map((m) => m.querySelector('text')!.textContent);
    };
    expect(at(0)).toEqual(['DOMContentLoaded 190.5 ms', 'Load 262.3 ms']);
    const page2 = l2.stepPage!.indexOf(2);
    expect(at(page2 - 1)).toEqual(['DOMContentLoaded 190.5 ms', 'Load 262.3 ms']);
    // Page 2 has a DOMContentLoaded only (its load time is not a number: no line).
    expect(at(page2)).toEqual(['DOMContentLoaded 1,050 ms']);
    expect(at(two.steps)).toEqual(['DOMContentLoaded 1,050 ms']);
    // Back on page 1: the same drawing as before.
    at(1);
    const before = svg.innerHTML;
    at(two.steps);
    at(1);
    expect(svg.innerHTML).toBe(before);
  });
});

describe('a click on a row', () => {
  it('gives the row’s request and step; Enter and Space too, and they go no further', () => {
    const onRowClick = vi.fn();
    draw(0, jvLabel, onRowClick);
    expect(hit(1).getAttribute('role')).toBe('button');
    hit(1).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onRowClick).toHaveBeenLastCalledWith('req-2', 3);
    const key = (i: number, k: string) =>
      hit(i).dispatchEvent(
        new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
      );
    // dispatchEvent is false when the listener called preventDefault (Space must not play).
    expect(key(4, 'Enter')).toBe(false);
    expect(onRowClick).toHaveBeenLastCalledWith('req-5', 9);
    expect(key(3, ' ')).toBe(false);
    expect(onRowClick).toHaveBeenLastCalledWith('req-4', 5);
    expect(key(3, 'x')).toBe(true);
    expect(onRowClick).toHaveBeenCalledTimes(3);
    // The hover tooltip still works.
    hit(1).dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(texts(svg.querySelector('.ww-wf-tip')!)[0]).toBe('https://www.example.com/style.css');
  });

  it('without a listener, the rows are images and Enter or Space is left alone', () => {
    draw(0);
    expect(hit(1).getAttribute('role')).toBe('img');
    expect(
      hit(1).dispatchEvent(
        new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }),
      ),
    ).toBe(true);
    // A listener coming later makes them buttons.
    draw(0, jvLabel, () => {});
    expect(hit(1).getAttribute('role')).toBe('button');
  });

  it('highlights the row the step is about', () => {
    const current = () => svg.querySelector('.ww-wf-current')?.getAttribute('data-id') ?? null;
    draw(0);
    expect(current()).toBeNull();
    draw(3);
    expect(current()).toBe('req-2');
    expect(Number(svg.querySelector('.ww-wf-current')!.getAttribute('y'))).toBe(layout.rows[1]!.y);
    draw(8); // DOMContentLoaded: no row
    expect(current()).toBeNull();
    draw(10);
    expect(current()).toBe('req-5');
  });
});
