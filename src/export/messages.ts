// What the Export menu says after an item or an opened file: a catalog key with its parameters,
// and a list (a scenario's validation errors). Text from a file is clipped, and only ever shown
// as text.
import type { exportUiEn } from '../i18n/exportUi.en';
import type { MessageKey } from '../i18n/i18n';
import type { OpenError, TrafficTarget } from './openFile';

/** A key of the export catalog. */
export type ExportUiKey = keyof typeof exportUiEn;

/** A message of the menu. `error` and `warning` are alerts; `info` is a status. */
export interface MenuMessage {
  tone: 'info' | 'warning' | 'error';
  key: ExportUiKey;
  params?: Record<string, string | number>;
  /** Lines under the message (at most {@link MAX_LISTED}). */
  list?: string[];
  /** How many lines were left out of `list`. */
  more?: number;
  /** A second paragraph, from any catalog (e.g. that the address bar does not hold a capture). */
  note?: MessageKey;
}

/** Errors listed at most; the rest are counted. */
export const MAX_LISTED = 5;
/** Longest text taken from a file or an error (a hostile file may hold megabytes in a name). */
export const MAX_TEXT = 200;

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The message listing `errors` (clipped) under `key`. */
function withList(key: ExportUiKey, name: string, errors: readonly string[]): MenuMessage {
  return {
    tone: 'error',
    key,
    params: { name },
    list: errors.slice(0, MAX_LISTED).map((e) => clip(e)),
    more: Math.max(0, errors.length - MAX_LISTED),
  };
}

/** Why the file `name` was not opened. */
export function openErrorMessage(name: string, error: OpenError): MenuMessage {
  const file = clip(name, 80);
  switch (error.code) {
    case 'tooLarge':
      return {
        tone: 'error',
        key: 'export.open.tooLarge',
        params: { name: file, size: (error.bytes / 2 ** 20).toFixed(1), max: 5 },
      };
    case 'notJson':
      return {
        tone: 'error',
        key: 'export.open.notJson',
        params: { name: file, reason: clip(error.reason) },
      };
    case 'shape':
      return { tone: 'error', key: 'export.open.shape', params: { name: file } };
    case 'version':
      return {
        tone: 'error',
        key: 'export.open.version',
        params: { name: file, version: error.version, expected: error.expected },
      };
    case 'invalid':
      return withList('export.open.invalid', file, error.errors);
    case 'traffic':
      return withList('export.open.trafficInvalid', file, error.errors);
  }
}

/** The browser could not read the file `name` (or the code to open it did not load). */
export function readFailedMessage(name: string, error: unknown): MenuMessage {
  const reason = String((error as { message?: unknown } | null)?.message ?? error);
  return {
    tone: 'error',
    key: 'export.open.readFailed',
    params: { name: clip(name, 80), reason: clip(reason) },
  };
}

/** The view refused a valid file (its own checks): its errors. */
export function rejectedMessage(name: string, errors: readonly string[]): MenuMessage {
  return withList('export.open.rejected', clip(name, 80), errors);
}

/** What was opened: a scenario, or a trace whose re-simulation is (or is not) the same. */
export function openedMessage(
  name: string,
  source: 'scenario' | 'trace',
  same: boolean,
): MenuMessage {
  const params = { name: clip(name, 80) };
  if (source === 'scenario') return { tone: 'info', key: 'export.open.scenario', params };
  return same
    ? { tone: 'info', key: 'export.open.traceSame', params }
    : { tone: 'warning', key: 'export.open.traceDiffers', params };
}

/**
 * A trace of real traffic is on screen, rebuilt from the file's data: which conversation (or the
 * HAR's requests), and whether the rebuilt trace is the file's. The capture catalogs must be in
 * (the note is theirs).
 */
export function reopenedMessage(name: string, target: TrafficTarget): MenuMessage {
  const params: Record<string, string> = { name: clip(name, 80) };
  const r = target.reopened;
  if (r.view !== 'journey') params.conv = r.conversation.id;
  const what = r.view === 'journey' ? 'har' : 'conversation';
  return {
    tone: target.same ? 'info' : 'warning',
    key: target.same ? `export.open.${what}Same` : `export.open.${what}Differs`,
    params,
    note: 'capture.localOnly',
  };
}

/** Why an export item failed. */
export function exportErrorMessage(code: string, reason: string): MenuMessage {
  if (code === 'noDiagram') return { tone: 'error', key: 'export.error.noDiagram' };
  if (code === 'clipboard')
    return { tone: 'error', key: 'export.error.clipboard', params: { reason: clip(reason) } };
  return { tone: 'error', key: 'export.error.failed', params: { reason: clip(reason) } };
}
