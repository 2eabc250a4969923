// @vitest-environment jsdom
// useUrlSync: scenario and language changes reach the URL at once; a run of step changes at most
// every URL_STEP_SYNC_MS (the first at once, the last always), and flushUrlSync writes a waiting one.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulateTcp } from '../engine/tcp/simulate';
import { BUILTIN_SCENARIOS } from '../scenarios';
import { createPlayerStore, type PlayerStore } from '../store/playerStore';
import { flushUrlSync, URL_STEP_SYNC_MS, useUrlSync } from './hooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Sync({ store }: { store: PlayerStore }) {
  useUrlSync(store);
  return null;
}

let root: Root;
let store: PlayerStore;
const step = () => new URLSearchParams(window.location.search).get('step');

beforeEach(() => {
  vi.useFakeTimers();
  const entry = BUILTIN_SCENARIOS.find((b) => b.id === 'normal')!;
  store = createPlayerStore(
    { builtins: BUILTIN_SCENARIOS, simulate: simulateTcp },
    { scenarioId: entry.id, input: entry.input, step: 0, lang: 'en' },
  );
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Sync store={store} />));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useUrlSync', () => {
  it('writes the first step at once, then the last of a run after the interval', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    vi.advanceTimersByTime(URL_STEP_SYNC_MS);
    act(() => store.getState().seek(1));
    expect(step()).toBe('1');
    act(() => store.getState().seek(2));
    act(() => store.getState().seek(3));
    expect(step()).toBe('1');
    vi.advanceTimersByTime(URL_STEP_SYNC_MS);
    expect(step()).toBe('3');
    expect(replace).toHaveBeenCalledTimes(2);
  });

  it('writes a language or scenario change at once, and flushUrlSync a waiting step', () => {
    vi.advanceTimersByTime(URL_STEP_SYNC_MS);
    act(() => store.getState().seek(1));
    act(() => store.getState().seek(4));
    expect(step()).toBe('1');
    flushUrlSync();
    expect(step()).toBe('4');
    act(() => store.getState().setLang('zh-CN'));
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    act(() => store.getState().selectScenario('lost-syn'));
    expect(new URLSearchParams(window.location.search).get('scenario')).toBe('lost-syn');
  });
});
