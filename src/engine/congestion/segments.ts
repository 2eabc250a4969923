// The "segments" model of congestion control: a real per-ACK TCP sender run through the engine.
// A congestion scenario becomes a TCP scenario (a bulk sender over a bottleneck link with a
// drop-tail queue); losses emerge from the load, or are placed per round. The TCP trace is then
// read once into what the lab draws: cwnd samples over time and a per-round (per-RTT) table.
import type { CongestionScenario } from '../../scenarios/congestionSchema';
import type { Fault, TcpScenario } from '../../scenarios/schema';
import { TRACE_VERSION, type TcpTrace } from '../trace';
import { simulateTcp } from '../tcp/simulate';
import type { AlgorithmId } from './algorithm';
import { MAX_WINDOW_BYTES, roundStart, segmentsGeometry } from './geometry';
// Re-exported: the lab's panels and narration read them from geometry.ts (no TCP engine there).
export { DEFAULT_MSS, MAX_WINDOW_BYTES, roundStart, segmentsGeometry } from './geometry';
import type {
  CongestionSegmentsTrace,
  CwndSample,
  SegmentsRoundRow,
  SegmentsRun,
  SegmentsStats,
} from './trace';

/**
 * The TCP scenario of one algorithm's run: the client sends bulk data from t = 0 for `rounds`
 * RTTs; the server listens with rwnd. A "tripleDupAck" loss drops the first new data segment sent
 * in its round; a "timeout" loss drops every data segment from the start of its round until the
 * sender's retransmission timer fires (an outage no duplicate ACK can reveal).
 */
