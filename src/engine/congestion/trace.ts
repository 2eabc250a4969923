// The trace of a congestion-control run: one step per round, with every cwnd, ssthresh and phase
// change and its cause, plus a per-round summary the CLI prints and the table shows.
import type { CongestionPhase } from '../../machines/congestion.machine';
import type { CongestionScenario } from '../../scenarios/congestionSchema';
import type { AlgorithmId } from './algorithm';
import type { TRACE_VERSION } from '../trace';

export type CongestionCause = 'newAck' | 'tripleDupAck' | 'timeout';

interface Base {
  id: string;
  /** Step = round number (step 0: before the first round). */
  step: number;
  /** Virtual time in ms (round × RTT). */
  t: number;
}

export type CongestionEventRecord =
  | (Base & {
      kind: 'round.sent';
      round: number;
      cwnd: number;
      ssthresh: number;
      phase: CongestionPhase;
      firstSegment: number;
      lastSegment: number;
      /** True when rwnd, not cwnd, limited what was sent. */
      rwndLimited: boolean;
    })
  | (Base & { kind: 'loss.detected'; round: number; type: 'tripleDupAck' | 'timeout' })
  | (Base & { kind: 'cwnd.changed'; from: number; to: number; cause: CongestionCause })
  | (Base & { kind: 'ssthresh.changed'; from: number; to: number; cause: CongestionCause })
  | (Base & {
      kind: 'phase.entered';
      from: CongestionPhase;
      to: CongestionPhase;
      cause: CongestionCause;
    });

/** One row of `summary.rounds` (values in force while the round's segments are sent). */
export interface RoundRow {
  round: number;
  cwnd: number;
  ssthresh: number;
  phase: CongestionPhase;
  firstSegment: number;
  lastSegment: number;
}

/** A run of one algorithm. */
export interface CongestionRun {
  algorithm: AlgorithmId;
  events: CongestionEventRecord[];
  rounds: RoundRow[];
}

/** The trace of a "congestion" scenario: the main algorithm, plus compared ones. */
export interface CongestionTrace {
  version: typeof TRACE_VERSION;
  kind: 'congestion';
  model: 'rounds';
  scenario: CongestionScenario;
  steps: number;
  events: CongestionEventRecord[];
  summary: { algorithm: AlgorithmId; rounds: RoundRow[] };
  compare: CongestionRun[];
}
