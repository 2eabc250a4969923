// The journey store: the address bar's Enter validates the URL, restarts at step 0, and an
// invalid URL changes nothing but `urlError`.
import { describe, expect, it } from 'vitest';
import { createJourneyStore } from './journeyStore';
import { JOURNEY_KIND, defaultEntry } from './kinds';

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
    expect(s.trace.journeys[0]!.url.host).toBe('www.example.org');
    // http: no TLS in the summary.
    expect(s.trace.summary.tls).toBeNull();
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
