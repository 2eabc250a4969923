// The tooltip's lines: in the rounds model the round's values per algorithm; in the segments model
// the values in force at the hovered time (a binary search in each run's samples) and the main
// run's effective window. Pure: the renderer lays the lines out.
import type { AlgorithmId } from '../../engine/congestion/algorithm';
import type { CongestionPhase } from '../../machines/congestion.machine';
import type { LabelFn } from '../label';
import { ALGORITHM_NAMES, formatMs, formatSegments } from './format';
import type { CwndRoundsLayout, CwndSegmentsLayout } from './layout';
import { sampleIndexAt } from './samplePaths';

/** One line of the tooltip; `swatch`: the algorithm whose colour marks it. */
export interface TipLine {
  id: string;
  text: string;
  swatch: AlgorithmId | null;
}

/** One algorithm's line: its swatch, cwnd, ssthresh and phase. */
function runLine(
  algorithm: AlgorithmId,
  v: { cwnd: number; ssthresh: number; phase: CongestionPhase },
  label: LabelFn,
): TipLine {
  return {
    id: algorithm,
    swatch: algorithm,
    text: label('cw.tip.run', {
      algorithm: ALGORITHM_NAMES[algorithm],
      cwnd: formatSegments(v.cwnd),
      ssthresh: formatSegments(v.ssthresh),
      phase: label(`cw.phase.${v.phase}`),
    }),
  };
}

/** The rounds model: round `round`'s values per algorithm, its loss, and whether rwnd limits. */
export function roundTipLines(layout: CwndRoundsLayout, round: number, label: LabelFn): TipLine[] {
  const lines: TipLine[] = [{ id: 'head', text: label('cw.round', { round }), swatch: null }];
  for (const run of layout.runs) {
    const row = run.rounds[round - 1];
    if (!row) continue;
    lines.push(runLine(run.algorithm, row, label));
  }
  const loss = layout.losses.find((l) => l.round === round);
  if (loss)
    lines.push({
      id: 'loss',
      swatch: null,
      text: label('cw.tip.loss', { type: label(`cw.loss.${loss.type}`) }),
    });
  const main = layout.runs[0]?.rounds[round - 1];
  if (layout.rwnd !== null && main && main.cwnd > layout.rwnd)
    lines.push({
      id: 'rwnd',
      swatch: null,
      text: label('cw.tip.rwndLimited', { rwnd: formatSegments(layout.rwnd) }),
    });
  return lines;
}

/**
 * The segments model at time `t` (ms) in round `round`: time and round, each algorithm's cwnd,
 * ssthresh and phase, the main run's effective window min(cwnd, rwnd), and the round's losses.
 */
export function timeTipLines(
  layout: CwndSegmentsLayout,
  round: number,
  t: number,
  label: LabelFn,
): TipLine[] {
  const lines: TipLine[] = [
    { id: 'head', text: label('cw.tip.time', { round, ms: formatMs(t) }), swatch: null },
  ];
  for (const run of layout.runs) {
    const s = run.samples[sampleIndexAt(run.samples, t)];
    if (!s) continue;
    lines.push(runLine(run.algorithm, s, label));
  }
  const main = layout.runs[0]?.samples;
  const s = main?.[sampleIndexAt(main, t)];
  if (s)
    lines.push({
      id: 'effective',
      swatch: null,
      text: label('cw.tip.effective', {
        rwnd: formatSegments(layout.advertisedRwnd),
        value: formatSegments(Math.min(s.cwnd, layout.advertisedRwnd)),
      }),
    });
  const types = new Set(layout.losses.filter((l) => l.round === round).map((l) => l.type));
  for (const type of types)
    lines.push({
      id: `loss-${type}`,
      swatch: null,
      text: label('cw.tip.loss', { type: label(`cw.loss.${type}`) }),
    });
  return lines;
}
