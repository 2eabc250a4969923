// Narration of the congestion lab: for each round, what was sent and, when the round ended with a
// change, why (slow start, congestion avoidance, fast retransmit / recovery, timeout, rwnd,
// CUBIC). Pure: trace + step + translate function in, strings out; every number from the trace.
import { halve, type AlgorithmId } from '../engine/congestion/algorithm';
import { BETA_CUBIC } from '../engine/congestion/algorithms/cubic';
import type {
  CongestionEventRecord,
  CongestionRoundsTrace,
  RoundRow,
} from '../engine/congestion/trace';
import type { CongestionPhase } from '../machines/congestion.machine';
import type { Translate } from '../i18n/i18n';
import { ALGORITHM_NAMES, formatSegments as n } from '../viz/cwnd/format';

const byStepCache = new WeakMap<CongestionRoundsTrace, CongestionEventRecord[][]>();

/** The main run's events grouped by step (= round), computed once per trace. */
function eventsAt(trace: CongestionRoundsTrace, step: number): CongestionEventRecord[] {
  let byStep = byStepCache.get(trace);
  if (!byStep) {
    const groups: CongestionEventRecord[][] = Array.from({ length: trace.steps + 1 }, () => []);
    for (const e of trace.events) groups[e.step]?.push(e);
    byStep = groups;
    byStepCache.set(trace, byStep);
  }
  return byStep[step] ?? [];
}

const phase = (p: CongestionPhase, t: Translate) => t(`ccn.phase.${p}`);
const alg = (id: AlgorithmId) => ALGORITHM_NAMES[id];

/**
 * The sentences for `step` of a congestion trace: step 0 sets the scene; step k (round k) says
 * what the round sends, then why cwnd and ssthresh change at its end (or that the run ends).
 */
export function narrateCongestion(
  trace: CongestionRoundsTrace,
  step: number,
  t: Translate,
): string[] {
  if (step <= 0) return intro(trace, t);
  const rows = trace.summary.rounds;
  const row = rows[step - 1];
  if (!row) return [];
  const events = eventsAt(trace, step);
  const out = [sent(trace, row, events, t)];
  const next = rows[step];
  if (!next) return [...out, t('ccn.end')];
  const loss = events.find((e) => e.kind === 'loss.detected');
  if (loss?.kind === 'loss.detected') {
    out.push(...lossSentences(trace, row, next, loss.type, t));
    out.push(...compared(trace, step, t));
  } else out.push(...growth(trace, row, next, t));
  return out;
}

function intro(trace: CongestionRoundsTrace, t: Translate): string[] {
  const sc = trace.scenario;
  const first = trace.summary.rounds[0];
  const out = [
    t('ccn.intro.setup', {
      alg: alg(trace.summary.algorithm),
      cwnd: n(sc.initialCwnd),
      ssthresh: n(sc.initialSsthresh),
      phase: phase(first?.phase ?? 'slowStart', t),
      rtt: sc.rttMs,
    }),
  ];
  if (trace.events.some((e) => e.kind === 'round.sent' && e.rwndLimited))
    out.push(t('ccn.intro.rwnd', { rwnd: n(sc.rwnd) }));
  const losses = [...sc.losses].sort((a, b) => a.round - b.round);
  out.push(
    losses.length
      ? t('ccn.intro.losses', {
          list: losses
            .map((l) => t(`ccn.loss.${l.type}`, { round: l.round }))
            .join(t('narr.list.sep')),
        })
      : t('ccn.intro.noLoss'),
  );
  if (trace.compare.length)
    out.push(
      t('ccn.intro.compare', {
        list: trace.compare.map((r) => alg(r.algorithm)).join(t('narr.list.sep')),
      }),
    );
  out.push(t('ccn.intro.start'));
  return out;
}

