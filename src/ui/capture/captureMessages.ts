// What the page says about a traffic file: why it was not opened (the reader's code in the user's
// language, with the reader's own detail under it), and what was shown where. Text from a file
// (its name, the reader's detail) is clipped and only ever shown as text.
import type { MessageKey } from '../../i18n/i18n';
import type { CaptureFailure, ConversationView } from '../../store/captureStore';
import { clip } from '../../export/messages';

/** A message of the Export menu's message area, with a key of any of the tools' catalogs. */
export interface ToolMessage {
  tone: 'info' | 'warning' | 'error';
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Lines under the message. */
  list?: string[];
  more?: number;
  /** A second paragraph (e.g. that the address bar does not hold a capture). */
  note?: MessageKey;
}

/** Codes whose reader message adds nothing to the worded one. */
const NO_DETAIL: ReadonlySet<CaptureFailure['code']> = new Set([
  'cancelled',
  'tooLarge',
  'gzipTooLarge',
  'gzip',
  'unknown-format',
  'empty',
]);

const MB = 1024 ** 2;

/** Why `failure.fileName` was not opened (a cancel is said politely, not as an error). */
export function failureMessage(failure: CaptureFailure): ToolMessage {
  const name = clip(failure.fileName, 80);
  const params: Record<string, string | number> = { name };
  if (failure.code === 'tooLarge') params.size = ((failure.params.bytes ?? 0) / MB).toFixed(1);
  if (failure.code === 'tooLarge' || failure.code === 'gzipTooLarge')
    params.max = Math.round((failure.params.max ?? 0) / MB);
  const detail = failure.message.trim();
  return {
    tone: failure.code === 'cancelled' ? 'info' : 'error',
    key: `capture.error.${failure.code}`,
    params,
    list: NO_DETAIL.has(failure.code) || !detail ? undefined : [clip(detail)],
  };
}

/** A conversation is on screen in `view`: say so, and that the address bar does not hold it. */
export function shownMessage(fileName: string, conv: string, view: ConversationView): ToolMessage {
  return {
    tone: 'info',
    key: view === 'tcp' ? 'capture.shown.tcp' : 'capture.shown.congestion',
    params: { name: clip(fileName, 80), conv },
    note: 'capture.localOnly',
  };
}

/** A HAR file is on screen in the journey view. */
export function harMessage(fileName: string): ToolMessage {
  return {
    tone: 'info',
    key: 'capture.har.opened',
    params: { name: clip(fileName, 80) },
    note: 'capture.localOnly',
  };
}
