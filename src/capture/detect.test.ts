// Telling files apart by content: capture magic numbers in both byte orders, HAR by its "log"
// key, other JSON, gzip, and the name only when the bytes say nothing; the size limit per kind.
import { describe, expect, it } from 'vitest';
import {
  MAX_CAPTURE_BYTES,
  MAX_HAR_BYTES,
  detectFileKind,
  isHarJson,
  isTrafficKind,
  maxBytesFor,
} from './detect';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFileKind', () => {
  it('knows pcap by its magic number in both byte orders, µs and ns', () => {
    for (const magic of [
      [0xd4, 0xc3, 0xb2, 0xa1], // little-endian, µs (what tcpdump writes on x86)
      [0xa1, 0xb2, 0xc3, 0xd4], // big-endian, µs
      [0x4d, 0x3c, 0xb2, 0xa1], // little-endian, ns
      [0xa1, 0xb2, 0x3c, 0x4d], // big-endian, ns
    ])
      expect(detectFileKind(bytes(...magic, 2, 0, 4, 0), 'x.bin')).toBe('pcap');
  });

  it('knows pcapng by its Section Header Block', () => {
    expect(detectFileKind(bytes(0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0), 'x')).toBe('pcapng');
  });

  it('trusts the content over the name', () => {
    expect(detectFileKind(bytes(0x0a, 0x0d, 0x0d, 0x0a), 'capture.pcap')).toBe('pcapng');
    expect(detectFileKind(bytes(0xd4, 0xc3, 0xb2, 0xa1), 'notes.json')).toBe('pcap');
    expect(detectFileKind(text('{"kind":"tcp"}'), 'page.har')).toBe('json');
  });

  it('knows a HAR by its first key, after a byte order mark and white space', () => {
    expect(detectFileKind(text('{"log":{"version":"1.2","entries":[]}}'))).toBe('har');
    expect(detectFileKind(text('\ufeff\n  {\n  "log": {'), 'x.json')).toBe('har');
    expect(detectFileKind(text('{ "kind": "tcp", "log": 1 }'))).toBe('json');
    expect(detectFileKind(text('[1, 2]'), 'a.har')).toBe('json');
  });

  it('knows gzip (a compressed capture) by its magic number, whatever the name', () => {
    expect(detectFileKind(bytes(0x1f, 0x8b, 8, 0), 'x.pcapng.gz')).toBe('gzip');
    expect(detectFileKind(bytes(0x1f, 0x8b, 8, 0), 'capture.pcap')).toBe('gzip');
    expect(detectFileKind(bytes(0x1f, 0x8b), 'x.har')).toBe('gzip');
    // One byte of the magic number is not enough; the name decides.
    expect(detectFileKind(bytes(0x1f), 'x.gz')).toBe('unknown');
  });

  it('falls back to the extension when the bytes say nothing', () => {
    expect(detectFileKind(bytes(), 'empty.pcap')).toBe('pcap');
    expect(detectFileKind(text('<!DOCTYPE html>'), 'bad-magic.pcap')).toBe('pcap');
    expect(detectFileKind(bytes(1, 2, 3, 4), 'x.PCAPNG')).toBe('pcapng');
    expect(detectFileKind(bytes(1, 2), 'x.har')).toBe('har');
    expect(detectFileKind(text('this is not JSON'), 'notes.json')).toBe('json');
    expect(detectFileKind(text('hello'), 'notes.txt')).toBe('unknown');
    expect(detectFileKind(bytes(0xd4, 0xc3))).toBe('unknown');
  });
});

describe('isHarJson', () => {
  it('wants log.entries as a list', () => {
    expect(isHarJson({ log: { entries: [] } })).toBe(true);
    expect(isHarJson({ version: 1, log: { entries: [{}] } })).toBe(true);
    expect(isHarJson({ log: { entries: {} } })).toBe(false);
    expect(isHarJson({ log: null })).toBe(false);
    expect(isHarJson([{ log: { entries: [] } }])).toBe(false);
    expect(isHarJson(null)).toBe(false);
  });
});

describe('isTrafficKind', () => {
  it('is true for what the worker reads', () => {
    expect(
      ['pcap', 'pcapng', 'har', 'json', 'gzip', 'unknown'].map((k) => isTrafficKind(k as never)),
    ).toEqual([true, true, true, false, true, false]);
  });
});

describe('maxBytesFor', () => {
  it('holds HAR (and JSON that may be HAR) to 50 MiB, everything else to a capture’s 1 GiB', () => {
    expect(MAX_HAR_BYTES).toBe(50 * 1024 ** 2);
    expect(MAX_CAPTURE_BYTES).toBe(1024 ** 3);
    expect(maxBytesFor('har')).toBe(MAX_HAR_BYTES);
    expect(maxBytesFor('json')).toBe(MAX_HAR_BYTES);
    for (const kind of ['pcap', 'pcapng', 'gzip', 'unknown'] as const)
      expect(maxBytesFor(kind)).toBe(MAX_CAPTURE_BYTES);
  });
});
