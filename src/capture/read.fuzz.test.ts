// Fuzzing the capture readers (fast-check): random bytes, random bytes behind a real magic number,
// generated valid files (read back exactly), and valid files with random damage. Whatever the
// input: a CaptureError or a well-formed CaptureFile, never another error, never a hang (every
// loop in the readers moves forward by at least one byte), never an internal-error warning.
// About 12,000 inputs per run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CaptureError } from './errors';
import { readCapture } from './read';
import { captureFile, damagedCaptureFile } from './testing/arbitraries';
import { concat } from './testing/packets';
import type { CaptureFile } from './types';

/** Reads `bytes`; checks that the outcome is a CaptureError or a well-formed file. */
function readChecked(bytes: Uint8Array): CaptureFile | null {
  const started = performance.now();
  let file: CaptureFile;
  try {
    file = readCapture(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(CaptureError);
    expect((e as CaptureError).message).toMatch(/^[A-Z].*\.$/);
    return null;
  }
  expect(performance.now() - started).toBeLessThan(2000); // a few KB: far below, unless stuck
  expect(file.warnings.filter((w) => w.includes('internal error'))).toEqual([]);
  expect(file.bytes).toBe(bytes.length);
  expect(Number.isFinite(file.durationMs) && file.durationMs >= 0).toBe(true);
  const others = Object.values(file.otherProtocols).reduce((a, b) => a + b, 0);
  expect(file.tcp.length + others).toBe(file.frames);
  let lastFrame = 0;
  for (const p of file.tcp) {
    expect(p.frame).toBeGreaterThan(lastFrame);
    expect(p.frame).toBeLessThanOrEqual(file.frames);
    lastFrame = p.frame;
    expect(p.t >= 0 && p.t <= file.durationMs).toBe(true);
    expect(p.len).toBeGreaterThanOrEqual(p.payload.length);
    for (const port of [p.src.port, p.dst.port]) {
      expect(Number.isInteger(port) && port >= 0 && port <= 65535).toBe(true);
    }
    expect(p.seq >= 0 && p.seq <= 0xffffffff && p.ack >= 0 && p.ack <= 0xffffffff).toBe(true);
    expect(p.window >= 0 && p.window <= 0xffff).toBe(true);
    expect([...p.flags].sort()).toEqual(p.flags);
    expect(p.frameLen).toBeGreaterThanOrEqual(p.payload.length);
  }
  return file;
}

const MAGICS = [
  [0xd4, 0xc3, 0xb2, 0xa1],
  [0xa1, 0xb2, 0xc3, 0xd4],
  [0x4d, 0x3c, 0xb2, 0xa1],
  [0xa1, 0xb2, 0x3c, 0x4d],
  [0x34, 0xcd, 0xb2, 0xa1],
  [0x0a, 0x0d, 0x0d, 0x0a],
].map((m) => Uint8Array.from(m));

describe('capture reader fuzzing', { timeout: 60_000 }, () => {
  it('random bytes: a CaptureError or a well-formed file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
        readChecked(b);
      }),
      { numRuns: 2500 },
    );
  });

  it('random bytes behind a pcap or pcapng magic number', () => {
    const pcapHeader = fc.tuple(fc.constantFrom(...MAGICS), fc.uint8Array({ maxLength: 900 }));
    fc.assert(
      fc.property(pcapHeader, ([magic, rest]) => {
        // Half the time, a plausible pcap version and link type so that records get read.
        readChecked(concat(magic, rest));
        const plausible = concat(magic, rest);
        if (plausible.length >= 24 && magic[0] !== 0x0a) {
          const view = new DataView(plausible.buffer);
          const le = magic[0] !== 0xa1;
          view.setUint16(4, 2, le);
          view.setUint32(20, [0, 1, 101, 113, 276, 108][rest[0]! % 6]!, le);
          readChecked(plausible);
        }
      }),
      { numRuns: 2500 },
    );
  });

  it('generated valid files are read back exactly', () => {
    fc.assert(
      fc.property(captureFile, (gen) => {
        const file = readChecked(gen.bytes);
        expect(file).not.toBeNull();
        expect(file!.format).toBe(gen.format);
        expect(file!.warnings).toEqual([]);
        expect(file!.frames).toBe(gen.frames);
        expect(
          file!.tcp.map((p) => ({
            ipVersion: p.ipVersion,
            src: p.src,
            dst: p.dst,
            flags: p.flags,
            seq: p.seq,
            ack: p.ack,
            window: p.window,
            options: p.options,
            payload: p.payload,
          })),
        ).toEqual(gen.tcp);
        expect(file!.tcp.map((p) => p.t)).toEqual(gen.times);
        file!.tcp.forEach((p, i) => expect(p.len).toBe(gen.tcp[i]!.payload.length));
      }),
      { numRuns: 1500 },
    );
  });

  it('valid files with random changes, cuts, insertions and deletions', () => {
    fc.assert(
      fc.property(damagedCaptureFile, (bytes) => {
        readChecked(bytes);
      }),
      { numRuns: 4000 },
    );
  });
});