export function segmentsTcpScenario(sc: CongestionScenario, algorithm: AlgorithmId): TcpScenario {
  const { mss, rwndBytes, t0 } = segmentsGeometry(sc);
  const endMs = roundStart(t0, sc.rttMs, sc.rounds + 1);
  const faults: Fault[] = sc.losses.map((l) => {
    const fromMs = roundStart(t0, sc.rttMs, l.round);
    return l.type === 'tripleDupAck'
      ? {
          dropData: {
            from: 'client',
            fromMs,
            toMs: fromMs + sc.rttMs,
            count: 1,
            newDataOnly: true,
          },
        }
      : { dropData: { from: 'client', fromMs, newDataOnly: false } };
  });
  // New data per RTT never exceeds the window: this much never runs out before the end.
  const bytes = Math.min(1e9, (sc.rounds + 2) * rwndBytes);
  return {
    kind: 'tcp',
    seed: sc.seed,
    rttMs: sc.rttMs,
    ...(sc.bandwidthBps !== undefined ? { bandwidthBps: sc.bandwidthBps } : {}),
    ...(sc.queuePackets !== undefined ? { queuePackets: sc.queuePackets } : {}),
    congestion: {
      algorithm,
      initialCwnd: sc.initialCwnd,
      initialSsthresh: sc.initialSsthresh,
    },
    mss,
    mslMs: 30_000,
    rtoInitialMs: 1000,
    rtoMinMs: 1000,
    rtoMaxMs: 60_000,
    synRetries: 6,
    synAckRetries: 5,
    dataRetries: 15,
    // The run ends just before round `rounds + 1` would begin.
    maxTimeMs: endMs - 1e-6,
    client: { open: { at: 0 }, send: [{ at: 0, bytes }], window: MAX_WINDOW_BYTES },
    server: { listen: true, send: [], window: rwndBytes },
    faults,
    inject: [],
  };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Reads a TCP trace of a segments run into cwnd samples, per-round rows and totals. */
export function readSegmentsRun(
  sc: CongestionScenario,
  algorithm: AlgorithmId,
  tcp: TcpTrace,
): SegmentsRun {
  const { mss, t0 } = segmentsGeometry(sc);
  const rtt = sc.rttMs;
  const dataBase = (tcp.iss.client + 1) >>> 0;
  let cwnd = sc.initialCwnd;
  let ssthresh = sc.initialSsthresh;
  let phase: SegmentsRoundRow['phase'] =
    sc.initialCwnd < sc.initialSsthresh ? 'slowStart' : 'congestionAvoidance';
  const samples: CwndSample[] = [{ t: 0, step: 0, cwnd, ssthresh, phase, cause: 'initial' }];
  const rows: SegmentsRoundRow[] = [];
  const stats: SegmentsStats = {
    newSegments: 0,
    retransmissions: 0,
    fastRetransmits: 0,
    timeouts: 0,
    queueDrops: 0,
    scriptedDrops: 0,
    deliveredBytes: tcp.summary.bytesDelivered.server,
    goodputBps: 0,
  };
  // A row takes the window in force when its round's first data segment left (the values it was
  // sent under), or at the round's start when it sent none.
  let rowSent = false;
  const openRowsUntil = (t: number) => {
    while (rows.length < sc.rounds && roundStart(t0, rtt, rows.length + 1) <= t) {
      rows.push({
        round: rows.length + 1,
        cwnd,
        ssthresh,
        phase,
        firstSegment: null,
        lastSegment: null,
        retransmissions: 0,
        drops: 0,
      });
      rowSent = false;
    }
  };
  for (const e of tcp.events) {
    if (e.kind === 'cc.changed') {
      if (e.endpoint !== 'client') continue;
      openRowsUntil(e.t - 1e-9);
      cwnd = r3(e.cwndBytes / mss);
      ssthresh = r3(e.ssthreshBytes / mss);
      phase = e.phase;
      const sample: CwndSample = { t: e.t, step: e.step, cwnd, ssthresh, phase, cause: e.cause };
      if (e.wMaxBytes !== undefined) sample.wMax = r3(e.wMaxBytes / mss);
      samples.push(sample);
      if (e.cause === 'tripleDupAck') stats.fastRetransmits++;
      if (e.cause === 'timeout') stats.timeouts++;
    } else if (e.kind === 'segment.sent') {
      const s = e.segment;
      if (s.from !== 'client' || s.len === 0) continue;
      openRowsUntil(e.t);
      const row = rows[rows.length - 1];
      if (s.retransmission) stats.retransmissions++;
      else stats.newSegments++;
      if (e.drop) {
        if (e.drop.reason === 'queue') stats.queueDrops++;
        else stats.scriptedDrops++;
      }
      if (!row) continue;
      if (!rowSent) {
        rowSent = true;
        row.cwnd = cwnd;
        row.ssthresh = ssthresh;
        row.phase = phase;
      }
      if (e.drop) row.drops++;
      if (s.retransmission) {
        row.retransmissions++;
        continue;
      }
      const n = Math.floor(((s.seq - dataBase) >>> 0) / mss) + 1;
      row.firstSegment ??= n;
      row.lastSegment = n;
    }
  }
  openRowsUntil(roundStart(t0, rtt, sc.rounds));
  stats.goodputBps = Math.round((stats.deliveredBytes * 8 * 1000) / (sc.rounds * rtt));
  return { algorithm, samples, rounds: rows, stats };
}

/** Runs one algorithm through the engine. */
export function runSegments(
  sc: CongestionScenario,
  algorithm: AlgorithmId,
): { tcp: TcpTrace; run: SegmentsRun } {
  const tcp = simulateTcp(segmentsTcpScenario(sc, algorithm));
  return { tcp, run: readSegmentsRun(sc, algorithm, tcp) };
}

function tcpWithoutEvents(tcp: TcpTrace): Omit<TcpTrace, 'events'> {
  const { events: _events, ...rest } = tcp;
  return rest;
}

/** Simulates a "congestion" scenario in the segments model (plus its compared algorithms). */
export function simulateSegments(sc: CongestionScenario): CongestionSegmentsTrace {
  const main = runSegments(sc, sc.algorithm);
  const { mss, rwndBytes, t0 } = segmentsGeometry(sc);
  return {
    version: TRACE_VERSION,
    kind: 'congestion',
    model: 'segments',
    scenario: sc,
    steps: main.tcp.steps,
    t0,
    mss,
    rwndBytes,
    rwnd: r3(rwndBytes / mss),
    summary: {
      algorithm: sc.algorithm,
      rounds: main.run.rounds,
      samples: main.run.samples,
      stats: main.run.stats,
    },
    compare: sc.compare.filter((a) => a !== sc.algorithm).map((a) => runSegments(sc, a).run),
    tcp: tcpWithoutEvents(main.tcp),
    events: main.tcp.events,
  };
}
