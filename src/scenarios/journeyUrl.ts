// The address bar of the journey: what the user typed, parsed with the WHATWG URL parser (the
// global `URL`, as in the browser) and checked for what the journey can simulate. Errors come back
// as stable codes (the UI translates them) with an English message and parameters.
//
// Choices (docs/journey-model.md): text without a scheme ("example.com", "example.com:8080/x")
// gets "https://" prepended, as the address bars of current browsers do; only http and https;
// a domain name with at least one dot, or an IPv4 address (then no DNS at all); no IPv6
// literals, no credentials, at most 2048 characters.

/** Longest accepted input, in characters (a common practical URL limit). */
export const MAX_URL_LENGTH = 2048;

/** A URL the journey can run. */
export interface JourneyUrl {
  /** The text as typed (trimmed). */
  input: string;
  /** True when "https://" was prepended to a typed text without a scheme. */
  schemeAdded: boolean;
  /** The serialized URL (WHATWG `href`), fragment included. */
  href: string;
  scheme: 'http' | 'https';
  /** The host as sent (ASCII; an IDN in punycode "xn--…"), from URL.hostname. */
  host: string;
  /** The host for display (punycode labels decoded to Unicode). */
  hostUnicode: string;
  hostType: 'domain' | 'ipv4';
  port: number;
  /** True when `port` is the scheme's default (80 for http, 443 for https). */
  defaultPort: boolean;
  /** The path, always starting with "/". */
  path: string;
  /** "" or "?…" (sent to the server). */
  query: string;
  /** "" or "#…" (never sent: the browser keeps it). */
  fragment: string;
  origin: string;
}

/** Why a text is not a URL the journey can run. */
export type JourneyUrlErrorCode =
  | 'empty'
  | 'tooLong'
  | 'invalid'
  | 'unsupportedScheme'
  | 'noHost'
  | 'credentials'
  | 'ipv6'
  | 'singleLabel'
  | 'port';

export interface JourneyUrlError {
  code: JourneyUrlErrorCode;
  /** English; the UI shows its own translation of `code` with `params`. */
  message: string;
  params: Record<string, string | number>;
}

export type JourneyUrlResult =
  { ok: true; url: JourneyUrl } | { ok: false; error: JourneyUrlError };

const DEFAULT_PORT = { http: 80, https: 443 } as const;
const SCHEME_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

const fail = (
  code: JourneyUrlErrorCode,
  message: string,
  params: Record<string, string | number> = {},
): JourneyUrlResult => ({ ok: false, error: { code, message, params } });

/** Parses what the user typed into the address bar. */
export function parseJourneyUrl(typed: string): JourneyUrlResult {
  const input = typed.trim();
  if (!input) return fail('empty', 'type a URL, e.g. https://www.example.com/');
  if (input.length > MAX_URL_LENGTH)
    return fail(
      'tooLong',
      `the URL is ${input.length} characters long: at most ${MAX_URL_LENGTH}`,
      {
        length: input.length,
        max: MAX_URL_LENGTH,
      },
    );
  const m = SCHEME_RE.exec(input);
  // "example.com:8080/x" looks like scheme "example.com" to the URL parser; an address bar reads
  // a host and a port. A real scheme is followed by something other than a port number.
  const hasScheme = m !== null && !/^\d/.test(input.slice(m[0].length));
  const text = hasScheme ? input : `https://${input}`;
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return fail('invalid', `"${input}" is not a valid URL`, { input });
  }
  const scheme = u.protocol.slice(0, -1).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    return fail(
      'unsupportedScheme',
      `the scheme "${scheme}:" is not supported: use http or https`,
      {
        scheme,
      },
    );
  if (!u.hostname) return fail('noHost', 'the URL has no host', {});
  if (u.username || u.password)
    return fail('credentials', 'user names and passwords in URLs are not supported', {});
  if (u.hostname.startsWith('['))
    return fail('ipv6', 'IPv6 addresses are not supported: use a domain name or an IPv4 address', {
      host: u.hostname,
    });
  const hostType = IPV4_RE.test(u.hostname) ? 'ipv4' : 'domain';
  if (hostType === 'domain' && !u.hostname.replace(/\.$/, '').includes('.'))
    return fail(
      'singleLabel',
      `"${u.hostname}" is not a domain name with a top-level domain (e.g. example.com)`,
      { host: u.hostname },
    );
  const port = u.port === '' ? DEFAULT_PORT[scheme] : Number(u.port);
  if (port === 0) return fail('port', 'port 0 cannot be connected to', { port });
  return {
    ok: true,
    url: {
      input,
      schemeAdded: !hasScheme,
      href: u.href,
      scheme,
      host: u.hostname,
      hostUnicode: hostToUnicode(u.hostname),
      hostType,
      port,
      defaultPort: port === DEFAULT_PORT[scheme],
      path: u.pathname || '/',
      query: u.search,
      fragment: u.hash,
      origin: u.origin,
    },
  };
}

/** The Unicode form of a host: each "xn--" label decoded (RFC 3492); undecodable labels stay. */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith('xn--')) return label;
      const decoded = punycodeDecode(label.slice(4));
      return decoded ?? label;
    })
    .join('.');
}

// RFC 3492 §5 parameters of Punycode.
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, numPoints: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

function digitOf(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 22; // 0-9 → 26..35
  if (cp >= 65 && cp <= 90) return cp - 65; // A-Z
  if (cp >= 97 && cp <= 122) return cp - 97; // a-z
  return BASE;
}

/**
 * RFC 3492 §6.2 decoding of one label's Punycode (without "xn--"); null if malformed. Written
 * here (40 lines) rather than imported: the npm "punycode" name collides with Node's deprecated
 * built-in, and `url.domainToUnicode` does not exist in browsers.
 */
export function punycodeDecode(input: string): string | null {
  const out: number[] = [];
  const b = Math.max(0, input.lastIndexOf('-'));
  for (let j = 0; j < b; j++) {
    const cp = input.charCodeAt(j);
    if (cp >= 0x80) return null;
    out.push(cp);
  }
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let pos = b > 0 ? b + 1 : 0; pos < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    const len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff) return null;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}
