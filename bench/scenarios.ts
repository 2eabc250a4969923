// Scenarios the benchmarks (and the CLI's large-output test) run: a bulk transfer of N full-size
// segments from client to a listening server, then both close. Plain data, no engine imports.
import type { TcpScenarioInput } from '../src/scenarios/schema';

/** Options of a bulk transfer. */
export interface BulkOptions {
  /** Seeded random loss on both directions (0 = none). */
  lossRate?: number;
  seed?: number;
}

const MSS = 1460;
const RTT_MS = 100;

/**
 * Client writes `segments` × MSS bytes at t = 0 and closes at 200 ms (its FIN goes after the
 * data); the server closes long after the client's FIN has arrived (window 65,535 → 44 segments
 * per RTT, plus slack for RTOs), so the teardown is the ordinary four-way one.
 */
export function bulkScenario(segments: number, opts: BulkOptions = {}): TcpScenarioInput {
  const lossRate = opts.lossRate ?? 0;
  return {
    kind: 'tcp',
    seed: opts.seed ?? 1,
    rttMs: RTT_MS,
    mss: MSS,
    client: {
      open: { at: 0 },
      send: [{ at: 0, bytes: MSS * segments }],
      close: { at: 200 },
    },
    server: { listen: true, close: { at: segments * 20 + 30_000 } },
    faults: lossRate > 0 ? [{ randomLoss: { rate: lossRate } }] : [],
  };
}
