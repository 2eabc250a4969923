// The rounds model against hand-worked textbook examples (RFC 5681 as textbooks draw it).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  congestionScenarioSchema,
  type CongestionScenarioInput,
} from '../../scenarios/congestionSchema';
import { runRounds, simulateRounds } from './rounds';
import { ALGORITHM_IDS } from './algorithm';

const sc = (input: Omit<CongestionScenarioInput, 'kind'>) =>
  congestionScenarioSchema.parse({ kind: 'congestion', ...input });
const cwnds = (input: Omit<CongestionScenarioInput, 'kind'>, alg = input.algorithm ?? 'reno') =>
  runRounds(sc(input), alg).rounds.map((r) => r.cwnd);

describe('rounds model: single rules', () => {
  it('doubles in slow start and switches to +1 per round at ssthresh', () => {
    expect(cwnds({ rounds: 8, initialSsthresh: 8 })).toEqual([1, 2, 4, 8, 9, 10, 11, 12]);
  });
  it('caps slow start at ssthresh in the middle of a doubling', () => {
    const run = runRounds(sc({ rounds: 6, initialSsthresh: 6 }), 'reno');
    expect(run.rounds.map((r) => [r.cwnd, r.phase])).toEqual([
      [1, 'slowStart'],
      [2, 'slowStart'],
      [4, 'slowStart'],
      [6, 'congestionAvoidance'], // min(2·4, 6)
      [7, 'congestionAvoidance'],
      [8, 'congestionAvoidance'],
    ]);
  });
  it('Reno on three duplicate ACKs: ssthresh = ⌊cwnd/2⌋, cwnd = ssthresh + 3, then +1 per round', () => {
    const run = runRounds(
      sc({ rounds: 9, initialSsthresh: 8, losses: [{ round: 6, type: 'tripleDupAck' }] }),
      'reno',
    );
    // Round 6 sends cwnd 10; the loss is detected at its end and sets round 7.
    expect(run.rounds.slice(5).map((r) => [r.round, r.cwnd, r.ssthresh, r.phase])).toEqual([
      [6, 10, 8, 'congestionAvoidance'],
      [7, 8, 5, 'fastRecovery'],
      [8, 9, 5, 'congestionAvoidance'],
      [9, 10, 5, 'congestionAvoidance'],
    ]);
  });
  it('the inflation: false variant sets cwnd = ssthresh', () => {
    expect(
      cwnds({ rounds: 8, inflation: false, losses: [{ round: 6, type: 'tripleDupAck' }] }).slice(5),
    ).toEqual([10, 5, 6]);
  });
  it('Tahoe vs Reno on the same triple duplicate ACK', () => {
    const input = {
      rounds: 10,
      initialSsthresh: 8,
      losses: [{ round: 6, type: 'tripleDupAck' as const }],
    };
    expect(cwnds(input, 'tahoe')).toEqual([1, 2, 4, 8, 9, 10, 1, 2, 4, 5]);
    expect(cwnds(input, 'reno')).toEqual([1, 2, 4, 8, 9, 10, 8, 9, 10, 11]);
  });
  it('a timeout sends every algorithm back to cwnd = 1 and slow start', () => {
    for (const alg of ALGORITHM_IDS) {
      const run = runRounds(
        sc({ rounds: 8, initialSsthresh: 8, losses: [{ round: 5, type: 'timeout' }] }),
        alg,
      );
      expect(run.rounds[5]).toMatchObject({ cwnd: 1, phase: 'slowStart' });
    }
    expect(
      runRounds(sc({ rounds: 8, losses: [{ round: 5, type: 'timeout' }] }), 'reno').rounds[5]!
        .ssthresh,
    ).toBe(4);
  });
  it('keeps ssthresh ≥ 2 on a loss during slow start', () => {
    const run = runRounds(sc({ rounds: 4, losses: [{ round: 2, type: 'tripleDupAck' }] }), 'reno');
    expect(run.rounds[2]).toMatchObject({ ssthresh: 2, cwnd: 5, phase: 'fastRecovery' });
  });
  it('sends min(cwnd, rwnd) segments and numbers them across rounds', () => {
    const run = runRounds(sc({ rounds: 6, initialSsthresh: 64, rwnd: 6 }), 'reno');
    expect(run.rounds.map((r) => [r.cwnd, r.firstSegment, r.lastSegment])).toEqual([
      [1, 1, 1],
      [2, 2, 3],
      [4, 4, 7],
      [8, 8, 13], // rwnd-limited: 6 segments
      [16, 14, 19],
      [32, 20, 25],
    ]);
  });
  it('records each change with its cause', () => {
    const tr = simulateRounds(sc({ rounds: 8, losses: [{ round: 6, type: 'tripleDupAck' }] }));
    const at6 = tr.events
      .filter((e) => e.step === 6 && e.kind !== 'round.sent')
      .map(
        (e) => e.kind + ':' + ('cause' in e ? e.cause : e.kind === 'loss.detected' ? e.type : ''),
      );
    expect(at6).toEqual([
      'loss.detected:tripleDupAck',
      'ssthresh.changed:tripleDupAck',
      'cwnd.changed:tripleDupAck',
      'phase.entered:tripleDupAck',
    ]);
  });
});

