// Engine throughput: times simulateTcp on a bulk transfer (and the congestion lab's rounds model). Bundled (esbuild) for Node and built
// into the browser bench page by Vite, so both run the engine as production code, not via tsx.
import { parseScenario, type TcpScenario } from '../src/scenarios/schema';
import { simulateTcp } from '../src/engine/tcp/simulate';
import { bulkScenario, type BulkOptions } from './scenarios';
import { congestionScenarioSchema } from '../src/scenarios/congestionSchema';
import { simulateRounds } from '../src/engine/congestion/rounds';
import { simulateSegments } from '../src/engine/congestion/segments';

/** One size's timings (ms of wall time per run) and what the run produced. */
export interface EngineMeasurement {
  /** Data segments the client sends. */
  dataSegments: number;
  /** Segments on the wire (data, ACKs, handshake, teardown). */
  wireSegments: number;
  /** Trace events per run. */
  events: number;
  /** Player steps per run: queue events that produced trace events. */
  steps: number;
  /** Wall time of the warm-up runs (the first one is the cold run: fresh JIT). */
  warmupMs: number[];
  runsMs: number[];
}

/** A validated bulk scenario (throws on a schema error: the bench must not measure nonsense). */
export function bulkTcpScenario(segments: number, opts: BulkOptions = {}): TcpScenario {
  const parsed = parseScenario(bulkScenario(segments, opts));
  if (!parsed.ok) throw new Error(`bulk scenario is invalid: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

/** Runs the engine `warmup + runs` times on `segments` data segments; checks every result. */
export function measureEngine(
  segments: number,
  opts: { warmup: number; runs: number },
): EngineMeasurement {
  const sc = bulkTcpScenario(segments);
  const warmupMs: number[] = [];
  const runsMs: number[] = [];
  let shape = { wireSegments: 0, events: 0, steps: 0 };
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const t0 = performance.now();
    const trace = simulateTcp(sc);
    const ms = performance.now() - t0;
    const { summary } = trace;
    if (
      trace.truncated ||
      summary.bytesDelivered.server !== sc.client.send[0]!.bytes ||
      summary.outcomes.client !== 'closed' ||
      summary.outcomes.server !== 'closed'
    ) {
      throw new Error(`bulk run of ${segments} segments did not complete normally`);
    }
    shape = {
      wireSegments: summary.segments.length,
      events: trace.events.length,
      steps: trace.steps,
    };
    (i < opts.warmup ? warmupMs : runsMs).push(ms);
  }
  return { dataSegments: segments, ...shape, warmupMs, runsMs };
}

/** Timings of the congestion lab's rounds model (all four algorithms and a loss every 50 rounds). */
export function measureRounds(
  rounds: number,
  opts: { warmup: number; runs: number },
): { rounds: number; runsMs: number[]; warmupMs: number[] } {
  const losses = Array.from({ length: Math.floor(rounds / 50) }, (_, i) => ({
    round: (i + 1) * 50,
    type: i % 5 === 4 ? ('timeout' as const) : ('tripleDupAck' as const),
  }));
  const sc = congestionScenarioSchema.parse({
    kind: 'congestion',
    algorithm: 'reno',
    compare: ['tahoe', 'newreno', 'cubic'],
    rounds,
    initialSsthresh: 32,
    losses,
  });
  const warmupMs: number[] = [];
  const runsMs: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const t0 = performance.now();
    const trace = simulateRounds(sc);
    const ms = performance.now() - t0;
    if (trace.summary.rounds.length !== rounds || trace.compare.length !== 3) {
      throw new Error('rounds run did not complete');
    }
    (i < opts.warmup ? warmupMs : runsMs).push(ms);
  }
  return { rounds, runsMs, warmupMs };
}

/**
 * Timings of the congestion lab's segments model: Reno over a 10 Mbit/s bottleneck (RTT 20 ms,
 * 20-packet queue: the saw-tooth) for as many rounds as `segments` new data segments need.
 */
export function measureSegmentsModel(
  segments: number,
  opts: { warmup: number; runs: number },
): { segments: number; events: number; queueDrops: number; runsMs: number[]; warmupMs: number[] } {
  // The bottleneck delivers 10e6 · 0.02 / 8 / 1500 ≈ 16.7 packets per RTT; 5% to spare.
  const perRound = (10e6 * 0.02) / 8 / 1500;
  const sc = congestionScenarioSchema.parse({
    kind: 'congestion',
    model: 'segments',
    algorithm: 'reno',
    rounds: Math.ceil((segments / perRound) * 1.05),
    rttMs: 20,
    bandwidthBps: 10e6,
    queuePackets: 20,
    initialSsthresh: 32,
  });
  const warmupMs: number[] = [];
  const runsMs: number[] = [];
  let shape = { segments: 0, events: 0, queueDrops: 0 };
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const t0 = performance.now();
    const trace = simulateSegments(sc);
    const ms = performance.now() - t0;
    shape = {
      segments: trace.summary.stats.newSegments,
      events: trace.events.length,
      queueDrops: trace.summary.stats.queueDrops,
    };
    if (shape.segments < segments || trace.tcp.truncated === false) {
      throw new Error(`segments run sent ${shape.segments} new segments, wanted ${segments}`);
    }
    (i < opts.warmup ? warmupMs : runsMs).push(ms);
  }
  return { ...shape, runsMs, warmupMs };
}
