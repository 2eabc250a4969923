// Layout of the capture charts (Node): scales and ticks, exact bars, decimation that keeps the
// extremes, zoom windows whose y axis fits what is in view, retransmission marks.
import { describe, expect, it } from 'vitest';
import { captureFlightTrace } from '../../capture/flight';
import {
  clampWindow,
  fullWindow,
  layoutTcptrace,
  stepTime,
  timeAtX,
  windowAround,
  xOfTime,
  type TcptraceLayout,
} from './layout';
import { columnBarsPath, r1, stepLinePath, type PathScales } from './paths';
import { bulkConversation, ConvBuilder, lossConversation } from './testConversations';

const SIZE = { width: 800, seqHeight: 400, flightHeight: 200 };
/** Every number pair "x,y" and every V/H coordinate of a path, as [command, value]. */
const ys = (d: string): number[] =>
  [...d.matchAll(/(?:[ML][\d.-]+,([\d.-]+))|(?:V([\d.-]+))/g)].map((m) => Number(m[1] ?? m[2]));
const path = (l: TcptraceLayout, panel: 'seq' | 'flight', id: string): string =>
  l[panel].paths.find((p) => p.id === id)?.d ?? '';

describe('layoutTcptrace: scales', () => {
  const trace = captureFlightTrace(lossConversation());
  const l = layoutTcptrace(trace, SIZE);

  it('spans the conversation on a shared time axis, padded, with round time ticks', () => {
    expect(l.full).toEqual(fullWindow(trace));
    expect(l.window.t0).toBeCloseTo(-0.8);
    expect(l.window.t1).toBeCloseTo(80.8);
    expect(l.seq.plot.left).toBe(l.flight.plot.left);
    expect(l.seq.plot.right).toBe(l.flight.plot.right);
    expect(xOfTime(l, l.window.t0)).toBe(l.left);
    expect(xOfTime(l, l.window.t1)).toBeCloseTo(l.right);
    expect(timeAtX(l, xOfTime(l, 54))).toBeCloseTo(54);
    expect(l.timeUnit).toBe('ms');
    expect(l.seq.xTicks.map((t) => t.text)).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
    ]);
    expect(l.seq.xTicks[0]!.pos).toBeCloseTo(xOfTime(l, 0));
    expect(stepTime(trace, 0)).toBe(0);
    expect(stepTime(trace, 13)).toBe(54);
  });

  it('fits the sequence axis to the data; a window line far above is clipped and said', () => {
    // Data up to byte 7240; ACK 7241 + window 64,000 would squash it to a tenth: clipped.
    expect(l.seq.yMin).toBe(0);
    expect(l.seq.yMax).toBeCloseTo(7241 + 7240 * 0.04);
    expect(l.seq.unit).toBe(1);
    expect(l.seq.rwndAbove).toBe(71241);
    expect(l.seq.yTicks.map((t) => t.text)).toEqual([
      '0',
      '1,000',
      '2,000',
      '3,000',
      '4,000',
      '5,000',
      '6,000',
      '7,000',
    ]);
    // Bytes in flight: up to 7,240 — the 64,000-byte window goes above and is said so.
    expect(l.flight.yMax).toBeGreaterThanOrEqual(7240);
    expect(l.flight.yMax).toBeLessThanOrEqual(10000);
    expect(l.flight.rwndAbove).toBe(65535);
  });

  it('draws each segment as an exact bar with serifs, the retransmission apart, with its marker', () => {
    expect(l.exact).toBe(true);
    const data = path(l, 'seq', 'data');
    // Five new segments: each "M x,y1 V y2" plus two serifs.
    expect(data.match(/V/g)).toHaveLength(5);
    expect(data.match(/h4/g)).toHaveLength(10);
    const retx = path(l, 'seq', 'fast-retransmission-bars');
    expect(retx.match(/V/g)).toHaveLength(1);
    const x = r1(xOfTime(l, 54));
    expect(retx.startsWith(`M${x},`)).toBe(true);
    expect(path(l, 'seq', 'fast-retransmission-marks')).toMatch(/z$/);
    expect(path(l, 'flight', 'fast-retransmission-marks')).toMatch(/z$/);
    expect(l.seq.paths.map((p) => p.id)).toEqual([
      'rwnd',
      'ack',
      'sack',
      'data',
      'fast-retransmission-bars',
      'fast-retransmission-marks',
    ]);
    expect(l.seq.legend).toEqual(['data', 'fast-retransmission', 'ack', 'rwnd', 'sack']);
    expect(l.flight.legend).toEqual(['flight', 'win', 'fast-retransmission']);
  });

  it('draws the ACK as a step line from the ACKs’ values', () => {
    const y = (v: number) =>
      r1(
        l.seq.plot.bottom -
          ((v - l.seq.yMin) / (l.seq.yMax - l.seq.yMin)) * (l.seq.plot.bottom - l.seq.plot.top),
      );
    expect(new Set(ys(path(l, 'seq', 'ack')))).toEqual(new Set([y(1), y(1449), y(7241)]));
  });
});

