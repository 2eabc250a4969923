// gzip-compressed traffic files (Wireshark's .pcapng.gz, a course's .pcap.gz, a .har.gz),
// decompressed in the capture worker with the platform's DecompressionStream. Streamed: progress
// counts the compressed bytes read, and a cancel is heard between chunks. The decompressed size is
// capped (a few KB of gzip can expand to gigabytes) at the limit of the kind of file its first
// bytes show, and the output is one buffer sized from the gzip trailer when that is believable.
//
// Several members. A gzip file may hold members one after another (`cat a.gz b.gz`, RFC 1952
// §2.2), but a DecompressionStream reads one: the Compression Standard says so, Chrome and Firefox
// fail with "junk after the end" at the second member (Node 20 reads on), and the stream never says
// how much input it used. So the member ends are found here: the input is fed in pieces cut before
// every spot where a member could start (1f 8b 08, no reserved flag), so a member that ends there
// ends with a piece. When the stream then fails and what it gave equals the ISIZE field just before
// such a cut (RFC 1952: the member's length mod 2^32), the next member starts there, in a new
// stream. A wrong guess cannot pass: a cut inside a member does not end it.
import { SNIFF_BYTES } from './detect';

/** Why a gzip file was not decompressed. */
export type GunzipErrorCode =
  /** Corrupt, cut short, or not gzip after all. */
  | 'damaged'
  /** Decompressed, it would be larger than the limit (`max`). */
  | 'tooLarge'
  | 'cancelled'
  /** The compressed file itself could not be read. */
  | 'read';

/** Thrown by {@link gunzip}; `message` is plain English for the user. */
export class GunzipError extends Error {
  constructor(
    readonly code: GunzipErrorCode,
    message: string,
    /** For `tooLarge`: the limit, in bytes. */
    readonly max?: number,
  ) {
    super(message);
    this.name = 'GunzipError';
  }
}

/** Bytes in a plain (not shared) ArrayBuffer: what streams take and give. */
type Bytes = Uint8Array<ArrayBuffer>;

/** A decompressor: what `new DecompressionStream('gzip')` is (tests pass their own). */
export interface Decompressor {
  readonly readable: ReadableStream<Bytes>;
  readonly writable: WritableStream<BufferSource>;
}

/** Options of {@link gunzip}. */
export interface GunzipOptions {
  /** The most bytes the decompressed file may have, from its first {@link SNIFF_BYTES} bytes. */
  maxBytes(head: Uint8Array): number;
  /** Compressed bytes read so far, of `total` (only rises). */
  onProgress?(read: number, total: number): void;
  /** Asked between chunks: stop now? */
  cancelled?(): boolean;
  createDecompressor?(): Decompressor;
}

/** The shortest gzip member: a 10-byte header, an empty deflate block, an 8-byte trailer. */
const MIN_MEMBER_BYTES = 20;
/** Deflate's most output per input byte (a 258-byte match coded in 2 bits, RFC 1951). */
const MAX_RATIO = 1032;
/** The output buffer before the limit is known. */
const FIRST_CAPACITY = 64 * 1024;

/** The name of what a gzip file holds: `x.pcap.gz` → `x.pcap` (a name without .gz as it is). */
export function gunzippedName(name: string): string {
  return name.replace(/\.gz$/i, '');
}

const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The decompressed bytes: one buffer, grown by doubling, capped at the limit once known. */
class Output {
  private buf = new Uint8Array(FIRST_CAPACITY);
  length = 0;
  private limit = Infinity;

  constructor(
    /** The size the trailer announces (0 when it is not believable). */
    private readonly expected: number,
    private readonly maxBytes: (head: Uint8Array) => number,
  ) {}

