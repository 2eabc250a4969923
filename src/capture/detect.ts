// What kind of file was opened, from its first bytes (the name only when the bytes say nothing):
// a pcap or pcapng capture by its magic number, a HAR file as JSON whose first key is "log", other
// JSON (a Wirewalk scenario or trace, or a HAR whose keys come in another order: the caller parses
// it to tell), or a gzip file (Wireshark can write .pcapng.gz: the capture worker decompresses it,
// then looks again at what it holds). And the largest file of each kind the page opens.

/** What a file is, as far as its first bytes (or, failing those, its name) tell. */
export type FileKind = 'pcap' | 'pcapng' | 'har' | 'json' | 'gzip' | 'unknown';

/** The formats the capture worker reads (gzip: any of the others, compressed). */
export type TrafficFormat = 'pcap' | 'pcapng' | 'har' | 'gzip';

/** How many bytes from the start of a file are enough to tell its kind. */
export const SNIFF_BYTES = 4096;

/** The largest capture the page opens (its bytes are held in memory while it is parsed); also the
 * most a gzip file may decompress to. */
export const MAX_CAPTURE_BYTES = 1024 ** 3;
/** The largest HAR file (har.ts reads up to HAR_MAX_CHARS, the same 50 MiB). */
export const MAX_HAR_BYTES = 50 * 1024 ** 2;

/** The size limit for a file of `kind` (JSON may turn out to be a HAR file; anything else is held
 * to a capture's limit). */
export function maxBytesFor(kind: FileKind): number {
  return kind === 'har' || kind === 'json' ? MAX_HAR_BYTES : MAX_CAPTURE_BYTES;
}

const u32 = (b: Uint8Array): number =>
  b.length < 4 ? -1 : ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;

/** pcap magic numbers as the first four bytes read big-endian (µs and ns timestamps, either byte
 * order; and the "modified" pcap of old Linux patches, which the reader refuses by name). */
const PCAP_MAGICS = new Set([
  0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1, 0xa1b2cd34, 0x34cdb2a1,
]);
/** The pcapng Section Header Block type (the same in both byte orders). */
const PCAPNG_SHB = 0x0a0d0d0a;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The extension of `name`, lower case, without the dot ('' when none). */
function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The kind a file name suggests (used only when the content does not say). */
function kindOfName(name: string): FileKind {
  switch (extension(name)) {
    case 'pcap':
    case 'cap':
    case 'dmp':
      return 'pcap';
    case 'pcapng':
    case 'ntar':
      return 'pcapng';
    case 'har':
      return 'har';
    case 'json':
      return 'json';
    default:
      return 'unknown';
  }
}

/** A JSON text's first object key, read from its start ('' when the text is not an object or the
 * key is not within `text`). */
function firstKey(text: string): string {
  const m = /^\s*\{\s*"((?:[^"\\]|\\.){0,64})"\s*:/.exec(text);
  return m ? m[1]! : '';
}

/**
 * The kind of a file from its first bytes (at least {@link SNIFF_BYTES} of them when the file is
 * that long) and its name. The content wins: a capture named `.json` is still a capture. An empty
 * or unrecognised file takes the kind its extension suggests, so the matching reader can say what
 * is wrong with it (a `.pcap` with a bad magic number gets the capture reader's message).
 */
export function detectFileKind(head: Uint8Array, name = ''): FileKind {
  const magic = u32(head);
  if (PCAP_MAGICS.has(magic)) return 'pcap';
  if (magic === PCAPNG_SHB) return 'pcapng';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  // JSON: an optional UTF-8 byte order mark, white space, then an object or an array.
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && isSpace(head[i]!)) i += 1;
  if (head[i] === 0x7b || head[i] === 0x5b) {
    const text = new TextDecoder().decode(head.subarray(i, i + 512));
    return firstKey(text) === 'log' ? 'har' : 'json';
  }
  return kindOfName(name);
}

/** Is this parsed JSON a HAR file (an object whose `log` holds an `entries` list)? */
export function isHarJson(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const log = (json as { log?: unknown }).log;
  return (
    typeof log === 'object' && log !== null && Array.isArray((log as { entries?: unknown }).entries)
  );
}

/** Is `kind` read by the capture worker? */
export function isTrafficKind(kind: FileKind): kind is TrafficFormat {
  return kind === 'pcap' || kind === 'pcapng' || kind === 'har' || kind === 'gzip';
}