describe('layoutTcptrace: zoom', () => {
  const trace = captureFlightTrace(lossConversation());

  it('shows only the window: its segments, a y axis fitted to them', () => {
    const l = layoutTcptrace(trace, { ...SIZE, window: { t0: 50.5, t1: 60 } });
    // Only the retransmission (t = 54) is in view; the ACK line carries 1449 in from the left.
    expect(l.visible).toEqual({ from: 5, to: 6 });
    expect(path(l, 'seq', 'data')).toBe('');
    expect(l.seq.yMin).toBeGreaterThan(1000);
    expect(path(l, 'seq', 'ack').startsWith(`M${l.left},`)).toBe(true);
  });

  it('clamps windows into the conversation', () => {
    const full = fullWindow(trace);
    const a = clampWindow({ t0: -100, t1: -90 }, full);
    expect(a.t0).toBeCloseTo(full.t0);
    expect(a.t1).toBeCloseTo(full.t0 + 10);
    const b = clampWindow({ t0: 0, t1: 1e9 }, full);
    expect(b.t0).toBeCloseTo(full.t0);
    expect(b.t1).toBeCloseTo(full.t1);
    const w = windowAround(80, 20, full);
    expect(w.t1).toBeCloseTo(full.t1);
    expect(w.t1 - w.t0).toBeCloseTo(20);
  });
});

describe('layoutTcptrace: 100,000 segments', () => {
  const trace = captureFlightTrace(bulkConversation(100_000));
  const l = layoutTcptrace(trace, SIZE);

  it('merges bars per pixel column and keeps the paths O(pixels)', () => {
    expect(l.exact).toBe(false);
    const cols = l.right - l.left;
    for (const p of [...l.seq.paths, ...l.flight.paths]) {
      const vertices = (p.d.match(/[MVHLl]/g) ?? []).length;
      expect(vertices, p.id).toBeLessThan(cols * 8);
    }
    // Markers: at most one per 5 × 5 px cell.
    const marks = path(l, 'seq', 'fast-retransmission-marks').match(/z/g)?.length ?? 0;
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThan(cols);
  });

  it('keeps the extremes: the highest byte and the largest bytes in flight are drawn', () => {
    const top = Math.max(...trace.flight.segments.map((s) => s.end));
    const ySeq = (v: number) =>
      r1(
        l.seq.plot.bottom -
          ((v - l.seq.yMin) / (l.seq.yMax - l.seq.yMin)) * (l.seq.plot.bottom - l.seq.plot.top),
      );
    // (A bar shorter than 1.5 px is drawn 1.5 px tall around its middle.)
    const dataTop = Math.min(...ys(path(l, 'seq', 'data')));
    expect(dataTop).toBeLessThanOrEqual(ySeq(top) + 0.05);
    expect(dataTop).toBeGreaterThan(ySeq(top) - 1);
    const yFlight = (v: number) =>
      r1(l.flight.plot.bottom - (v / l.flight.yMax) * (l.flight.plot.bottom - l.flight.plot.top));
    expect(Math.min(...ys(path(l, 'flight', 'flight')))).toBeCloseTo(
      yFlight(trace.flight.counts.maxFlight),
      0,
    );
  });

  it('zoomed in far enough, draws exact bars again', () => {
    const mid = trace.events[50_000]!.t;
    const z = layoutTcptrace(trace, { ...SIZE, window: { t0: mid, t1: mid + 20 } });
    expect(z.exact).toBe(true);
    expect(z.visible.to - z.visible.from).toBeGreaterThan(0);
    expect(z.seq.yMin).toBeGreaterThan(1_000_000);
  });
});

describe('decimation', () => {
  const s: PathScales = { x: (t) => t, y: (v) => 100 - v, left: 0, right: 100 };

  it('a step line keeps each column’s first, lowest, highest and last values in order', () => {
    // Ten values in column 5 (x 5.0–5.9): a spike down to 1 and up to 90 between 50s.
    const items = [50, 50, 1, 50, 90, 50, 50, 50, 50, 60].map((v, i) => ({ t: 5 + i / 10, v }));
    const d = stepLinePath(
      items,
      0,
      items.length,
      (p) => p.t,
      (p) => p.v,
      20,
      s,
      100,
    );
    expect(d).toBe('M0,80H5V50V99V10V40H100');
  });

  it('bars merged per column span the lowest to the highest byte', () => {
    const bars = [
      { t: 3.1, lo: 10, hi: 20 },
      { t: 3.7, lo: 40, hi: 45 },
      { t: 9.2, lo: 50, hi: 51 },
    ];
    expect(columnBarsPath(bars, (b) => b, s)).toBe('M3.5,90V55M9.5,50.3V48.8');
  });

  it('a window-size spike among many ACKs survives decimation', () => {
    const b = new ConvBuilder().handshake();
    for (let i = 0; i < 20_000; i++)
      b.ack('server', 30 + i * 0.01, 1, i === 12_345 ? 900_000 : 1000);
    b.data('client', 300, 100);
    const l = layoutTcptrace(captureFlightTrace(b.build()), SIZE);
    // Bytes in flight are small: the spike is above the chart, and said so.
    expect(l.flight.rwndAbove).toBe(900_000);
    // On the time/sequence chart the spike stretches nothing (clipped) but the path still reaches up.
    const rwnd = path(l, 'seq', 'rwnd');
    expect((rwnd.match(/[VH]/g) ?? []).length).toBeLessThan(800 * 8);
    expect(Math.min(...ys(rwnd))).toBeLessThanOrEqual(l.seq.plot.top - 3);
  });
});
