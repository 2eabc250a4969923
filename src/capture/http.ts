// HTTP/1.x request and status lines at the start of a segment's payload (RFC 9112 §3 request-line
// `method SP request-target SP HTTP-version`, §4 status-line `HTTP-version SP status-code SP
// [reason-phrase]`). Only a payload that starts a message can be recognised this way, so the line
// must be the first thing in the payload and complete up to the version (a request) or the status
// code (a response); it ends at CRLF (or a bare LF, §2.2), or where the captured bytes end. Bytes are
// read one char per byte (never throws); the line is cut to 200 characters with "…".
import type { HttpLine } from './types';

/** The longest line shown. */
export const MAX_LINE = 200;
/** How far to look for the end of the line. */
const SCAN = 8192;

// RFC 9110 §5.6.2 tchar: "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" /
// "`" / "|" / "~" / DIGIT / ALPHA.
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const VERSION = /^HTTP\/1\.[0-9]$/;
const H = 0x48;

/** A quick test: could this payload start an HTTP/1.x message? (A token then a space, or
 * "HTTP/1.".) */
function mayStart(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  const c = b[0]!;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === H;
}

/** The request or status line that starts `payload`, if it is one. */
export function parseHttpLine(payload: Uint8Array): HttpLine | undefined {
  if (!mayStart(payload)) return undefined;
  const n = Math.min(payload.length, SCAN);
  let end = 0;
  while (end < n && payload[end] !== 0x0d && payload[end] !== 0x0a) end++;
  if (end === n && n < payload.length) return undefined; // no end of line within reach
  let line = '';
  for (let i = 0; i < end; i++) {
    const c = payload[i]!;
    if (c < 0x20 && c !== 0x09) return undefined; // control characters: not an HTTP line
    if (c === 0x7f) return undefined;
    line += String.fromCharCode(c);
  }
  const shown = line.length > MAX_LINE ? line.slice(0, MAX_LINE - 1) + '…' : line;

  if (line.startsWith('HTTP/1.')) {
    // status-line = HTTP-version SP status-code SP [ reason-phrase ] (a missing SP is tolerated)
    const m = /^(HTTP\/1\.[0-9]) ([0-9]{3})(?: (.*))?$/.exec(line);
    if (!m) return undefined;
    return {
      kind: 'response',
      line: shown,
      version: m[1]!,
      status: Number(m[2]),
      reason: cap(m[3] ?? ''),
    };
  }
  const sp1 = line.indexOf(' ');
  const sp2 = line.lastIndexOf(' ');
  if (sp1 <= 0 || sp2 <= sp1 + 1) return undefined;
  const method = line.slice(0, sp1);
  const target = line.slice(sp1 + 1, sp2);
  const version = line.slice(sp2 + 1);
  if (!TCHAR.test(method) || !VERSION.test(version) || /[\s]/.test(target)) return undefined;
  return { kind: 'request', line: shown, method, target: cap(target), version };
}

/** Cuts a field the same way as the line. */
const cap = (s: string): string => (s.length > MAX_LINE ? s.slice(0, MAX_LINE - 1) + '…' : s);
