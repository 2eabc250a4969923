// The capture analysis entry point: a decoded capture file → its TCP conversations with
// Wireshark-style relative numbers and analysis marks, inferred RFC 9293 states, TLS records and
// HTTP/1.x lines (see conversations.ts, marks.ts, states.ts, tls.ts, http.ts). Pure and
// synchronous: the Web Worker and `wirewalk analyze` call it on a reader's result.
import { buildConversations } from './conversations';
import type { CaptureAnalysis, CaptureFile } from './types';

/** Analyses a capture's TCP packets (in capture order) into conversations. */
export function analyzeCapture(file: CaptureFile): CaptureAnalysis {
  const { tcp, ...rest } = file;
  return { kind: 'capture', file: rest, conversations: buildConversations(tcp) };
}
