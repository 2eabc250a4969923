// The page's side of the capture worker (worker.ts): opens a pcap, pcapng or HAR file (or any of
// them gzip-compressed) in a Web Worker of its own, reports progress, and ends the worker when the
// job is done, fails or is cancelled (an AbortSignal). The file is handed over as a Blob (no copy
// on the page's thread) and read inside the worker; nothing is uploaded anywhere.
import type { HarAnalysis } from './har';
import type { CaptureAnalysis } from './types';
import { SNIFF_BYTES, detectFileKind, maxBytesFor, type TrafficFormat } from './detect';
import type { TrafficPhase, WorkerErrorCode, WorkerReply, WorkerRequest } from './worker';

/** How far a job is. */
export interface TrafficProgress {
  phase: TrafficPhase;
  /** The whole job, 0..1. */
  fraction: number;
}

/** What opening a traffic file gives: a capture's conversations, or a HAR's requests. */
export type TrafficAnalysis = CaptureAnalysis | HarAnalysis;

/** Why a file was not opened. `message` is plain English (the page words the codes itself). */
export class TrafficOpenError extends Error {
  constructor(
    readonly code: WorkerErrorCode | 'tooLarge' | 'worker',
    message: string,
    readonly params: { bytes?: number; max?: number } = {},
  ) {
    super(message);
    this.name = 'TrafficOpenError';
  }
}

/** Is this result a capture's (rather than a HAR's)? */
export function isCaptureAnalysis(a: TrafficAnalysis): a is CaptureAnalysis {
  return (a as { kind?: unknown }).kind === 'capture';
}

/** A worker, as far as the client uses one (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
}

/** Makes the capture worker. Written out in full so that Vite finds and bundles worker.ts. */
export function createCaptureWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'wirewalk-capture',
  }) as unknown as WorkerLike;
}

/** Options for {@link openTrafficFile}. */
export interface OpenTrafficOptions {
  /** What the file is, when the caller has already looked (else its first bytes are read). */
  kind?: TrafficFormat;
  createWorker?: () => WorkerLike;
}

let nextId = 1;

/**
 * Opens `file` (pcap, pcapng or HAR, told by its content, or any of them gzip-compressed) in a
 * worker. `onProgress` hears how far it is; aborting `signal` ends the worker at once. Rejects
 * with a {@link TrafficOpenError}. The file's own size is checked here; what a gzip file
 * decompresses to, in the worker.
 */
export async function openTrafficFile(
  file: File,
  onProgress: (p: TrafficProgress) => void,
  signal?: AbortSignal,
  options: OpenTrafficOptions = {},
): Promise<TrafficAnalysis> {
  const cancelled = () => new TrafficOpenError('cancelled', 'Cancelled.');
  if (signal?.aborted) throw cancelled();
  const { kind } = options;
  // Without a kind, the worker looks at the bytes; the limit is that of what they seem to be.
  const seems =
    kind ??
    detectFileKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()), file.name);
  const max = maxBytesFor(seems);
  if (file.size > max)
    throw new TrafficOpenError(
      'tooLarge',
      `The file is ${file.size} bytes; at most ${max} can be opened.`,
      { bytes: file.size, max },
    );
  if (signal?.aborted) throw cancelled();

  const worker = (options.createWorker ?? createCaptureWorker)();
  const id = nextId++;
  return new Promise<TrafficAnalysis>((resolve, reject) => {
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    };
    const abort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = ({ data }) => {
      if (data.id !== id) return;
      if (data.type === 'progress') {
        onProgress({ phase: data.phase, fraction: data.fraction });
        return;
      }
      finish();
      if (data.type === 'result') resolve(data.analysis);
      else reject(new TrafficOpenError(data.code, data.message, data.params));
    };
    worker.onerror = (e) => {
      // The worker's script did not load or threw outside a job (a bug, or a page whose
      // Content-Security-Policy forbids workers).
      e.preventDefault?.();
      finish();
      reject(new TrafficOpenError('worker', e.message || 'The file reader could not start.'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new TrafficOpenError('worker', 'The result could not be received from the reader.'));
    };
    worker.postMessage({ type: 'open', id, name: file.name, data: file, kind });
  });
}
