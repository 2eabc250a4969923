// SVG path data of the chart's series: one path per series whatever the number of rounds (10,000
// rounds are one <path>, not 10,000 elements). Step lines emit a vertex only where the value
// changes, so ssthresh costs O(changes) in the DOM.
import type { AlgorithmId } from '../../engine/congestion/algorithm';
import type { RoundRow } from '../../engine/congestion/trace';

/**
 * A drawn line: cwnd of one algorithm, the main run's ssthresh, rwnd, or (segments model, when
 * cwnd exceeds rwnd) the main run's effective window min(cwnd, rwnd).
 */
export interface CwndSeries {
  id: string;
  kind: 'cwnd' | 'ssthresh' | 'rwnd' | 'effective';
  algorithm: AlgorithmId;
  main: boolean;
  /** The main cwnd when an `effective` line is drawn over it: faded and dashed. */
  capped?: boolean;
  /** Path data of the line. */
  d: string;
  /** Path data of the round points (textbook style; empty when columns are too narrow). */
  dots: string;
}

interface SeriesGeometry {
  plot: { left: number; top: number; right: number; bottom: number };
  colWidth: number;
  /** y pixel of a value, clamped a little above the plot top (the plot is clipped there). */
  yOf: (v: number) => number;
  curve: 'points' | 'step';
  rwnd: number | null;
}

interface RunRows {
  algorithm: AlgorithmId;
  main: boolean;
  rounds: readonly RoundRow[];
}

/** Points are drawn only when a column is at least this wide. */
const DOT_MIN_COL = 9;
const DOT_R = 2.6;
const r1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * The series of the chart, bottom to top: rwnd, ssthresh (main run), compared cwnds, main cwnd.
 */
export function buildSeries(runs: readonly RunRows[], geo: SeriesGeometry): CwndSeries[] {
  const out: CwndSeries[] = [];
  const main = runs.find((r) => r.main);
  if (!main) return out;
  if (geo.rwnd !== null) {
    const y = r1(geo.yOf(geo.rwnd));
    out.push({
      id: 'rwnd',
      kind: 'rwnd',
      algorithm: main.algorithm,
      main: true,
      d: `M${r1(geo.plot.left)},${y}H${r1(geo.plot.right)}`,
      dots: '',
    });
  }
  out.push({
    id: 'ssthresh',
    kind: 'ssthresh',
    algorithm: main.algorithm,
    main: true,
    d: stepPath(main.rounds, (r) => r.ssthresh, geo),
    dots: '',
  });
  for (const run of [...runs.filter((r) => !r.main), main]) {
    out.push({
      id: `cwnd-${run.algorithm}`,
      kind: 'cwnd',
      algorithm: run.algorithm,
      main: run.main,
      d:
        geo.curve === 'step'
          ? stepPath(run.rounds, (r) => r.cwnd, geo)
          : pointsPath(run.rounds, geo),
      dots: geo.curve === 'points' && geo.colWidth >= DOT_MIN_COL ? dotsPath(run.rounds, geo) : '',
    });
  }
  return out;
}

const xLeft = (geo: SeriesGeometry, round: number): number =>
  geo.plot.left + (round - 1) * geo.colWidth;

/** A step-after line: value constant across each round's column. */
function stepPath(
  rows: readonly RoundRow[],
  value: (r: RoundRow) => number,
  geo: SeriesGeometry,
): string {
  const first = rows[0];
  if (!first) return '';
  const parts: string[] = [`M${r1(xLeft(geo, first.round))},${r1(geo.yOf(value(first)))}`];
  let prev = value(first);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const v = value(row);
    if (v === prev) continue;
    parts.push(`H${r1(xLeft(geo, row.round))}V${r1(geo.yOf(v))}`);
    prev = v;
  }
  const last = rows[rows.length - 1]!;
  parts.push(`H${r1(xLeft(geo, last.round + 1))}`);
  return parts.join('');
}

/**
 * Points at the centre of each column joined by straight lines. When several rounds share a pixel
 * column, only the first, lowest, highest and last of them are kept (M4 decimation): the drawn
 * line is the same at that resolution, with at most 4 vertices per pixel.
 */
function pointsPath(rows: readonly RoundRow[], geo: SeriesGeometry): string {
  const parts: string[] = [];
  const x0 = geo.plot.left + geo.colWidth / 2;
  const emit = (i: number) => {
    const row = rows[i]!;
    const x = r1(x0 + (row.round - 1) * geo.colWidth);
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${x},${r1(geo.yOf(row.cwnd))}`);
  };
  if (geo.colWidth >= 0.5) {
    for (let i = 0; i < rows.length; i++) emit(i);
    return parts.join('');
  }
  let start = 0;
  while (start < rows.length) {
    const px = Math.floor(x0 + (rows[start]!.round - 1) * geo.colWidth);
    let end = start;
    let lo = start;
    let hi = start;
    while (
      end + 1 < rows.length &&
      Math.floor(x0 + (rows[end + 1]!.round - 1) * geo.colWidth) === px
    ) {
      end++;
      if (rows[end]!.cwnd < rows[lo]!.cwnd) lo = end;
      if (rows[end]!.cwnd > rows[hi]!.cwnd) hi = end;
    }
    for (const i of new Set([start, Math.min(lo, hi), Math.max(lo, hi), end])) emit(i);
    start = end + 1;
  }
  return parts.join('');
}

/** One small circle per round, as two arcs each. */
function dotsPath(rows: readonly RoundRow[], geo: SeriesGeometry): string {
  const parts: string[] = [];
  for (const row of rows) {
    const x = r1(xLeft(geo, row.round) + geo.colWidth / 2 - DOT_R);
    parts.push(
      `M${x},${r1(geo.yOf(row.cwnd))}a${DOT_R},${DOT_R} 0 1,0 ${2 * DOT_R},0a${DOT_R},${DOT_R} 0 1,0 ${-2 * DOT_R},0`,
    );
  }
  return parts.join('');
}
