// The capture worker: reads a pcap, pcapng or HAR file off the main thread, so the page stays
// responsive while a large capture is parsed. Nothing leaves the browser. A gzip-compressed file is
// decompressed first (gzip.ts), then read by what it holds as if it had been opened as it is.
//
// Protocol (one job per message; client.ts starts one worker per file and ends it afterwards):
//   page → worker  { type: 'open', id, name, data: ArrayBuffer (transferred) | Blob, kind? }
//                  { type: 'cancel', id }   (stops a job between chunks while the file loads;
//                                            during the synchronous parse the page terminates
//                                            the worker instead)
//   worker → page  { type: 'progress', id, phase, done, total, fraction }  (throttled: each 1 %
//                                            or 100 ms, and at each phase's start; a gzip file's
//                                            'decompress' counts compressed bytes read)
//                  { type: 'result', id, format, analysis }  (no payload bytes: a cheap clone)
//                  { type: 'error', id, code, message, params? } (message: plain English, for
//                                            users; params: the limit a gzip file went over)
import { analyzeCapture } from './analyze';
import { CaptureError } from './errors';
import { GunzipError, gunzip, gunzippedName } from './gzip';
import { analyzeHar, type HarAnalysis } from './har';
import { readCapture } from './read';
import type { CaptureAnalysis } from './types';
import {
  SNIFF_BYTES,
  detectFileKind,
  maxBytesFor,
  type FileKind,
  type TrafficFormat,
} from './detect';

/** The stages of a job, in order ('load' for a file as it is, 'decompress' for a gzip file). */
export type TrafficPhase = 'load' | 'decompress' | 'parse' | 'analyze';

/** A job for the worker. `kind`: what the page detected (else the worker detects it). */
export type WorkerRequest =
  | { type: 'open'; id: number; name: string; data: ArrayBuffer | Blob; kind?: TrafficFormat }
  | { type: 'cancel'; id: number };

/** Why a job failed: a capture reader's code, or the worker's own ('gzip': the compressed data
 * is damaged or cut short; 'gzipTooLarge': it decompresses to more than the limit). */
export type WorkerErrorCode =
  CaptureError['code'] | 'har' | 'gzip' | 'gzipTooLarge' | 'unknown-format' | 'read' | 'cancelled';

/** What the worker says. */
export type WorkerReply =
  | {
      type: 'progress';
      id: number;
      phase: TrafficPhase;
      /** Bytes done in this phase (or 0..1 for the analysis). */
      done: number;
      total: number;
      /** The whole job, 0..1. */
      fraction: number;
    }
  | { type: 'result'; id: number; format: 'pcap' | 'pcapng'; analysis: CaptureAnalysis }
  | { type: 'result'; id: number; format: 'har'; analysis: HarAnalysis }
  | {
      type: 'error';
      id: number;
      code: WorkerErrorCode;
      message: string;
      /** For 'gzipTooLarge': the limit, in bytes. */
      params?: { max: number };
    };

/** What a job calls (the real readers; tests pass their own). */
export interface WorkerDeps {
  readCapture: typeof readCapture;
  analyzeCapture: typeof analyzeCapture;
  analyzeHar: typeof analyzeHar;
  /** A clock in ms (for the throttle). */
  now: () => number;
}

const DEFAULT_DEPS: WorkerDeps = {
  readCapture,
  analyzeCapture,
  analyzeHar,
  now: () => performance.now(),
};

/** Each phase's share of the progress bar, per kind of job: a file read as it is starts with
 * 'load', a gzip file with 'decompress' (in a browser about as fast as the parse that follows). */
const WEIGHTS: Record<
  'capture' | 'har' | 'gzip',
  Partial<Record<TrafficPhase, [number, number]>>
> = {
  capture: { load: [0, 0.15], parse: [0.15, 0.9], analyze: [0.9, 1] },
  har: { load: [0, 0.5], parse: [0.5, 0.95], analyze: [0.95, 1] },
  gzip: { decompress: [0, 0.4], parse: [0.4, 0.9], analyze: [0.9, 1] },
};

/** The weights of a job reading a file of `kind` (a HAR's text parse is most of its work). */
const weightsOf = (kind: FileKind) =>
  kind === 'gzip'
    ? WEIGHTS.gzip
    : kind === 'har' || kind === 'json'
      ? WEIGHTS.har
      : WEIGHTS.capture;

/** Post at most this often (ms), unless the bar moved by at least {@link MIN_STEP}. */
const THROTTLE_MS = 100;
const MIN_STEP = 0.01;

/** Jobs asked to stop (checked between chunks while a Blob loads). */
const cancelled = new Set<number>();

class Cancelled extends Error {}

/** Reads a Blob into one buffer chunk by chunk, reporting bytes done. */
async function readBlob(
  blob: Blob,
  id: number,
  report: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const total = blob.size;
  const out = new Uint8Array(total);
  const reader = blob.stream().getReader();
  let done = 0;
  for (;;) {
    if (cancelled.has(id)) {
      await reader.cancel();
      throw new Cancelled();
    }
    const chunk = await reader.read();
    if (chunk.done) break;
    const room = Math.min(chunk.value.length, total - done);
    out.set(chunk.value.subarray(0, room), done);
    done += room;
    report(done, total);
  }
  return done === total ? out : out.subarray(0, done);
}

