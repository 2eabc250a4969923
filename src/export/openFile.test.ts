// Opening files: scenarios of each kind, exported traces (re-simulated from their scenario),
// exported traces of real traffic (rebuilt from their data), and every way a file can be wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBuiltin } from '../scenarios';
import { getCongestionBuiltin } from '../scenarios/congestionBuiltins';
import { getJourneyBuiltin } from '../scenarios/journeyBuiltins';
import { simulateTcp } from '../engine/tcp/simulate';
import { simulateCongestion } from '../engine/congestion/simulate';
import { parseAnyScenario } from '../scenarios/any';
import {
  MAX_OPEN_BYTES,
  checkOpenSize,
  isHarText,
  readOpenText,
  routeOpen,
  sameTrace,
} from './openFile';
import { exportFileName, safeSlug } from './fileName';
import type { TcpTrace } from '../engine/trace';
import { readCapture } from '../capture/read';
import { analyzeCapture } from '../capture/analyze';
import { toTcpTrace } from '../capture/toTcpTrace';
import { captureFlightTrace } from '../capture/flight';
import { analyzeHar } from '../capture/har';
import { harTrace } from '../capture/harTrace';
import { chromeHarText } from '../capture/testing/har';

const tcp = getBuiltin('lost-syn')!;
const cc = getCongestionBuiltin('cc-reno-vs-tahoe')!;
const journey = getJourneyBuiltin('journey-first-visit')!;

