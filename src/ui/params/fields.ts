// The parameters panels' numeric fields: how each reads from and writes into a scenario input,
// its range, and which schema errors (by path) belong to it; the TCP view's fields. Pure, so it is
// tested in Node.
import type { TcpScenarioInput } from '../../scenarios/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';

/** A numeric field of a parameters panel, for inputs of type `I`. */
export interface NumberField<I = TcpScenarioInput> {
  id: string;
  label: MessageKey;
  /** Schema error paths starting with this belong to the field. */
  path: string;
  min: number;
  max: number;
  integer: boolean;
  /** Empty means "not set" (e.g. ISN chosen from the seed). */
  optional: boolean;
  read(input: I): number | undefined;
  /** Writes the typed text; malformed text is written as-is so the schema reports it. */
  write(input: I, value: number | string | undefined): I;
}

type Side = 'client' | 'server';
const side = (input: TcpScenarioInput, s: Side) => input[s] ?? {};
const withSide = (input: TcpScenarioInput, s: Side, patch: object): TcpScenarioInput => ({
  ...input,
  [s]: { ...side(input, s), ...patch },
});
/** Bytes are written as one application write, at the time of the first existing write. */
const sendOf = (input: TcpScenarioInput, s: Side, bytes: number | string | undefined) => {
  if (bytes === 0 || bytes === undefined) return [];
  const at = side(input, s).send?.[0]?.at ?? side(input, s).open?.at ?? 0;
  return [{ at, bytes: bytes as number }];
};

const isn = (s: Side): NumberField => ({
  id: s === 'client' ? 'clientIsn' : 'serverIsn',
  label: s === 'client' ? 'params.clientIsn' : 'params.serverIsn',
  path: `${s}.isn`,
  min: 0,
  max: 2 ** 32 - 1,
  integer: true,
  optional: true,
  read: (input) => side(input, s).isn,
  write: (input, v) => withSide(input, s, { isn: v }),
});

const bytes = (s: Side): NumberField => ({
  id: s === 'client' ? 'clientBytes' : 'serverBytes',
  label: s === 'client' ? 'params.clientBytes' : 'params.serverBytes',
  path: `${s}.send`,
  min: 0,
  max: 1e9,
  integer: true,
  optional: false,
  read: (input) => (side(input, s).send ?? []).reduce((sum, w) => sum + w.bytes, 0),
  write: (input, v) => withSide(input, s, { send: sendOf(input, s, v) }),
});

/** The numeric fields, in panel order. */
export const NUMBER_FIELDS: readonly NumberField[] = [
  isn('client'),
  isn('server'),
  {
    id: 'rtt',
    label: 'params.rtt',
    path: 'rttMs',
    min: 0.01,
    max: 600_000,
    integer: false,
    optional: false,
    read: (input) => input.rttMs ?? 100,
    write: (input, v) => ({ ...input, rttMs: v as number }),
  },
  {
    id: 'mss',
    label: 'params.mss',
    path: 'mss',
    min: 1,
    max: 65495,
    integer: true,
    optional: false,
    read: (input) => input.mss ?? 1460,
    write: (input, v) => ({ ...input, mss: v as number }),
  },
  bytes('client'),
  bytes('server'),
  {
    id: 'msl',
    label: 'params.msl',
    path: 'mslMs',
    min: 1,
    max: 3_600_000,
    integer: true,
    optional: false,
    read: (input) => input.mslMs ?? 30_000,
    write: (input, v) => ({ ...input, mslMs: v as number }),
  },
];

/** Text typed in a field → the value to write: a number, undefined (empty optional) or the raw text. */
export function parseFieldText<I>(
  field: NumberField<I>,
  text: string,
): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return field.optional ? undefined : text;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : text;
}

/** Does a schema error ("client.send[0].bytes: must be ≥ 1") belong to the field at `path`? */
export function errorMatches(error: string, path: string): boolean {
  const errPath = error.slice(0, error.indexOf(':'));
  return errPath === path || errPath.startsWith(`${path}.`) || errPath.startsWith(`${path}[`);
}

/** The inline message of `field` when one of `errors` belongs to it, else null. */
export function fieldError<I>(
  field: NumberField<I>,
  errors: readonly string[],
  t: Translate,
): string | null {
  if (!errors.some((e) => errorMatches(e, field.path))) return null;
  const range = { min: field.min, max: field.max };
  return t(field.integer ? 'params.error.int' : 'params.error.number', range);
}

/** The errors no field of `fields` owns (shown in the panel's error box). */
export function unmappedErrors<I>(
  errors: readonly string[],
  fields: readonly NumberField<I>[],
): string[] {
  return errors.filter((e) => !fields.some((f) => errorMatches(e, f.path)));
}

/** Who calls CLOSE first. */
export type Closer = 'client' | 'server' | 'both' | 'none';
/** The choices of the "who closes first" select. */
export const CLOSERS: readonly Closer[] = ['client', 'server', 'both', 'none'];

/** Reads who closes first from the close times. */
export function readCloser(input: TcpScenarioInput): Closer {
  const c = input.client?.close?.at;
  const s = input.server?.close?.at;
  if (c === undefined && s === undefined) return 'none';
  if (c !== undefined && s !== undefined && c === s) return 'both';
  if (s === undefined || (c !== undefined && c < s)) return 'client';
  return 'server';
}

/**
 * Rewrites the close times for `closer`, keeping the scenario's times where it has them: the
 * first closer at the earliest time, the other one RTT later (after the FIN has arrived).
 */
export function writeCloser(input: TcpScenarioInput, closer: Closer): TcpScenarioInput {
  const times = [input.client?.close?.at, input.server?.close?.at].filter((t) => t !== undefined);
  const first = times.length ? Math.min(...times) : 1000;
  const later = Math.max(...times, first + (input.rttMs ?? 100));
  const second = later > first ? later : first + (input.rttMs ?? 100);
  const at = (t: number | undefined) => (t === undefined ? undefined : { at: t });
  const plan: Record<Closer, [number | undefined, number | undefined]> = {
    client: [first, second],
    server: [second, first],
    both: [first, first],
    none: [undefined, undefined],
  };
  const [c, s] = plan[closer];
  return withSide(withSide(input, 'client', { close: at(c) }), 'server', { close: at(s) });
}