  push(chunk: Uint8Array): void {
    const end = this.length + chunk.length;
    if (end > this.limit) throw this.tooLarge();
    if (end > this.buf.length)
      this.reserve(Math.min(Math.max(end, 2 * this.buf.length), this.limit));
    this.buf.set(chunk, this.length);
    this.length = end;
    if (this.limit === Infinity && end >= SNIFF_BYTES) {
      // What the file is, so how large it may be; then room for what the trailer announces.
      this.limit = this.maxBytes(this.buf.subarray(0, SNIFF_BYTES));
      if (end > this.limit) throw this.tooLarge();
      this.reserve(Math.min(this.expected, this.limit));
    }
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  private reserve(capacity: number): void {
    if (capacity <= this.buf.length) return;
    const next = new Uint8Array(capacity);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  private tooLarge(): GunzipError {
    return new GunzipError(
      'tooLarge',
      `Decompressed, the file is larger than ${mb(this.limit)} MB, the most that can be opened.`,
      this.limit,
    );
  }
}

/** Cuts the input into pieces before each spot where a gzip member could start. */
class Cutter {
  /** Bytes held back (a possible member start may run on into the next chunk). */
  private held: Bytes = new Uint8Array(0);
  /** The file offset of `held[0]`. */
  private at: number;

  constructor(
    private readonly memberStart: number,
    /** The offsets cut at, in order (filled here). */
    readonly cuts: number[],
  ) {
    this.at = memberStart;
  }

  /** `chunk`, after what was held back, as pieces; the last 3 bytes are held back. */
  pieces(chunk: Bytes): Bytes[] {
    const buf = this.held.length ? concat(this.held, chunk) : chunk;
    const base = this.at;
    const end = Math.max(0, buf.length - 3); // spots with their 4 header bytes here
    const out: Bytes[] = [];
    let from = 0;
    for (let i = buf.indexOf(0x1f); i >= 0 && i < end; i = buf.indexOf(0x1f, i + 1)) {
      const isStart = buf[i + 1] === 0x8b && buf[i + 2] === 8 && (buf[i + 3]! & 0xe0) === 0;
      if (!isStart || base + i < this.memberStart + MIN_MEMBER_BYTES) continue;
      if (i > from) out.push(buf.subarray(from, i));
      this.cuts.push(base + i);
      from = i;
    }
    const upto = Math.max(from, end);
    if (upto > from) out.push(buf.subarray(from, upto));
    this.held = buf.slice(upto);
    this.at = base + upto;
    return out;
  }

  /** What is still held back, at the end of the file. */
  rest(): Bytes {
    return this.held;
  }
}

function concat(a: Bytes, b: Bytes): Bytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How one stream, started at a member's start, ended. */
type Attempt =
  | { ok: true }
  /** The stream failed: after giving `produced` bytes, with these cuts fed to it. */
  | { ok: false; error: unknown; produced: number; cuts: number[] };

/** Feeds `source` from `start` to one decompressor, and its output to `out`. Throws only a
 * GunzipError of ours (cancelled, too large, read); the stream's own failure is returned. */
async function inflateFrom(
  source: Blob,
  start: number,
  out: Output,
  opts: GunzipOptions,
  progress: (read: number) => void,
): Promise<Attempt> {
  const stream: Decompressor = opts.createDecompressor?.() ?? new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const cutter = new Cutter(start, []);
  let produced = 0;

  const take = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        out.push(value);
        produced += value.length;
      }
    } catch (e) {
      await reader.cancel(e).catch(() => {}); // a writer waiting for room gives up
      throw e;
    }
  })();

  const give = (async () => {
    const input = source.slice(start).stream().getReader();
    try {
      for (let read = start; ;) {
        if (opts.cancelled?.()) throw new GunzipError('cancelled', 'Cancelled.');
        let chunk: ReadableStreamReadResult<Bytes>;
        try {
          chunk = await input.read();
        } catch (e) {
          throw new GunzipError('read', `The file could not be read (${message(e)}).`);
        }
        if (chunk.done) break;
        for (const piece of cutter.pieces(chunk.value)) await writer.write(piece);
        read += chunk.value.length;
        progress(read);
      }
      const rest = cutter.rest();
      if (rest.length) await writer.write(rest);
      await writer.close();
    } catch (e) {
      await writer.abort(e).catch(() => {}); // a reader waiting for output gives up
      await input.cancel().catch(() => {});
      throw e;
    }
  })();

  const [gave, took] = await Promise.allSettled([give, take]);
  const failures = [gave, took].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  if (!failures.length) return { ok: true };
  const ours = failures.filter((e): e is GunzipError => e instanceof GunzipError);
  const first = ours.find((e) => e.code === 'cancelled') ?? ours[0];
  if (first) throw first;
  // The stream's own words are on its readable side ("Compressed input was truncated.").
  const error = took.status === 'rejected' ? took.reason : failures[0];
  return { ok: false, error, produced, cuts: cutter.cuts };
}

/** The first cut where the member that gave `produced` bytes ends (its ISIZE matches), or -1. */
async function memberEnd(source: Blob, cuts: number[], produced: number): Promise<number> {
  for (const cut of cuts) {
    const isize = new DataView(await source.slice(cut - 4, cut).arrayBuffer()).getUint32(0, true);
    if (isize === produced % 2 ** 32) return cut;
  }
  return -1;
}

/** The ISIZE of the last member (the last 4 bytes), when a file this size could hold it; else 0. */
async function expectedSize(source: Blob): Promise<number> {
  if (source.size < MIN_MEMBER_BYTES) return 0;
  const tail = await source.slice(source.size - 4).arrayBuffer();
  const isize = new DataView(tail).getUint32(0, true);
  return isize <= source.size * MAX_RATIO ? isize : 0;
}

/**
 * The decompressed bytes of the gzip file `source` (one member or several). Throws a
 * {@link GunzipError}: damaged or cut short, larger than `maxBytes` allows, cancelled, unreadable.
 */
export async function gunzip(source: Blob, opts: GunzipOptions): Promise<Uint8Array> {
  let out: Output;
  try {
    out = new Output(await expectedSize(source), opts.maxBytes);
  } catch (e) {
    throw new GunzipError('read', `The file could not be read (${message(e)}).`);
  }
  let reported = 0;
  const progress = (read: number) => {
    if (read <= reported) return;
    reported = read;
    opts.onProgress?.(read, source.size);
  };
  for (let start = 0; ;) {
    const attempt = await inflateFrom(source, start, out, opts, progress);
    if (attempt.ok) return out.bytes();
    const next = await memberEnd(source, attempt.cuts, attempt.produced);
    if (next < 0) {
      throw new GunzipError(
        'damaged',
        `The gzip data is damaged or cut short after ${out.length} decompressed bytes (${message(attempt.error)}).`,
      );
    }
    start = next;
  }
}