describe('rounds model: a worked example over 26 rounds', () => {
  // Worked by hand: ssthresh 8; 3 dup ACKs at the end of round 12 (cwnd 16); timeout at the end
  // of round 20 (cwnd 18). Reno: 16 → ssthresh 8, cwnd 11; 18 → ssthresh 9, cwnd 1.
  const input = {
    rounds: 26,
    initialSsthresh: 8,
    losses: [
      { round: 12, type: 'tripleDupAck' as const },
      { round: 20, type: 'timeout' as const },
    ],
  };
  it('Reno', () => {
    const run = runRounds(sc(input), 'reno');
    expect(run.rounds.map((r) => r.cwnd)).toEqual([
      1, 2, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 11, 12, 13, 14, 15, 16, 17, 18, 1, 2, 4, 8, 9, 10,
    ]);
    expect(run.rounds.map((r) => r.ssthresh)).toEqual([...Array(20).fill(8), ...Array(6).fill(9)]);
    expect(run.rounds.at(-1)).toMatchObject({ firstSegment: 256, lastSegment: 265 });
  });
  it('Tahoe', () => {
    expect(cwnds(input, 'tahoe')).toEqual([
      1, 2, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 1, 2, 4, 8, 9, 10, 11, 12, 1, 2, 4, 6, 7, 8,
    ]);
  });
});

describe('CUBIC (RFC 9438) in rounds', () => {
  it('reduces by β = 0.7 and grows back along the cubic toward W_max', () => {
    const run = runRounds(
      sc({
        rounds: 40,
        initialSsthresh: 64,
        initialCwnd: 64,
        rttMs: 500,
        losses: [{ round: 1, type: 'tripleDupAck' }],
      }),
      'cubic',
    );
    expect(run.rounds[1]).toMatchObject({ cwnd: 44.8, ssthresh: 44.8, phase: 'fastRecovery' });
    // Concave approach: growth slows near W_max = 64 and then accelerates past it (convex).
    const c = run.rounds.map((r) => r.cwnd);
    const k = Math.cbrt((64 - 44.8) / 0.4); // ≈ 3.63 s ≈ 7.3 rounds of 0.5 s
    expect(c[Math.round(k / 0.5) + 1]!).toBeGreaterThan(60);
    expect(c[Math.round(k / 0.5) + 1]!).toBeLessThan(66);
    expect(c[39]!).toBeGreaterThan(100);
  });
});

describe('rounds model: properties', () => {
  const arb = fc.record({
    algorithm: fc.constantFrom(...ALGORITHM_IDS),
    rounds: fc.integer({ min: 1, max: 60 }),
    initialCwnd: fc.integer({ min: 1, max: 20 }),
    initialSsthresh: fc.integer({ min: 2, max: 64 }),
    inflation: fc.boolean(),
    losses: fc.uniqueArray(
      fc.record({
        round: fc.integer({ min: 1, max: 60 }),
        type: fc.constantFrom('tripleDupAck' as const, 'timeout' as const),
      }),
      { selector: (l) => l.round, maxLength: 6 },
    ),
  });
  it('cwnd ≥ 1, ssthresh ≥ 2, phase consistent with cwnd vs ssthresh', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const run = runRounds(
          sc({ ...g, losses: g.losses.filter((l) => l.round <= g.rounds) }),
          g.algorithm,
        );
        for (const r of run.rounds) {
          expect(r.cwnd).toBeGreaterThanOrEqual(1);
          expect(r.ssthresh).toBeGreaterThanOrEqual(2);
          if (r.phase === 'slowStart') expect(r.cwnd).toBeLessThan(r.ssthresh);
          if (r.phase === 'congestionAvoidance') expect(r.cwnd).toBeGreaterThanOrEqual(r.ssthresh);
        }
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe('built-in congestion scenarios', () => {
  it('all validate and run, with the numbers their explanations quote', async () => {
    const { BUILTIN_CONGESTION_SCENARIOS, getCongestionBuiltin } =
      await import('../../scenarios/congestionBuiltins');
    expect(BUILTIN_CONGESTION_SCENARIOS.map((b) => b.id)).toEqual([
      'cc-classic',
      'cc-reno-vs-tahoe',
      'cc-timeout',
      'cc-loss-in-slow-start',
      'cc-rwnd-limited',
      'cc-cubic-recovery',
      'cc-bottleneck-sawtooth',
      'cc-newreno-multiple-losses',
    ]);
    const rows = (id: string) => simulateRounds(getCongestionBuiltin(id)!.scenario).summary.rounds;
    // "ssthresh halves to ⌊16/2⌋ = 8 … Reno cwnd = ssthresh + 3 = 11"
    expect(rows('cc-reno-vs-tahoe')[12]).toMatchObject({
      cwnd: 11,
      ssthresh: 8,
      phase: 'fastRecovery',
    });
    expect(
      simulateRounds(getCongestionBuiltin('cc-reno-vs-tahoe')!.scenario).compare[0]!.rounds[12],
    ).toMatchObject({ cwnd: 1, phase: 'slowStart' });
    // "ssthresh = ⌊cwnd/2⌋ = 6 and cwnd = 1"
    expect(rows('cc-timeout')[8]!.cwnd).toBe(13);
    expect(rows('cc-timeout')[9]).toMatchObject({ cwnd: 1, ssthresh: 6 });
    // "when cwnd = 32. ssthresh becomes 16 and Reno continues from 19"
    expect(rows('cc-loss-in-slow-start')[5]!.cwnd).toBe(32);
    expect(rows('cc-loss-in-slow-start')[6]).toMatchObject({ cwnd: 19, ssthresh: 16 });
    // "min(cwnd, rwnd) = 10 segments … from round 5 on"
    const rw = rows('cc-rwnd-limited');
    expect(rw.slice(4).every((r) => r.lastSegment - r.firstSegment + 1 === 10)).toBe(true);
    expect(rw[3]!.lastSegment - rw[3]!.firstSegment + 1).toBe(8);
    // CUBIC cuts by 30% (β = 0.7), Reno by 50%.
    const cubicRows = rows('cc-cubic-recovery');
    expect(cubicRows[8]!.ssthresh).toBeCloseTo(cubicRows[7]!.cwnd * 0.7, 2);
  });
});
