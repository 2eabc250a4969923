// Fuzzing the gzip path (fast-check): any members, at any compression level, read in chunks cut
// anywhere, decompress to exactly their contents, with Node's DecompressionStream and with one as
// strict as the browsers'; damaged files (cut, changed, with junk after them) end in a GunzipError
// or in bytes, never in another error or a hang; and a generated capture, gzip-compressed, gives
// the worker the same result as the capture itself. About 1,400 inputs per run.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GunzipError, gunzip, type GunzipOptions } from './gzip';
import { strictGunzip } from './testing/gzip';
import { captureFile, mutate } from './testing/arbitraries';
import { runJob, type WorkerReply } from './worker';

const cat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Member contents: random bytes, or runs of a few values (compressible, long back-references). */
const content = fc.oneof(
  fc.uint8Array({ maxLength: 1500 }),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 400 })), {
      maxLength: 12,
    })
    .map((runs) => cat(runs.map(([v, n]) => new Uint8Array(n).fill(v)))),
);
const member = fc.tuple(content, fc.integer({ min: 0, max: 9 }));
/** A file of 1 to 4 members, and where to cut it into the chunks a Blob streams. */
const gzipFile = fc
  .tuple(fc.array(member, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 8 }))
  .map(([members, cuts]) => ({
    contents: cat(members.map(([c]) => c)),
    file: cat(members.map(([c, level]) => new Uint8Array(gzipSync(c, { level })))),
    cuts,
  }));

/** `bytes` as a Blob streamed in chunks ending at `cuts` (taken modulo its length). */
function chunked(bytes: Uint8Array, cuts: number[]): Blob {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    parts.push(new Uint8Array(bytes.subarray(from, to)));
    from = to;
  }
  return new Blob(parts);
}

/** A change to a file: arbitraries.ts's mutations (set a byte, cut, insert, delete). */
const change = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    n: fc.integer({ min: 1, max: 16 }),
  }),
);
/** A file with changes, junk after its end, or both. */
const damagedFile = fc
  .tuple(
    gzipFile,
    fc.array(change, { maxLength: 4 }),
    fc.option(fc.uint8Array({ minLength: 1, maxLength: 16 })),
  )
  .filter(([, changes, junk]) => changes.length > 0 || junk !== null)
  .map(([{ file, cuts }, changes, junk]) => ({
    bytes: cat([mutate(file, changes), junk ?? new Uint8Array(0)]),
    cuts,
    onlyJunk: changes.length === 0,
  }));

const OPTIONS: GunzipOptions[] = [
  { maxBytes: () => Infinity },
  { maxBytes: () => Infinity, createDecompressor: strictGunzip },
];

describe('gzip fuzzing', { timeout: 120_000 }, () => {
  it('any members, chunked anywhere, decompress to exactly their contents', async () => {
    await fc.assert(
      fc.asyncProperty(gzipFile, async ({ contents, file, cuts }) => {
        for (const opts of OPTIONS)
          expect(await gunzip(chunked(file, cuts), opts)).toEqual(contents);
      }),
      { numRuns: 400 },
    );
  });

  it('damaged files: a GunzipError or bytes, never another error or a hang', async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, async ({ bytes, cuts, onlyJunk }) => {
        for (const opts of OPTIONS) {
          const started = performance.now();
          const outcome = await gunzip(chunked(bytes, cuts), opts).then(
            (out) => out,
            (e: unknown) => e,
          );
          if (!(outcome instanceof Uint8Array)) {
            expect(outcome).toBeInstanceOf(GunzipError);
            expect((outcome as GunzipError).code).toBe('damaged');
          }
          expect(performance.now() - started).toBeLessThan(5000);
          // Junk after the last member is refused as browsers refuse it (Node's own stream
          // skips trailing zeros, as gzip(1) does).
          if (onlyJunk && opts.createDecompressor) expect(outcome).toBeInstanceOf(GunzipError);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('a generated capture, gzip-compressed, reads as the capture itself', async () => {
    const open = async (name: string, bytes: Uint8Array) => {
      const posted: WorkerReply[] = [];
      await runJob({ type: 'open', id: 1, name, data: new Blob([new Uint8Array(bytes)]) }, (r) =>
        posted.push(r),
      );
      return posted[posted.length - 1];
    };
    await fc.assert(
      fc.asyncProperty(captureFile, async (gen) => {
        const plain = await open('x.pcap', gen.bytes);
        if (plain?.type !== 'result' || plain.analysis.kind !== 'capture')
          throw new Error(`no capture result: ${JSON.stringify(plain)}`);
        const gz = new Uint8Array(gzipSync(gen.bytes));
        // The same analysis, with the compressed file's size beside the content's.
        expect(await open('x.pcap.gz', gz)).toEqual({
          ...plain,
          analysis: {
            ...plain.analysis,
            file: { ...plain.analysis.file, compressedBytes: gz.length },
          },
        });
      }),
      { numRuns: 200 },
    );
  });
});
