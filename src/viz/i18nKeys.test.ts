// @vitest-environment jsdom
// Every key the views ask for exists in both catalogs, and the catalogs have the same keys.
import { describe, expect, it } from 'vitest';
import { vizEn } from '../i18n/viz.en';
import { vizZhCN } from '../i18n/viz.zh-CN';
import { layoutSequence } from './sequence/layout';
import { renderSequence } from './sequence/render';
import { layoutStateDiagram } from './stateDiagram/layout';
import { renderStateDiagram } from './stateDiagram/render';
import { TraceBuilder, addHandshake, fullConnectionTrace, lostSynTrace } from './testFixtures';

describe('view catalogs', () => {
  it('have the same keys and the same {{params}} in both languages', () => {
    expect(Object.keys(vizZhCN).sort()).toEqual(Object.keys(vizEn).sort());
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, en] of Object.entries(vizEn)) {
      expect(params(vizZhCN[k as keyof typeof vizZhCN]), k).toEqual(params(en));
    }
  });

  it('cover every key the renderers use', () => {
    const used = new Set<string>();
    const label = (key: string) => {
      used.add(key);
      return key;
    };
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const injected = new TraceBuilder();
    addHandshake(injected);
    injected.send('client', ['SYN'], 10, { seq: 7, injected: true });
    for (const trace of [fullConnectionTrace(), lostSynTrace(), injected.build()]) {
      const l = layoutSequence(trace, { width: 800, relative: true });
      for (let s = 0; s <= l.steps; s++) {
        renderSequence(
          svg,
          l,
          { step: s, progress: 0.5, viewport: { top: 0, height: 3000 } },
          { label },
        );
      }
    }
    renderStateDiagram(svg, layoutStateDiagram(), { current: 'CLOSED' }, { label });
    for (const key of used) expect(Object.keys(vizEn), key).toContain(key);
    for (const key of [
      'seq.timer.timeWait',
      'seq.badge.injected',
      'seq.aria.lost',
      'viz.unit.ms',
    ]) {
      expect(used.has(key), key).toBe(true);
    }
  });
});
