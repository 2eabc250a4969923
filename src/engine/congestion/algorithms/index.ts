// The congestion-control algorithms, by id.
import type { AlgorithmId, RoundsAlgorithm } from '../algorithm';
import { cubic } from './cubic';
import { newreno } from './newreno';
import { reno } from './reno';
import { tahoe } from './tahoe';

/** Every algorithm of the rounds model. */
export const ALGORITHMS: Record<AlgorithmId, RoundsAlgorithm> = { tahoe, reno, newreno, cubic };
