// The address bar: what is accepted (with its parts) and every kind of input that is refused.
import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  hostToUnicode,
  MAX_URL_LENGTH,
  parseJourneyUrl,
  punycodeDecode,
  type JourneyUrlErrorCode,
} from './journeyUrl';

const ok = (text: string) => {
  const r = parseJourneyUrl(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error.message}`);
  return r.url;
};

describe('parseJourneyUrl: accepted', () => {
  it('splits an https URL into scheme, host, default port, path, query and fragment', () => {
    expect(ok('https://www.example.com/a/b.html?x=1&y=2#top')).toEqual({
      input: 'https://www.example.com/a/b.html?x=1&y=2#top',
      schemeAdded: false,
      href: 'https://www.example.com/a/b.html?x=1&y=2#top',
      scheme: 'https',
      host: 'www.example.com',
      hostUnicode: 'www.example.com',
      hostType: 'domain',
      port: 443,
      defaultPort: true,
      path: '/a/b.html',
      query: '?x=1&y=2',
      fragment: '#top',
      origin: 'https://www.example.com',
    });
  });

  it('gives http port 80 by default and keeps an explicit port', () => {
    expect(ok('http://example.com')).toMatchObject({ port: 80, defaultPort: true, path: '/' });
    expect(ok('http://example.com:8080/x')).toMatchObject({
      port: 8080,
      defaultPort: false,
      origin: 'http://example.com:8080',
    });
    // An explicit default port is the default port (the URL parser drops it).
    expect(ok('https://example.com:443/')).toMatchObject({ port: 443, defaultPort: true });
  });

  it('prepends https:// to text without a scheme, as address bars do (a port is not a scheme)', () => {
    expect(ok('example.com')).toMatchObject({
      scheme: 'https',
      schemeAdded: true,
      href: 'https://example.com/',
    });
    expect(ok('  www.example.com:8443/app  ')).toMatchObject({
      scheme: 'https',
      port: 8443,
      schemeAdded: true,
      input: 'www.example.com:8443/app',
    });
  });

  it('normalizes like the WHATWG parser: case, dot segments, IPv4 forms', () => {
    expect(ok('HTTPS://WWW.Example.COM/a/../b')).toMatchObject({
      host: 'www.example.com',
      path: '/b',
    });
    expect(ok('http://0x5d.184.216.34/')).toMatchObject({
      host: '93.184.216.34',
      hostType: 'ipv4',
    });
  });

  it('gives an IDN host in punycode and decodes it for display', () => {
    const u = ok('https://bücher.example/straße');
    expect(u.host).toBe('xn--bcher-kva.example');
    expect(u.hostUnicode).toBe('bücher.example');
    expect(u.path).toBe('/stra%C3%9Fe');
    expect(ok('http://例子.测试/').hostUnicode).toBe('例子.测试');
  });

  it('decodes punycode as RFC 3492 (checked against Node on many labels)', () => {
    for (const host of [
      'xn--bcher-kva.de',
      'xn--fsqu00a.xn--0zwm56d',
      'xn--mnchen-3ya.de',
      'xn--80ak6aa92e.com',
      'xn--wgv71a119e.jp',
      'xn--i-7iq.ws',
      'xn--ls8h.la',
    ])
      expect(hostToUnicode(host), host).toBe(domainToUnicode(host));
    expect(punycodeDecode('bcher-kva')).toBe('bücher');
    expect(punycodeDecode('!!')).toBeNull();
    expect(hostToUnicode('xn--zz!.com')).toBe('xn--zz!.com');
  });
});

describe('parseJourneyUrl: refused, with a stable code', () => {
  const LONG = `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`;
  it.each<[string, string, JourneyUrlErrorCode]>([
    ['empty', '', 'empty'],
    ['blank', '   ', 'empty'],
    ['over 2048 characters', LONG, 'tooLong'],
    ['javascript:', 'javascript:alert(1)', 'unsupportedScheme'],
    ['ftp:', 'ftp://ftp.example.com/file.txt', 'unsupportedScheme'],
    ['file:', 'file:///etc/passwd', 'unsupportedScheme'],
    ['data:', 'data:text/html,<h1>hi</h1>', 'unsupportedScheme'],
    ['mailto:', 'mailto:someone@example.com', 'unsupportedScheme'],
    ['ws:', 'ws://example.com/socket', 'unsupportedScheme'],
    ['no host', 'https://', 'invalid'],
    ['a space in the host', 'https://exa mple.com/', 'invalid'],
    ['search words', 'what is tcp', 'invalid'],
    ['credentials', 'https://user:secret@example.com/', 'credentials'],
    ['a user name', 'https://user@example.com/', 'credentials'],
    ['an IPv6 literal', 'http://[2001:db8::1]/', 'ipv6'],
    ['a single-label host', 'http://localhost/', 'singleLabel'],
    ['an intranet name', 'intranet', 'singleLabel'],
    ['port 0', 'http://example.com:0/', 'port'],
    ['a port out of range', 'http://example.com:70000/', 'invalid'],
  ])('%s', (_what, input, code) => {
    const r = parseJourneyUrl(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.length).toBeGreaterThan(10);
  });

  it('says which scheme and how long, in parameters the UI can translate', () => {
    const r = parseJourneyUrl('ftp://example.com/');
    expect(!r.ok && r.error.params).toEqual({ scheme: 'ftp' });
    const long = parseJourneyUrl(LONG);
    expect(!long.ok && long.error.params).toEqual({ length: LONG.length, max: 2048 });
    expect(parseJourneyUrl(LONG.slice(0, MAX_URL_LENGTH)).ok).toBe(true);
  });
});
