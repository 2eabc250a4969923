// @vitest-environment jsdom
// The waterfall drawing a HAR file: one row per recorded request with its phases, the HAR's own
// connection ids in the Connection column (coloured by first use, reuse in the tooltip), the
// memory cache, failed requests, and the rows fading in as the steps pass their starts.
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeHar } from '../../capture/har';
import { harTrace } from '../../capture/harTrace';
import { chromeHarText } from '../../capture/testing/har';
import { layoutWaterfall } from './waterfallLayout';
import { renderWaterfall } from './waterfallRender';
import { jvLabel, jvLabelZh } from './testJourney';

let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const trace = harTrace(analyzeHar(chromeHarText()));
const layout = layoutWaterfall(trace, { width: 800 });
const draw = (step: number, label = jvLabel) =>
  renderWaterfall(svg, layout, { step, progress: 0 }, { label });
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
