import { describe, expect, it } from 'vitest';
import { layoutCwnd, roundAtX, xOfRound, type CwndLayout } from './layout';
import { builtinTrace, congestionTrace, periodicLosses } from './testTraces';

const SIZE = { width: 800, height: 400 };

/** The vertices of an M/L path ("M1,2L3,4…"). */
const vertices = (d: string): [number, number][] =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const yOf = (l: CwndLayout, v: number) =>
  l.plot.bottom - (v / l.yMax) * (l.plot.bottom - l.plot.top);
const series = (l: CwndLayout, id: string) => {
  const s = l.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};

describe('layoutCwnd', () => {
  const trace = builtinTrace('cc-reno-vs-tahoe'); // Reno main, Tahoe compared, 3 dup ACKs at 12
  const l = layoutCwnd(trace, SIZE);

  it('puts round r at the centre of column r and cwnd at its height (textbook points)', () => {
    expect(l.rounds).toBe(22);
    expect(l.colWidth).toBeCloseTo((l.plot.right - l.plot.left) / 22);
    // max cwnd 20 (Reno, round 22) × 1.15 = 23 → nice 24
    expect(l.yMax).toBe(24);
    const pts = vertices(series(l, 'cwnd-reno').d);
    expect(pts).toHaveLength(22);
    trace.summary.rounds.forEach((row, i) => {
      expect(pts[i]![0]).toBeCloseTo(xOfRound(l, row.round), 0);
      expect(pts[i]![1]).toBeCloseTo(yOf(l, row.cwnd), 0);
    });
    expect(pts[12]![1]).toBeCloseTo(yOf(l, 11), 0); // round 13: ssthresh + 3 = 11
    expect(vertices(series(l, 'cwnd-tahoe').d)[12]![1]).toBeCloseTo(yOf(l, 1), 0);
    expect(series(l, 'cwnd-reno').dots.match(/M/g)).toHaveLength(22);
  });

  it('maps x back to rounds', () => {
    for (const r of [1, 7, 22]) expect(roundAtX(l, xOfRound(l, r))).toBe(r);
    expect(roundAtX(l, 0)).toBe(1);
    expect(roundAtX(l, 10_000)).toBe(22);
  });

  it('draws phase bands that tile the plot and match the rows', () => {
    expect(l.bands.map((b) => [b.phase, b.from, b.to])).toEqual([
      ['slowStart', 1, 3],
      ['congestionAvoidance', 4, 12],
      ['fastRecovery', 13, 13],
      ['congestionAvoidance', 14, 22],
    ]);
    expect(l.bands[0]!.x).toBeCloseTo(l.plot.left);
    for (let i = 1; i < l.bands.length; i++)
      expect(l.bands[i]!.x).toBeCloseTo(l.bands[i - 1]!.x + l.bands[i - 1]!.width);
    const last = l.bands[l.bands.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(l.plot.right);
  });

  it('marks each detected loss at its round with its type, on the main cwnd', () => {
    expect(l.losses.map((m) => [m.round, m.type, m.labelled])).toEqual([
      [12, 'tripleDupAck', true],
    ]);
    expect(l.losses[0]!.x).toBeCloseTo(xOfRound(l, 12));
    expect(l.losses[0]!.y).toBeCloseTo(yOf(l, 16));
    const timeout = layoutCwnd(builtinTrace('cc-timeout'), SIZE);
    expect(timeout.losses.map((m) => [m.round, m.type])).toEqual([[9, 'timeout']]);
    expect(l.lossAt[12]).toBe('tripleDupAck');
    expect(l.lossAt.filter(Boolean)).toHaveLength(1);
  });

  it('draws one cwnd series per algorithm, main last (on top), and names them in the legend', () => {
    expect(l.series.map((s) => s.id)).toEqual(['ssthresh', 'cwnd-tahoe', 'cwnd-reno']);
    expect(l.legend.map((i) => i.id)).toEqual([
      'cwnd-reno',
      'cwnd-tahoe',
      'ssthresh',
      'phase-slowStart',
      'phase-congestionAvoidance',
      'phase-fastRecovery',
    ]);
    const single = layoutCwnd(builtinTrace('cc-classic'), SIZE);
    expect(single.series.filter((s) => s.kind === 'cwnd')).toHaveLength(1);
    expect(single.legend.some((i) => i.id === 'phase-fastRecovery')).toBe(false);
  });

  it('draws ssthresh as a step line with a vertex only where it changes', () => {
    const t = builtinTrace('cc-timeout'); // ssthresh 8 until round 9, then 6
    const lt = layoutCwnd(t, SIZE);
    const d = series(lt, 'ssthresh').d;
    expect(d.match(/V/g)).toHaveLength(1);
    expect(d).toContain(`V${Math.round(yOf(lt, 6) * 10) / 10}`);
  });

  it('caps the y domain near the largest cwnd and labels a huge ssthresh above it', () => {
    const t = congestionTrace({
      rounds: 12,
      initialSsthresh: 1_000_000,
      losses: [{ round: 6, type: 'tripleDupAck' }],
    });
    const lt = layoutCwnd(t, SIZE); // cwnd 1…32, then 19…; ssthresh 1,000,000 → 16
    expect(lt.yMax).toBeGreaterThanOrEqual(32 * 1.15);
    expect(lt.yMax).toBeLessThanOrEqual(40);
    expect(lt.above).toEqual([expect.objectContaining({ round: 1, value: 1_000_000 })]);
    const first = vertices(series(lt, 'ssthresh').d)[0]!;
    expect(first[1]).toBeLessThan(lt.plot.top); // clamped just above the (clipped) plot
    expect(first[1]).toBeGreaterThan(lt.plot.top - 5);
    expect(lt.rwnd).toBeNull(); // default rwnd 1,000,000 never limits here
  });

  it('stretches the domain to a nearby ssthresh and draws rwnd only when it limits', () => {
    const slow = layoutCwnd(builtinTrace('cc-loss-in-slow-start'), SIZE); // ssthresh 64, cwnd ≤ 32
    expect(slow.yMax).toBeGreaterThanOrEqual(64);
    expect(slow.above).toEqual([]);
    const limited = layoutCwnd(builtinTrace('cc-rwnd-limited'), SIZE); // rwnd 10 < cwnd 25
    expect(limited.rwnd).toBe(10);
    expect(limited.rwndY).toBeCloseTo(yOf(limited, 10));
    expect(limited.series.map((s) => s.id)).toContain('rwnd');
    expect(limited.legend.map((i) => i.id)).toContain('rwnd');
  });

  it('offers a step curve: the window is constant across a round', () => {
    const s = layoutCwnd(trace, { ...SIZE, curve: 'step' });
    const d = series(s, 'cwnd-reno').d;
    expect(d.startsWith(`M${s.plot.left},`)).toBe(true);
    expect(d).toMatch(/H[\d.]+V[\d.]+/);
    expect(series(s, 'cwnd-reno').dots).toBe('');
  });

  it('keeps 10,000 rounds to one path per series, spaced ticks and linear time', () => {
    const input = {
      rounds: 10_000,
      initialSsthresh: 64,
      compare: ['cubic' as const, 'tahoe' as const],
      losses: periodicLosses(10_000, 97),
    };
    const t = congestionTrace(input);
    const t0 = performance.now();
    const big = layoutCwnd(t, SIZE);
    const ms = performance.now() - t0;
    expect(big.series).toHaveLength(4); // ssthresh + 3 cwnd paths
    expect(big.series.every((s) => s.dots === '')).toBe(true);
    // Decimated to ≤ 4 vertices per pixel column, keeping each column's extremes.
    const reno = vertices(series(big, 'cwnd-reno').d);
    expect(reno.length).toBeLessThanOrEqual(4 * (big.plot.right - big.plot.left) + 4);
    const cwnds = t.summary.rounds.map((r) => r.cwnd);
    const ys = reno.map((p) => p[1]);
    expect(Math.min(...ys)).toBeCloseTo(yOf(big, Math.max(...cwnds)), 0);
    expect(Math.max(...ys)).toBeCloseTo(yOf(big, Math.min(...cwnds)), 0);
    const gaps = big.xTicks.slice(1).map((tk, i) => tk.pos - big.xTicks[i]!.pos);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30);
    expect(big.losses.length).toBe(input.losses.length);
    expect(big.losses.filter((m) => m.labelled).length).toBeLessThan(big.losses.length);
    expect(ms).toBeLessThan(1000); // generous (shared 2-core CI): catches quadratic work, not jitter
  });
});
