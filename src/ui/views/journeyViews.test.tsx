// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TopologyView } from './TopologyView';
import { WaterfallView } from './WaterfallView';
import { journeyFixture, jvLabel, jvLabelZh } from '../../viz/journey/testJourney';
import { simulateJourney } from '../../engine/journey/simulate';
import { getJourneyBuiltin } from '../../scenarios/journeyBuiltins';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));
const texts = (sel: string) => [...host.querySelectorAll(sel)].map((e) => e.textContent);
const trace = journeyFixture();

describe('TopologyView', () => {
  const view = (step: number, progress = 0, reducedMotion = false, label = jvLabel) =>
    act(() =>
      root.render(
        <TopologyView
          trace={trace}
          step={step}
          progress={progress}
          label={label}
          reducedMotion={reducedMotion}
        />,
      ),
    );

  it('is an image with a name and a description that says what travels where', () => {
    view(8);
    const svg = host.querySelector('svg.ww-jv-svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Network topology');
    const caption = document.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(caption.textContent).toBe(
      'Step 8: DNS query A www.example.com: Local DNS resolver (203.0.113.53) → Root server (198.41.0.4)',
    );
    view(10);
    expect(caption.textContent).toMatch(/^Step 10: SYN: Browser/);
    expect(texts('.ww-topo-tag text')).toEqual(['SYN']);
    view(10, 0, false, jvLabelZh);
    expect(svg.getAttribute('aria-label')).toBe('网络拓扑');
    expect(caption.textContent).toMatch(/^第 10 步：SYN：浏览器/);
  });

  it('moves the packet with progress, and not under reduced motion', () => {
    view(10, 0);
    const at = () => host.querySelector('.ww-topo-pkt')!.getAttribute('x');
    const start = at();
    view(10, 0.6);
    expect(at()).not.toBe(start);
    view(10, 0.6, true);
    expect(at()).toBe(start);
  });
});

describe('WaterfallView', () => {
  const view = (step: number, progress = 0, t = trace) =>
    act(() =>
      root.render(
        <WaterfallView
          trace={t}
          step={step}
          progress={progress}
          label={jvLabel}
          reducedMotion={false}
        />,
      ),
    );

  it('is a labelled group with a legend of the DevTools phases, drawn with the bars’ patterns', () => {
    view(16);
    expect(host.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Request waterfall',
    );
    expect(host.querySelector('.ww-wf-legend')?.getAttribute('aria-label')).toBe('Phases');
    expect(texts('.ww-wf-legend li')).toEqual([
      'Queueing',
      'Stalled',
      'DNS Lookup',
      'Initial connection',
      'SSL',
      'Request sent',
      'Waiting (TTFB)',
      'Content Download',
    ]);
    for (const swatch of host.querySelectorAll('.ww-wf-legend rect')) {
      const id = /^url\(#(.+)\)$/.exec(swatch.getAttribute('fill')!)![1]!;
      expect(host.querySelector(`svg.ww-jv-svg pattern[id="${id}"]`), id).not.toBeNull();
    }
    expect(host.querySelectorAll('g.ww-wf-row')).toHaveLength(trace.requests.length);
  });

  it('moves the cursor with the step', () => {
    view(10);
    const t = () => host.querySelector('.ww-wf-cursor')?.getAttribute('data-t');
    expect(t()).toBe('142');
    view(11);
    expect(t()).toBe('182');
    view(11, 0.5);
    expect(t()).toBe('202'); // halfway to step 12 (t = 222)
  });

  it('draws a real trace', () => {
    const real = simulateJourney(getJourneyBuiltin('journey-subresources')!.scenario);
    view(real.steps, 0, real);
    expect(host.querySelectorAll('g.ww-wf-row')).toHaveLength(real.requests.length);
    expect(host.querySelectorAll('g.ww-wf-row.is-future')).toHaveLength(0);
  });
});
