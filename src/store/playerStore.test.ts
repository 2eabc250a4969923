// The player store drives the real engine: stepping moves only the cursor; edits re-simulate.
import { describe, expect, it, vi } from 'vitest';
import { simulateTcp } from '../engine/tcp/simulate';
import type { TcpScenario } from '../scenarios/schema';
import { createPlayerStore, type TcpScenarioEntry as ScenarioEntry } from './playerStore';
import { endpointStateAt } from './selectors';

const text = { en: 'x', 'zh-CN': 'x' };
const builtins: ScenarioEntry[] = [
  {
    id: 'basic',
    title: text,
    explanation: text,
    input: {
      kind: 'tcp',
      client: { isn: 0, open: { at: 0 }, send: [{ at: 0, bytes: 100 }], close: { at: 1000 } },
      server: { isn: 5000, listen: true, close: { at: 1500 } },
    },
  },
  {
    id: 'lost-syn',
    title: text,
    explanation: text,
    input: {
      kind: 'tcp',
      client: { isn: 0, open: { at: 0 } },
      server: { isn: 5000, listen: true },
      faults: [{ drop: { from: 'client', flags: ['SYN'] } }],
    },
  },
];

function setup(step = 0) {
  const simulate = vi.fn((s: TcpScenario) => simulateTcp(s));
  const store = createPlayerStore(
    { builtins, simulate },
    { scenarioId: 'basic', input: builtins[0]!.input, step, lang: 'en' },
  );
  return { store, simulate, s: () => store.getState() };
}

describe('player store: cursor', () => {
  it('clamps the initial step and moves the cursor without re-simulating', () => {
    const { s, simulate } = setup(10_000);
    const n = s().trace.steps;
    expect(n).toBeGreaterThan(10);
    expect(s().step).toBe(n);
    s().stepBack();
    s().stepBack();
    expect(s().step).toBe(n - 2);
    s().seek(-5);
    expect(s().step).toBe(0);
    s().stepBack();
    expect(s().step).toBe(0);
    s().seek(3.4);
    expect(s().step).toBe(3);
    s().restart();
    expect(s().step).toBe(0);
    expect(simulate).toHaveBeenCalledTimes(1);
  });

  it('plays one step per 800 ms / speed and stops at the end', () => {
    const { s } = setup();
    s().setSpeed(2);
    s().play();
    s().advance(200);
    expect(s()).toMatchObject({ step: 0, progress: 0.5, playing: true });
    s().advance(300);
    expect(s().step).toBe(1);
    expect(s().progress).toBeCloseTo(0.25);
    s().advance(1e9);
    expect(s()).toMatchObject({ step: s().trace.steps, progress: 0, playing: false });
  });

  it('restarts from step 0 when Play is pressed at the end, and toggles', () => {
    const { s } = setup(10_000);
    s().togglePlay();
    expect(s()).toMatchObject({ step: 0, playing: true });
    s().togglePlay();
    expect(s().playing).toBe(false);
    s().advance(5000);
    expect(s().step).toBe(0);
  });
});

describe('player store: scenario edits', () => {
  it('toggles loss of a clicked segment and keeps the step', () => {
    const { s, simulate } = setup(6);
    s().toggleDrop('seg-2');
    expect(s().input.faults).toEqual([{ dropIndex: { index: 2 } }]);
    expect(s().step).toBe(6);
    expect(s().trace.events).toContainEqual(
      expect.objectContaining({ kind: 'segment.lost', segId: 'seg-2' }),
    );
    s().toggleDrop('seg-2');
    expect(s().input.faults).toEqual([]);
    expect(s().trace.events.some((e) => e.kind === 'segment.lost')).toBe(false);
    expect(simulate).toHaveBeenCalledTimes(3);
  });

  it('removes a rule fault when its lost segment is clicked', () => {
    const { s } = setup();
    s().selectScenario('lost-syn');
    expect(s().trace.events).toContainEqual(
      expect.objectContaining({ kind: 'segment.lost', segId: 'seg-1' }),
    );
    s().toggleDrop('seg-1');
    expect(s().input.faults).toEqual([]);
    s().toggleDrop('not-a-segment');
    expect(s().input.faults).toEqual([]);
  });

  it('keeps the last valid trace when an edit is invalid', () => {
    const { s } = setup(4);
    const before = s().trace;
    expect(s().editInput({ ...s().input, rttMs: -3 })).toBe(false);
    expect(s().errors).toEqual(['rttMs: must be > 0 ms']);
    expect(s().trace).toBe(before);
    expect(s().editInput({ ...s().input, rttMs: 300 })).toBe(true);
    expect(s().errors).toEqual([]);
    expect(s().trace.scenario.rttMs).toBe(300);
    expect(s().step).toBe(4);
  });

  it('selects a scenario at step 0 and resets edits to the built-in', () => {
    const { s } = setup(5);
    s().editInput({ ...s().input, rttMs: 300 });
    s().resetScenario();
    expect(s().input).toBe(builtins[0]!.input);
    s().selectScenario('lost-syn');
    expect(s()).toMatchObject({ scenarioId: 'lost-syn', step: 0 });
    s().seek(1e6);
    expect(endpointStateAt(s().trace, s().step, 'client')).toBe('ESTABLISHED');
    s().selectScenario('nope');
    expect(s().scenarioId).toBe('lost-syn');
  });

  it('removes a fault by position and dismisses notices', () => {
    const simulate = (sc: TcpScenario) => simulateTcp(sc);
    const store = createPlayerStore(
      { builtins, simulate },
      {
        scenarioId: 'lost-syn',
        input: builtins[1]!.input,
        step: 0,
        lang: 'zh-CN',
        notices: [{ id: 'n1', key: 'notice.badView', params: { value: 'x' } }],
      },
    );
    store.getState().removeFault(0);
    expect(store.getState().input.faults).toEqual([]);
    store.getState().dismissNotice('n1');
    expect(store.getState().notices).toEqual([]);
  });
});

describe('player store: number display', () => {
  it('starts relative, or as the scenario asks with `numbers`', () => {
    const { s } = setup();
    expect(s().relative).toBe(true);
    const absolute = createPlayerStore(
      { builtins, simulate: simulateTcp },
      {
        scenarioId: 'basic',
        input: { ...builtins[0]!.input, numbers: 'absolute' },
        step: 0,
        lang: 'en',
      },
    );
    expect(absolute.getState().relative).toBe(false);
  });
});

describe('player store: a trace from real traffic', () => {
  it('shows a captured trace at step 0 and leaves it for any scenario action', () => {
    const { s, simulate } = setup(3);
    const simulated = s().trace;
    const other = simulateTcp(s().trace.scenario);
    simulate.mockClear();
    s().play();
    s().showCaptured(other, { fileName: 'a.pcap', format: 'pcap', conversation: 'conv-1' });
    expect(s().trace).toBe(other);
    expect(s().capture).toEqual({ fileName: 'a.pcap', format: 'pcap', conversation: 'conv-1' });
    expect([s().step, s().playing]).toEqual([0, false]);
    expect(simulate).not.toHaveBeenCalled();
    s().selectScenario('basic');
    expect(s().capture).toBeNull();
    expect(s().trace).not.toBe(other);
    expect(s().trace.steps).toBe(simulated.steps);
  });
});
