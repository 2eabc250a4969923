// The `wirewalk` command: runs the same engine as the app, headless, and prints the trace as JSON.
import { readFileSync } from 'node:fs';
import { parseAnyScenarioText } from '../scenarios/any';
import { simulateTcp } from '../engine/tcp/simulate';
import { simulateCongestion } from '../engine/congestion/simulate';
import { simulateJourney } from '../engine/journey/simulate';

const USAGE = `Usage: wirewalk sim <scenario.json | ->

  Runs a scenario and prints its trace as JSON on stdout.
  Use "-" to read the scenario from standard input.
  The format is described in docs/scenario-format.md.`;

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io = defaultIo()): Promise<number> {
  const [cmd, file, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    await io.out(USAGE + '\n');
    return 0;
  }
  if (cmd !== 'sim' || !file || rest.length) {
    io.err(
      `wirewalk: ${cmd && cmd !== 'sim' ? `unknown command "${cmd}"` : 'expected one scenario file'}\n${USAGE}\n`,
    );
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
