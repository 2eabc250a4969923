import { describe, expect, it } from 'vitest';
import type { CwndSample } from '../../engine/congestion/trace';
import {
  layoutCwnd,
  roundAtX,
  roundOfTime,
  stepTime,
  timeAtX,
  xOfRound,
  xOfTime,
  type CwndSegmentsLayout,
} from './layout';
import { sampleIndexAt } from './samplePaths';
import { segmentsTrace } from './testTraces';

const SIZE = { width: 800, height: 400 };

const yOf = (l: CwndSegmentsLayout, v: number) =>
  l.plot.bottom - (v / l.yMax) * (l.plot.bottom - l.plot.top);
const series = (l: CwndSegmentsLayout, id: string) => {
  const s = l.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};

/** An "M x,y H x V y …" path: its horizontal runs [x1, x2, y], every y it reaches, its vertex count. */
function stepRuns(d: string): { runs: [number, number, number][]; ys: number[]; vertices: number } {
  const cmds = [...d.matchAll(/([MHV])(-?[\d.]+)(?:,(-?[\d.]+))?/g)];
  const runs: [number, number, number][] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  for (const [, c, a, b] of cmds) {
    if (c === 'M') [x, y] = [Number(a), Number(b)];
    else if (c === 'H') {
      runs.push([x, Number(a), y]);
      x = Number(a);
    } else y = Number(a);
    ys.push(y);
  }
  return { runs, ys, vertices: cmds.length };
}
/** The y of a step path strictly inside one of its horizontal runs at x. */
function pathYAt(d: string, x: number): number {
  const run = stepRuns(d).runs.find(([x1, x2]) => x1 < x && x < x2);
  if (!run) throw new Error(`no horizontal run at ${x}`);
  return run[2];
}
const isLoss = (s: CwndSample) => s.cause === 'tripleDupAck' || s.cause === 'timeout';

