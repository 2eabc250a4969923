#!/usr/bin/env node
// Records the HAR fixtures with a real Chromium: a local Node HTTP server (keep-alive) serves a
// small page with 8 sub-resources (1 stylesheet, 1 script, 6 images); Debian's /usr/bin/chromium
// (or $CHROMIUM_PATH) opens it through playwright-core. Called by
// scripts/captures/make-fixtures.sh inside a network namespace of its own (only loopback there).
//
//   node scripts/captures/record-har.mjs [OUT_DIR]      (default src/capture/fixtures)
//
// writes two HARs of the same page load (response bodies omitted, so they stay small):
// - page.har: in the shape Chrome DevTools' "Save all as HAR" writes, built here from the Chrome
//   DevTools Protocol's Network events (requestWillBeSent, responseReceived with its
//   ResourceTiming, loadingFinished and the ExtraInfo events with the raw headers): creator
//   "WebInspector", `connection` (Chromium's socket id, shared by the requests that reuse a
//   connection), `serverIPAddress`, `_initiator`, `_priority`, `_resourceType`, `_transferSize`
//   and timings {blocked, dns, ssl, connect, send, wait, receive, _blocked_queueing} derived from
//   Chromium's ResourceTiming in the manner of DevTools' HAR export (formulas at harTimings).
// - page-playwright.har: what playwright-core's own `recordHar` option writes for the same load,
//   as a second dialect a reader meets. Its quirks (Playwright 1.65): no `blocked`, `send` always
//   0, no `connection` id, a `receive` measured from Playwright's own events (it can be far longer
//   than DevTools' for the same request), and on plain http:// an `ssl` of connectEnd + 1 ms (it
//   subtracts an unset secureConnectionStart of -1), larger than `connect`; a reader should treat
//   ssl > connect as "no TLS".
//
// Each resource is answered after a fixed delay (20–90 ms, the page itself after 30 ms) so the
// waits show in the waterfall, and Chromium's limit of 6 connections per host makes the last
// requests queue and then reuse a connection an earlier request opened: those entries have a
// long `blocked`/`_blocked_queueing` and `dns`/`connect` = -1, the others a DNS lookup of
// "localhost" and a connect. The page is fetched as http://localhost:PORT/.
import http from 'node:http';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const outDir = process.argv[2] ?? new URL('../../src/capture/fixtures/', import.meta.url).pathname;

const png1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const svg = (color) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="${color}"/></svg>\n`;

/** path → [content type, body, delay in ms] */
const resources = {
  '/': [
    'text/html; charset=utf-8',
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wirewalk HAR fixture</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
<script src="/app.js" defer></script>
</head>
<body>
<h1>Wirewalk HAR fixture</h1>
<img src="/img/1.png" alt="1"> <img src="/img/2.png" alt="2"> <img src="/img/3.svg" alt="3">
<img src="/img/4.svg" alt="4"> <img src="/img/5.svg" alt="5"> <img src="/img/6.png" alt="6">
</body>
</html>
`,
    30,
  ],
  '/style.css': ['text/css', 'body { font-family: sans-serif; }\nimg { width: 40px; }\n', 40],
  '/app.js': ['text/javascript', "document.title += ' (loaded)';\n", 60],
  '/img/1.png': ['image/png', png1x1, 50],
  '/img/2.png': ['image/png', png1x1, 90],
  '/img/3.svg': ['image/svg+xml', svg('#c33'), 70],
  '/img/4.svg': ['image/svg+xml', svg('#3c3'), 20],
  '/img/5.svg': ['image/svg+xml', svg('#33c'), 30],
  '/img/6.png': ['image/png', png1x1, 80],
};

