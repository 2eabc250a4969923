// The per-round values of a congestion trace as CSV (RFC 4180 quoting, "\n" line ends), for the
// table's "Download CSV" button and for spreadsheets.
import type { CongestionSimTrace, RoundRow, SegmentsRoundRow } from '../../engine/congestion/trace';

const COLUMNS = ['round', 'cwnd', 'ssthresh', 'phase', 'firstSegment', 'lastSegment'] as const;
/** The segments model adds what each round re-sent and lost. */
const SEGMENTS_COLUMNS = ['retransmissions', 'drops'] as const;

/** One CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break; null is empty. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? formatNumber(value) : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Numbers without float noise (CUBIC's cwnd): at most 6 decimals, no exponent for integers. */
function formatNumber(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

const rowFields = (r: RoundRow | SegmentsRoundRow): (string | number | null)[] => {
  const fields = [r.round, r.cwnd, r.ssthresh, r.phase, r.firstSegment, r.lastSegment];
  return 'drops' in r ? [...fields, r.retransmissions, r.drops] : fields;
};

/**
 * The rounds of `trace` as CSV text: header `round,cwnd,ssthresh,phase,firstSegment,lastSegment`
 * (the segments model adds `retransmissions,drops`; a round that sent no new data has empty
 * first/last fields) and one row per round. With compared runs an `algorithm` column is appended
 * and each round has one row per algorithm (the main one first). Every line, the last included,
 * ends with "\n".
 */
export function roundsCsv(trace: CongestionSimTrace): string {
  const runs: { algorithm: string; rounds: readonly (RoundRow | SegmentsRoundRow)[] }[] = [
    { algorithm: trace.summary.algorithm, rounds: trace.summary.rounds },
    ...trace.compare,
  ];
  const withAlgorithm = trace.compare.length > 0;
  const columns: string[] = [...COLUMNS];
  if (trace.model === 'segments') columns.push(...SEGMENTS_COLUMNS);
  if (withAlgorithm) columns.push('algorithm');
  const lines = [columns.join(',')];
  const count = Math.max(...runs.map((r) => r.rounds.length));
  for (let i = 0; i < count; i++) {
    for (const run of runs) {
      const row = run.rounds[i];
      if (!row) continue;
      const fields = rowFields(row);
      if (withAlgorithm) fields.push(run.algorithm);
      lines.push(fields.map(csvField).join(','));
    }
  }
  return lines.join('\n') + '\n';
}

/** The download name: `wirewalk-<scenario id or "congestion">-rounds.csv`. */
export function roundsCsvFileName(trace: CongestionSimTrace): string {
  return `wirewalk-${trace.scenario.id ?? 'congestion'}-rounds.csv`;
}
