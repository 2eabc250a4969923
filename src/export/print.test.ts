// @vitest-environment jsdom
// Getting ready to print and back: the light theme, windowed boxes held, the TCP view's whole
// diagram added; everything undone afterwards.
import { describe, expect, it } from 'vitest';
import { preparePrint } from './print';
import { getBuiltin } from '../scenarios';
import { simulateTcp } from '../engine/tcp/simulate';
import { labelFor } from '../i18n/i18n';

const trace = simulateTcp(getBuiltin('half-close')!.scenario);
const segments = trace.events.filter((e) => e.kind === 'segment.sent').length;

function page(): Element {
  document.documentElement.dataset.theme = 'dark';
  document.body.innerHTML = `
    <div class="ww-app">
      <section class="ww-sequence">
        <div class="ww-viz ww-seq-scroll" style="height: 100%">
          <svg class="ww-seq" width="700" height="1320"></svg>
        </div>
      </section>
      <div class="ww-cw-table-scroll"></div>
    </div>`;
  return document.querySelector('.ww-app')!;
}

describe('preparePrint', () => {
  it('prints light, holds windowed boxes, draws every row, and undoes it all', () => {
    const root = page();
    const undo = preparePrint(root, {
      trace,
      step: trace.steps,
      relative: true,
      label: labelFor('en'),
    });
    expect(document.documentElement.dataset.theme).toBe('light');
    // jsdom has no layout: the height on screen reads 0.
    expect(root.querySelector<HTMLElement>('.ww-seq-scroll')!.style.height).toBe('0px');
    expect(root.querySelector<HTMLElement>('.ww-cw-table-scroll')!.style.height).toBe('0px');
    const figure = root.querySelector('.ww-sequence > .ww-print-figure.ww-viz')!;
    expect(figure.querySelectorAll('g.ww-seq-seg')).toHaveLength(segments);
    expect(figure.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 700 \d+$/);

    undo();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(root.querySelector<HTMLElement>('.ww-seq-scroll')!.style.height).toBe('100%');
    expect(root.querySelector<HTMLElement>('.ww-cw-table-scroll')!.style.height).toBe('');
    expect(root.querySelector('.ww-print-figure')).toBeNull();
  });

  it('leaves the other views’ diagrams as they are, and a theme left to the system', () => {
    const root = page();
    delete document.documentElement.dataset.theme;
    const undo = preparePrint(root, null);
    expect(root.querySelector('.ww-print-figure')).toBeNull();
    undo();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
