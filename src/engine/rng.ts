// Seeded pseudo-random numbers for the engine (xoroshiro128+ from pure-rand). Never Math.random.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A seeded generator; `state()` is plain data that `fromState` restores exactly. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, 2^32). */
  nextU32(): number;
  state(): number[];
}

function wrap(g: RandomGenerator): Rng {
  return {
    next: () => (g.next() >>> 0) / 4294967296,
    nextU32: () => g.next() >>> 0,
    state: () => [...g.getState()],
  };
}

/** A generator seeded with a 32-bit integer. */
export function createRng(seed: number): Rng {
  return wrap(xoroshiro128plus(seed | 0));
}

/** Restores a generator from `Rng.state()`. */
export function rngFromState(state: readonly number[]): Rng {
  return wrap(xoroshiro128plusFromState(state));
}
