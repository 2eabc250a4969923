// The waterfall's page load events: DOMContentLoaded and load lines at their times on the axis,
// the page shown at each step (several pages in one HAR), the labels' lanes under the axis, and
// none of it for a simulated journey.
import { describe, expect, it } from 'vitest';
import { analyzeHar } from '../../capture/har';
import { harTrace } from '../../capture/harTrace';
import { chromeHar, chromeHarText } from '../../capture/testing/har';
import { textWidth } from '../cwnd/format';
import { layoutWaterfall, xOfTime } from './waterfallLayout';
import {
  WF_MARK_FONT,
  WF_MARK_LANES,
  WF_MARK_LANE_H,
  layoutMarks,
  placeMarkLabels,
  stepPages,
} from './waterfallMarks';
import { WATERFALL_MARKS } from './waterfallMarksPlugin';
import { journeyFixture } from './testJourney';

const har = harTrace(analyzeHar(chromeHarText()));
const l = layoutWaterfall(har, { width: 800, marks: WATERFALL_MARKS });

/** The Chrome fixture with a second page (its own request and events) after the first. */
function twoPages() {
  const h = chromeHar();
  (h.log.pages as Record<string, unknown>[]).push({
    id: 'page_2',
    startedDateTime: '2025-03-03T09:00:01.000Z',
    title: 'Second',
    pageTimings: { onContentLoad: 50, onLoad: -1 },
  });
  const e = structuredClone(h.log.entries[0]!) as Record<string, unknown>;
  Object.assign(e, { pageref: 'page_2', startedDateTime: '2025-03-03T09:00:01.000Z' });
  h.log.entries.push(e as (typeof h.log.entries)[number]);
  return harTrace(analyzeHar(JSON.stringify(h)));
}

describe('the page load events in the waterfall', () => {
  it('puts DOMContentLoaded and load at their times on the axis, as steps of the trace', () => {
    expect(l.marks.map((m) => [m.id, m.kind, m.page, m.t, m.step])).toEqual([
      ['dcl-1', 'dcl', 1, 190.5, 8],
      ['load-1', 'load', 1, 262.25, 12],
    ]);
    for (const m of l.marks) expect(m.x).toBe(xOfTime(l, m.t));
    // The axis reaches the load event, and two lanes of labels are kept under it.
    expect(l.tMax).toBeGreaterThanOrEqual(262.25);
    expect(l.marksY).toBeGreaterThan(l.plot.bottom + 15);
    expect(l.height).toBe(l.plot.bottom + 24 + WF_MARK_LANES * WF_MARK_LANE_H + 2);
    expect(l.marksY + (WF_MARK_LANES - 1) * WF_MARK_LANE_H).toBeLessThan(l.height);
  });

  it('has none for a simulated journey (its model has no such events): no room kept', () => {
    const sim = layoutWaterfall(journeyFixture(), { width: 800, marks: WATERFALL_MARKS });
    expect(sim.marks).toEqual([]);
    expect(sim.stepPage).toBeNull();
    expect(sim.height).toBe(sim.plot.bottom + 24);
    expect(sim.drawMarks).toBe(WATERFALL_MARKS.draw);
  });

  it('has none without the plug-in (the simulated journey’s page does not load it)', () => {
    const bare = layoutWaterfall(har, { width: 800 });
    expect([bare.marks, bare.stepPage, bare.drawMarks]).toEqual([[], null, null]);
    expect(bare.height).toBe(bare.plot.bottom + 24);
    // Everything else is laid out as with it.
    expect(bare.rows).toEqual(l.rows);
    expect(bare.tMax).toBe(l.tMax);
  });

  it('orders marks by time (DOMContentLoaded first on a tie), clamps at 0, drops NaN', () => {
    const x = (t: number) => t * 2;
    const marks = layoutMarks(
      [
        { kind: 'load', page: 1, t: 10, step: 3 },
        { kind: 'dcl', page: 1, t: 10, step: 2 },
        { kind: 'dcl', page: 2, t: -5, step: 1 },
        { kind: 'load', page: 2, t: Number.NaN, step: 4 },
      ],
      x,
    );
    expect(marks.map((m) => [m.id, m.x])).toEqual([
      ['dcl-2', 0],
      ['dcl-1', 20],
      ['load-1', 20],
    ]);
  });

  it('shows the lines of the page the player is on', () => {
    const t = twoPages();
    const two = layoutWaterfall(t, { width: 800, marks: WATERFALL_MARKS });
    expect(two.marks.map((m) => m.id)).toEqual(['dcl-1', 'load-1', 'dcl-2']);
    const firstOfPage2 = t.events.find(
      (e) =>
        e.kind === 'har.request' && t.requests.find((r) => r.id === e.requestId)!.journey === 2,
    )!;
    expect(two.stepPage![0]).toBe(1);
    expect(two.stepPage![firstOfPage2.step - 1]).toBe(1);
    expect(two.stepPage![firstOfPage2.step]).toBe(2);
    // Page 2's DOMContentLoaded is its own step, on page 2; the pages carry on to the end.
    expect(two.stepPage![two.marks[2]!.step]).toBe(2);
    expect(two.stepPage![t.steps]).toBe(2);
    expect(two.stepPage).toHaveLength(t.steps + 1);
  });

  it('takes the page of a step from its first event, else keeps the step before’s', () => {
    const pages = stepPages({
      steps: 5,
      requests: [
        { id: 'a', journey: 1 },
        { id: 'b', journey: 2 },
        { id: 'c' }, // no page: 1
      ],
      events: [
        { step: 1, requestId: 'a' },
        { step: 2 }, // about no request: page 1 still
        { step: 2, requestId: 'b' }, // an attendant: not the step's focus
        { step: 3, requestId: 'b' },
        { step: 5, requestId: 'c' },
      ],
      marks: [{ kind: 'load', page: 2, t: 9, step: 4 }],
    });
    expect([...pages]).toEqual([1, 1, 1, 2, 2, 1]);
  });
});

describe('placeMarkLabels', () => {
  const w = (s: string) => textWidth(s, WF_MARK_FONT);

  it('puts a label right of its line, in the first lane, when it fits', () => {
    expect(placeMarkLabels([{ x: 100 }], ['DOMContentLoaded 1 ms'], 800)).toEqual([
      { x: 104, anchor: 'start', lane: 0 },
    ]);
  });

  it('moves a label that would touch the one before to the next lane', () => {
    const texts = ['DOMContentLoaded 401.1 ms', 'Load 448.7 ms'];
    const near = placeMarkLabels([{ x: 300 }, { x: 300 + w(texts[0]!) }], texts, 800);
    expect(near.map((p) => p.lane)).toEqual([0, 1]);
    const far = placeMarkLabels([{ x: 300 }, { x: 300 + w(texts[0]!) + 20 }], texts, 800);
    expect(far.map((p) => p.lane)).toEqual([0, 0]);
  });

  it('puts a label left of its line near the right edge', () => {
    const [p] = placeMarkLabels([{ x: 790 }], ['Load 980 ms'], 800);
    expect(p).toEqual({ x: 786, anchor: 'end', lane: 0 });
  });

  it('gives lane −1 (not drawn) when no lane has room', () => {
    const places = placeMarkLabels(
      [{ x: 100 }, { x: 101 }, { x: 102 }],
      ['a b c', 'd e f', 'g'],
      800,
    );
    expect(places.map((p) => p.lane)).toEqual([0, 1, -1]);
  });
});
