// The capture worker's jobs, on the committed fixtures: a capture or HAR from an ArrayBuffer or a
// Blob, gzip-compressed or not, throttled and rising progress, every failure as a message (never
// an uncaught error), and a cancel while a Blob loads or decompresses.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeCapture } from './analyze';
import { MAX_HAR_BYTES } from './detect';
import { analyzeHar } from './har';
import { readCapture } from './read';
import { onRequest, runJob, type WorkerDeps, type WorkerReply } from './worker';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const buffer = (bytes: Uint8Array) => bytes.slice().buffer;
/** gzip, as a Uint8Array of its own (a small Buffer's `.buffer` is Node's shared pool). */
const gz = (bytes: Uint8Array | string) => new Uint8Array(gzipSync(bytes));

/** Runs one job and collects what it posts. */
async function run(
  name: string,
  data: ArrayBuffer | Blob,
  deps?: WorkerDeps,
  kind?: 'pcap' | 'pcapng' | 'har' | 'gzip',
) {
  const posted: WorkerReply[] = [];
  await runJob({ type: 'open', id: 7, name, data, kind }, (r) => posted.push(r), deps);
  return posted;
}
const last = (posted: WorkerReply[]) => posted[posted.length - 1]!;

describe('the capture worker', () => {
  it('reads a pcap from a transferred ArrayBuffer into conversations', async () => {
    const posted = await run('http10-close.pcap', buffer(fixture('http10-close.pcap')));
    const result = last(posted);
    expect(result.type).toBe('result');
    if (result.type !== 'result' || result.format === 'har') throw new Error('expected a capture');
    expect(result.id).toBe(7);
    expect(result.format).toBe('pcap');
    expect(result.analysis.kind).toBe('capture');
    expect(result.analysis.conversations.length).toBeGreaterThan(0);
    // What crosses to the page clones: no payload bytes, nothing but plain data.
    expect(structuredClone(result.analysis)).toEqual(result.analysis);
    expect(JSON.stringify(result.analysis)).not.toContain('"payload"');
  });

  it('reads a pcapng from a Blob, with progress that only rises and ends at the analysis', async () => {
    const posted = await run('bulk-loss.pcapng', new Blob([fixture('bulk-loss.pcapng')]));
    const progress = posted.filter((r) => r.type === 'progress');
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['load', 'parse', 'analyze']),
    );
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    const result = last(posted);
    expect(result.type === 'result' && result.format).toBe('pcapng');
  });

  it('throttles progress to about each 1 % or 100 ms', async () => {
    const bytes = fixture('bulk-loss.pcapng');
    const deps: WorkerDeps = {
      readCapture: (b, o) => {
        // A reader that reports very often, with no time passing.
        for (let i = 0; i <= 1000; i++) o?.onProgress?.(i / 1000);
        return readCapture(b);
      },
      analyzeCapture,
      analyzeHar,
      now: () => 0,
    };
    const posted = await run('x.pcapng', buffer(bytes), deps);
    const parse = posted.filter((r) => r.type === 'progress' && r.phase === 'parse');
    // 1000 reports over the parse phase (75 % of the bar): about one post per 1 %.
    expect(parse.length).toBeGreaterThan(50);
    expect(parse.length).toBeLessThan(100);
  });

  it('reads a HAR file (by content, whatever its name)', async () => {
    const posted = await run('page.json', new Blob([fixture('page.har')]));
    const result = last(posted);
    expect(result.type === 'result' && result.format).toBe('har');
    if (result.type === 'result' && result.format === 'har') {
      expect(result.analysis.kind).toBe('har');
      expect(result.analysis.requests.length).toBeGreaterThan(0);
    }
  });

  it('says why a file is not a capture, with the reader’s code', async () => {
    const bad = last(await run('bad-magic.pcap', buffer(fixture('bad-magic.pcap'))));
    expect(bad).toMatchObject({ type: 'error', id: 7, code: 'not-a-capture' });
    expect(bad.type === 'error' && bad.message).toMatch(/pcap/);
    const empty = last(await run('empty.pcap', new ArrayBuffer(0)));
    expect(empty).toMatchObject({ type: 'error', code: 'empty' });
    const other = last(await run('cat.gif', buffer(new TextEncoder().encode('GIF89a'))));
    expect(other).toMatchObject({ type: 'error', code: 'unknown-format' });
  });

  it('reads a truncated capture: a result with a warning, or a clear error', async () => {
    const r = last(await run('truncated.pcap', buffer(fixture('truncated.pcap'))));
    if (r.type === 'result' && r.format !== 'har')
      expect(r.analysis.file.warnings.length).toBeGreaterThan(0);
    else expect(r).toMatchObject({ type: 'error', code: 'truncated' });
  });

  it('says why JSON is not a HAR file', async () => {
    const r = last(
      await run('x.har', buffer(new TextEncoder().encode('{"kind":"tcp"}')), undefined, 'har'),
    );
    expect(r).toMatchObject({ type: 'error', code: 'har' });
    expect(r.type === 'error' && r.message).toMatch(/log\.entries/);
  });

  it('turns a reader bug into an internal error message', async () => {
    const deps: WorkerDeps = {
      readCapture: () => {
        throw new TypeError('x is undefined');
      },
      analyzeCapture,
      analyzeHar,
      now: () => 0,
    };
    const r = last(await run('a.pcap', buffer(fixture('http10-close.pcap')), deps));
    expect(r).toMatchObject({ type: 'error', code: 'internal' });
    expect(r.type === 'error' && r.message).toContain('x is undefined');
  });

  it('opens a gzip-compressed capture as the capture itself', async () => {
    for (const name of ['http10-close.pcap', 'http11-keepalive.pcapng']) {
      const plain = last(await run(name, buffer(fixture(name))));
      expect(plain.type).toBe('result');
      for (const data of [new Blob([fixture(`${name}.gz`)]), buffer(fixture(`${name}.gz`))]) {
        const posted = await run(`${name}.gz`, data);
        // The same analysis, with the compressed file's size beside the content's.
        const size = fixture(`${name}.gz`).length;
        expect(last(posted)).toEqual(
          plain.type === 'result' && plain.analysis.kind === 'capture'
            ? {
                ...plain,
                analysis: {
                  ...plain.analysis,
                  file: { ...plain.analysis.file, compressedBytes: size },
                },
              }
            : plain,
        );
        const progress = posted.filter((r) => r.type === 'progress');
        expect([...new Set(progress.map((p) => p.phase))]).toEqual([
          'decompress',
          'parse',
          'analyze',
        ]);
        const fractions = progress.map((p) => p.fraction);
        expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      }
    }
    // Told it is gzip by the page (routeOpen), named anything.
    const told = last(
      await run('x', new Blob([fixture('http10-close.pcap.gz')]), undefined, 'gzip'),
    );
    expect(told).toMatchObject({ type: 'result', format: 'pcap' });
  });

  it('opens a gzip-compressed HAR file', async () => {
    const r = last(await run('page.har.gz', new Blob([gz(fixture('page.har'))])));
    expect(r).toEqual(last(await run('page.har', new Blob([fixture('page.har')]))));
    expect(r.type === 'result' && r.format).toBe('har');
  });

  it('says what is wrong inside a gzip file, or with it', async () => {
    const cut = last(
      await run('a.pcapng.gz', new Blob([fixture('http11-keepalive-cut.pcapng.gz')])),
    );
    expect(cut).toMatchObject({ type: 'error', id: 7, code: 'gzip' });
    expect(cut.type === 'error' && cut.message).toMatch(/^The gzip data is damaged or cut short/);
    // What it holds is read as if opened as it is: by its bytes, else by its name without .gz.
    const html = gz('<!DOCTYPE html>');
    const asPcap = last(await run('bad.pcap.gz', buffer(html)));
    expect(asPcap).toMatchObject({ type: 'error', code: 'not-a-capture' });
    const other = last(await run('notes.txt.gz', buffer(html)));
    expect(other).toMatchObject({ type: 'error', code: 'unknown-format' });
    // Compressed twice: decompressed once, it is still gzip, which no reader reads.
    const twice = last(await run('x.pcap.gz.gz', buffer(gz(fixture('http10-close.pcap.gz')))));
    expect(twice).toMatchObject({ type: 'error', code: 'unknown-format' });
  });

  it('refuses a gzip file that decompresses to more than its kind may be', async () => {
    // A HAR that would be 60 MB (over a HAR's 50 MB) in about 60 KB of gzip.
    const bomb = gzipSync(
      Buffer.concat([Buffer.from('{"log":'), Buffer.alloc(60 * 1024 ** 2, 32)]),
    );
    const r = last(await run('big.har.gz', new Blob([bomb])));
    expect(r).toEqual({
      type: 'error',
      id: 7,
      code: 'gzipTooLarge',
      message: 'Decompressed, the file is larger than 50 MB, the most that can be opened.',
      params: { max: MAX_HAR_BYTES },
    });
  });

  it('stops decompressing when asked to cancel', async () => {
    const posted: WorkerReply[] = [];
    const file = gz(fixture('bulk-loss.pcapng'));
    // Many small parts, so that decompressing takes many chunks.
    const parts = Array.from({ length: Math.ceil(file.length / 256) }, (_, i) =>
      file.subarray(i * 256, (i + 1) * 256),
    );
    const job = onRequest(
      { type: 'open', id: 43, name: 'big.pcapng.gz', data: new Blob(parts) },
      (r) => posted.push(r),
    );
    await onRequest({ type: 'cancel', id: 43 }, () => {});
    await job;
    expect(last(posted)).toMatchObject({ type: 'error', id: 43, code: 'cancelled' });
  });

  it('stops loading a Blob when asked to cancel', async () => {
    const posted: WorkerReply[] = [];
    // A Blob in many small parts, so that the load takes several chunks.
    const parts = Array.from({ length: 64 }, () => fixture('bulk-loss.pcapng'));
    const job = onRequest(
      { type: 'open', id: 42, name: 'big.pcapng', data: new Blob(parts) },
      (r) => posted.push(r),
    );
    await onRequest({ type: 'cancel', id: 42 }, () => {});
    await job;
    expect(last(posted)).toMatchObject({ type: 'error', id: 42, code: 'cancelled' });
  });
});
