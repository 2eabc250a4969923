// A HAR as the journey player's trace: a waterfall row per request with the DevTools phases, two
// steps per request (start, last byte) and one per page event, in time order; connections in
// order of first use; resource types from Chrome's _resourceType or the MIME type.
import { describe, expect, it } from 'vitest';
import { WATERFALL_PHASES } from '../engine/journey/trace';
import { analyzeHar } from './har';
import { harTrace, resourceTypeOf } from './harTrace';
import { isHarTrace } from './harTraceTypes';
import { chromeHar, chromeHarText } from './testing/har';
import { waterfallCsv } from '../export/waterfallCsv';

const trace = harTrace(analyzeHar(chromeHarText()));

describe('harTrace', () => {
  it('is a trace of kind "har" with the page’s URL', () => {
    expect(trace).toMatchObject({ version: 1, kind: 'har', pageUrl: 'https://www.example.com/' });
    expect(isHarTrace(trace)).toBe(true);
  });

  it('makes one waterfall row per request, with the phases in DevTools’ names', () => {
    const doc = trace.requests[0]!;
    expect(Object.keys(doc.timings)).toEqual([...WATERFALL_PHASES]);
    expect(doc.timings).toEqual({
      Queueing: 1.2,
      Stalled: 0.9,
      'DNS Lookup': 20.5,
      'Initial connection': 20.5,
      SSL: 24.8,
      'Request sent': 0.2,
      'Waiting (TTFB)': 60.4,
      'Content Download': 3.1,
    });
    expect(trace.requests.map((r) => [r.id, r.type, r.conn, r.start, r.end, r.status])).toEqual([
      ['req-1', 'document', '101', 0, 131.6, 200],
      ['req-2', 'css', '101', 140, 166.6, 200],
      ['req-3', 'js', '118', 141, 221.1, 200],
      ['req-4', 'img', null, 150, 151, 200],
      ['req-5', 'fetch', null, 200, 217, 0],
    ]);
    expect(trace.requests[3]).toMatchObject({ fromCache: true, cacheKind: 'memory' });
  });

  it('steps through the load in time order: starts, last bytes and page events', () => {
    expect(trace.steps).toBe(12);
    expect(trace.endMs).toBe(262.25);
    expect(
      trace.events.map((e) => `${e.t} ${e.kind} ${'requestId' in e ? e.requestId : e.event}`),
    ).toEqual([
      '0 har.request req-1',
      '131.6 har.response req-1',
      '140 har.request req-2',
      '141 har.request req-3',
      '150 har.request req-4',
      '151 har.response req-4',
      '166.6 har.response req-2',
      '190.5 har.page onContentLoad',
      '200 har.request req-5',
      '217 har.response req-5',
      '221.1 har.response req-3',
      '262.25 har.page onLoad',
    ]);
    expect(trace.events.map((e) => [e.id, e.step])[11]).toEqual(['ev-12', 12]);
  });

  it('puts a response before a request at the same time, but never before its own request', () => {
    const har = chromeHar();
    // style.css starts exactly when the page's last byte arrives; logo.png takes no time at all.
    har.log.entries[1]!.startedDateTime = '2025-03-03T09:00:00.131Z';
    har.log.entries[0]!.timings = { ...har.log.entries[0]!.timings, receive: 2.5 };
    har.log.entries[3]!.timings = { send: 0, wait: 0, receive: 0 } as never;
    const t = harTrace(analyzeHar(JSON.stringify(har)));
    const order = t.events.map((e) => ('requestId' in e ? `${e.kind}:${e.requestId}` : e.kind));
    expect(order.slice(0, 3)).toEqual([
      'har.request:req-1',
      'har.response:req-1',
      'har.request:req-2',
    ]);
    const logo = order.indexOf('har.request:req-4');
    expect(order[logo + 1]).toBe('har.response:req-4');
  });

  it('lists connections in order of first use, with their requests', () => {
    expect(trace.connections).toEqual([
      { id: '101', serverIp: '93.184.216.34', requestIds: ['req-1', 'req-2'] },
      { id: '118', serverIp: '93.184.216.34', requestIds: ['req-3'] },
    ]);
  });

  it('marks revalidations (If-None-Match / If-Modified-Since) as conditional', () => {
    const har = chromeHar();
    har.log.entries[1]!.request.headers.push({ name: 'if-none-match', value: '"abc"' });
    const t = harTrace(analyzeHar(JSON.stringify(har)));
    expect(t.requests.map((r) => r.conditional)).toEqual([false, true, false, false, false]);
  });

  it('numbers the pages (the waterfall’s navigation column) and shows a page event before the first request at 0', () => {
    const har = chromeHar();
    (har.log.pages as unknown[]).push({
      id: 'page_2',
      title: 'Second',
      startedDateTime: '2025-03-03T08:59:59.000Z',
      pageTimings: { onContentLoad: 500, onLoad: -1 },
    });
    (har.log.entries[4] as { pageref: string }).pageref = 'page_2';
    const t = harTrace(analyzeHar(JSON.stringify(har)));
    expect(t.requests.map((r) => r.journey)).toEqual([1, 1, 1, 1, 2]);
    // page_2 began 1 s before the first entry: its DOMContentLoaded (-500 ms) shows first, at 0.
    expect(t.events[0]).toMatchObject({ kind: 'har.page', pageId: 'page_2', t: 0 });
    expect(t.events[1]).toMatchObject({ kind: 'har.request', t: 0 });
    // Its line is page 2's, at 0 too; its load (-1) has none.
    expect(t.marks.filter((m) => m.page === 2)).toEqual([{ kind: 'dcl', page: 2, t: 0, step: 1 }]);
  });

  it('gives the page events again as the waterfall’s lines, with their page and step', () => {
    expect(trace.marks).toEqual([
      { kind: 'dcl', page: 1, t: 190.5, step: 8 },
      { kind: 'load', page: 1, t: 262.25, step: 12 },
    ]);
    for (const m of trace.marks)
      expect(trace.events[m.step - 1]).toMatchObject({
        kind: 'har.page',
        event: m.kind === 'dcl' ? 'onContentLoad' : 'onLoad',
        t: m.t,
      });
    // Unknown (-1) or of the wrong type: no line and no step; none without pages.
    const har = chromeHar();
    (har.log.pages as Record<string, unknown>[])[0]!.pageTimings = {
      onContentLoad: -1,
      onLoad: '9',
    };
    const t = harTrace(analyzeHar(JSON.stringify(har)));
    expect([t.marks, t.steps]).toEqual([[], 10]);
    delete (har.log as { pages?: unknown }).pages;
    expect(harTrace(analyzeHar(JSON.stringify(har))).marks).toEqual([]);
  });

  it('exports as the waterfall CSV, as a simulated journey does', () => {
    // The export menu passes the player's trace as it is (src/export/run.ts casts it): a HAR row
    // has every field the CSV reads, with `type` and `method` as strings.
    const csv = waterfallCsv(trace as unknown as Parameters<typeof waterfallCsv>[0]);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe(
      'req-2,1,https://www.example.com/style.css,css,GET,200,false,false,101,140,166.6,26.6,0.8,0.7,0,0,0,0.1,23,2',
    );
  });

  it('is empty for a HAR without entries', () => {
    const t = harTrace(analyzeHar('{"log":{"version":"1.2","entries":[]}}'));
    expect([t.steps, t.endMs, t.requests, t.pageUrl]).toEqual([0, 0, [], '']);
  });
});

describe('resourceTypeOf', () => {
  it('prefers Chrome’s _resourceType, else reads the MIME type', () => {
    const of = (resourceType: string | null, mimeType: string | null) =>
      resourceTypeOf({ resourceType, mimeType });
    expect(of('stylesheet', null)).toBe('css');
    expect(of('xhr', 'text/html')).toBe('fetch');
    expect(of('websocket', null)).toBe('other');
    expect(of(null, 'text/html; charset=utf-8')).toBe('document');
    expect(of(null, 'application/javascript')).toBe('js');
    expect(of(null, 'image/webp')).toBe('img');
    expect(of(null, 'font/woff2')).toBe('font');
    expect(of(null, 'application/json')).toBe('fetch');
    expect(of(null, 'video/mp4')).toBe('media');
    expect(of(null, null)).toBe('other');
  });
});
