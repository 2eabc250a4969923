// The embed's postMessage protocol, version 1: the messages an embedded view posts to its host page
// (`ready`, `step`, `ended`, `error`) and the commands it accepts (`play`, `pause`, `goto`, `load`).
// Pure: validation of what arrives (zod), builders of what leaves, the origin rules. No DOM.
import '../zodSetup';
import * as z from 'zod/mini';
import type { Lang } from '../i18n/i18n';
import type { ViewId } from '../store/playerCore';

/** Every message, both ways, carries this `source`… */
export const PROTOCOL_SOURCE = 'wirewalk';
/** …and this `version`; a message of another version is ignored. */
export const PROTOCOL_VERSION = 1;
/** The largest scenario a `load` accepts, in characters of JSON (the URL's `s` is far smaller). */
export const MAX_SCENARIO_CHARS = 200_000;
/** The longest event summary a `step` message carries. */
export const MAX_SUMMARY_CHARS = 300;

interface Envelope {
  source: typeof PROTOCOL_SOURCE;
  version: typeof PROTOCOL_VERSION;
}

/** Posted once when the view is on screen and listening. */
export interface ReadyMessage extends Envelope {
  type: 'ready';
  view: ViewId;
  scenario: string;
  step: number;
  total: number;
  lang: Lang;
}
/** Posted after `ready` and whenever the step or the trace changes. */
export interface StepMessage extends Envelope {
  type: 'step';
  index: number;
  total: number;
  /** What happens at this step, in the embed's language (the narration's first sentence). */
  summary: string;
}
/** Posted when the cursor reaches the last step (by playback, a step or a `goto`). */
export interface EndedMessage extends Envelope {
  type: 'ended';
  total: number;
}
/** Posted when a valid command could not be carried out (an invalid `load`). */
export interface ErrorMessage extends Envelope {
  type: 'error';
  command: Command['type'];
  message: string;
}
/** Anything the embed posts to its host. */
export type EmbedMessage = ReadyMessage | StepMessage | EndedMessage | ErrorMessage;

const envelope = {
  source: z.literal(PROTOCOL_SOURCE),
  version: z.literal(PROTOCOL_VERSION),
};
const commandSchema = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('play') }),
  z.object({ ...envelope, type: z.literal('pause') }),
  z.object({ ...envelope, type: z.literal('goto'), step: z.int() }),
  z.object({
    ...envelope,
    type: z.literal('load'),
    // Checked by `readScenarioPayload` (JSON text or an object), then by the player.
    scenario: z.unknown(),
    step: z.optional(z.int()),
  }),
]);

/** A command from the host page. */
export type Command = z.infer<typeof commandSchema>;
/** The command types the embed obeys. */
export const COMMAND_TYPES = ['play', 'pause', 'goto', 'load'] as const;

/** Why a message is ignored. */
export type RejectReason = 'foreign' | 'version' | 'unknown' | 'malformed';

/** The result of reading one incoming message. */
export type ParsedCommand =
  { ok: true; command: Command } | { ok: false; reason: RejectReason; detail: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a message event's `data` as a command. `foreign`: not a Wirewalk message at all (another
 * script's); `version`: another protocol version; `unknown`: a type the embed does not obey;
 * `malformed`: a known type with missing or wrong fields.
 */
export function parseCommand(data: unknown): ParsedCommand {
  if (!isRecord(data) || data.source !== PROTOCOL_SOURCE) {
    return { ok: false, reason: 'foreign', detail: 'not a Wirewalk message (source ≠ "wirewalk")' };
  }
  if (data.version !== PROTOCOL_VERSION) {
    return {
      ok: false,
      reason: 'version',
      detail: `unsupported version ${short(data.version)} (this embed speaks ${PROTOCOL_VERSION})`,
    };
  }
  if (!(COMMAND_TYPES as readonly unknown[]).includes(data.type)) {
    return { ok: false, reason: 'unknown', detail: `unknown command type ${short(data.type)}` };
  }
  const r = commandSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
    return { ok: false, reason: 'malformed', detail: `${String(data.type)}: ${issues.join('; ')}` };
  }
  return { ok: true, command: r.data };
}

/** A value shown in a warning: JSON, cut short (never the whole of a hostile payload). */
function short(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The scenario of a `load`: an object (sent as is) or a string of JSON. Checks only what the
 * player cannot: that it is JSON, an object, and not larger than `MAX_SCENARIO_CHARS`.
 */
export function readScenarioPayload(
  scenario: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let value = scenario;
  if (typeof scenario === 'string') {
    if (scenario.length > MAX_SCENARIO_CHARS) return tooLarge(scenario.length);
    try {
      value = JSON.parse(scenario);
    } catch (e) {
      return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
    }
  } else {
    let size: number;
    try {
      size = JSON.stringify(scenario)?.length ?? 0;
    } catch {
      return { ok: false, message: 'the scenario cannot be written as JSON' };
    }
    if (size > MAX_SCENARIO_CHARS) return tooLarge(size);
  }
  if (!isRecord(value)) return { ok: false, message: 'the scenario must be a JSON object' };
  return { ok: true, value };
}

const tooLarge = (size: number) => ({
  ok: false as const,
  message: `the scenario is too large (${size} characters; at most ${MAX_SCENARIO_CHARS})`,
});

/** Is a message from `origin` obeyed? With a host origin set, only from that origin. */
export function acceptsOrigin(hostOrigin: string | null, origin: string): boolean {
  return hostOrigin === null || origin === hostOrigin;
}

/** The `targetOrigin` of every post: the host origin when set, else any (`*`). */
export function targetOrigin(hostOrigin: string | null): string {
  return hostOrigin ?? '*';
}

/** The first sentence of a narration line, cut to `MAX_SUMMARY_CHARS`. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  // Latin sentences end with . ! ? followed by a space (not "1.5 ms"); Chinese ones with 。！？.
  const m = /^.*?(?:[.!?](?=\s|$)|[。！？])/su.exec(trimmed);
  const sentence = m ? m[0] : trimmed;
  return sentence.length > MAX_SUMMARY_CHARS
    ? `${sentence.slice(0, MAX_SUMMARY_CHARS - 1)}…`
    : sentence;
}

const base: Envelope = { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION };

/** The `ready` message. */
export function readyMessage(fields: Omit<ReadyMessage, keyof Envelope | 'type'>): ReadyMessage {
  return { ...base, type: 'ready', ...fields };
}

/** The `step` message. */
export function stepMessage(index: number, total: number, summary: string): StepMessage {
  return { ...base, type: 'step', index, total, summary: firstSentence(summary) };
}

/** The `ended` message. */
export function endedMessage(total: number): EndedMessage {
  return { ...base, type: 'ended', total };
}

/** The `error` message. */
export function errorMessage(command: Command['type'], message: string): ErrorMessage {
  return { ...base, type: 'error', command, message };
}
