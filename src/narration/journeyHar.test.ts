// The narration of a HAR file in the journey view, in both languages: the recording at step 0,
// each request's start (connection new or reused, what it waited for) and last byte (status,
// download, failure, cache), the page events, and the closing sentence.
import { describe, expect, it } from 'vitest';
import { analyzeHar } from '../capture/har';
import { harTrace } from '../capture/harTrace';
import { chromeHar, chromeHarText } from '../capture/testing/har';
import { translatorFor } from '../i18n/i18n';
import { harHeading as journeyHeading, narrateHar as narrateJourney } from './journeyHar';
import { harName, pageEvents, pagesWithEvents } from './journeyHar';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const trace = harTrace(analyzeHar(chromeHarText()));
const say = (step: number, t = en) => narrateJourney(trace, step, t);

describe('HAR narration', () => {
  it('step 0 says it is a recording, of what, and what a HAR does not hold', () => {
    expect(say(0)).toEqual([
      'This is a recording, not a simulation: a HAR file written by WebInspector 537.36, 221.1 ms of requests (5 in all). Every time below is the browser’s own measurement.',
      'The page: “Example Domain”.',
      'Page events: DOMContentLoaded 190.5 ms · Load 262.3 ms. In the waterfall, DOMContentLoaded is the blue line and Load the red one.',
      'Connections used: 2; 1 of the 5 requests went over one that was already open (keep-alive, or HTTP/2 streams sharing a connection).',
      'A HAR keeps each request’s timings and headers, not packets: there is no network topology and no TCP diagram to show.',
      'Step forward to follow each request from its start to its last byte.',
    ]);
    expect(journeyHeading(trace, 0, en)).toBe('The recording');
    expect(say(0, zh)[0]).toMatch(
      /^这是一份录制，不是模拟：由 WebInspector 537\.36 写出的 HAR 文件/,
    );
    expect(say(0, zh)[2]).toBe(
      '页面事件：DOMContentLoaded 190.5 毫秒 · Load 262.3 毫秒。瀑布图中蓝色竖线是 DOMContentLoaded，红色竖线是 Load。',
    );
  });

  it('step 0: each page’s events when there are several pages, none for a page without', () => {
    const har = chromeHar();
    const pages = har.log.pages as Record<string, unknown>[];
    pages.push(
      {
        id: 'page_2',
        startedDateTime: '2025-03-03T09:00:01.000Z',
        title: 'Two',
        pageTimings: { onContentLoad: -1, onLoad: 300 },
      },
      {
        id: 'page_3',
        startedDateTime: '2025-03-03T09:00:02.000Z',
        title: 'Three',
        pageTimings: {},
      },
    );
    const t = harTrace(analyzeHar(JSON.stringify(har)));
    const intro = narrateJourney(t, 0, en);
    expect(intro.slice(1, 5)).toEqual([
      'It holds 3 pages (navigations), one after the other.',
      'Page 1: DOMContentLoaded 190.5 ms · Load 262.3 ms.',
      'Page 2: Load 1300 ms.',
      'In the waterfall, DOMContentLoaded is the blue line and Load the red one, for the page the player is on.',
    ]);
    expect(pageEvents(t, 3, en)).toBe('');
    expect(pagesWithEvents(t)).toEqual([1, 2]);
    // No page event at all: no sentence about them.
    const none = chromeHar();
    (none.log.pages as Record<string, unknown>[])[0]!.pageTimings = { onContentLoad: -1 };
    const bare = narrateJourney(harTrace(analyzeHar(JSON.stringify(none))), 0, en);
    expect(bare.filter((s) => /DOMContentLoaded|Load/.test(s))).toEqual([]);
  });

  it('a new connection: what the request waited for before it was sent, then the TTFB', () => {
    expect(journeyHeading(trace, 1, en)).toBe('Step 1 · recorded · t = 0 ms');
    expect(say(1)).toEqual([
      'GET www.example.com/ starts at 0 ms on connection 101, its first request in the file.',
      'Before it is sent: Queueing 1.2 ms, Stalled 0.9 ms, DNS Lookup 20.5 ms, Initial connection 20.5 ms, SSL 24.8 ms.',
      'Request sent in 0.2 ms, then 60.4 ms waiting for the first byte of the response (TTFB).',
    ]);
  });

  it('a reused connection: no DNS, TCP or TLS', () => {
    expect(say(3)).toEqual([
      'GET /style.css starts at 140 ms on connection 101 (reused).',
      'Before it is sent: Queueing 0.8 ms, Stalled 0.7 ms.',
      'No DNS lookup, no TCP or TLS handshake: the connection is already open.',
      'Request sent in 0.1 ms, then 23 ms waiting for the first byte of the response (TTFB).',
    ]);
    expect(say(3, zh)).toEqual([
      'GET /style.css 于 140 毫秒 开始，走连接 101（复用）。',
      '发送之前：排队 (Queueing) 0.8 毫秒、停滞 (Stalled) 0.7 毫秒。',
      '没有 DNS 查找，也没有 TCP 或 TLS 握手：连接已经打开。',
      '请求用 0.1 毫秒 发出，然后等待 23 毫秒 才收到响应的第一个字节（TTFB）。',
    ]);
  });

  it('the last byte: status, time, download and size', () => {
    expect(say(2)).toEqual([
      '200 OK for www.example.com/: the last byte arrives at 131.6 ms, 131.6 ms after the request started.',
      'Content Download took 3.1 ms for 1436 bytes of text/html.',
    ]);
  });

  it('a cache hit and a failure', () => {
    expect(say(5)).toEqual(['GET /logo.png at 150 ms: the memory cache answers, nothing is sent.']);
    expect(say(6)).toEqual(['/logo.png is read from the memory cache by 151 ms (200 OK).']);
    expect(say(9)).toEqual([
      'GET api.example.com/data.json starts at 200 ms.',
      'Before it is sent: Queueing 1 ms, Stalled 4 ms, DNS Lookup 12 ms.',
    ]);
    expect(say(10)).toEqual([
      'api.example.com/data.json failed at 217 ms: net::ERR_CONNECTION_REFUSED. No response came.',
    ]);
  });

  it('the page events, and the end', () => {
    expect(say(8)).toEqual([
      'DOMContentLoaded at 190.5 ms: the HTML is parsed and the deferred scripts have run.',
    ]);
    expect(say(12)).toEqual([
      'The load event at 262.3 ms: the page and its sub-resources (stylesheets, scripts, images) have loaded.',
      'The recording ends at 262.3 ms. Requests: 5; on a reused connection: 1.',
    ]);
    expect(say(12, zh)[1]).toBe('录制在 262.3 毫秒 结束。请求：5 个；复用已有连接的：1 个。');
  });

  it('a redirect and an error status, and a file without connection ids', () => {
    const har = chromeHar();
    har.log.creator = { name: 'Firefox', version: '133.0' };
    const css = har.log.entries[1]!.response as Record<string, unknown>;
    Object.assign(css, { status: 302, statusText: 'Found', redirectURL: '/v2/style.css' });
    const js = har.log.entries[2]!.response as Record<string, unknown>;
    Object.assign(js, { status: 404, statusText: '' });
    const t = harTrace(analyzeHar(JSON.stringify(har)));
    const at = (id: string) =>
      t.events.findIndex((e) => e.kind === 'har.response' && e.requestId === id) + 1;
    expect(narrateJourney(t, at('req-2'), en)[2]).toBe(
      'A redirect: the browser goes on to /v2/style.css.',
    );
    expect(narrateJourney(t, at('req-3'), en)).toEqual([
      '404 for /app.js?v=2: the last byte arrives at 221.1 ms, 80.1 ms after the request started.',
      'Content Download took 5 ms for 30692 bytes of application/javascript.',
      '4xx is a client error: the request asks for something the server cannot give.',
    ]);
    expect(narrateJourney(t, 0, en)[3]).toBe(
      'The file does not say which connection each request used, so reuse cannot be shown.',
    );
    expect(narrateJourney(t, 3, en)[0]).toBe('GET /style.css starts at 140 ms.');
    expect(narrateJourney(t, t.steps, en).at(-1)).toBe(
      'The recording ends at 262.3 ms. Requests: 5.',
    );
  });

  it('names requests by path on the page’s origin, else by host and path', () => {
    const page = 'https://www.example.com/';
    expect(harName('https://www.example.com/a/b.css?x=1', page)).toBe('/a/b.css?x=1');
    expect(harName('https://www.example.com/', page)).toBe('www.example.com/');
    expect(harName('https://cdn.example.net/lib.js', page)).toBe('cdn.example.net/lib.js');
    expect(harName('data:image/png;base64,AAAA', page)).toBe('data:image/png;base64,AAAA');
    expect(harName('not a url', page)).toBe('not a url');
    expect(harName(`https://a.example/${'x'.repeat(100)}`, page)).toHaveLength(80);
  });
});
