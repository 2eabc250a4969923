// @vitest-environment jsdom
// Every key the journey views ask for exists in both catalogs (with the same {{params}}), over
// the fixture, every built-in journey and a HAR file's waterfall, at every step, with every
// tooltip opened; and no key is dead.
import { describe, expect, it } from 'vitest';
import { journeyVizEn } from '../../i18n/journeyViz.en';
import { journeyVizZhCN } from '../../i18n/journeyViz.zh-CN';
import { simulateJourney } from '../../engine/journey/simulate';
import { BUILTIN_JOURNEY_SCENARIOS } from '../../scenarios/journeyBuiltins';
import type { LabelFn } from '../label';
import { layoutTopology } from './topologyLayout';
import { renderTopology, topologyAlt } from './topologyRender';
import { layoutWaterfall } from './waterfallLayout';
import { renderWaterfall } from './waterfallRender';
import { WATERFALL_MARKS } from './waterfallMarksPlugin';
import { journeyFixture, jvLabel } from './testJourney';
import { analyzeHar } from '../../capture/har';
import { harTrace } from '../../capture/harTrace';
import { chromeHarText } from '../../capture/testing/har';

const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('journey view catalogs', () => {
  it('have the same keys and {{params}} in both languages', () => {
    expect(Object.keys(journeyVizZhCN).sort()).toEqual(Object.keys(journeyVizEn).sort());
    for (const [k, en] of Object.entries(journeyVizEn))
      expect(params(journeyVizZhCN[k as keyof typeof journeyVizZhCN]), k).toEqual(params(en));
  });

  it('cover every key the views use, and every key is used', () => {
    const used = new Set<string>();
    const label: LabelFn = (key, p) => {
      used.add(key);
      return jvLabel(key, p);
    };
    const traces = [
      journeyFixture(),
      journeyFixture({ network: { resolverIp: '192.168.1.53', serverIp: '192.168.1.80' } }),
      ...BUILTIN_JOURNEY_SCENARIOS.map((b) => simulateJourney(b.scenario)),
    ];
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const wsvg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg, wsvg);
    const har = harTrace(analyzeHar(chromeHarText()));
    for (const trace of [...traces, har]) {
      const topo = trace.kind === 'journey' ? layoutTopology(trace, { width: 800, label }) : null;
      const wf = layoutWaterfall(trace, { width: 800, marks: WATERFALL_MARKS });
      for (let s = 0; s <= trace.steps; s++) {
        if (topo) {
          renderTopology(svg, topo, { step: s, progress: 0.5 }, { label });
          topologyAlt(topo, s, label);
        }
        renderWaterfall(wsvg, wf, { step: s, progress: 0 }, { label });
      }
      for (const hit of wsvg.querySelectorAll('.ww-wf-hit'))
        hit.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    }
    const keys = Object.keys(journeyVizEn);
    for (const key of used) expect(keys, key).toContain(key);
    // The hosts' own words, and the fallback for a phase change that is a step's focus (the
    // engine always attaches it to another event) are the only keys the renderers do not ask for.
    expect(keys.filter((k) => !used.has(k))).toEqual([
      'jv.topo.aria',
      'jv.local.phase',
      ...['cache', 'dns', 'arp', 'tcp', 'tls', 'http', 'render', 'close'].map(
        (p) => `jv.phase.${p}`,
      ),
      'jv.wf.aria',
      'jv.wf.legend',
      'jv.wf.legendMarks',
      'jv.wf.legend.dcl',
      'jv.wf.legend.load',
      'jv.wf.empty',
    ]);
    // Every step of every built-in: seconds on a busy machine.
  }, 30_000);
});
