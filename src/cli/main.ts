// The `wirewalk` command: runs the same engine as the app, headless, and prints the trace as JSON;
// `analyze` reads a capture or a HAR file (either gzip-compressed or not) as the page does and
// prints what it found.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeCapture } from '../capture/analyze';
import { MAX_CAPTURE_BYTES, SNIFF_BYTES, detectFileKind } from '../capture/detect';
import { CaptureError } from '../capture/errors';
import { gunzippedName } from '../capture/gzip';
import { analyzeHar, HarError } from '../capture/har';
import { readCapture } from '../capture/read';
import { parseAnyScenarioText } from '../scenarios/any';
import { simulateTcp } from '../engine/tcp/simulate';
import { simulateCongestion } from '../engine/congestion/simulate';
import { simulateJourney } from '../engine/journey/simulate';

const USAGE = `Usage: wirewalk sim <scenario.json | ->
       wirewalk analyze <file.pcap | file.pcapng | file.har, or any of them .gz>

  sim      Runs a scenario and prints its trace as JSON on stdout.
           Use "-" to read the scenario from standard input.
           The format is described in docs/scenario-format.md.
  analyze  Reads a packet capture or a HAR file and prints JSON on stdout: for a capture its TCP
           conversations (relative numbers, analysis marks, inferred states, TLS and HTTP lines),
           for a HAR its requests with their waterfall timings. A gzip-compressed file is
           decompressed first (up to 1 GiB). See docs/capture.md.`;

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io = defaultIo()): Promise<number> {
  const [cmd, file, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    await io.out(USAGE + '\n');
    return 0;
  }
  if (cmd === 'analyze' && file && !rest.length) return analyze(file, io);
  if (cmd !== 'sim' || !file || rest.length) {
    const problem =
      cmd === 'analyze'
        ? 'expected one capture or HAR file'
        : cmd && cmd !== 'sim'
          ? `unknown command "${cmd}"`
          : 'expected one scenario file';
    io.err(`wirewalk: ${problem}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    io.err(
      `wirewalk: cannot read ${file === '-' ? 'standard input' : file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 1;
  }
  const parsed = parseAnyScenarioText(text);
  if (!parsed.ok) {
    io.err(
      `wirewalk: invalid scenario ${file === '-' ? '(stdin)' : file}:\n${parsed.errors.map((m) => `  - ${m}`).join('\n')}\n`,
    );
    return 1;
  }
  const sc = parsed.value;
  const trace =
    sc.kind === 'congestion'
      ? simulateCongestion(sc)
      : sc.kind === 'journey'
        ? simulateJourney(sc)
        : simulateTcp(sc);
  await io.out(JSON.stringify(trace) + '\n');
  return 0;
}

/** `wirewalk analyze`: the file's kind from its content (decompressed first if it is gzip, up to
 * the page's limit for a capture), then the page's own readers. */
async function analyze(file: string, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    io.err(
      `wirewalk: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 1;
  }
  let name = basename(file);
  let kind = detectFileKind(bytes.subarray(0, SNIFF_BYTES), name);
  let compressed: number | null = null;
  if (kind === 'gzip') {
    compressed = bytes.length;
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_CAPTURE_BYTES });
    } catch (e) {
      const tooLarge = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      io.err(
        `wirewalk: ${file}: ${
          tooLarge
            ? `decompressed, it is larger than ${MAX_CAPTURE_BYTES / 1024 ** 2} MB, the most that can be read`
            : `the gzip data is damaged or cut short (${(e as Error).message})`
        }\n`,
      );
      return 1;
    }
    name = gunzippedName(name);
    kind = detectFileKind(bytes.subarray(0, SNIFF_BYTES), name);
  }
  try {
    if (kind === 'pcap' || kind === 'pcapng') {
      const analysis = analyzeCapture(readCapture(bytes));
      if (compressed !== null) analysis.file.compressedBytes = compressed;
      await io.out(JSON.stringify(analysis) + '\n');
      return 0;
    }
    if (kind === 'har') {
      await io.out(JSON.stringify(analyzeHar(new TextDecoder().decode(bytes))) + '\n');
      return 0;
    }
  } catch (e) {
    if (e instanceof CaptureError || e instanceof HarError) {
      io.err(`wirewalk: ${file}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const why =
    kind === 'json'
      ? 'it is JSON but not a HAR file (a HAR has log.entries)'
      : 'it is not a pcap, pcapng or HAR file';
  io.err(`wirewalk: ${file}: ${why}\n`);
  return 1;
}

interface Io {
  out(s: string): Promise<void>;
  err(s: string): void;
  readStdin(): Promise<string>;
}

function defaultIo(): Io {
  return {
    // Resolve only once the data is flushed: a pipe is asynchronous and exiting early truncates.
    out: (s) =>
      new Promise((resolve, reject) => process.stdout.write(s, (e) => (e ? reject(e) : resolve()))),
    err: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
