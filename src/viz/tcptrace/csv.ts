// A captured conversation's time/sequence series as CSV: one row per data segment of the
// direction shown, with the bytes in flight after it. What Export → "Download time/sequence data
// (CSV)" gives for a capture in the congestion view (src/export/run.ts names that file).
import type { CongestionCaptureTrace } from '../../engine/congestion/trace';

const COLUMNS = ['step', 'frame', 't_ms', 'seq', 'len', 'kind', 'retransmits', 'bytesInFlight'];

/** One line per data segment (header first); every line ends with "\n". */
export function flightCsv(trace: CongestionCaptureTrace): string {
  const lines = [COLUMNS.join(',')];
  for (const s of trace.flight.segments)
    lines.push(
      [
        s.step,
        s.frame,
        Math.round(s.t * 1000) / 1000,
        s.seq,
        s.end - s.seq,
        s.kind,
        s.retransmits ?? '',
        s.flight,
      ].join(','),
    );
  return lines.join('\n') + '\n';
}
