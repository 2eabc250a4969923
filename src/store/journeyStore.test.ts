// The journey store: the address bar's Enter validates the URL, restarts at step 0, and an
// invalid URL changes nothing but `urlError`; a HAR file replaces the simulation until then.
import { describe, expect, it } from 'vitest';
import { createJourneyStore } from './journeyStore';
import { JOURNEY_KIND, defaultEntry } from './kinds';
import { analyzeHar } from '../capture/har';
import { harTrace } from '../capture/harTrace';
import { chromeHarText } from '../capture/testing/har';

const make = (step = 5) => {
  const entry = defaultEntry(JOURNEY_KIND);
  return createJourneyStore(JOURNEY_KIND, {
    scenarioId: entry.id,
    input: entry.input,
    step,
    lang: 'en',
  });
};

describe('journey store', () => {
  it('a valid URL replaces the scenario’s and starts over at step 0', () => {
    const store = make();
    expect(store.getState().step).toBe(5);
    expect(store.getState().navigate('  http://www.example.org/a?b=1  ')).toBe(true);
    const s = store.getState();
    expect(s.step).toBe(0);
    expect(s.input.url).toBe('http://www.example.org/a?b=1');
    const trace = s.trace;
    if (trace.kind !== 'journey') throw new Error('a simulated journey');
    expect(trace.journeys[0]!.url.host).toBe('www.example.org');
    // http: no TLS in the summary.
    expect(trace.summary.tls).toBeNull();
    expect(s.urlError).toBeNull();
  });

  it('an invalid URL sets urlError only; typing clears it', () => {
    const store = make();
    const before = store.getState();
    for (const [text, code] of [
      ['javascript:alert(1)', 'unsupportedScheme'],
      ['', 'empty'],
      ['https://', 'invalid'],
      ['https://user:pw@example.com/', 'credentials'],
      ['http://[::1]/', 'ipv6'],
    ] as const) {
      expect(store.getState().navigate(text)).toBe(false);
      expect(store.getState().urlError?.code).toBe(code);
      expect(store.getState().trace).toBe(before.trace);
      expect(store.getState().step).toBe(5);
      expect(store.getState().input).toBe(before.input);
    }
    store.getState().clearUrlError();
    expect(store.getState().urlError).toBeNull();
  });
});

describe('journey store: a HAR file', () => {
  it('shows the HAR at step 0, paused, and leaves it for Enter in the address bar', () => {
    const store = make();
    const simulated = store.getState().trace;
    store.getState().play();
    store.getState().showHar(harTrace(analyzeHar(chromeHarText())), 'page.har');
    let s = store.getState();
    expect(s.trace.kind).toBe('har');
    expect(s.capture).toEqual({ fileName: 'page.har', format: 'har' });
    expect([s.step, s.playing, s.trace.steps]).toEqual([0, false, 12]);
    s.seek(3);
    expect(store.getState().navigate('https://www.example.org/')).toBe(true);
    s = store.getState();
    expect([s.trace.kind, s.capture, s.step]).toEqual(['journey', null, 0]);
    expect(s.trace).not.toBe(simulated);
  });

  it('keeps the HAR when the typed URL is refused, and leaveHar simulates the last scenario again', () => {
    const store = make();
    const input = store.getState().input;
    store.getState().showHar(harTrace(analyzeHar(chromeHarText())), 'page.har');
    expect(store.getState().navigate('javascript:alert(1)')).toBe(false);
    expect(store.getState().trace.kind).toBe('har');
    expect(store.getState().urlError?.code).toBe('unsupportedScheme');
    store.getState().seek(4);
    store.getState().leaveHar();
    const s = store.getState();
    expect([s.trace.kind, s.capture, s.step, s.urlError]).toEqual(['journey', null, 0, null]);
    expect(s.input).toBe(input);
    // Without a HAR on screen, leaveHar does nothing.
    s.seek(2);
    store.getState().leaveHar();
    expect(store.getState().step).toBe(2);
  });
});
