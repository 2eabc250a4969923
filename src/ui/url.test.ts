// URL state: round trip of what is on screen, and every bad parameter falls back with a notice.
import { describe, expect, it } from 'vitest';
import { parseScenario, type TcpScenarioInput } from '../scenarios/schema';
import type { CongestionScenarioInput } from '../scenarios/congestionSchema';
import type { ScenarioEntry } from '../store/playerCore';
import { parseCongestion } from '../store/congestionStore';
import { parseJourney } from '../store/journeyStore';
import type { JourneyScenarioInput } from '../scenarios/journeySchema';
import { readUrl, urlInputs, writeUrl, type UrlContext } from './url';

const normal: TcpScenarioInput = {
  kind: 'tcp',
  client: { open: { at: 0 } },
  server: { listen: true },
};
const builtins: ScenarioEntry<TcpScenarioInput>[] = [
  {
    id: 'normal',
    title: { en: 'Normal', 'zh-CN': '正常' },
    explanation: { en: 'e', 'zh-CN': 'e' },
    input: normal,
  },
  {
    id: 'port-closed',
    title: { en: 'Closed', 'zh-CN': '关闭' },
    explanation: { en: 'e', 'zh-CN': 'e' },
    input: { kind: 'tcp', client: { open: { at: 0 } } },
  },
];
const classic: CongestionScenarioInput = { kind: 'congestion', rounds: 16 };
const firstVisit: JourneyScenarioInput = { kind: 'journey', url: 'https://www.example.com/' };
/** Validation is real; every valid run has 12 steps (TCP) or its number of rounds (congestion). */
const ctx: UrlContext = {
  languages: ['en-US'],
  tcp: {
    builtins,
    defaultId: 'normal',
    run: (input) => {
      const p = parseScenario(input);
      return p.ok ? { trace: { steps: 12, events: [] } } : { errors: p.errors };
    },
  },
  congestion: {
    builtins: [
      {
        id: 'cc-classic',
        title: { en: 'Classic', 'zh-CN': '经典' },
        explanation: { en: 'e', 'zh-CN': 'e' },
        input: classic,
      },
    ],
    defaultId: 'cc-classic',
    run: (input) => {
      const p = parseCongestion(input);
      return p.ok ? { trace: { steps: p.value.rounds, events: [] } } : { errors: p.errors };
    },
  },
  journey: {
    builtins: [
      {
        id: 'first-visit',
        title: { en: 'First visit', 'zh-CN': '首次访问' },
        explanation: { en: 'e', 'zh-CN': 'e' },
        input: firstVisit,
      },
    ],
    defaultId: 'first-visit',
    run: (input) => {
      const p = parseJourney(input);
      return p.ok ? { trace: { steps: 40, events: [] } } : { errors: p.errors };
    },
  },
};

describe('readUrl', () => {
  it('reads a complete, valid URL without notices', () => {
    expect(readUrl('?view=tcp&scenario=port-closed&step=3&lang=zh-CN', ctx)).toEqual({
      view: 'tcp',
      scenarioId: 'port-closed',
      input: builtins[1]!.input,
      step: 3,
      lang: 'zh-CN',
      notices: [],
    });
  });

  it('defaults to the default scenario at step 0 in the browser language', () => {
    expect(readUrl('', { ...ctx, languages: ['zh-TW'] })).toMatchObject({
      scenarioId: 'normal',
      step: 0,
      lang: 'zh-CN',
      notices: [],
    });
  });

  it('restores a modified scenario from `s`', () => {
    const input = { ...normal, rttMs: 250 };
    const state = readUrl(
      `?scenario=normal&step=2&s=${encodeURIComponent(JSON.stringify(input))}`,
      ctx,
    );
    expect(state.input).toEqual(input);
    expect(state.step).toBe(2);
  });

  it('falls back with a notice for each bad parameter', () => {
    const state = readUrl('?view=tls&scenario=nope&step=abc&lang=fr', ctx);
    expect(state).toMatchObject({ scenarioId: 'normal', step: 0, lang: 'en' });
    expect(state.notices).toEqual([
      { id: 'notice.badView', key: 'notice.badView', params: { value: 'tls' } },
      {
        id: 'notice.unknownScenario',
        key: 'notice.unknownScenario',
        params: { value: 'nope', title: 'Normal' },
      },
      { id: 'notice.badStep', key: 'notice.badStep', params: { value: 'abc', step: 0 } },
    ]);
  });

  it('clamps a step past the end, and rejects negative or fractional steps', () => {
    expect(readUrl('?step=99', ctx)).toMatchObject({
      step: 12,
      notices: [{ key: 'notice.stepClamped', params: { value: 99, total: 12, step: 12 } }],
    });
    expect(readUrl('?step=-1', ctx).notices[0]?.key).toBe('notice.badStep');
    expect(readUrl('?step=1.5', ctx).notices[0]?.key).toBe('notice.badStep');
    expect(readUrl('?step=', ctx).notices[0]?.key).toBe('notice.badStep');
  });

  it('lists the schema errors of a bad `s` and keeps the built-in', () => {
    const bad = readUrl(
      `?scenario=normal&s=${encodeURIComponent('{"kind":"tcp","rttMs":-1,"client":{"open":{"at":0}}}')}`,
      ctx,
    );
    expect(bad.input).toBe(normal);
    expect(bad.notices).toEqual([
      {
        id: 'notice.badScenario',
        key: 'notice.badScenario',
        params: { errors: 'rttMs: must be > 0 ms' },
      },
    ]);
    const notJson = readUrl('?s=%7Bnope', ctx);
    expect(notJson.notices[0]?.params.errors).toMatch(/^not valid JSON/);
  });
});

