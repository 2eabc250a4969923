// URL state: round trip of what is on screen, and every bad parameter falls back with a notice.
import { describe, expect, it } from 'vitest';
import type { TcpScenarioInput } from '../scenarios/schema';
import type { ScenarioEntry } from '../store/playerStore';
import { readUrl, writeUrl, type UrlContext } from './url';

const normal: TcpScenarioInput = {
  kind: 'tcp',
  client: { open: { at: 0 } },
  server: { listen: true },
};
const builtins: ScenarioEntry[] = [
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
const ctx: UrlContext = { builtins, defaultId: 'normal', languages: ['en-US'], stepsOf: () => 12 };

describe('readUrl', () => {
  it('reads a complete, valid URL without notices', () => {
    expect(readUrl('?view=tcp&scenario=port-closed&step=3&lang=zh-CN', ctx)).toEqual({
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
    const search = writeUrl({ scenarioId: 'normal', input, step: 5, lang: 'zh-CN' }, normal);
    expect(search).toBe(
      `?view=tcp&scenario=normal&step=5&lang=zh-CN&s=${encodeURIComponent(JSON.stringify(input))}`,
    );
    expect(readUrl(search, ctx)).toEqual({
      scenarioId: 'normal',
      input,
      step: 5,
      lang: 'zh-CN',
      notices: [],
    });
  });
});
