// The capture store: a file being read (progress, cancel, a newer file taking over), its analysis
// and list, the picked conversation, failures (the previous capture is kept), and the list's sort.
import { describe, expect, it, vi } from 'vitest';
import { createCaptureStore, type CaptureDeps } from './captureStore';
import { TrafficOpenError, type TrafficProgress } from '../capture/client';
import type { CaptureAnalysis, Conversation } from '../capture/types';
import type { HarAnalysis } from '../capture/har';
import { fakeConversation } from '../capture/testing/conversation';

const analysis = (conversations: Conversation[]): CaptureAnalysis => ({
  kind: 'capture',
  file: {
    format: 'pcap',
    linkTypes: ['ethernet'],
    frames: 12,
    bytes: 2048,
    durationMs: 9,
    otherProtocols: { UDP: 2 },
    warnings: [],
  },
  conversations,
});

const har = {
  kind: 'har',
  version: '1.2',
  creator: { name: 'x', version: '1' },
  pages: [],
  requests: [],
} as HarAnalysis;

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

/** A fake reader whose jobs the test finishes by hand. */
function controlled() {
  const jobs: {
    name: string;
    progress: (p: TrafficProgress) => void;
    signal: AbortSignal;
    resolve: (a: CaptureAnalysis | HarAnalysis) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const open: CaptureDeps['open'] = (f, progress, signal) =>
    new Promise((resolve, reject) => {
      jobs.push({ name: f.name, progress, signal, resolve, reject });
      signal.addEventListener('abort', () =>
        reject(new TrafficOpenError('cancelled', 'Cancelled.')),
      );
    });
  return { jobs, store: createCaptureStore({ open }) };
}

describe('captureStore', () => {
  it('reads a capture: progress while reading, then the analysis and its list', async () => {
    const { jobs, store } = controlled();
    const done = store.getState().open(file('a.pcap', 300), 'pcap');
    expect(store.getState().opening).toEqual({ fileName: 'a.pcap', size: 300 });
    expect(store.getState().progress).toEqual({ phase: 'load', fraction: 0 });
    jobs[0]!.progress({ phase: 'parse', fraction: 0.4 });
    expect(store.getState().progress).toEqual({ phase: 'parse', fraction: 0.4 });
    const a = analysis([fakeConversation(1), fakeConversation(2)]);
    jobs[0]!.resolve(a);
    expect(await done).toEqual({ ok: true, kind: 'capture', fileName: 'a.pcap', analysis: a });
    const s = store.getState();
    expect(s.opening).toBeNull();
    expect(s.progress).toBeNull();
    expect(s.analysis).toBe(a);
    expect(s.fileName).toBe('a.pcap');
    expect(s.listOpen).toBe(true);
    expect(s.failure).toBeNull();
  });

  it('passes the kind the page detected to the reader', async () => {
    const open = vi.fn<CaptureDeps['open']>(async () => analysis([]));
    const store = createCaptureStore({ open });
    await store.getState().open(file('x.bin'), 'pcapng');
    expect(open.mock.calls[0]![3]).toEqual({ kind: 'pcapng' });
  });

  it('picks a conversation for a view and closes the list; an unknown id picks nothing', async () => {
    const store = createCaptureStore({
      open: async () => analysis([fakeConversation(1), fakeConversation(2)]),
    });
    await store.getState().open(file('a.pcap'));
    expect(store.getState().pick('conv-2', 'congestion')?.id).toBe('conv-2');
    expect(store.getState().picked).toEqual({ id: 'conv-2', view: 'congestion' });
    expect(store.getState().listOpen).toBe(false);
    store.getState().showList();
    expect(store.getState().listOpen).toBe(true);
    expect(store.getState().pick('conv-9', 'tcp')).toBeNull();
    expect(store.getState().picked).toEqual({ id: 'conv-2', view: 'congestion' });
    store.getState().hideList();
    expect(store.getState().listOpen).toBe(false);
  });

  it('does not open an empty list', () => {
    const store = createCaptureStore({ open: async () => analysis([]) });
    store.getState().showList();
    expect(store.getState().listOpen).toBe(false);
  });

  it('keeps the capture when a later file fails, and says why', async () => {
    let next: () => Promise<CaptureAnalysis | HarAnalysis> = async () =>
      analysis([fakeConversation(1)]);
    const store = createCaptureStore({ open: () => next() });
    await store.getState().open(file('good.pcap'));
    next = async () => {
      throw new TrafficOpenError(
        'not-a-capture',
        'Not a pcap or pcapng file (it starts with 3c 21 44 4f).',
      );
    };
    const r = await store.getState().open(file('bad-magic.pcap'));
    expect(r).toEqual({
      ok: false,
      failure: {
        fileName: 'bad-magic.pcap',
        code: 'not-a-capture',
        message: 'Not a pcap or pcapng file (it starts with 3c 21 44 4f).',
        params: {},
      },
    });
    const s = store.getState();
    expect(s.failure?.code).toBe('not-a-capture');
    expect(s.fileName).toBe('good.pcap');
    expect(s.analysis?.conversations).toHaveLength(1);
    expect(s.opening).toBeNull();
    s.dismissFailure();
    expect(store.getState().failure).toBeNull();
  });

  it('turns an unexpected error into an internal failure', async () => {
    const store = createCaptureStore({
      open: async () => {
        throw new TypeError('boom');
      },
    });
    const r = await store.getState().open(file('x.pcap'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.failure.code).toBe('internal');
    expect(!r.ok && r.failure.message).toBe('boom');
  });

  it('cancels the file being read', async () => {
    const { jobs, store } = controlled();
    const done = store.getState().open(file('big.pcapng'));
    store.getState().cancel();
    expect(jobs[0]!.signal.aborted).toBe(true);
    const r = await done;
    expect(!r.ok && r.failure.code).toBe('cancelled');
    expect(store.getState().opening).toBeNull();
    expect(store.getState().progress).toBeNull();
    expect(store.getState().failure?.code).toBe('cancelled');
  });

  it('a newer file takes over: the older one is cancelled and cannot touch the state', async () => {
    const { jobs, store } = controlled();
    const first = store.getState().open(file('one.pcap'));
    const second = store.getState().open(file('two.pcap'));
    expect(jobs[0]!.signal.aborted).toBe(true);
    // A late progress report of the first job is ignored.
    jobs[0]!.progress({ phase: 'parse', fraction: 0.9 });
    expect(store.getState().opening?.fileName).toBe('two.pcap');
    expect(store.getState().progress?.fraction).toBe(0);
    expect((await first).ok).toBe(false);
    expect(store.getState().opening?.fileName).toBe('two.pcap');
    expect(store.getState().failure).toBeNull();
    jobs[1]!.resolve(analysis([fakeConversation(1)]));
    expect((await second).ok).toBe(true);
    expect(store.getState().fileName).toBe('two.pcap');
  });

  it('lets a HAR file pass through to the journey view and closes any capture', async () => {
    let next: CaptureAnalysis | HarAnalysis = analysis([fakeConversation(1)]);
    const store = createCaptureStore({ open: async () => next });
    await store.getState().open(file('a.pcap'));
    next = har;
    expect(await store.getState().open(file('page.har'), 'har')).toEqual({
      ok: true,
      kind: 'har',
      fileName: 'page.har',
      har,
    });
    expect(store.getState().analysis).toBeNull();
    expect(store.getState().listOpen).toBe(false);
  });

  it('sorts by a column: counts start from the largest, a second click reverses', () => {
    const store = createCaptureStore({ open: async () => analysis([]) });
    expect(store.getState().sort).toEqual({ key: 'start', dir: 'asc' });
    store.getState().setSort('bytes');
    expect(store.getState().sort).toEqual({ key: 'bytes', dir: 'desc' });
    store.getState().setSort('bytes');
    expect(store.getState().sort).toEqual({ key: 'bytes', dir: 'asc' });
    store.getState().setSort('a');
    expect(store.getState().sort).toEqual({ key: 'a', dir: 'asc' });
    store.getState().setFilter('443');
    expect(store.getState().filter).toBe('443');
  });

  it('forgets the capture on close', async () => {
    const store = createCaptureStore({ open: async () => analysis([fakeConversation(1)]) });
    await store.getState().open(file('a.pcap'));
    store.getState().close();
    expect(store.getState().analysis).toBeNull();
    expect(store.getState().fileName).toBeNull();
    expect(store.getState().listOpen).toBe(false);
  });
});
