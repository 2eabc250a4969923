// HTTP/1.x messages as they are on the wire (RFC 9110 semantics, RFC 9112 syntax): the request
// and response text with CRLF line ends, split into parts (request/status line, each header, the
// empty line, the body) for highlighting; the page's HTML and its sub-resources; the fixed,
// deterministic dates (no wall clock).
import type { HttpPart, ResourceType } from './trace';

export const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** The virtual clock's 0 ms: Monday 3 March 2025, 09:00:00 GMT (days since 1970-01-01). */
const EPOCH_DAY = 20150;
const EPOCH_SECOND_OF_DAY = 9 * 3600;
/** When the stored/served documents were last modified: Monday 24 February 2025, 08:00:00 GMT. */
export const LAST_MODIFIED = 'Mon, 24 Feb 2025 08:00:00 GMT';

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']; // 1970-01-01 was a Thursday
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The civil date of a day count (Howard Hinnant's days_from_civil, inverted). */
function civil(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const two = (n: number) => String(n).padStart(2, '0');

/** The HTTP Date (IMF-fixdate, RFC 9110 §5.6.7) at virtual time `tMs`. */
export function httpDate(tMs: number): string {
  const secs = EPOCH_SECOND_OF_DAY + Math.floor(tMs / 1000);
  const days = EPOCH_DAY + Math.floor(secs / 86400);
  const sod = secs % 86400;
  const { y, m, d } = civil(days);
  return `${DAYS[((days % 7) + 7) % 7]}, ${two(d)} ${MONTHS[m - 1]} ${y} ${two(Math.floor(sod / 3600))}:${two(Math.floor((sod % 3600) / 60))}:${two(sod % 60)} GMT`;
}

/** FNV-1a, for deterministic ETags and addresses. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** An nginx-style entity tag: last-modified time and length in hex. */
export const etagOf = (path: string, bytes: number) =>
  `"${(0x67bc2780 + (fnv1a(path) % 4096)).toString(16)}-${bytes.toString(16)}"`;

/** A sub-resource of the page. */
export interface Resource {
  path: string;
  type: Exclude<ResourceType, 'document'>;
  bytes: number;
  contentType: string;
}

/** The page's sub-resources: per 5, one stylesheet, one script, three images (deterministic sizes). */
export function resourcesOf(count: number): Resource[] {
  const out: Resource[] = [];
  for (let i = 1; i <= count; i++) {
    const k = i % 5;
    if (k === 1)
      out.push({
        path: `/css/style-${i}.css`,
        type: 'css',
        bytes: 6144 + 1024 * (i % 3),
        contentType: 'text/css',
      });
    else if (k === 2)
      out.push({
        path: `/js/app-${i}.js`,
        type: 'js',
        bytes: 24576 + 4096 * (i % 4),
        contentType: 'text/javascript',
      });
    else
      out.push({
        path: `/img/photo-${i}.jpg`,
        type: 'img',
        bytes: 18432 + 9216 * (i % 5),
        contentType: 'image/jpeg',
      });
  }
  return out;
}

/** The HTML of the page (or of an error / redirect page). */
export function htmlOf(
  status: number,
  host: string,
  resources: Resource[],
  location: string | null,
): string {
  if (status === 301 || status === 302)
    return `<html>\n<head><title>${status} ${REASONS[status]}</title></head>\n<body>\n<h1>${REASONS[status]}</h1>\n<p><a href="${location}">${location}</a></p>\n</body>\n</html>\n`;
  if (status !== 200)
    return `<html>\n<head><title>${status} ${REASONS[status]}</title></head>\n<body>\n<h1>${status} ${REASONS[status]}</h1>\n<hr><p>nginx</p>\n</body>\n</html>\n`;
  const head = resources
    .map((r) =>
      r.type === 'css'
        ? `<link rel="stylesheet" href="${r.path}">`
        : r.type === 'js'
          ? `<script src="${r.path}" defer></script>`
          : null,
    )
    .filter((x): x is string => x !== null);
  const imgs = resources.filter((r) => r.type === 'img').map((r) => `<img src="${r.path}" alt="">`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${host}</title>`,
    ...head,
    '</head>',
    '<body>',
    `<h1>Welcome to ${host}</h1>`,
    '<p>This page was fetched by Wirewalk, one packet at a time.</p>',
    ...imgs,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** UTF-8 byte length. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Builds raw text and its parts from a start line, headers and a body. */
function assemble(
  startKind: 'requestLine' | 'statusLine',
  startLine: string,
  headers: [string, string][],
  body: string | null,
): { raw: string; parts: HttpPart[] } {
  const parts: HttpPart[] = [];
  let raw = '';
  const push = (p: Omit<HttpPart, 'start' | 'end'>) => {
    parts.push({ ...p, start: raw.length, end: raw.length + p.text.length });
    raw += p.text;
  };
  push({ kind: startKind, text: `${startLine}\r\n` });
  for (const [name, value] of headers)
    push({ kind: 'header', text: `${name}: ${value}\r\n`, name, value });
  push({ kind: 'emptyLine', text: '\r\n' });
  if (body !== null && body.length) push({ kind: 'body', text: body });
  return { raw, parts };
}

export interface RequestText {
  raw: string;
  parts: HttpPart[];
  bytes: number;
}

/** A browser's GET request (headers in Firefox's order). */
export function buildRequest(o: {
  target: string;
  version: '1.0' | '1.1';
  hostHeader: string;
  type: ResourceType;
  referer: string | null;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}): RequestText {
  const accept =
    o.type === 'document'
      ? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
      : o.type === 'css'
        ? 'text/css,*/*;q=0.1'
        : o.type === 'img'
          ? 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5'
          : '*/*';
  const headers: [string, string][] = [
    ['Host', o.hostHeader],
    ['User-Agent', USER_AGENT],
    ['Accept', accept],
    ['Accept-Language', 'en-US,en;q=0.5'],
  ];
  if (o.referer) headers.push(['Referer', o.referer]);
  // HTTP/1.1 connections persist by default (RFC 9112 §9.3); browsers still say so. HTTP/1.0
  // closes after the response unless keep-alive is negotiated, which this browser does not.
  if (o.version === '1.1') headers.push(['Connection', 'keep-alive']);
  if (o.ifModifiedSince) headers.push(['If-Modified-Since', o.ifModifiedSince]);
  if (o.ifNoneMatch) headers.push(['If-None-Match', o.ifNoneMatch]);
  const { raw, parts } = assemble(
    'requestLine',
    `GET ${o.target} HTTP/${o.version}`,
    headers,
    null,
  );
  return { raw, parts, bytes: utf8Length(raw) };
}

export interface ResponseText {
  raw: string;
  parts: HttpPart[];
  /** Bytes of the status line and headers (and the empty line). */
  headBytes: number;
  bodyBytes: number;
  /** The body text when it is text we show (HTML), else null. */
  body: string | null;
  contentType: string | null;
}

/**
 * A server's response. The server speaks HTTP/1.1 even to an HTTP/1.0 request (RFC 9110 §2.5:
 * it sends its own highest version with the same major number) and then says "Connection: close".
 */
export function buildResponse(o: {
  status: number;
  keepAlive: boolean;
  dateMs: number;
  contentType: string;
  /** Text body (HTML) or null for a binary one of `bodyBytes`. */
  body: string | null;
  bodyBytes: number;
  etag: string;
  maxAgeS: number;
  location: string | null;
}): ResponseText {
  const hasBody = o.status !== 304;
  const bodyBytes = hasBody ? (o.body !== null ? utf8Length(o.body) : o.bodyBytes) : 0;
  const headers: [string, string][] = [
    ['Server', 'nginx/1.26.2'],
    ['Date', httpDate(o.dateMs)],
  ];
  if (hasBody) {
    headers.push(['Content-Type', o.contentType]);
    headers.push(['Content-Length', String(bodyBytes)]);
  }
  if (o.status === 200 || o.status === 304) {
    headers.push(['Last-Modified', LAST_MODIFIED]);
    headers.push(['ETag', o.etag]);
    headers.push(['Cache-Control', `max-age=${o.maxAgeS}`]);
  }
  if (o.location) headers.push(['Location', o.location]);
  if (o.status === 503) headers.push(['Retry-After', '120']);
  headers.push(['Connection', o.keepAlive ? 'keep-alive' : 'close']);
  // A binary body is not put in the text: the raw text ends at the empty line.
  const text = hasBody ? o.body : null;
  const { raw, parts } = assemble(
    'statusLine',
    `HTTP/1.1 ${o.status} ${REASONS[o.status]}`,
    headers,
    text,
  );
  const headBytes = utf8Length(raw) - (text ? utf8Length(text) : 0);
  return {
    raw,
    parts,
    headBytes,
    bodyBytes,
    body: text,
    contentType: hasBody ? o.contentType : null,
  };
}
