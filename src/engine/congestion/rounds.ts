// The "rounds" model of congestion control, as textbooks draw it (RFC 5681 / 6582 / 9438):
// time advances one transmission round (one RTT) at a time; cwnd and ssthresh count segments.
// A loss placed at round r is detected at the end of round r and sets the window of round r + 1.
// The phase machine (XState) decides the phase; the algorithm module computes the numbers.
import { transition } from 'xstate';
import {
  congestionMachine,
  type CongestionEvent,
  type CongestionPhase,
} from '../../machines/congestion.machine';
import type { CongestionScenario } from '../../scenarios/congestionSchema';
import { TRACE_VERSION } from '../trace';
import type { AlgorithmId, RoundsState } from './algorithm';
import { ALGORITHMS } from './algorithms';
import type {
  CongestionCause,
  CongestionEventRecord,
  CongestionRoundsTrace,
  CongestionRun,
  RoundRow,
} from './trace';

type NewRecord = CongestionEventRecord extends infer E
  ? E extends CongestionEventRecord
    ? Omit<E, 'id'>
    : never
  : never;

const phaseMemo = new Map<string, CongestionPhase>();

/** The machine's next phase (memoized: it depends only on the phase and the event's facts). */
function nextPhase(phase: CongestionPhase, event: CongestionEvent): CongestionPhase {
  const flag =
    event.type === 'ack.new'
      ? event.cwndAtLeastSsthresh
      : event.type === 'ack.dup3'
        ? event.fastRecovery
        : false;
  const key = `${phase}|${event.type}|${flag}`;
  let p = phaseMemo.get(key);
  if (!p) {
    const [next] = transition(
      congestionMachine,
      congestionMachine.resolveState({ value: phase, context: undefined }),
      event,
    );
    p = next.value as CongestionPhase;
    phaseMemo.set(key, p);
  }
  return p;
}

/** Runs one algorithm through the scenario's rounds. */
export function runRounds(sc: CongestionScenario, algorithmId: AlgorithmId): CongestionRun {
  const alg = ALGORITHMS[algorithmId];
  const losses = new Map(sc.losses.map((l) => [l.round, l.type]));
  const events: CongestionEventRecord[] = [];
  const rounds: RoundRow[] = [];
  let s: RoundsState = {
    cwnd: sc.initialCwnd,
    ssthresh: sc.initialSsthresh,
    phase: sc.initialCwnd < sc.initialSsthresh ? 'slowStart' : 'congestionAvoidance',
    wMax: null,
    epochRound: null,
    cwndEpoch: sc.initialCwnd,
    wEst: sc.initialCwnd,
  };
  let nextSegment = 1;
  const ctx = { rttS: sc.rttMs / 1000, inflation: sc.inflation, round: 0 };
  // Records are built with their id in place (no spread copy): 10,000 rounds stay fast.
  const push = (e: NewRecord) => {
    (e as CongestionEventRecord).id = `ev-${events.length + 1}`;
    events.push(e as CongestionEventRecord);
  };

  for (let round = 1; round <= sc.rounds; round++) {
    const t = (round - 1) * sc.rttMs;
    const window = Math.max(1, Math.floor(Math.min(s.cwnd, sc.rwnd)));
    const row: RoundRow = {
      round,
      cwnd: s.cwnd,
      ssthresh: s.ssthresh,
      phase: s.phase,
      firstSegment: nextSegment,
      lastSegment: nextSegment + window - 1,
    };
    nextSegment += window;
    rounds.push(row);
    push({
      kind: 'round.sent',
      step: round,
      t,
      round,
      cwnd: row.cwnd,
      ssthresh: row.ssthresh,
      phase: row.phase,
      firstSegment: row.firstSegment,
      lastSegment: row.lastSegment,
      rwndLimited: sc.rwnd < s.cwnd,
    });
    if (round === sc.rounds) break; // nothing decides a round that is not simulated

    const tEnd = round * sc.rttMs;
    ctx.round = round;
    const loss = losses.get(round);
    let cause: CongestionCause;
    let next: RoundsState;
    if (loss) {
      push({ kind: 'loss.detected', step: round, t: tEnd, round, type: loss });
      cause = loss;
      const red = loss === 'timeout' ? alg.onTimeout(s, ctx) : alg.onTripleDupAck(s, ctx);
      const event: CongestionEvent =
        loss === 'timeout'
          ? { type: 'timer.rto' }
          : { type: 'ack.dup3', fastRecovery: alg.fastRecovery };
      next = { ...s, ...red, phase: nextPhase(s.phase, event), epochRound: null };
      // After a timeout (or Tahoe's fast retransmit) the window restarts below ssthresh: slow start.
    } else {
      cause = 'newAck';
      const grown = { ...s, ...alg.grow(s, ctx) };
      next = {
        ...grown,
        phase: nextPhase(s.phase, {
          type: 'ack.new',
          cwndAtLeastSsthresh: grown.cwnd >= grown.ssthresh,
        }),
      };
    }
    if (next.ssthresh !== s.ssthresh)
      push({
        kind: 'ssthresh.changed',
        step: round,
        t: tEnd,
        from: s.ssthresh,
        to: next.ssthresh,
        cause,
      });
    if (next.cwnd !== s.cwnd)
      push({ kind: 'cwnd.changed', step: round, t: tEnd, from: s.cwnd, to: next.cwnd, cause });
    if (next.phase !== s.phase || loss)
      push({ kind: 'phase.entered', step: round, t: tEnd, from: s.phase, to: next.phase, cause });
    s = next;
  }
  return { algorithm: algorithmId, events, rounds };
}

/** Simulates a "congestion" scenario in the rounds model (plus its compared algorithms). */
export function simulateRounds(sc: CongestionScenario): CongestionRoundsTrace {
  const main = runRounds(sc, sc.algorithm);
  return {
    version: TRACE_VERSION,
    kind: 'congestion',
    model: 'rounds',
    scenario: sc,
    steps: sc.rounds,
    events: main.events,
    summary: { algorithm: sc.algorithm, rounds: main.rounds },
    compare: sc.compare.filter((a) => a !== sc.algorithm).map((a) => runRounds(sc, a)),
  };
}
