// The waterfall's layout: one row per request, bars at the trace's exact timings, the cursor's time.
import { describe, expect, it } from 'vitest';
import { WATERFALL_PHASES } from '../../engine/journey/trace';
import { simulateJourney } from '../../engine/journey/simulate';
import { getJourneyBuiltin } from '../../scenarios/journeyBuiltins';
import {
  WF_MIN_WIDTH,
  WF_ROW_H,
  cursorTime,
  fit,
  layoutWaterfall,
  requestName,
  startedCount,
  xOfTime,
  type WaterfallLayout,
} from './waterfallLayout';
import { journeyFixture } from './testJourney';
import { textWidth } from '../cwnd/format';

const trace = journeyFixture();
const l = layoutWaterfall(trace, { width: 800 });
const row = (layout: WaterfallLayout, id: string) => layout.rows.find((r) => r.id === id)!;
/** x of a time, computed here from the axis (not with the layout's helper). */
const px = (t: number) => l.plot.left + (t / l.tMax) * (l.plot.right - l.plot.left);

describe('layoutWaterfall', () => {
  it('has one row per request, sorted by start, one row height apart', () => {
    expect(l.rows).toHaveLength(trace.requests.length);
    expect(l.rows.map((r) => r.id)).toEqual([
      'req-0',
      'req-1',
      ...['req-2', 'req-3', 'req-4', 'req-5', 'req-6', 'req-7', 'req-8', 'req-9', 'req-10'],
    ]);
    l.rows.forEach((r, i) => {
      expect(r.index).toBe(i);
      expect(r.y).toBe(l.plot.top + i * WF_ROW_H);
    });
    expect(l.plot.bottom).toBe(l.plot.top + l.rows.length * WF_ROW_H);
    expect(l.width).toBe(800);
    expect(layoutWaterfall(trace, { width: 200 }).width).toBe(WF_MIN_WIDTH);
  });

  it('draws each phase in DevTools order at the trace timings', () => {
    const page = row(l, 'req-1');
    expect(page.segments.map((s) => s.phase)).toEqual([
      'Stalled',
      'DNS Lookup',
      'Initial connection',
      'SSL',
      'Request sent',
      'Waiting (TTFB)',
      'Content Download',
    ]);
    // Stalled 0.5, DNS 140, connect 80, SSL 80, sent 1, TTFB 60, download 42, from t = 2.
    const starts = [2, 2.5, 142.5, 222.5, 302.5, 303.5, 363.5];
    const durations = [0.5, 140, 80, 80, 1, 60, 42];
    page.segments.forEach((s, i) => {
      expect(s.start).toBe(starts[i]);
      expect(s.duration).toBe(durations[i]);
      expect(s.x).toBeCloseTo(px(starts[i]!), 1);
      expect(s.w).toBeCloseTo(px(starts[i]! + durations[i]!) - px(starts[i]!), 1);
    });
    expect(page.x0).toBeCloseTo(px(2), 1);
    expect(page.x1).toBeCloseTo(px(405.5), 1);
    // Consecutive: each bar starts where the previous one ends.
    for (let i = 1; i < page.segments.length; i++) {
      const prev = page.segments[i - 1]!;
      expect(page.segments[i]!.x).toBeCloseTo(prev.x + prev.w, 0);
    }
  });

  it('shows Queueing first for requests that wait for a connection', () => {
    for (const [id, queued] of [
      ['req-8', 81],
      ['req-9', 253],
    ] as const) {
      const r = row(l, id);
      expect(r.segments[0]).toMatchObject({ phase: 'Queueing', id: 'queueing', start: 405.5 });
      expect(r.segments[0]!.duration).toBe(queued);
      expect(r.segments[0]!.w).toBeCloseTo(px(405.5 + queued) - px(405.5), 1);
      expect(r.segments[1]).toMatchObject({ phase: 'Request sent', start: 405.5 + queued });
    }
    expect(row(l, 'req-3').segments[0]!.phase).toBe('Stalled');
  });

  it('marks connection reuse, cache hits and redirects', () => {
    expect(row(l, 'req-1')).toMatchObject({ conn: 1, reused: false });
    expect(row(l, 'req-2')).toMatchObject({ conn: 1, reused: true });
    expect(row(l, 'req-3')).toMatchObject({ conn: 2, reused: false });
    expect(row(l, 'req-8')).toMatchObject({ conn: 1, reused: true });
    expect(row(l, 'req-9')).toMatchObject({ conn: 2, reused: true });
    expect(row(l, 'req-10')).toMatchObject({ conn: null, reused: false });
    expect(row(l, 'req-0').redirect).toBe(true);
    expect(row(l, 'req-1').redirect).toBe(false);
  });

  it('names requests as DevTools does (documents with their host)', () => {
    expect(l.rows.map((r) => requestName(r.request)).slice(0, 3)).toEqual([
      'http://example.com/index.html',
      'www.example.com/index.html',
      'r1.css',
    ]);
    // Cut to the name column (192 px at 800 px: minus the padding).
    expect(l.rows.map((r) => r.name).slice(0, 3)).toEqual([
      'http://example.com/index.…',
      'www.example.com/index.html',
      'r1.css',
    ]);
    expect(requestName({ url: 'https://a.example/', type: 'img' })).toBe('a.example');
    expect(requestName({ url: 'https://a.example/x/y.png?v=2', type: 'img' })).toBe('y.png?v=2');
    const cut = fit('www.example.com/a/very/long/path/to/a/page.html', 120, 11.5);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 11.5)).toBeLessThanOrEqual(120);
    expect(fit('short', 120, 11.5)).toBe('short');
  });

  it('puts an axis under the whole run, with ticks on it', () => {
    expect(l.tMax).toBeGreaterThanOrEqual(trace.endMs);
    expect(l.ticks[0]).toEqual({ value: 0, x: l.plot.left });
    for (const t of l.ticks) expect(t.x).toBeCloseTo(px(t.value), 1);
    expect(xOfTime(l, l.tMax)).toBe(l.plot.right);
  });

  it('places the cursor at a step’s time, gliding toward the next with progress', () => {
    expect(l.stepT[0]).toBe(0);
    expect(l.stepT[10]).toBe(142); // the SYN
    expect(l.stepT[11]).toBe(182);
    expect(cursorTime(l, 10, 0)).toBe(142);
    expect(cursorTime(l, 10, 0.5)).toBe(162);
    expect(cursorTime(l, 10, 1)).toBe(182);
    expect(xOfTime(l, cursorTime(l, 10, 0))).toBeCloseTo(px(142), 1);
    expect(cursorTime(l, 99, 0)).toBe(l.stepT[trace.steps]);
  });

  it('knows how many rows have started by a time', () => {
    expect(startedCount(l, -1)).toBe(0);
    expect(startedCount(l, 0)).toBe(1);
    expect(startedCount(l, 2)).toBe(2);
    expect(startedCount(l, 405)).toBe(2);
    expect(startedCount(l, 405.5)).toBe(l.rows.length);
  });

  it('lays out real traces: sub-resources queue behind six connections', () => {
    const t = simulateJourney(getJourneyBuiltin('journey-subresources')!.scenario);
    const w = layoutWaterfall(t, { width: 900 });
    expect(w.rows).toHaveLength(t.requests.length);
    const conns = new Set(w.rows.map((r) => r.conn));
    expect(conns.size).toBeLessThanOrEqual(6);
    const queued = w.rows.filter(
      (r) => r.segments[0]?.phase === 'Queueing' && r.segments[0].duration > 1,
    );
    expect(queued.length).toBeGreaterThan(0);
    for (const r of w.rows) {
      const total = WATERFALL_PHASES.reduce((s, p) => s + r.request.timings[p], 0);
      expect(r.request.start + total).toBeCloseTo(r.request.end, 3);
      expect(r.x1).toBeCloseTo(xOfTime(w, r.request.end), 0);
    }
    expect(w.rows.some((r) => r.reused)).toBe(true);
  });

  it('lays out real traces: a redirect hop is its own row, a fresh hit has no connection', () => {
    const redirect = layoutWaterfall(
      simulateJourney(getJourneyBuiltin('journey-redirect-301')!.scenario),
      { width: 700 },
    );
    expect(redirect.rows.map((r) => [r.request.status, r.redirect])).toEqual([
      [301, true],
      [200, false],
    ]);
    const fresh = layoutWaterfall(
      simulateJourney(getJourneyBuiltin('journey-cache-fresh')!.scenario),
      { width: 700 },
    );
    expect(fresh.rows.length).toBeGreaterThan(0);
    for (const r of fresh.rows)
      expect(r).toMatchObject({ conn: null, request: { fromCache: true } });
  });
});
