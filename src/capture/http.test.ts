// HTTP/1.x request and status lines at the start of a payload (RFC 9112 §3, §4).
import { describe, expect, it } from 'vitest';
import { parseHttpLine } from './http';
import { ascii } from './testing/segments';

describe('parseHttpLine', () => {
  it('reads a request line', () => {
    expect(parseHttpLine(ascii('POST /api/v1/items?x=1 HTTP/1.0\r\nHost: a\r\n\r\n{}'))).toEqual({
      kind: 'request',
      line: 'POST /api/v1/items?x=1 HTTP/1.0',
      method: 'POST',
      target: '/api/v1/items?x=1',
      version: 'HTTP/1.0',
    });
  });

  it('reads status lines, with or without a reason phrase', () => {
    expect(parseHttpLine(ascii('HTTP/1.1 301 Moved Permanently\r\nLocation: /\r\n'))).toEqual({
      kind: 'response',
      line: 'HTTP/1.1 301 Moved Permanently',
      version: 'HTTP/1.1',
      status: 301,
      reason: 'Moved Permanently',
    });
    expect(parseHttpLine(ascii('HTTP/1.1 204 \r\n\r\n'))).toMatchObject({
      status: 204,
      reason: '',
    });
    expect(parseHttpLine(ascii('HTTP/1.1 200\r\n\r\n'))).toMatchObject({ status: 200, reason: '' });
  });

  it('accepts a bare LF, any method token, and a line cut where the capture ends', () => {
    expect(parseHttpLine(ascii('PROPFIND /dav HTTP/1.1\n'))?.method).toBe('PROPFIND');
    expect(parseHttpLine(ascii('GET /only-this-was-captured HTTP/1.1'))?.kind).toBe('request');
  });

  it('cuts the line at 200 characters with "…"', () => {
    const target = '/' + 'a'.repeat(300);
    const h = parseHttpLine(ascii(`GET ${target} HTTP/1.1\r\n`))!;
    expect(h.line).toHaveLength(200);
    expect(h.line.endsWith('…')).toBe(true);
    expect(h.line.startsWith('GET /aaa')).toBe(true);
    expect(h.target).toHaveLength(200);
  });

  it('rejects what is not a message start', () => {
    for (const s of [
      'hello world',
      'GET /x HTTP/2\r\n',
      'GET  HTTP/1.1\r\n',
      'GET /a b HTTP/1.1\r\n',
      'HTTP/1.1 20 OK\r\n',
      'HTTP/1.1 2000 OK\r\n',
      'G(T / HTTP/1.1\r\n',
      'GET /x\u0001 HTTP/1.1\r\n',
      '\u0016\u0003\u0001\u0000\u00a5',
      '',
      'GET / HT',
    ]) {
      expect(parseHttpLine(ascii(s)), s).toBeUndefined();
    }
    expect(parseHttpLine(ascii('GET /' + 'x'.repeat(9000) + ' HTTP/1.1\r\n'))).toBeUndefined();
  });
});