const server = http.createServer({ keepAlive: true, keepAliveTimeout: 10_000 }, (req, res) => {
  const found = resources[req.url ?? ''];
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  const [type, body, delay] = found;
  setTimeout(() => {
    res.writeHead(200, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    res.end(body);
  }, delay);
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address();

/** The least of the values that are ≥ 0, or -1. */
function leastNonNegative(values) {
  const ok = values.filter((v) => typeof v === 'number' && v >= 0);
  return ok.length > 0 ? Math.min(...ok) : -1;
}

const round3 = (ms) => Math.round(ms * 1000) / 1000;

/**
 * HAR timings (ms) from one request's CDP events, in the manner of DevTools' HAR export (which
 * differs in details, e.g. it starts `dns` where `blocked` ends).
 * `timing` is the Network.ResourceTiming of the response: `requestTime` (s, monotonic) and
 * offsets in ms from it (-1 when the phase did not happen). `issued` is requestWillBeSent's
 * monotonic timestamp (s) and `finished` loadingFinished's (s).
 *   _blocked_queueing = requestTime − issued (the request waited in Chromium's queue)
 *   blocked = queueing + the time from requestTime to the first of dnsStart, connectStart,
 *             sendStart (queueing and stalled: everything before the network work)
 *   dns = dnsEnd − dnsStart, connect = connectEnd − connectStart (TLS included),
 *   ssl = sslEnd − sslStart, each -1 when the phase did not happen (a reused connection)
 *   send = sendEnd − sendStart, wait = receiveHeadersEnd − sendEnd (time to first byte)
 *   receive = finished − (requestTime + receiveHeadersEnd)
 * `time` (the entry's total) is the sum of the non-negative phases except ssl.
 */
function harTimings(timing, issued, finished) {
  const queueing = timing.requestTime >= issued ? (timing.requestTime - issued) * 1000 : -1;
  const firstActivity = leastNonNegative([timing.dnsStart, timing.connectStart, timing.sendStart]);
  const blocked = Math.max(queueing, 0) + Math.max(firstActivity, 0);
  const span = (start, end) => (start >= 0 && end >= 0 ? end - start : -1);
  const t = {
    blocked,
    dns: span(timing.dnsStart, timing.dnsEnd),
    ssl: span(timing.sslStart, timing.sslEnd),
    connect: span(timing.connectStart, timing.connectEnd),
    send: Math.max(timing.sendEnd - timing.sendStart, 0),
    wait: Math.max(timing.receiveHeadersEnd - timing.sendEnd, 0),
    receive: Math.max((finished - timing.requestTime) * 1000 - timing.receiveHeadersEnd, 0),
    _blocked_queueing: queueing,
  };
  for (const k of Object.keys(t)) t[k] = t[k] < 0 ? -1 : round3(t[k]);
  const time = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive']
    .map((k) => t[k])
    .filter((v) => v > 0)
    .reduce((a, b) => a + b, 0);
  return { time: round3(time), timings: t };
}

const headerList = (obj) =>
  Object.entries(obj ?? {}).flatMap(([name, value]) =>
    String(value)
      .split('\n')
      .map((v) => ({ name, value: v })),
  );

/** Builds the DevTools-style HAR from the collected CDP events. */
function devtoolsHar(requests, pageUrl, pageTimes, browserVersion) {
  const done = [...requests.values()].filter((r) => r.response && r.finished !== undefined);
  done.sort((a, b) => a.issued - b.issued);
  const first = done[0];
  const pageStart = first ? first.wallTime * 1000 : 0;
  const toWall = (r, monotonic) => new Date((r.wallTime + (monotonic - r.issued)) * 1000);
  const entries = done.map((r) => {
    const res = r.response;
    const { time, timings } = harTimings(res.timing, r.issued, r.finished);
    const headersText = r.responseExtra?.headersText;
    const headersSize = headersText ? headersText.length : -1;
    const url = new URL(r.request.url);
    const entry = {
      _initiator: r.initiator,
      _priority: r.request.initialPriority,
      _resourceType: (r.type ?? 'other').toLowerCase(),
      cache: {},
      connection: String(res.connectionId),
      pageref: 'page_1',
      request: {
        method: r.request.method,
        url: r.request.url,
        httpVersion: res.protocol ?? 'http/1.1',
        headers: headerList(r.requestExtra?.headers ?? r.request.headers),
        queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status: res.status,
        statusText: res.statusText,
        httpVersion: res.protocol ?? 'http/1.1',
        headers: headerList(r.responseExtra?.headers ?? res.headers),
        cookies: [],
        content: { size: r.dataLength, mimeType: res.mimeType || 'x-unknown' },
        redirectURL: '',
        headersSize,
        bodySize: headersSize >= 0 ? r.encodedDataLength - headersSize : -1,
        _transferSize: r.encodedDataLength,
        _error: null,
      },
      serverIPAddress: (res.remoteIPAddress ?? '').replace(/[[\]]/g, ''),
      startedDateTime: toWall(r, r.issued).toISOString(),
      time,
      timings,
    };
    if (res.connectionId === 0) delete entry.connection;
    return entry;
  });
  const rel = (monotonic) =>
    first && monotonic !== undefined ? round3((monotonic - first.issued) * 1000) : -1;
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        {
          startedDateTime: new Date(pageStart).toISOString(),
          id: 'page_1',
          title: pageUrl,
          pageTimings: {
            onContentLoad: rel(pageTimes.domContentLoaded),
            onLoad: rel(pageTimes.load),
          },
        },
      ],
      entries,
      _comment: `Recorded by scripts/captures/record-har.mjs with Chromium ${browserVersion} from the DevTools protocol's Network events, in the shape of DevTools' "Save all as HAR".`,
    },
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const context = await browser.newContext({
    recordHar: { path: `${outDir}/page-playwright.har`, content: 'omit' },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const get = (id) => {
    if (!requests.has(id)) requests.set(id, { dataLength: 0 });
    return requests.get(id);
  };
  const pageTimes = {};
  cdp.on('Network.requestWillBeSent', (e) => {
    Object.assign(get(e.requestId), {
      request: e.request,
      issued: e.timestamp,
      wallTime: e.wallTime,
      initiator: e.initiator,
      type: e.type,
    });
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
    get(e.requestId).requestExtra = e;
  });
  cdp.on('Network.responseReceived', (e) => {
    get(e.requestId).response = e.response;
  });
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    get(e.requestId).responseExtra = e;
  });
  cdp.on('Network.dataReceived', (e) => {
    get(e.requestId).dataLength += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    Object.assign(get(e.requestId), {
      finished: e.timestamp,
      encodedDataLength: e.encodedDataLength,
    });
  });
  cdp.on('Page.domContentEventFired', (e) => {
    pageTimes.domContentLoaded = e.timestamp;
  });
  cdp.on('Page.loadEventFired', (e) => {
    pageTimes.load = e.timestamp;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Page.enable');
  const url = `http://localhost:${port}/`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.title.endsWith('(loaded)'));
  await page.waitForTimeout(200); // the last loadingFinished events
  const har = devtoolsHar(requests, url, pageTimes, browser.version());
  writeFileSync(`${outDir}/page.har`, JSON.stringify(har, null, 2) + '\n');
  await context.close(); // writes page-playwright.har
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