/** The first bytes of `data`, to tell its kind. */
async function headOf(data: ArrayBuffer | Blob): Promise<Uint8Array> {
  if (data instanceof ArrayBuffer)
    return new Uint8Array(data, 0, Math.min(SNIFF_BYTES, data.byteLength));
  return new Uint8Array(await data.slice(0, SNIFF_BYTES).arrayBuffer());
}

/** A gzip failure as the worker's error code. */
const GUNZIP_CODES: Record<GunzipError['code'], WorkerErrorCode> = {
  damaged: 'gzip',
  tooLarge: 'gzipTooLarge',
  cancelled: 'cancelled',
  read: 'read',
};

/** One `open` job: every outcome is a message, never an uncaught error. */
export async function runJob(
  req: Extract<WorkerRequest, { type: 'open' }>,
  post: (reply: WorkerReply) => void,
  deps: WorkerDeps = DEFAULT_DEPS,
): Promise<void> {
  const { id } = req;
  let weights = WEIGHTS.capture;
  let last = { at: -Infinity, fraction: -1, phase: '' as TrafficPhase | '' };
  const report = (phase: TrafficPhase, done: number, total: number) => {
    const [from, to] = weights[phase]!; // each job's weights name the phases it goes through
    const part = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
    const fraction = from + (to - from) * part;
    const now = deps.now();
    const fresh = phase !== last.phase;
    if (!fresh && now - last.at < THROTTLE_MS && fraction - last.fraction < MIN_STEP) return;
    last = { at: now, fraction, phase };
    post({ type: 'progress', id, phase, done, total, fraction });
  };
  const fail = (code: WorkerErrorCode, message: string, params?: { max: number }) =>
    post({ type: 'error', id, code, message, ...(params && { params }) });

  // The file's bytes (decompressed if it is gzip), and what they are.
  let bytes: Uint8Array;
  let kind: FileKind;
  /** A gzip file's own size (its content's is `bytes.length`). */
  let compressed: number | null = null;
  try {
    const outer = req.kind ?? detectFileKind(await headOf(req.data), req.name);
    weights = weightsOf(outer);
    if (outer === 'gzip') {
      const blob = req.data instanceof Blob ? req.data : new Blob([req.data]);
      // A gzip file's name without ".gz" says what it holds, if its bytes do not.
      const inner = gunzippedName(req.name);
      report('decompress', 0, blob.size);
      bytes = await gunzip(blob, {
        maxBytes: (head) => maxBytesFor(detectFileKind(head, inner)),
        onProgress: (done, total) => report('decompress', done, total),
        cancelled: () => cancelled.has(id),
      });
      kind = detectFileKind(bytes.subarray(0, SNIFF_BYTES), inner);
      compressed = blob.size;
    } else {
      kind = outer;
      if (req.data instanceof ArrayBuffer) bytes = new Uint8Array(req.data);
      else {
        report('load', 0, req.data.size);
        bytes = await readBlob(req.data, id, (d, t) => report('load', d, t));
      }
    }
  } catch (e) {
    cancelled.delete(id);
    if (e instanceof Cancelled) return fail('cancelled', 'Cancelled.');
    if (e instanceof GunzipError)
      return fail(
        GUNZIP_CODES[e.code],
        e.message,
        e.max === undefined ? undefined : { max: e.max },
      );
    return fail('read', `The file could not be read (${(e as Error).message ?? String(e)}).`);
  }
  cancelled.delete(id);

  try {
    if (kind === 'pcap' || kind === 'pcapng') {
      report('parse', 0, bytes.length);
      const file = deps.readCapture(bytes, {
        onProgress: (fraction) => report('parse', fraction, 1),
        // About every 0.5 % of the file (the throttle keeps what is posted to 1 % or 100 ms).
        progressEvery: Math.max(1 << 16, Math.ceil(bytes.length / 200)),
      });
      report('analyze', 0, 1);
      const analysis = deps.analyzeCapture(file);
      if (compressed !== null) analysis.file.compressedBytes = compressed;
      post({ type: 'result', id, format: file.format, analysis });
      return;
    }
    if (kind === 'har' || kind === 'json') {
      report('parse', 0, bytes.length);
      const text = new TextDecoder().decode(bytes);
      report('analyze', 0, 1);
      let analysis: HarAnalysis;
      try {
        analysis = deps.analyzeHar(text);
      } catch (e) {
        return fail('har', (e as Error).message ?? String(e));
      }
      post({ type: 'result', id, format: 'har', analysis });
      return;
    }
    return fail(
      'unknown-format',
      'Not a pcap, pcapng or HAR file (its first bytes are not a capture’s magic number or JSON).',
    );
  } catch (e) {
    // A reader's refusal, or a bug (in a reader, or a result that cannot be posted).
    if (e instanceof CaptureError) return fail(e.code, e.message);
    return fail('internal', `The file could not be read (${(e as Error).message ?? String(e)}).`);
  }
}

/** The worker's message handler (exported for tests). */
export function onRequest(
  req: WorkerRequest,
  post: (reply: WorkerReply) => void,
  deps?: WorkerDeps,
): Promise<void> {
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return Promise.resolve();
  }
  return runJob(req, post, deps);
}

/** The dedicated worker's global scope, as far as this file uses it. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

// Only inside a worker: importing this module elsewhere (tests) installs nothing.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = (e) => void onRequest(e.data, (reply) => scope.postMessage(reply));
}
