// The lab's kind loads the "segments" model (and the TCP engine) only when a scenario needs it.
import { describe, expect, it, vi } from 'vitest';
import { CONGESTION_KIND, createStore } from './congestion';
import { defaultEntry } from '../kind';

const entry = (id: string) => CONGESTION_KIND.builtins.find((b) => b.id === id)!;

describe('congestion kind: the "segments" engine on demand', () => {
  it('selecting a "segments" built-in loads its engine, then shows its trace', async () => {
    const rounds = defaultEntry(CONGESTION_KIND);
    const segments = entry('cc-bottleneck-sawtooth');
    expect(segments.input.model).toBe('segments');
    // Rounds and invalid inputs run at once; a valid "segments" input waits for its engine.
    expect(CONGESTION_KIND.prepare?.(rounds.input)).toBeNull();
    expect(CONGESTION_KIND.prepare?.({ ...segments.input, rounds: -1 })).toBeNull();
    expect(() => CONGESTION_KIND.run(segments.input)).toThrow(/not loaded yet/);

    const store = createStore({ scenarioId: rounds.id, input: rounds.input, step: 0, lang: 'en' });
    expect(store.getState().editInput({ ...segments.input, rounds: -1 })).toBe(false);
    expect(store.getState().errors.length).toBeGreaterThan(0);
    expect(CONGESTION_KIND.prepare?.(segments.input)).toBeInstanceOf(Promise);
    store.getState().selectScenario(segments.id);
    expect(store.getState().scenarioId).toBe(rounds.id);
    await vi.waitFor(() => expect(store.getState().scenarioId).toBe(segments.id));
    const { trace, errors, step } = store.getState();
    expect(trace.model).toBe('segments');
    expect(errors).toEqual([]);
    expect(step).toBe(0);
    // Loaded once: from now on everything runs at once.
    expect(CONGESTION_KIND.prepare?.(segments.input)).toBeNull();
    store.getState().selectScenario('cc-newreno-multiple-losses');
    expect(store.getState().scenarioId).toBe('cc-newreno-multiple-losses');
  });
});
