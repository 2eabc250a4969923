// Which step a waterfall row stands for (a click on the row goes there) and which row a step is
// about (highlighted): the request's sending for a HAR file and a simulation, a cache hit's
// lookup, the row's start when no event names it.
import { describe, expect, it } from 'vitest';
import { analyzeHar } from '../../capture/har';
import { harTrace } from '../../capture/harTrace';
import { chromeHarText } from '../../capture/testing/har';
import { simulateJourney } from '../../engine/journey/simulate';
import { stepRange, type JourneyTrace } from '../../engine/journey/trace';
import { getJourneyBuiltin } from '../../scenarios/journeyBuiltins';
import { layoutWaterfall, type WaterfallLayout } from './waterfallLayout';
import { rowSteps } from './waterfallSteps';

const run = (id: string) => simulateJourney(getJourneyBuiltin(id)!.scenario);
/** Row id → its step. */
const stepsOf = (l: WaterfallLayout) =>
  Object.fromEntries(l.rows.map((r, i) => [r.id, l.rowStep[i]]));
/** The focus (first) event of a step. */
const focus = (trace: JourneyTrace, step: number) => trace.events[stepRange(trace, step)[0]]!;

describe('a row’s step', () => {
  it('HAR: the step where the request starts; each response and page event is its own step', () => {
    const t = harTrace(analyzeHar(chromeHarText()));
    const l = layoutWaterfall(t, { width: 800 });
    expect(stepsOf(l)).toEqual({ 'req-1': 1, 'req-2': 3, 'req-3': 4, 'req-4': 5, 'req-5': 9 });
    for (const [i, row] of l.rows.entries())
      expect(t.events[l.rowStep[i]! - 1]).toMatchObject({ kind: 'har.request', requestId: row.id });
    // Each request's two steps are about its row; the page events are about none.
    expect([...l.stepRow]).toEqual([-1, 0, 0, 1, 2, 3, 3, 1, -1, 4, 4, 2, -1]);
  });

  it('simulated: the step whose focus is the request being sent, not its discovery', () => {
    const t = run('journey-subresources');
    const l = layoutWaterfall(t, { width: 800 });
    const steps = stepsOf(l);
    expect(steps['req-1']).toBe(15);
    // All sub-resources are found at step 20; each is sent later, over its connection.
    expect([steps['req-2'], steps['req-3'], steps['req-11']]).toEqual([26, 71, 98]);
    for (const [i, row] of l.rows.entries())
      expect(focus(t, l.rowStep[i]!)).toMatchObject({ kind: 'http.request', requestId: row.id });
    // The response's step is about the row too; a TLS step about none.
    const response = t.events.find((e) => e.kind === 'http.response' && e.requestId === 'req-3')!;
    expect(l.stepRow[response.step]).toBe(l.rows.findIndex((r) => r.id === 'req-3'));
    const tls = t.events.find((e) => e.kind === 'tls.message')!;
    expect(l.stepRow[tls.step]).toBe(-1);
  });

  it('simulated, from the cache: the step of its lookup (the discovery for sub-resources)', () => {
    const t = run('journey-cache-fresh');
    const l = layoutWaterfall(t, { width: 800 });
    expect(stepsOf(l)).toEqual({ 'req-1': 2, 'req-2': 4, 'req-3': 4, 'req-4': 4 });
    expect(focus(t, 2)).toMatchObject({ kind: 'cache.lookup', requestId: 'req-1' });
    expect(focus(t, 4).kind).toBe('resources.discovered');
    // Step 4's focus names no request: no row is highlighted there.
    expect(l.stepRow[4]).toBe(-1);
    expect(l.stepRow[2]).toBe(0);
  });

  it('a redirect: each hop’s request is sent at its own step', () => {
    const l = layoutWaterfall(run('journey-redirect-301'), { width: 800 });
    expect(stepsOf(l)).toEqual({ 'req-1': 16, 'req-2': 34 });
  });

  it('falls back to the first step at or after the row’s start when no event names it', () => {
    const stepT = [0, 0, 10, 20, 20, 30];
    const events = [
      { step: 1, t: 0, kind: 'http.request', requestId: 'a' },
      { step: 2, t: 10 },
      { step: 3, t: 20, kind: 'http.request', requestId: 'a' }, // a later send: the first counts
      { step: 4, t: 20, kind: 'cache.lookup', requestId: 'b' }, // never sent: its lookup
      { step: 5, t: 30 },
    ];
    const { rowStep, stepRow } = rowSteps(events, 5, ['a', 'b', 'c', 'd'], [0, 20, 15, 99], stepT);
    expect([...rowStep]).toEqual([1, 4, 3, 5]);
    expect([...stepRow]).toEqual([-1, 0, -1, 0, 1, -1]);
    // No step at all: 0 for every row.
    expect([...rowSteps([], 0, ['a'], [5], [0]).rowStep]).toEqual([0]);
  });
});
