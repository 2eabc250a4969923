// Decompressing gzip files for the capture worker: the committed .gz fixtures, several members
// (with Node's lenient DecompressionStream and with one as strict as the browsers'), member starts
// cut across chunks, false member starts inside the data, a stream that ends early or is damaged,
// the size limit by what the first bytes show, progress, cancel, and a file that cannot be read.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SNIFF_BYTES } from './detect';
import { GunzipError, gunzip, gunzippedName, type GunzipOptions } from './gzip';
import { strictGunzip } from './testing/gzip';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const gz = (bytes: Uint8Array, level = 9) => new Uint8Array(gzipSync(bytes, { level }));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
/** A Blob read in chunks of `size` bytes (Node's Blob streams one chunk per part). */
const chunked = (bytes: Uint8Array, size: number) =>
  new Blob(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.slice(i * size, (i + 1) * size),
    ),
  );
const NO_LIMIT: GunzipOptions = { maxBytes: () => Infinity };
/** Node's own DecompressionStream, and one that fails at a second member as browsers' do. */
const DECOMPRESSORS = [
  ['Node’s DecompressionStream', {}],
  ['a strict one', { createDecompressor: strictGunzip }],
] as const;

/** Why `gunzip` refused (fails the test if it did not). */
async function refusal(source: Blob, opts: GunzipOptions = NO_LIMIT): Promise<GunzipError> {
  const e = await gunzip(source, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(GunzipError);
  return e as GunzipError;
}

describe('gunzip', () => {
  it.each(DECOMPRESSORS)('gives back the captures the fixtures compress (%s)', async (_, d) => {
    for (const name of ['http10-close.pcap', 'http11-keepalive.pcapng']) {
      const out = await gunzip(new Blob([fixture(`${name}.gz`)]), { ...NO_LIMIT, ...d });
      expect(out).toEqual(fixture(name));
    }
  });

  it.each(DECOMPRESSORS)('reads every member, empty ones too (%s)', async (_, d) => {
    const capture = fixture('http11-keepalive.pcapng');
    const members = [
      gz(capture.subarray(0, 1000)),
      gz(new Uint8Array(0)),
      gz(capture.subarray(1000, 1001), 1),
      gz(capture.subarray(1001)),
    ];
    // Chunks of 1, 3 and 7 bytes cut every member start across chunks; 64 KiB keeps them whole.
    for (const size of [1, 3, 7, 65536]) {
      const out = await gunzip(chunked(cat(...members), size), { ...NO_LIMIT, ...d });
      expect(out).toEqual(capture);
    }
  });

  it('is not misled by bytes that look like a member start inside a member', async () => {
    // Stored blocks (level 0) keep the data as it is: gzip headers, and ISIZE-like bytes before
    // them, inside the compressed data.
    const fake = cat(new Uint8Array([0, 0, 0, 0, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]));
    const data = cat(...Array.from({ length: 50 }, () => fake));
    const file = cat(gz(data, 0), gz(fake, 0), gz(data, 0));
    for (const d of DECOMPRESSORS) {
      const out = await gunzip(chunked(file, 5), { ...NO_LIMIT, ...d[1] });
      expect(out).toEqual(cat(data, fake, data));
    }
  });

  it.each(DECOMPRESSORS)('says a stream cut short or damaged is damaged (%s)', async (_, d) => {
    const opts = { ...NO_LIMIT, ...d };
    const cut = await refusal(new Blob([fixture('http11-keepalive-cut.pcapng.gz')]), opts);
    expect(cut.code).toBe('damaged');
    expect(cut.message).toMatch(/^The gzip data is damaged or cut short after \d+ decompressed/);
    const whole = fixture('http11-keepalive.pcapng.gz');
    const flipped = whole.slice();
    flipped.fill(0x55, 200, 210);
    expect((await refusal(new Blob([flipped]), opts)).code).toBe('damaged');
    const junk = cat(whole, new TextEncoder().encode('not gzip'));
    expect((await refusal(new Blob([junk]), opts)).code).toBe('damaged');
    // A second member cut short: the first one's bytes do not make it a success.
    const two = cat(whole, whole.subarray(0, 700));
    expect((await refusal(new Blob([two]), opts)).code).toBe('damaged');
  });

  it('stops reading at the limit of what the first bytes show the file to be', async () => {
    const heads: Uint8Array[] = [];
    let read = 0;
    const bomb = gz(cat(new TextEncoder().encode('{"log":'), new Uint8Array(64 * 1024 ** 2)));
    const e = await refusal(chunked(bomb, 1024), {
      maxBytes: (head) => {
        heads.push(head.slice());
        return 1024 ** 2;
      },
      onProgress: (r) => (read = r),
    });
    expect(e.code).toBe('tooLarge');
    expect(e.max).toBe(1024 ** 2);
    expect(e.message).toBe(
      'Decompressed, the file is larger than 1 MB, the most that can be opened.',
    );
    expect(heads).toHaveLength(1);
    expect(heads[0]!.length).toBe(SNIFF_BYTES);
    expect(new TextDecoder().decode(heads[0]!.subarray(0, 7))).toBe('{"log":');
    // 1 MB of 64 MB decompressed: most of the file was never read (what the streams buffer was).
    expect(read).toBeLessThan(bomb.length / 2);
  });

  it('keeps a file under the limit, and one shorter than the bytes that tell its kind', async () => {
    const capture = fixture('http10-close.pcap');
    const out = await gunzip(new Blob([gz(capture)]), { maxBytes: () => capture.length });
    expect(out).toEqual(capture);
    const tiny = await gunzip(new Blob([gz(new Uint8Array([1, 2, 3]))]), { maxBytes: () => 0 });
    expect(tiny).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('reports compressed bytes read, rising to the file’s size', async () => {
    const file = gz(fixture('bulk-loss.pcapng'));
    const seen: [number, number][] = [];
    await gunzip(chunked(file, 1000), { ...NO_LIMIT, onProgress: (r, t) => seen.push([r, t]) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every(([, t]) => t === file.length)).toBe(true);
    const reads = seen.map(([r]) => r);
    expect(reads).toEqual([...new Set(reads)].sort((a, b) => a - b));
    expect(reads.at(-1)).toBe(file.length);
  });

  it('stops between chunks when cancelled', async () => {
    const file = gz(fixture('bulk-loss.pcapng'));
    let chunks = 0;
    const e = await refusal(chunked(file, 1000), {
      ...NO_LIMIT,
      onProgress: () => (chunks += 1),
      cancelled: () => chunks >= 2,
    });
    expect(e.code).toBe('cancelled');
    expect(chunks).toBe(2);
  });

  it('says so when the file cannot be read', async () => {
    const file = gz(fixture('http10-close.pcap'));
    const failing = {
      size: file.length,
      slice: (from = 0, to = file.length) => {
        const part = new Blob([file.slice(from, to)]);
        return {
          arrayBuffer: () => part.arrayBuffer(),
          stream: () =>
            new ReadableStream({
              pull: (c) => c.error(new DOMException('The file changed on disk.', 'NotReadable')),
            }),
        };
      },
    } as unknown as Blob;
    const e = await refusal(failing);
    expect(e.code).toBe('read');
    expect(e.message).toBe('The file could not be read (The file changed on disk.).');
  });

  it('names what a .gz file holds', () => {
    expect(gunzippedName('trace.pcapng.gz')).toBe('trace.pcapng');
    expect(gunzippedName('PAGE.HAR.GZ')).toBe('PAGE.HAR');
    expect(gunzippedName('capture.pcap')).toBe('capture.pcap');
  });
});
