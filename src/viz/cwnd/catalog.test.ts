// @vitest-environment jsdom
// The congestion views' catalogs: same keys and {{params}} in both languages, and every key the
// renderer asks for (chart, tooltip, hit labels; both models) exists.
import { describe, expect, it } from 'vitest';
import { cwndEn } from '../../i18n/cwnd.en';
import { cwndZhCN } from '../../i18n/cwnd.zh-CN';
import { BUILTIN_CONGESTION_SCENARIOS } from '../../scenarios/congestionBuiltins';
import { simulateRounds } from '../../engine/congestion/rounds';
import { layoutCwnd } from './layout';
import { renderCwnd } from './render';
import { congestionTrace, segmentsTrace } from './testTraces';

describe('congestion view catalogs', () => {
  it('have the same keys and params in both languages', () => {
    expect(Object.keys(cwndZhCN).sort()).toEqual(Object.keys(cwndEn).sort());
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, en] of Object.entries(cwndEn))
      expect(params(cwndZhCN[k as keyof typeof cwndZhCN]), k).toEqual(params(en));
  });

  it('cover every key the chart uses', () => {
    const used = new Set<string>();
    const label = (key: string) => (used.add(key), key);
    const traces = [
      ...BUILTIN_CONGESTION_SCENARIOS.map((b) => simulateRounds(b.scenario)),
      congestionTrace({
        rounds: 12,
        initialSsthresh: 1_000_000,
        losses: [{ round: 6, type: 'timeout' }],
      }),
      segmentsTrace({ compare: ['cubic'] }),
      segmentsTrace({ rwnd: 10, losses: [{ round: 12, type: 'timeout' }] }),
    ];
    for (const trace of traces) {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.appendChild(svg);
      const l = layoutCwnd(trace, { width: 800, height: 400 });
      renderCwnd(svg, l, { step: 3 }, { label, onRoundClick: () => {} });
      for (const r of [1, 8, 20, ...trace.scenario.losses.flatMap((x) => [x.round, x.round + 1])])
        svg.querySelector<SVGElement>(`[data-round="${r}"]`)?.focus();
      svg
        .querySelector('[data-round="2"]')
        ?.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: l.plot.left + 5 }));
      renderCwnd(svg, l, { step: 3 }, { label });
    }
    for (const key of used) expect(Object.keys(cwndEn), key).toContain(key);
    for (const key of [
      'cw.loss.timeout',
      'cw.above',
      'cw.rwndLabel',
      'cw.tip.rwndLimited',
      'cw.hit.remove',
      'cw.phase.fastRecovery',
      'cw.axis.time',
      'cw.cursor.time',
      'cw.tip.time',
      'cw.tip.effective',
    ])
      expect(used.has(key), key).toBe(true);
  });
});
