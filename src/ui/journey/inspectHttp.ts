// The inspector's view of an HTTP message: its raw text split into parts (request or status line,
// each header, the empty line, the body), each with a short label and an explanation shown on
// hover or focus. Pure: runs in Node.
import type { HttpPart, JourneyEventOf } from '../../engine/journey/trace';
import type { Translate } from '../../i18n/i18n';

/** One part of the raw text as the inspector shows it. */
export interface HttpPartView {
  kind: HttpPart['kind'];
  /** The text without its CRLF (a long body is cut). */
  display: string;
  /** Whether the part ends with CRLF (shown as a faint marker). */
  crlf: boolean;
  /** Short name: "Request line", "Host", "Empty line", "Body". */
  label: string;
  explanation: string;
}

/** The most body characters shown; the rest is summarised. */
export const BODY_CHARS = 600;

/** Header names with their own explanation (lower case; anything else gets a generic one). */
export const EXPLAINED_HEADERS = [
  'host',
  'user-agent',
  'accept',
  'accept-language',
  'accept-encoding',
  'referer',
  'connection',
  'keep-alive',
  'if-none-match',
  'if-modified-since',
  'server',
  'date',
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'last-modified',
  'etag',
  'cache-control',
  'expires',
  'age',
  'vary',
  'location',
  'retry-after',
  'set-cookie',
  'cookie',
] as const;
type ExplainedHeader = (typeof EXPLAINED_HEADERS)[number];
const isExplained = (name: string): name is ExplainedHeader =>
  (EXPLAINED_HEADERS as readonly string[]).includes(name);

/** The status code's class, 1…5 (1xx … 5xx). */
export const statusClassOf = (status: number): 1 | 2 | 3 | 4 | 5 =>
  Math.min(5, Math.max(1, Math.floor(status / 100))) as 1 | 2 | 3 | 4 | 5;

/** The explanation of a header line. */
export function explainHeader(name: string, value: string, t: Translate): string {
  const key = name.toLowerCase();
  return isExplained(key) ? t(`insp.hdr.${key}`, { value }) : t('insp.hdr.other', { name, value });
}

type HttpEvent = JourneyEventOf<'http.request'> | JourneyEventOf<'http.response'>;

/** The parts of an HTTP message with their labels and explanations. */
export function httpParts(e: HttpEvent, t: Translate): HttpPartView[] {
  const out = e.parts.map((p): HttpPartView => {
    const crlf = p.text.endsWith('\r\n');
    const text = crlf ? p.text.slice(0, -2) : p.text;
    return {
      kind: p.kind,
      display: p.kind === 'body' ? cut(text, t) : text,
      crlf,
      label: partLabel(p, t),
      explanation: explainPart(e, p, text, t),
    };
  });
  // A binary body (an image) is not in the raw text: show where it goes.
  if (e.kind === 'http.response' && e.bodyBytes > 0 && !e.parts.some((p) => p.kind === 'body'))
    out.push({
      kind: 'body',
      display: t('insp.http.binaryBody', { bytes: e.bodyBytes, type: e.contentType ?? '' }),
      crlf: false,
      label: t('insp.http.part.body'),
      explanation: t('insp.http.body', { bytes: e.bodyBytes, type: e.contentType ?? '' }),
    });
  return out;
}

function cut(text: string, t: Translate): string {
  if (text.length <= BODY_CHARS) return text;
  return `${text.slice(0, BODY_CHARS)}${t('insp.http.more', { chars: text.length - BODY_CHARS })}`;
}

function partLabel(p: HttpPart, t: Translate): string {
  return p.kind === 'header' ? (p.name ?? '') : t(`insp.http.part.${p.kind}`);
}

function explainPart(e: HttpEvent, p: HttpPart, text: string, t: Translate): string {
  switch (p.kind) {
    case 'requestLine': {
      const [method = '', target = '', version = ''] = text.split(' ');
      return t('insp.http.requestLine', { method, target, version });
    }
    case 'statusLine': {
      const m = /^(\S+) (\d{3}) ?(.*)$/.exec(text);
      const status = Number(m?.[2] ?? 0);
      return `${t('insp.http.statusLine', {
        version: m?.[1] ?? '',
        status,
        reason: m?.[3] ?? '',
      })} ${t(`jn.http.class${statusClassOf(status)}`)}`;
    }
    case 'header':
      return explainHeader(p.name ?? '', p.value ?? '', t);
    case 'emptyLine':
      return t(e.kind === 'http.request' ? 'insp.http.emptyLineRequest' : 'insp.http.emptyLine');
    case 'body':
      return t('insp.http.body', {
        bytes: e.kind === 'http.response' ? e.bodyBytes : p.end - p.start,
        type: e.kind === 'http.response' ? (e.contentType ?? '') : '',
      });
  }
}
