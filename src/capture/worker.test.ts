// The capture worker's jobs, on the committed fixtures: a capture or HAR from an ArrayBuffer or a
// Blob, throttled and rising progress, every failure as a message (never an uncaught error), and
// a cancel while a Blob loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCapture } from './analyze';
import { analyzeHar } from './har';
import { readCapture } from './read';
import { onRequest, runJob, type WorkerDeps, type WorkerReply } from './worker';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

/** Runs one job and collects what it posts. */
async function run(
  name: string,
  data: ArrayBuffer | Blob,
  deps?: WorkerDeps,
  kind?: 'pcap' | 'pcapng' | 'har',
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
    const gz = last(await run('a.pcapng.gz', buffer(new Uint8Array([0x1f, 0x8b, 8, 0]))));
    expect(gz).toMatchObject({ type: 'error', code: 'gzip' });
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