describe('writeUrl', () => {
  it('writes the built-in scenario without `s`', () => {
    expect(
      writeUrl(
        {
          view: 'tcp',
          scenarioId: 'normal',
          input: { server: { listen: true }, kind: 'tcp', client: { open: { at: 0 } } },
          step: 4,
          lang: 'en',
        },
        normal,
      ),
    ).toBe('?view=tcp&scenario=normal&step=4&lang=en');
  });

  it('adds the compact JSON when the input was modified, and reads back the same state', () => {
    const input = { ...normal, faults: [{ dropIndex: { index: 2 } }] };
    const search = writeUrl(
      { view: 'tcp', scenarioId: 'normal', input, step: 5, lang: 'zh-CN' },
      normal,
    );
    expect(search).toBe(
      `?view=tcp&scenario=normal&step=5&lang=zh-CN&s=${encodeURIComponent(JSON.stringify(input))}`,
    );
    expect(readUrl(search, ctx)).toEqual({
      view: 'tcp',
      scenarioId: 'normal',
      input,
      step: 5,
      lang: 'zh-CN',
      notices: [],
    });
  });
});

describe('the congestion view', () => {
  it('reads the lab, its scenario and round, and clamps to the number of rounds', () => {
    expect(readUrl('?view=congestion&scenario=cc-classic&step=5&lang=zh-CN', ctx)).toEqual({
      view: 'congestion',
      scenarioId: 'cc-classic',
      input: classic,
      step: 5,
      lang: 'zh-CN',
      notices: [],
    });
    expect(readUrl('?view=congestion&step=40', ctx)).toMatchObject({
      view: 'congestion',
      step: 16,
      notices: [{ key: 'notice.stepClamped', params: { value: 40, total: 16 } }],
    });
  });

  it('validates `s` as a congestion scenario and counts its rounds', () => {
    const input = { ...classic, rounds: 30, losses: [{ round: 12, type: 'timeout' as const }] };
    const search = writeUrl(
      { view: 'congestion', scenarioId: 'cc-classic', input, step: 25, lang: 'en' },
      classic,
    );
    expect(search).toBe(
      `?view=congestion&scenario=cc-classic&step=25&lang=en&s=${encodeURIComponent(JSON.stringify(input))}`,
    );
    expect(readUrl(search, ctx)).toMatchObject({ view: 'congestion', input, step: 25 });
    const tcpInLab = readUrl(
      `?view=congestion&s=${encodeURIComponent(JSON.stringify(normal))}`,
      ctx,
    );
    expect(tcpInLab.input).toBe(classic);
    expect(tcpInLab.notices[0]?.params.errors).toBe('kind: must be "congestion"');
    const badLoss = readUrl(
      `?view=congestion&s=${encodeURIComponent('{"kind":"congestion","rounds":5,"losses":[{"round":9,"type":"timeout"}]}')}`,
      ctx,
    );
    expect(badLoss.notices[0]?.params.errors).toBe('losses[0].round: must be ≤ rounds (5)');
  });

  it('an unknown view falls back to TCP with a notice', () => {
    expect(readUrl('?view=bbr', ctx)).toMatchObject({
      view: 'tcp',
      scenarioId: 'normal',
      notices: [{ key: 'notice.badView', params: { value: 'bbr' } }],
    });
  });
});

describe('readUrl: the journey view', () => {
  it('opens the journey at a step; a bad URL in `s` falls back with a notice', () => {
    expect(readUrl('?view=journey&scenario=first-visit&step=7&lang=en', ctx)).toMatchObject({
      view: 'journey',
      scenarioId: 'first-visit',
      step: 7,
      notices: [],
    });
    const bad = encodeURIComponent(JSON.stringify({ kind: 'journey', url: 'javascript:alert(1)' }));
    const r = readUrl(`?view=journey&s=${bad}`, ctx);
    expect(r).toMatchObject({ view: 'journey', input: firstVisit });
    expect(r.notices.map((n) => n.key)).toEqual(['notice.badScenario']);
  });
});

describe('urlInputs', () => {
  const ctx = {
    defaultId: 'a',
    builtins: [
      { id: 'a', input: { n: 1 } },
      { id: 'b', input: { n: 2 } },
    ] as unknown as readonly ScenarioEntry<unknown>[],
  };
  it('names the built-in asked for (else the default) and the `s` JSON when it parses', () => {
    expect(urlInputs('?scenario=b', ctx)).toEqual([{ n: 2 }]);
    expect(urlInputs('?scenario=nope', ctx)).toEqual([{ n: 1 }]);
    expect(urlInputs('?s=%7B%22n%22%3A3%7D', ctx)).toEqual([{ n: 1 }, { n: 3 }]);
    expect(urlInputs('?s=%7Bbroken', ctx)).toEqual([{ n: 1 }]);
  });
});
