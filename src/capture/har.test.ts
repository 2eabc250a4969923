// Reading HAR files: the waterfall phases from HAR timings (-1, ssl inside connect, Chrome's
// queueing vs stalled), connection reuse, headers, sizes and cache, what Chrome, Playwright and
// Firefox really write, and a clear HarError for every file that cannot be shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HAR_MAX_CHARS,
  HAR_MAX_ENTRIES,
  HarError,
  analyzeHar,
  harTimings,
  headerValue,
  totalOf,
  type HarErrorCode,
} from './har';
import { chromeHar, chromeHarText } from './testing/har';

type Har = ReturnType<typeof chromeHar>;
const analyze = (har: unknown) => analyzeHar(JSON.stringify(har));
/** The HAR fixture with `change` applied to a fresh copy. */
const withHar = (change: (har: Har) => void) => {
  const har = chromeHar();
  change(har);
  return analyze(har);
};
const fails = (text: string): HarError => {
  try {
    analyzeHar(text);
  } catch (e) {
    if (e instanceof HarError) return e;
    throw e;
  }
  throw new Error('no error');
};
const code = (text: string): HarErrorCode => fails(text).code;

describe('HAR timings → waterfall phases', () => {
  it('splits blocked into Queueing (_blocked_queueing) and Stalled (the rest)', () => {
    const t = harTimings({ blocked: 2.1, _blocked_queueing: 1.2, send: 0, wait: 0, receive: 0 });
    expect([t.queueing, t.stalled]).toEqual([1.2, 0.9]);
  });

  it('puts all of blocked in Stalled without _blocked_queueing (or when it is -1), as DevTools does', () => {
    expect(harTimings({ blocked: 5 })).toMatchObject({ queueing: 0, stalled: 5 });
    expect(harTimings({ blocked: 5, _blocked_queueing: -1 })).toMatchObject({
      queueing: 0,
      stalled: 5,
    });
  });

  it('never lets Queueing exceed blocked', () => {
    expect(harTimings({ blocked: 1, _blocked_queueing: 3 })).toMatchObject({
      queueing: 1,
      stalled: 0,
    });
  });

  it('takes SSL out of connect: HAR’s connect includes ssl', () => {
    const t = harTimings({ connect: 45.3, ssl: 24.8 }, 'https://a.example/');
    expect([t.connect, t.ssl]).toEqual([20.5, 24.8]);
  });

  it('counts -1, null, absent and other negatives as 0', () => {
    const t = harTimings({ blocked: -1, dns: null, connect: -1, ssl: -1, send: -3, wait: 7 });
    expect(t).toEqual({
      queueing: 0,
      stalled: 0,
      dns: 0,
      connect: 0,
      ssl: 0,
      send: 0,
      wait: 7,
      receive: 0,
    });
    expect(harTimings(undefined)).toEqual(harTimings({}));
  });

  it('ignores ssl on an http:// or ws:// URL (no TLS there) and never makes connect negative', () => {
    expect(harTimings({ connect: 30, ssl: 31 }, 'http://a.example/')).toMatchObject({
      connect: 30,
      ssl: 0,
    });
    expect(harTimings({ connect: 10, ssl: 12 }, 'https://a.example/')).toMatchObject({
      connect: 0,
      ssl: 12,
    });
  });

  it('totals the phases (HAR 1.2: time = the sum of the timings, ssl counted inside connect)', () => {
    const raw = {
      blocked: 2.1,
      dns: 20.5,
      connect: 45.3,
      ssl: 24.8,
      send: 0.2,
      wait: 60.4,
      receive: 3.1,
      _blocked_queueing: 1.2,
    };
    expect(totalOf(harTimings(raw, 'https://a.example/'))).toBe(131.6);
  });
});

