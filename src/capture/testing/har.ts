// A small HAR as Chrome DevTools writes it ("Save all as HAR"), for tests: a page over HTTP/1.1
// with a new connection (DNS, TCP, TLS), a reused one, a second new connection, a memory-cache hit
// and a failed request. Built fresh on each call so that a test can change it.

/** Headers as a HAR lists them. */
const h = (pairs: [string, string][]) => pairs.map(([name, value]) => ({ name, value }));

const T0 = Date.parse('2025-03-03T09:00:00.000Z');
const at = (ms: number): string => new Date(T0 + ms).toISOString();

interface EntryInput {
  url: string;
  startMs: number;
  connection: string;
  resourceType: string;
  mimeType: string;
  status?: number;
  statusText?: string;
  timings: Record<string, number>;
  requestHeaders?: [string, string][];
  responseHeaders?: [string, string][];
  transferSize?: number;
  contentSize?: number;
  extra?: Record<string, unknown>;
  responseExtra?: Record<string, unknown>;
}

function entry(e: EntryInput) {
  const t = e.timings;
  const time = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive']
    .map((k) => t[k] ?? -1)
    .filter((v) => v > 0)
    .reduce((a, b) => a + b, 0);
  const u = new URL(e.url);
  return {
    _initiator: { type: 'parser', url: 'https://www.example.com/', lineNumber: 4 },
    _priority: 'High',
    _resourceType: e.resourceType,
    cache: {},
    connection: e.connection,
    pageref: 'page_1',
    request: {
      method: 'GET',
      url: e.url,
      httpVersion: 'HTTP/1.1',
      headers: h(
        e.requestHeaders ?? [
          ['Host', u.host],
          ['Connection', 'keep-alive'],
          ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36'],
          ['Accept', '*/*'],
          ['Referer', 'https://www.example.com/'],
        ],
      ),
      queryString: [],
      cookies: [],
      headersSize: 320,
      bodySize: 0,
    },
    response: {
      status: e.status ?? 200,
      statusText: e.statusText ?? 'OK',
      httpVersion: 'HTTP/1.1',
      headers: h(
        e.responseHeaders ?? [
          ['Content-Type', e.mimeType],
          ['Content-Length', String(e.contentSize ?? 0)],
          ['Cache-Control', 'max-age=600'],
        ],
      ),
      cookies: [],
      content: { size: e.contentSize ?? 0, mimeType: e.mimeType, text: 'body not read' },
      redirectURL: '',
      headersSize: 180,
      bodySize: e.contentSize ?? 0,
      _transferSize: e.transferSize ?? 180 + (e.contentSize ?? 0),
      _error: null,
      ...e.responseExtra,
    },
    serverIPAddress: '93.184.216.34',
    startedDateTime: at(e.startMs),
    time,
    timings: { ...t },
    ...e.extra,
  };
}

/** The HAR object (a fresh copy each call). */
export function chromeHar() {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        {
          startedDateTime: at(0),
          id: 'page_1',
          title: 'Example Domain',
          pageTimings: { onContentLoad: 190.5, onLoad: 262.25 },
        },
      ],
      entries: [
        // 1. The page: a new connection (queueing 1.2 + stalled 0.9, DNS, TCP, TLS inside connect).
        entry({
          url: 'https://www.example.com/',
          startMs: 0,
          connection: '101',
          resourceType: 'document',
          mimeType: 'text/html',
          contentSize: 1256,
          timings: {
            blocked: 2.1,
            dns: 20.5,
            connect: 45.3,
            ssl: 24.8,
            send: 0.2,
            wait: 60.4,
            receive: 3.1,
            _blocked_queueing: 1.2,
          },
          requestHeaders: [
            ['Host', 'www.example.com'],
            ['Connection', 'keep-alive'],
            ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36'],
            ['Accept', 'text/html,application/xhtml+xml'],
            ['Accept-Language', 'en-GB,en;q=0.9,zh-CN;q=0.8'],
          ],
          responseHeaders: [
            ['Content-Type', 'text/html; charset=UTF-8'],
            ['Content-Length', '1256'],
            ['Cache-Control', 'max-age=600'],
            ['ETag', '"3147526947"'],
            ['Server', 'ECAcc (lac/55B8)'],
          ],
        }),
        // 2. The stylesheet reuses connection 101 (keep-alive): no DNS, TCP or TLS (-1).
        entry({
          url: 'https://www.example.com/style.css',
          startMs: 140,
          connection: '101',
          resourceType: 'stylesheet',
          mimeType: 'text/css',
          contentSize: 2048,
          timings: {
            blocked: 1.5,
            dns: -1,
            connect: -1,
            ssl: -1,
            send: 0.1,
            wait: 23,
            receive: 2,
            _blocked_queueing: 0.8,
          },
        }),
        // 3. The script at the same time: a second connection (the DNS answer is cached: -1).
        entry({
          url: 'https://www.example.com/app.js?v=2',
          startMs: 141,
          connection: '118',
          resourceType: 'script',
          mimeType: 'application/javascript',
          contentSize: 30512,
          timings: {
            blocked: 0.9,
            dns: -1,
            connect: 44.1,
            ssl: 24,
            send: 0.1,
            wait: 30,
            receive: 5,
            _blocked_queueing: 0.5,
          },
        }),
        // 4. The logo from the memory cache: no connection.
        entry({
          url: 'https://www.example.com/logo.png',
          startMs: 150,
          connection: '',
          resourceType: 'image',
          mimeType: 'image/png',
          contentSize: 5120,
          transferSize: 0,
          timings: {
            blocked: 0.3,
            dns: -1,
            connect: -1,
            ssl: -1,
            send: 0,
            wait: 0.2,
            receive: 0.5,
            _blocked_queueing: 0.3,
          },
          extra: { _fromCache: 'memory' },
        }),
        // 5. An API call refused by the server: no response (status 0, _error).
        entry({
          url: 'https://api.example.com/data.json',
          startMs: 200,
          connection: '',
          resourceType: 'fetch',
          mimeType: 'x-unknown',
          status: 0,
          statusText: '',
          transferSize: 0,
          timings: {
            blocked: 5,
            dns: 12,
            connect: -1,
            ssl: -1,
            send: 0,
            wait: 0,
            receive: 0,
            _blocked_queueing: 1,
          },
          responseHeaders: [],
          responseExtra: { _error: 'net::ERR_CONNECTION_REFUSED', headersSize: -1, bodySize: -1 },
        }),
      ],
    },
  };
}

/** The HAR as the text of a file. */
export const chromeHarText = (): string => JSON.stringify(chromeHar(), null, 2);