function sent(
  trace: CongestionRoundsTrace,
  row: RoundRow,
  events: readonly CongestionEventRecord[],
  t: Translate,
): string {
  const count = row.lastSegment - row.firstSegment + 1;
  const params = {
    round: row.round,
    phase: phase(row.phase, t),
    cwnd: n(row.cwnd),
    count,
    first: n(row.firstSegment),
    last: n(row.lastSegment),
    rwnd: n(trace.scenario.rwnd),
  };
  const limited = events.some((e) => e.kind === 'round.sent' && e.rwndLimited);
  if (limited) return t('ccn.sent.rwnd', params);
  return t(count === 1 ? 'ccn.sent.one' : 'ccn.sent', params);
}

/** A round without loss: growth in the phase it was sent in. */
function growth(
  trace: CongestionRoundsTrace,
  row: RoundRow,
  next: RoundRow,
  t: Translate,
): string[] {
  const from = n(row.cwnd);
  const to = n(next.cwnd);
  const id = trace.summary.algorithm;
  if (row.phase === 'slowStart') {
    const doubled = next.cwnd === 2 * row.cwnd;
    const out = [
      doubled
        ? t('ccn.grow.slowStart', { from, to })
        : t('ccn.grow.capped', { from, to, double: n(2 * row.cwnd) }),
    ];
    if (next.phase === 'congestionAvoidance')
      out.push(t('ccn.grow.enterCa', { ssthresh: n(next.ssthresh) }));
    return out;
  }
  const out = row.phase === 'fastRecovery' ? [t('ccn.grow.exitFr', { alg: alg(id) })] : [];
  if (next.cwnd === row.cwnd) out.push(t('ccn.grow.same', { cwnd: from }));
  else if (id !== 'cubic') out.push(t('ccn.grow.ca', { from, to }));
  else {
    const reducedBefore = trace.events.some(
      (e) => e.kind === 'loss.detected' && e.round < row.round,
    );
    out.push(t(reducedBefore ? 'ccn.grow.cubic' : 'ccn.grow.cubicProbe', { from, to }));
  }
  return out;
}

/** A round that ended in a loss: detection, the new ssthresh, the new cwnd, and why. */
function lossSentences(
  trace: CongestionRoundsTrace,
  row: RoundRow,
  next: RoundRow,
  type: 'tripleDupAck' | 'timeout',
  t: Translate,
): string[] {
  const id = trace.summary.algorithm;
  const out = [t(type === 'timeout' ? 'ccn.timeout' : 'ccn.dup3', { round: row.round })];
  const cwnd = n(row.cwnd);
  const ssthresh = n(next.ssthresh);
  if (id === 'cubic') {
    out.push(t('ccn.ssthresh.cubic', { beta: BETA_CUBIC, cwnd, ssthresh, reno: halve(row.cwnd) }));
  } else {
    const exact = next.ssthresh === Math.floor(row.cwnd / 2);
    out.push(t(exact ? 'ccn.ssthresh.halve' : 'ccn.ssthresh.floor', { cwnd, ssthresh }));
  }
  if (type === 'timeout') out.push(t('ccn.timeout.reset', { ssthresh }));
  else if (next.phase !== 'fastRecovery') out.push(t('ccn.tahoe.dup3'));
  else {
    const inflated = next.cwnd === next.ssthresh + 3;
    const key = id === 'cubic' ? 'ccn.fr.cubic' : inflated ? 'ccn.fr.inflate' : 'ccn.fr.noInflate';
    out.push(t(key, { alg: alg(id), cwnd: n(next.cwnd) }), t('ccn.fr.why'));
  }
  return out;
}

/** What each compared algorithm does on the same loss. */
function compared(trace: CongestionRoundsTrace, step: number, t: Translate): string[] {
  return trace.compare.flatMap((run) => {
    const row = run.rounds[step - 1];
    const next = run.rounds[step];
    if (!row || !next) return [];
    return [
      t('ccn.compare', {
        alg: alg(run.algorithm),
        from: n(row.cwnd),
        to: n(next.cwnd),
        ssthresh: n(next.ssthresh),
        phase: phase(next.phase, t),
      }),
    ];
  });
}