describe('analyzeHar on a Chrome HAR', () => {
  const har = analyzeHar(chromeHarText());
  const [doc, css, js, logo, api] = har.requests;

  it('reads the creator, the page and its load events', () => {
    expect(har).toMatchObject({ kind: 'har', version: '1.2' });
    expect(har.creator).toEqual({ name: 'WebInspector', version: '537.36' });
    expect(har.pages).toEqual([
      {
        id: 'page_1',
        title: 'Example Domain',
        startMs: 0,
        onContentLoadMs: 190.5,
        onLoadMs: 262.25,
      },
    ]);
  });

  it('reads pageTimings: -1, absent or of the wrong type is unknown (no line), not an error', () => {
    const pageOf = (pageTimings: unknown, startedDateTime: unknown = '2025-03-03T09:00:00.000Z') =>
      withHar((h) => {
        Object.assign((h.log.pages as Record<string, unknown>[])[0]!, {
          pageTimings,
          startedDateTime,
        });
      }).pages[0]!;
    const times = (p: { onContentLoadMs: number | null; onLoadMs: number | null }) => [
      p.onContentLoadMs,
      p.onLoadMs,
    ];
    expect(times(pageOf({ onContentLoad: 412, onLoad: 980 }))).toEqual([412, 980]);
    expect(times(pageOf({ onContentLoad: 0, onLoad: 0.0004 }))).toEqual([0, 0]);
    expect(times(pageOf({ onContentLoad: -1, onLoad: 980 }))).toEqual([null, 980]);
    expect(times(pageOf({ onLoad: 980 }))).toEqual([null, 980]);
    expect(times(pageOf({}))).toEqual([null, null]);
    expect(times(pageOf(undefined))).toEqual([null, null]);
    expect(times(pageOf(null))).toEqual([null, null]);
    // Wrong types: the page loses the line, the file still opens.
    expect(times(pageOf({ onContentLoad: '412', onLoad: true }))).toEqual([null, null]);
    expect(times(pageOf({ onContentLoad: null, onLoad: { ms: 980 } }))).toEqual([null, null]);
    expect(times(pageOf({ onContentLoad: 1e13, onLoad: -0.5 }))).toEqual([null, null]);
    expect(times(pageOf('412'))).toEqual([null, null]);
    expect(times(pageOf([412, 980]))).toEqual([null, null]);
    // Times are on the waterfall's clock: a page that started 100 ms before the first request.
    expect(times(pageOf({ onContentLoad: 412, onLoad: 980 }, '2025-03-03T08:59:59.900Z'))).toEqual([
      312, 880,
    ]);
    // A page without a (valid) start cannot place its events.
    expect(times(pageOf({ onContentLoad: 412 }, 'yesterday'))).toEqual([null, null]);
    expect(times(pageOf({ onContentLoad: 412 }, null))).toEqual([null, null]);
  });

  it('lists the requests in order of start, with times from the first one', () => {
    expect(har.requests.map((r) => [r.id, r.startMs, r.url])).toEqual([
      ['req-1', 0, 'https://www.example.com/'],
      ['req-2', 140, 'https://www.example.com/style.css'],
      ['req-3', 141, 'https://www.example.com/app.js?v=2'],
      ['req-4', 150, 'https://www.example.com/logo.png'],
      ['req-5', 200, 'https://api.example.com/data.json'],
    ]);
  });

  it('gives each request its phases and total', () => {
    expect(doc!.timings).toEqual({
      queueing: 1.2,
      stalled: 0.9,
      dns: 20.5,
      connect: 20.5,
      ssl: 24.8,
      send: 0.2,
      wait: 60.4,
      receive: 3.1,
    });
    expect(doc!.totalMs).toBe(131.6);
    expect(doc!.timeMs).toBeCloseTo(131.6);
    // Reused: no DNS, connection or TLS (all -1 in the file).
    expect(css!.timings).toMatchObject({ dns: 0, connect: 0, ssl: 0, wait: 23, receive: 2 });
  });

  it('marks connection reuse by the HAR connection id', () => {
    expect(har.requests.map((r) => [r.connection, r.reused])).toEqual([
      ['101', false],
      ['101', true],
      ['118', false],
      [null, false],
      [null, false],
    ]);
  });

  it('keeps both header lists as written, and reads the response’s facts', () => {
    expect(doc!.requestHeaders[0]).toEqual({ name: 'Host', value: 'www.example.com' });
    expect(headerValue(doc!.responseHeaders, 'etag')).toBe('"3147526947"');
    expect(headerValue(doc!.responseHeaders, 'X-None')).toBeNull();
    expect(doc).toMatchObject({
      method: 'GET',
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      serverIp: '93.184.216.34',
      mimeType: 'text/html',
      size: 1436,
      contentSize: 1256,
      fromCache: null,
      resourceType: 'document',
      redirectUrl: null,
      error: null,
      page: 'page_1',
      entry: 0,
    });
    expect(js!.resourceType).toBe('script');
  });

  it('reads cache hits and failures', () => {
    expect(logo).toMatchObject({ fromCache: 'memory', size: 0, connection: null });
    expect(api).toMatchObject({
      status: 0,
      error: 'net::ERR_CONNECTION_REFUSED',
      // "x-unknown" is Chrome's "no type": the Content-Type header would be used, and there is none.
      mimeType: null,
      responseHeaders: [],
    });
  });

  it('drops what it does not read (response bodies)', () => {
    expect(JSON.stringify(har)).not.toContain('body not read');
  });
});

