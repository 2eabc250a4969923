// Test helper: a gzip decompressor that behaves as Chrome's and Firefox's DecompressionStream do,
// made from Node's zlib (Node 20's own DecompressionStream reads on into a second gzip member, so
// tests run on it alone would never see what browsers do). One member, then any further input fails
// with "Junk found after end of compressed data."; input that ends inside the member fails with
// "Compressed input was truncated."; output comes as soon as the input so far allows. Re-inflates
// everything fed at each chunk: meant for small test files only. Headers with optional fields
// (FEXTRA, FNAME, FCOMMENT, FHCRC) are refused: zlib.gzipSync and `gzip -n` write none.
import { constants, crc32, inflateRawSync } from 'node:zlib';
import type { Decompressor } from '../gzip';

type Bytes = Uint8Array<ArrayBuffer>;

const HEADER_BYTES = 10;
const TRAILER_BYTES = 8;

/** The output of the member at the start of `input`, and its length in `input` once complete. */
function inflateMember(input: Bytes): { out: Uint8Array; used: number | null } {
  if (input.length < HEADER_BYTES) return { out: new Uint8Array(0), used: null };
  if (input[0] !== 0x1f || input[1] !== 0x8b || input[2] !== 8)
    throw new TypeError('The compressed data was not valid: incorrect header check.');
  if (input[3] !== 0) throw new TypeError('strictGunzip: header flags are not supported.');
  const body = input.subarray(HEADER_BYTES);
  let whole: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    whole = inflateRawSync(body, { info: true }) as unknown as typeof whole;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR')
      throw new TypeError(`The compressed data was not valid: ${(e as Error).message}.`, {
        cause: e,
      });
    // The deflate data goes on past what was fed: what it gives so far.
    const part = inflateRawSync(body, { finishFlush: constants.Z_SYNC_FLUSH });
    return { out: part, used: null };
  }
  const end = whole.engine.bytesWritten;
  if (body.length - end < TRAILER_BYTES) return { out: whole.buffer, used: null };
  const trailer = new DataView(body.buffer, body.byteOffset + end, TRAILER_BYTES);
  if (
    trailer.getUint32(0, true) !== crc32(whole.buffer) ||
    trailer.getUint32(4, true) !== whole.buffer.length % 2 ** 32
  )
    throw new TypeError('The compressed data was not valid: incorrect data check.');
  return { out: whole.buffer, used: HEADER_BYTES + end + TRAILER_BYTES };
}

function concat(a: Bytes, b: Bytes): Bytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A one-member gzip decompressor, strict as the browsers' are. */
export function strictGunzip(): Decompressor {
  let input: Bytes = new Uint8Array(0);
  let given = 0;
  let ended = false;
  return new TransformStream<BufferSource, Bytes>({
    transform(chunk, controller) {
      const bytes = ArrayBuffer.isView(chunk)
        ? new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength))
        : new Uint8Array(chunk.slice(0));
      if (ended) {
        if (bytes.length) throw new TypeError('Junk found after end of compressed data.');
        return;
      }
      input = concat(input, bytes);
      const { out, used } = inflateMember(input);
      if (out.length > given) {
        controller.enqueue(new Uint8Array(out.subarray(given)));
        given = out.length;
      }
      if (used === null) return;
      ended = true;
      if (used < input.length) throw new TypeError('Junk found after end of compressed data.');
    },
    flush() {
      if (!ended) throw new TypeError('Compressed input was truncated.');
    },
  });
}
