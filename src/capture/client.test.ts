// The page's side of the capture worker, with a fake worker: progress, result, errors (with the
// limit a gzip file went over), cancel, the size limit checked before any worker starts (a gzip
// file's by a capture's), and a worker that cannot start.
import { describe, expect, it } from 'vitest';
import { MAX_CAPTURE_BYTES, MAX_HAR_BYTES } from './detect';
import {
  TrafficOpenError,
  isCaptureAnalysis,
  openTrafficFile,
  type TrafficProgress,
  type WorkerLike,
} from './client';
import type { WorkerReply, WorkerRequest } from './worker';
import type { CaptureAnalysis } from './types';

/** A reply without its id (the fake fills in the job's). */
type Reply = WorkerReply extends infer R
  ? R extends WorkerReply
    ? Omit<R, 'id'> & { id?: number }
    : never
  : never;

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  postMessage(m: WorkerRequest) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: Reply) {
    const id = r.id ?? (this.sent[0] as { id: number }).id;
    this.onmessage?.({ data: { ...r, id } } as unknown as MessageEvent<WorkerReply>);
  }
}

const analysis: CaptureAnalysis = {
  kind: 'capture',
  file: {
    format: 'pcap',
    linkTypes: ['null'],
    frames: 1,
    bytes: 40,
    durationMs: 0,
    otherProtocols: {},
    warnings: [],
  },
  conversations: [],
};
const pcapFile = () => new File([new Uint8Array([0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0])], 'a.pcap');
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('openTrafficFile', () => {
  it('hands the file to a worker, forwards progress, resolves with the analysis, ends the worker', async () => {
    const w = new FakeWorker();
    const seen: TrafficProgress[] = [];
    const file = pcapFile();
    const done = openTrafficFile(file, (p) => seen.push(p), undefined, { createWorker: () => w });
    await tick();
    expect(w.sent).toHaveLength(1);
    const req = w.sent[0]!;
    expect(req).toMatchObject({ type: 'open', name: 'a.pcap', data: file });
    expect('kind' in req && req.kind).toBeUndefined();
    w.reply({ type: 'progress', phase: 'parse', done: 0.5, total: 1, fraction: 0.5 });
    w.reply({ type: 'progress', id: 999, phase: 'parse', done: 1, total: 1, fraction: 1 }); // not ours
    w.reply({ type: 'result', format: 'pcap', analysis });
    const a = await done;
    expect(isCaptureAnalysis(a)).toBe(true);
    expect(seen).toEqual([{ phase: 'parse', fraction: 0.5 }]);
    expect(w.terminated).toBe(true);
  });

  it('passes a known kind along', async () => {
    const w = new FakeWorker();
    const done = openTrafficFile(pcapFile(), () => {}, undefined, {
      kind: 'pcapng',
      createWorker: () => w,
    });
    await tick();
    expect(w.sent[0]).toMatchObject({ kind: 'pcapng' });
    w.reply({ type: 'result', format: 'pcap', analysis });
    await done;
  });

  it('rejects with the worker’s code and message', async () => {
    const w = new FakeWorker();
    const done = openTrafficFile(pcapFile(), () => {}, undefined, { createWorker: () => w });
    await tick();
    w.reply({
      type: 'error',
      code: 'truncated',
      message: 'The file ends in the middle of packet 812.',
    });
    await expect(done).rejects.toMatchObject({
      code: 'truncated',
      message: 'The file ends in the middle of packet 812.',
    });
    expect(w.terminated).toBe(true);
  });

  it('cancels: aborting ends the worker at once', async () => {
    const w = new FakeWorker();
    const ctl = new AbortController();
    const done = openTrafficFile(pcapFile(), () => {}, ctl.signal, { createWorker: () => w });
    await tick();
    ctl.abort();
    await expect(done).rejects.toMatchObject({ code: 'cancelled' });
    expect(w.terminated).toBe(true);
    expect(w.onmessage).toBeNull();
  });

  it('refuses a file over the limit before starting a worker', async () => {
    let made = 0;
    const big = {
      name: 'big.pcap',
      size: MAX_CAPTURE_BYTES + 1,
      slice: () => new Blob([new Uint8Array([0xd4, 0xc3, 0xb2, 0xa1])]),
    } as unknown as File;
    const err = await openTrafficFile(big, () => {}, undefined, {
      createWorker: () => {
        made += 1;
        return new FakeWorker();
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrafficOpenError);
    expect(err).toMatchObject({
      code: 'tooLarge',
      params: { bytes: MAX_CAPTURE_BYTES + 1, max: MAX_CAPTURE_BYTES },
    });
    expect(made).toBe(0);
  });

  it('holds a gzip file to a capture’s limit, whatever it is named; the worker caps what it holds', async () => {
    const w = new FakeWorker();
    // 60 MB of gzip named .har.gz: over a HAR's 50 MB, under a capture's 1 GB, so it goes on.
    const gz = {
      name: 'page.har.gz',
      size: MAX_HAR_BYTES + 10 * 1024 ** 2,
      slice: () => new Blob([new Uint8Array([0x1f, 0x8b, 8, 0])]),
    } as unknown as File;
    const done = openTrafficFile(gz, () => {}, undefined, { createWorker: () => w });
    await tick();
    expect(w.sent).toHaveLength(1);
    // The worker found it decompresses to more than a HAR may be: the limit comes along.
    w.reply({
      type: 'error',
      code: 'gzipTooLarge',
      message: 'Decompressed, the file is larger than 50 MB, the most that can be opened.',
      params: { max: MAX_HAR_BYTES },
    });
    await expect(done).rejects.toMatchObject({
      code: 'gzipTooLarge',
      params: { max: MAX_HAR_BYTES },
    });
    const big = { ...gz, size: MAX_CAPTURE_BYTES + 1, slice: gz.slice } as unknown as File;
    await expect(
      openTrafficFile(big, () => {}, undefined, { createWorker: () => new FakeWorker() }),
    ).rejects.toMatchObject({ code: 'tooLarge', params: { max: MAX_CAPTURE_BYTES } });
  });

  it('says so when the worker cannot start (e.g. a CSP without workers)', async () => {
    const w = new FakeWorker();
    const done = openTrafficFile(pcapFile(), () => {}, undefined, { createWorker: () => w });
    await tick();
    w.onerror?.({ message: '', preventDefault() {} } as unknown as ErrorEvent);
    await expect(done).rejects.toMatchObject({ code: 'worker' });
    expect(w.terminated).toBe(true);
  });

  it('does nothing for a signal already aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(
      openTrafficFile(pcapFile(), () => {}, ctl.signal, { createWorker: () => new FakeWorker() }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    });
  });
});