describe('analyzeHar on what other tools write', () => {
  it('Playwright: no blocked, no connection, status -1 for no response, pages omitted', () => {
    const har = withHar((h) => {
      const log = h.log as Record<string, unknown>;
      log.creator = { name: 'Playwright', version: '1.49.0' };
      delete log.pages;
      for (const e of h.log.entries as Record<string, unknown>[]) {
        delete e.connection;
        delete e._resourceType;
        e.timings = { dns: 3, connect: 40, ssl: 20, send: 0, wait: 10, receive: -1 };
      }
      (h.log.entries[4]!.response as { status: number }).status = -1;
    });
    expect(har.pages).toEqual([]);
    expect(har.requests.every((r) => r.connection === null && !r.reused)).toBe(true);
    expect(har.requests[0]!.timings).toMatchObject({ stalled: 0, dns: 3, connect: 20, ssl: 20 });
    expect(har.requests[0]!.totalMs).toBe(53);
    expect(har.requests[4]!.status).toBe(0);
    expect(har.requests[0]!.resourceType).toBeNull();
  });

  it('Firefox: `connection` is the server’s port, not a connection, so it is left out', () => {
    const har = withHar((h) => {
      h.log.creator = { name: 'Firefox', version: '133.0' };
      for (const e of h.log.entries) e.connection = '443';
    });
    expect(har.requests.map((r) => r.connection)).toEqual([null, null, null, null, null]);
  });

  it('accepts a numeric connection id, HAR 1.1, a BOM, and a missing creator', () => {
    const har = withHar((h) => {
      (h.log.entries[0] as Record<string, unknown>).connection = 7;
      (h.log.entries[1] as Record<string, unknown>).connection = 7;
      h.log.version = '1.1';
      delete (h.log as Record<string, unknown>).creator;
    });
    expect(har.requests.slice(0, 2).map((r) => [r.connection, r.reused])).toEqual([
      ['7', false],
      ['7', true],
    ]);
    expect(har.creator).toEqual({ name: '', version: '' });
    expect(analyzeHar(`\ufeff${chromeHarText()}`).requests).toHaveLength(5);
  });

  it('sorts entries written out of order, keeping the file’s index', () => {
    const har = withHar((h) => h.log.entries.reverse());
    expect(har.requests.map((r) => [r.id, r.entry, r.startMs])).toEqual([
      ['req-1', 4, 0],
      ['req-2', 3, 140],
      ['req-3', 2, 141],
      ['req-4', 1, 150],
      ['req-5', 0, 200],
    ]);
    // Reuse follows the order of start, not of the file.
    expect(har.requests[1]!.reused).toBe(true);
  });

  it('takes the MIME type from Content-Type when the content has none, and the redirect from Location', () => {
    const har = withHar((h) => {
      const res = h.log.entries[1]!.response as Record<string, unknown>;
      res.content = { size: 10 };
      res.status = 301;
      res.statusText = 'Moved Permanently';
      res.headers = [
        { name: 'content-type', value: 'text/css; charset=utf-8' },
        { name: 'location', value: '/style2.css' },
      ];
      delete res._transferSize;
    });
    expect(har.requests[1]).toMatchObject({
      mimeType: 'text/css; charset=utf-8',
      redirectUrl: '/style2.css',
      status: 301,
      // headersSize + bodySize when there is no _transferSize.
      size: 180 + 2048,
    });
  });

  it('reads an entry’s ISO date with any offset or fraction', () => {
    const har = withHar((h) => {
      h.log.entries[1]!.startedDateTime = '2025-03-03T10:00:00.140+01:00';
      h.log.entries[2]!.startedDateTime = '2025-03-03T09:00:00.141000Z';
    });
    expect(har.requests.slice(1, 3).map((r) => r.startMs)).toEqual([140, 141]);
  });

  it('shows an empty log as no request', () => {
    expect(analyze({ log: { version: '1.2', entries: [] } }).requests).toEqual([]);
  });
});