describe('layoutCwnd, segments model', () => {
  // Reno over 1 Mbit/s, queue 8, 60 RTTs: 3 fast retransmits and a timeout; Tahoe and CUBIC compared.
  const trace = segmentsTrace({ compare: ['tahoe', 'cubic'] });
  const l = layoutCwnd(trace, SIZE);
  const samples = trace.summary.samples;
  const { t0 } = trace;

  it('spans the run: round r is [t0 + (r − 1)·RTT, t0 + r·RTT), column r as in the rounds model', () => {
    expect(l.model).toBe('segments');
    expect(l.rounds).toBe(60);
    expect(l.colWidth).toBeCloseTo((l.plot.right - l.plot.left) / 60);
    expect(xOfTime(l, t0)).toBeCloseTo(l.plot.left);
    expect(xOfTime(l, t0 + 60 * 100)).toBeCloseTo(l.plot.right);
    expect(xOfTime(l, t0 + 6.5 * 100)).toBeCloseTo(xOfRound(l, 7));
    expect(xOfTime(l, 0)).toBeCloseTo(l.plot.left); // before t0: drawn at t0
    expect(timeAtX(l, xOfTime(l, 1234))).toBeCloseTo(1234);
    expect(l.xTicks.map((t) => t.value)).toContain(60);
    expect(l.xTicks.find((t) => t.value === 10)?.pos).toBeCloseTo(xOfRound(l, 10));
  });

  it('maps x to the round under it for clicks: floor((t − t0) / RTT) + 1, clamped', () => {
    for (const t of [t0, t0 + 50, t0 + 799, t0 + 801, t0 + 5999]) {
      const round = Math.floor((t - t0) / 100) + 1;
      expect(roundAtX(l, xOfTime(l, t))).toBe(round);
      expect(roundOfTime(l, t)).toBe(round);
    }
    expect(roundAtX(l, 0)).toBe(1);
    expect(roundAtX(l, 10_000)).toBe(60);
    expect(roundOfTime(l, 0)).toBe(1);
  });

  it('marks every 3-dup-ACK and timeout sample, at the cwnd it drops from', () => {
    const lossIdx = samples.flatMap((s, i) => (isLoss(s) ? [i] : []));
    expect(lossIdx.map((i) => samples[i]!.cause)).toEqual([
      'tripleDupAck',
      'timeout',
      'tripleDupAck',
      'tripleDupAck',
    ]);
    expect(l.losses).toHaveLength(lossIdx.length);
    l.losses.forEach((m, k) => {
      const s = samples[lossIdx[k]!]!;
      expect(m.type).toBe(s.cause);
      expect(m.t).toBe(s.t);
      expect(m.round).toBe(Math.floor((s.t - t0) / 100) + 1);
      expect(m.x).toBeCloseTo(xOfTime(l, s.t));
      expect(m.y).toBeCloseTo(yOf(l, samples[lossIdx[k]! - 1]!.cwnd));
      expect(m.labelled).toBe(true); // far apart: every one labelled
    });
  });

  it('draws each cwnd as a step line: the path is at the sample value while it holds', () => {
    let checked = 0;
    for (const run of l.runs) {
      const d = series(l, `cwnd-${run.algorithm}`).d;
      run.samples.forEach((s, i) => {
        const next = run.samples[i + 1];
        if (s.t < t0 || !next) return;
        const x1 = xOfTime(l, s.t);
        const x2 = xOfTime(l, next.t);
        if (x2 - x1 < 3) return; // changes within a pixel or two are decimated
        expect(pathYAt(d, (x1 + x2) / 2)).toBeCloseTo(yOf(l, s.cwnd), 0);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(50);
    // The initial sample (t = 0, before t0) is drawn from t0.
    expect(series(l, 'cwnd-reno').d.startsWith(`M${Math.round(l.plot.left * 10) / 10},`)).toBe(
      true,
    );
    expect(l.series.map((s) => s.id)).toEqual([
      'rwnd',
      'ssthresh',
      'cwnd-tahoe',
      'cwnd-cubic',
      'cwnd-reno',
    ]);
  });

  it('draws ssthresh of the main run as a step line', () => {
    const d = series(l, 'ssthresh').d;
    const i = samples.findIndex((s) => s.cause === 'timeout');
    const s = samples[i]!; // ssthresh 13.5 from the timeout to the next change
    const next = samples.slice(i + 1).find((x) => x.ssthresh !== s.ssthresh)!;
    expect(pathYAt(d, (xOfTime(l, s.t) + xOfTime(l, next.t)) / 2)).toBeCloseTo(
      yOf(l, s.ssthresh),
      0,
    );
  });

  it('colours phase bands after the main run’s sample phases, tiling the plot', () => {
    expect(l.bands.map((b) => b.phase)).toEqual([
      'slowStart',
      'fastRecovery',
      'congestionAvoidance',
      'slowStart',
      'congestionAvoidance',
      'fastRecovery',
      'congestionAvoidance',
      'fastRecovery',
      'congestionAvoidance',
    ]);
    expect(l.bands[0]!.x).toBeCloseTo(l.plot.left);
    for (let i = 1; i < l.bands.length; i++) {
      expect(l.bands[i]!.x).toBeCloseTo(l.bands[i - 1]!.x + l.bands[i - 1]!.width);
      expect(l.bands[i]!.phase).not.toBe(l.bands[i - 1]!.phase);
    }
    const last = l.bands[l.bands.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(l.plot.right);
    for (const s of samples) {
      if (s.t < t0) continue;
      const band = l.bands.find((b) => b.from <= s.t && s.t < b.to)!;
      expect(band.phase).toBe(samples[sampleIndexAt(samples, s.t)]!.phase);
    }
  });

  it('draws rwnd when in range, and min(cwnd, rwnd) over a faded cwnd when cwnd exceeds it', () => {
    // rwnd = 65,535 / 1460 = 44.89 segments: above every cwnd of Reno alone, within the domain.
    const alone = layoutCwnd(segmentsTrace(), SIZE);
    expect(alone.rwnd).toBeCloseTo(44.887);
    expect(alone.rwndY).toBeCloseTo(yOf(alone, 44.887));
    expect(alone.capped).toBe(false);
    expect(alone.series.map((s) => s.id)).toEqual(['rwnd', 'ssthresh', 'cwnd-reno']);
    expect(alone.legend.map((i) => i.id)).toContain('rwnd');
    // ssthresh starts at 64, far above the curve: clipped, with an arrow label at t0.
    expect(alone.yMax).toBe(50);
    expect(alone.above).toEqual([expect.objectContaining({ round: 1, value: 64 })]);
    expect(alone.above[0]!.x).toBeCloseTo(alone.plot.left);
    expect(stepRuns(series(alone, 'ssthresh').d).ys[0]).toBeLessThan(alone.plot.top);
    // A slow link keeps cwnd small: rwnd is far above the chart and not drawn.
    const slow = layoutCwnd(segmentsTrace({ bandwidthBps: 200_000 }), SIZE);
    expect(slow.rwnd).toBeNull();
    expect(slow.series.some((s) => s.kind === 'rwnd')).toBe(false);
    expect(slow.legend.some((i) => i.kind === 'rwnd')).toBe(false);
    // rwnd 10: no queue overflow, cwnd grows past it; the sender uses min(cwnd, 10).
    const limited = layoutCwnd(segmentsTrace({ rwnd: 10 }), SIZE);
    expect(limited.rwnd).toBe(10);
    expect(limited.capped).toBe(true);
    expect(series(limited, 'cwnd-reno').capped).toBe(true);
    const eff = series(limited, 'effective');
    expect(limited.series[limited.series.length - 1]).toBe(eff); // on top
    const top = Math.min(...stepRuns(eff.d).ys);
    expect(top).toBeCloseTo(yOf(limited, 10), 0);
    const cwndTop = Math.min(...stepRuns(series(limited, 'cwnd-reno').d).ys);
    expect(cwndTop).toBeLessThan(top - 20);
    expect(limited.legend.map((i) => i.id)).toEqual([
      'cwnd-reno',
      'effective',
      'ssthresh',
      'rwnd',
      'phase-slowStart',
      'phase-congestionAvoidance',
    ]);
  });

  it('keeps the scenario’s placed losses per round for clicks', () => {
    const placed = layoutCwnd(
      segmentsTrace({
        losses: [
          { round: 5, type: 'tripleDupAck' },
          { round: 30, type: 'timeout' },
        ],
      }),
      SIZE,
    );
    expect(placed.lossAt).toHaveLength(61);
    expect(placed.lossAt[5]).toBe('tripleDupAck');
    expect(placed.lossAt[30]).toBe('timeout');
    expect(placed.lossAt.filter(Boolean)).toHaveLength(2);
    expect(l.lossAt.filter(Boolean)).toHaveLength(0); // emergent losses are not placed ones
  });

  it('places a step at the time of its first event', () => {
    expect(stepTime(l, 0)).toBe(0);
    for (const step of [1, 5, 100, trace.steps]) {
      const first = trace.events.find((e) => e.step === step)!;
      expect(stepTime(l, step)).toBe(first.t);
    }
    expect(stepTime(l, trace.steps + 50)).toBe(stepTime(l, trace.steps));
  });

  it('decimates a long run to a few vertices per pixel column, keeping peaks and troughs', () => {
    // 2,000 RTTs over 1 Mbit/s: ~16,000 samples, a saw-tooth with > 100 losses.
    const t = segmentsTrace({ rounds: 2000 });
    const big = layoutCwnd(t, SIZE);
    const s = t.summary.samples;
    expect(s.length).toBeGreaterThan(10_000);
    const { ys, vertices } = stepRuns(series(big, 'cwnd-reno').d);
    expect(vertices).toBeLessThanOrEqual(4 * (big.plot.right - big.plot.left) + 4);
    const drawn = s.filter((x) => x.t >= t.t0);
    expect(Math.min(...ys)).toBeCloseTo(yOf(big, Math.max(...drawn.map((x) => x.cwnd))), 0);
    expect(Math.max(...ys)).toBeCloseTo(yOf(big, Math.min(...drawn.map((x) => x.cwnd))), 0);
    expect(big.losses).toHaveLength(s.filter(isLoss).length);
    expect(big.losses.filter((m) => m.labelled).length).toBeLessThan(big.losses.length);
  });

  it('lays out 100,000 samples in linear time (cwnd capped by rwnd)', () => {
    const t = segmentsTrace({ rounds: 2400, bandwidthBps: 10e6 });
    expect(t.summary.samples.length).toBeGreaterThan(100_000);
    layoutCwnd(t, SIZE); // warm-up: the first call also compiles
    const start = performance.now();
    const big = layoutCwnd(t, SIZE);
    const ms = performance.now() - start;
    const { vertices } = stepRuns(series(big, 'cwnd-reno').d);
    expect(vertices).toBeLessThanOrEqual(4 * (big.plot.right - big.plot.left) + 4);
    const maxCwnd = Math.max(...t.summary.samples.map((s) => s.cwnd));
    const { ys } = stepRuns(series(big, 'cwnd-reno').d);
    expect(Math.min(...ys)).toBeCloseTo(yOf(big, maxCwnd), 0);
    expect(big.capped).toBe(true);
    expect(ms).toBeLessThan(500); // generous (shared 2-core CI); ~10 ms on a laptop
  });
});