describe('readOpenText', () => {
  it('opens a scenario of each kind in its view', () => {
    for (const [b, view] of [
      [tcp, 'tcp'],
      [cc, 'congestion'],
      [journey, 'journey'],
    ] as const) {
      const r = readOpenText(JSON.stringify(b.input));
      expect(r).toEqual({
        ok: true,
        target: { source: 'scenario', view, input: b.input },
      });
    }
  });

  it('needs the kind of a scenario (the validator says so)', () => {
    const { kind: _kind, ...input } = tcp.input as Record<string, unknown>;
    expect(readOpenText(JSON.stringify(input))).toEqual({
      ok: false,
      error: { code: 'invalid', errors: ['kind: kind must be "tcp"'] },
    });
  });

  it('opens an exported trace: its scenario, to re-simulate, and the trace to compare', () => {
    const trace = simulateCongestion(cc.scenario);
    const text = JSON.stringify(trace);
    const r = readOpenText(text);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    if (r.target.source === 'traffic') throw new Error('expected a simulated trace');
    expect(r.target.source).toBe('trace');
    expect(r.target.view).toBe('congestion');
    expect(r.target.input).toEqual(trace.scenario);
    // What the store will do: validate and run the scenario again — the same trace.
    const again = parseAnyScenario(r.target.input);
    if (!again.ok) throw new Error(again.errors.join());
    expect(sameTrace(simulateCongestion(again.value as typeof cc.scenario), r.target.trace)).toBe(
      true,
    );
  });

  it('tells when a re-simulated trace differs from the file', () => {
    const trace = simulateTcp(tcp.scenario);
    const edited = { ...trace, steps: trace.steps + 1 };
    expect(sameTrace(trace, JSON.parse(JSON.stringify(edited)))).toBe(false);
    expect(sameTrace(trace, JSON.parse(JSON.stringify(trace)))).toBe(true);
    // Key order does not matter (a rebuilt trace's objects follow the schema's order).
    const { version, ...rest } = trace;
    expect(sameTrace(trace, { ...rest, version })).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    const r = readOpenText('{"kind": "tcp",');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('notJson');
  });

  it('refuses JSON that is neither a scenario object nor a trace', () => {
    for (const text of ['[]', '42', '"x"', 'null']) {
      expect(readOpenText(text)).toEqual({ ok: false, error: { code: 'shape' } });
    }
  });

  it('refuses an invalid scenario with the validator’s readable errors', () => {
    const r = readOpenText(JSON.stringify({ kind: 'congestion', rounds: -3 }));
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid') throw new Error('expected invalid');
    expect(r.error.errors.length).toBeGreaterThan(0);
    expect(readOpenText(JSON.stringify({ kind: 'udp' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('refuses a trace of another version, or whose scenario is of another kind', () => {
    const trace = simulateTcp(tcp.scenario);
    expect(readOpenText(JSON.stringify({ ...trace, version: 99 }))).toEqual({
      ok: false,
      error: { code: 'version', version: '99', expected: 1 },
    });
    expect(readOpenText(JSON.stringify({ ...trace, kind: 'journey' }))).toEqual({
      ok: false,
      error: { code: 'shape' },
    });
    expect(
      readOpenText(JSON.stringify({ ...trace, scenario: { kind: 'tcp', rttMs: -1 } })),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('keeps hostile strings as data (they are only ever shown as text)', () => {
    const r = readOpenText(JSON.stringify({ ...(tcp.input as object), id: '<script>x</script>' }));
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid') throw new Error('expected invalid');
    expect(r.error.errors.join('\n')).toMatch(/^id: /);
  });
});

describe('readOpenText: traces of real traffic', () => {
  const captured = analyzeCapture(
    readCapture(readFileSync(new URL('../capture/fixtures/zero-window.pcap', import.meta.url))),
  ).conversations[0]!;
  const files = {
    tcp: toTcpTrace(captured, { fileName: 'zero-window.pcap' }),
    congestion: captureFlightTrace(captured),
    journey: harTrace(analyzeHar(chromeHarText())),
  };

  it('opens each kind in its view, with its data rebuilt and the same trace', () => {
    for (const [view, trace] of Object.entries(files)) {
      const r = readOpenText(JSON.stringify(trace));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.target).toMatchObject({ source: 'traffic', view, same: true });
      expect(r.target.source === 'traffic' && r.target.reopened.view).toBe(view);
    }
  });

  it('says when the trace in the file is not what its data gives', () => {
    const tcp = JSON.parse(JSON.stringify(files.tcp)) as TcpTrace;
    tcp.events[3]!.t += 1;
    expect(readOpenText(JSON.stringify(tcp))).toMatchObject({ ok: true, target: { same: false } });
    const cc = { ...files.congestion, steps: files.congestion.steps - 1 };
    expect(readOpenText(JSON.stringify(cc))).toMatchObject({ ok: true, target: { same: false } });
    const har = { ...files.journey, pageUrl: 'https://elsewhere.example/' };
    expect(readOpenText(JSON.stringify(har))).toMatchObject({ ok: true, target: { same: false } });
  });

  it('survives a hostile file nested too deep to serialise (it is not the same)', () => {
    const deep = `${'['.repeat(1e6)}${']'.repeat(1e6)}`;
    const text = JSON.stringify(files.journey).replace(/}$/, `,"extra":${deep}}`);
    expect(readOpenText(text)).toMatchObject({ ok: true, target: { same: false } });
  });

  it('refuses damaged data with the fields that are wrong, and other versions', () => {
    const { segments: _segments, ...noSegments } = files.tcp.capture!;
    expect(readOpenText(JSON.stringify({ ...files.tcp, capture: noSegments }))).toEqual({
      ok: false,
      error: { code: 'traffic', errors: [expect.stringMatching(/^capture\.segments: /)] },
    });
    // Not a simulated trace either: the placeholder scenario is not re-simulated.
    expect(readOpenText(JSON.stringify({ ...files.tcp, capture: null }))).toMatchObject({
      ok: false,
      error: { code: 'traffic' },
    });
    expect(readOpenText(JSON.stringify({ ...files.journey, requests: 'all' }))).toMatchObject({
      ok: false,
      error: { code: 'traffic', errors: [expect.stringMatching(/^requests: /)] },
    });
    expect(readOpenText(JSON.stringify({ ...files.congestion, version: 2 }))).toEqual({
      ok: false,
      error: { code: 'version', version: '2', expected: 1 },
    });
  });
});

describe('routeOpen', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const text = (s: string) => new TextEncoder().encode(s);

  it('sends captures and HAR files to the capture worker, by content', () => {
    expect(routeOpen(bytes(0xd4, 0xc3, 0xb2, 0xa1, 2, 0), 'x.json')).toEqual({
      to: 'traffic',
      kind: 'pcap',
    });
    expect(routeOpen(bytes(0x0a, 0x0d, 0x0d, 0x0a), 'x')).toEqual({
      to: 'traffic',
      kind: 'pcapng',
    });
    expect(routeOpen(text('{"log": {"entries": []}}'), 'page.json')).toEqual({
      to: 'traffic',
      kind: 'har',
    });
  });

  it('sends scenarios and traces here, whatever their name', () => {
    expect(routeOpen(text(JSON.stringify(tcp.input)), 'lost-syn.har')).toEqual({ to: 'json' });
    expect(routeOpen(text('not JSON'), 'notes.json')).toEqual({ to: 'json' });
  });

  it('sends a broken capture to the capture reader, which says what is wrong', () => {
    expect(routeOpen(text('<html>'), 'bad-magic.pcap')).toEqual({ to: 'traffic', kind: 'pcap' });
    expect(routeOpen(bytes(), 'empty.pcapng')).toEqual({ to: 'traffic', kind: 'pcapng' });
  });

  it('sends gzip to the capture worker, whatever its name, and refuses files it does not know', () => {
    expect(routeOpen(bytes(0x1f, 0x8b, 8), 'a.pcapng.gz')).toEqual({ to: 'traffic', kind: 'gzip' });
    expect(routeOpen(bytes(0x1f, 0x8b, 8), 'notes.json')).toEqual({ to: 'traffic', kind: 'gzip' });
    expect(routeOpen(text('GIF89a'), 'cat.gif')).toEqual({ to: 'refuse', why: 'unsupported' });
  });

  it('tells a HAR whose "log" is not the first key', () => {
    expect(isHarText('{"x": 1, "log": {"entries": []}}')).toBe(true);
    expect(isHarText('{"log": 1}')).toBe(false);
    expect(isHarText('{"log": {"entries": [}')).toBe(false);
    expect(isHarText(JSON.stringify(tcp.input))).toBe(false);
  });
});

describe('size', () => {
  it('refuses more than 5 MB, read or unread', () => {
    expect(checkOpenSize(MAX_OPEN_BYTES)).toBeNull();
    expect(checkOpenSize(MAX_OPEN_BYTES + 1)).toEqual({
      code: 'tooLarge',
      bytes: MAX_OPEN_BYTES + 1,
    });
    expect(readOpenText(' '.repeat(MAX_OPEN_BYTES + 1))).toMatchObject({
      ok: false,
      error: { code: 'tooLarge' },
    });
  });
});

describe('file names', () => {
  it('names downloads after the view, the scenario and the part', () => {
    expect(exportFileName({ view: 'tcp', scenarioId: 'normal', ext: 'json' })).toBe(
      'wirewalk-tcp-normal.json',
    );
    expect(
      exportFileName({
        view: 'journey',
        scenarioId: 'journey-first-visit',
        part: 'waterfall',
        ext: 'csv',
      }),
    ).toBe('wirewalk-journey-journey-first-visit-waterfall.csv');
  });

  it('never lets a name escape its folder or carry odd characters', () => {
    expect(safeSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(safeSlug('Ünïcode <b>')).toBe('n-code-b');
    expect(safeSlug(undefined)).toBe('custom');
    expect(safeSlug('---')).toBe('custom');
    expect(safeSlug('a'.repeat(100))).toHaveLength(64);
  });
});