describe('analyzeHar: files it cannot show', () => {
  it('says when the file is empty or not JSON', () => {
    expect(code('')).toBe('empty');
    expect(code('  \n')).toBe('empty');
    expect(code('{"log": ')).toBe('not-json');
    expect(fails('<html></html>').message).toMatch(/^Not a HAR file: it is not JSON \(/);
  });

  it('says when the JSON is not a HAR', () => {
    for (const text of ['[]', '{}', '{"log": {}}', '{"log": {"entries": {}}}', '42', 'null'])
      expect(code(text), text).toBe('not-har');
    expect(fails('{"kind":"tcp"}').message).toContain('"log.entries"');
  });

  it('refuses another HAR version', () => {
    const e = fails(JSON.stringify({ log: { version: '2.0', entries: [] } }));
    expect(e.code).toBe('version');
    expect(e.message).toBe('HAR version "2.0" is not supported: Wirewalk reads HAR 1.1 and 1.2.');
  });

  it('refuses more than 5,000 entries, and files over 50 MB, before reading them', () => {
    const many = { log: { version: '1.2', entries: Array(HAR_MAX_ENTRIES + 1).fill(0) } };
    const e = fails(JSON.stringify(many));
    expect(e.code).toBe('too-many');
    expect(e.message).toMatch(/^The HAR file has 5,001 requests: Wirewalk shows at most 5,000\./);
    const big = fails(' '.repeat(HAR_MAX_CHARS + 1));
    expect(big.code).toBe('too-large');
    expect(big.message).toMatch(/^The file is 50 MB: Wirewalk opens HAR files up to 50 MB\./);
  });

  it('names the fields of the wrong type', () => {
    const har = chromeHar();
    (har.log.entries[3]!.request as Record<string, unknown>).url = 42;
    delete (har.log.entries[4] as Record<string, unknown>).response;
    const e = fails(JSON.stringify(har));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe(
      'Not a valid HAR 1.2 file: log.entries[3].request.url: Invalid input: expected string, ' +
        'received number; log.entries[4].response: Invalid input: expected object, received undefined.',
    );
  });

  it('names an entry whose start is not a date', () => {
    const har = chromeHar();
    har.log.entries[2]!.startedDateTime = 'yesterday';
    const e = fails(JSON.stringify(har));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/log\.entries\[2\]\.startedDateTime: "yesterday" is not a date/);
  });

  it('is an Error with a name and a code', () => {
    const e = fails('nope');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HarError');
  });
});

describe('analyzeHar on the recorded fixtures (Chromium, src/capture/fixtures)', () => {
  const read = (name: string) =>
    analyzeHar(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

  it('page.har (DevTools’ shape): 9 requests over 6 connections, 3 reused, queueing for a free one', () => {
    const har = read('page.har');
    expect(har.creator.name).toBe('WebInspector');
    expect(har.requests).toHaveLength(9);
    expect(new Set(har.requests.map((r) => r.connection)).size).toBe(6);
    expect(har.requests.filter((r) => r.reused)).toHaveLength(3);
    // A reused connection has no DNS, connection or TLS time.
    for (const r of har.requests.filter((q) => q.reused))
      expect([r.timings.dns, r.timings.connect, r.timings.ssl]).toEqual([0, 0, 0]);
    const blocked = Math.max(...har.requests.map((r) => r.timings.queueing + r.timings.stalled));
    expect(blocked).toBeCloseTo(140.6, 1);
    // The file's own `time` is the sum of the phases.
    for (const r of har.requests) expect(r.totalMs).toBeCloseTo(r.timeMs!, 2);
    expect(har.pages[0]!.onLoadMs).toBeGreaterThan(har.pages[0]!.onContentLoadMs!);
  });

  it('page-playwright.har: no connection ids, and no SSL on http:// although ssl > connect', () => {
    const har = read('page-playwright.har');
    expect(har.creator.name).toBe('Playwright');
    expect(har.requests).toHaveLength(9);
    expect(har.requests.every((r) => r.connection === null && r.timings.ssl === 0)).toBe(true);
    expect(har.requests.every((r) => r.timings.queueing + r.timings.stalled === 0)).toBe(true);
    // Same load as page.har: the same nine URLs.
    expect(har.requests.map((r) => new URL(r.url).pathname).sort()).toEqual(
      read('page.har')
        .requests.map((r) => new URL(r.url).pathname)
        .sort(),
    );
  });
});
