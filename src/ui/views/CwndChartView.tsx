// React host of the congestion-window chart: measures the width, lays the trace out once per
// (trace, size, curve style), renders the legend and (rounds model) the curve-style switch, and asks
// D3 for a frame whenever the player's step moves (a round, or a TCP step in the segments model).
import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CongestionSimTrace } from '../../engine/congestion/trace';
import {
  layoutCwnd,
  type CwndCurve,
  type CwndLayout,
  type CwndLegendItem,
} from '../../viz/cwnd/layout';
import { renderCwnd } from '../../viz/cwnd/render';
import { phasePatternId } from '../../viz/cwnd/static';
import { ALGORITHM_NAMES } from '../../viz/cwnd/format';
import type { LabelFn } from '../../viz/label';
import { useWidth } from './useWidth';
import './views.css';
import './cwnd.css';

/** Props of {@link CwndChartView}. */
export interface CwndChartViewProps {
  /** A rounds-model or a segments-model trace (a capture has its own charts: TimeSeqView). */
  trace: CongestionSimTrace;
  /** The player's step: the current round, or the TCP trace's step (0 = nothing sent yet). */
  step: number;
  label: LabelFn;
  /** A round's column was clicked or activated: the host adds or removes a loss there. */
  onRoundClick?: (round: number) => void;
  /**
   * Fixes the curve style; when absent the view shows a Points/Steps switch (rounds model only:
   * the segments model is always a step line).
   */
  curve?: CwndCurve;
}

/** Width used before the container has been measured (and in environments without layout). */
const FALLBACK_WIDTH = 640;
const CURVES: readonly CwndCurve[] = ['points', 'step'];

/** Chart height for a width: about 2:1, within readable bounds. */
const heightFor = (width: number): number => Math.round(Math.min(420, Math.max(260, width * 0.5)));

/** cwnd, ssthresh and rwnd per round or over time, with phase bands, losses and compared algorithms. */
export const CwndChartView = memo(function CwndChartView(props: CwndChartViewProps) {
  const { trace, step, label, onRoundClick } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef);
  const svgRef = useRef<SVGSVGElement>(null);
  const [ownCurve, setOwnCurve] = useState<CwndCurve>('points');
  // Pattern ids must be unique in the page and valid in url(#…): no colons from useId.
  const prefix = `ww-cw-${useId().replace(/[^\w-]/g, '')}`;
  const curve = props.curve ?? ownCurve;

  // The only O(rounds) / O(samples) work: redone when the trace, the size or the curve style changes.
  const layout = useMemo(() => {
    const w = width || FALLBACK_WIDTH;
    return layoutCwnd(trace, { width: w, height: heightFor(w), curve });
  }, [trace, width, curve]);

  // A step only moves the cursor and the veil (renderCwnd skips the static layers).
  useLayoutEffect(() => {
    if (svgRef.current)
      renderCwnd(svgRef.current, layout, { step }, { label, onRoundClick, patternPrefix: prefix });
  }, [layout, step, label, onRoundClick, prefix]);

  return (
    <div className="ww-viz ww-cw" role="group" aria-label={label('cw.aria')}>
      <div className="ww-cw-top">
        <Legend layout={layout} label={label} prefix={prefix} />
        {props.curve === undefined && trace.model === 'rounds' && (
          <div className="ww-cw-curve" role="group" aria-label={label('cw.curve.label')}>
            {CURVES.map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={curve === c}
                onClick={() => setOwnCurve(c)}
              >
                {label(`cw.curve.${c}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      <div ref={wrapRef} className="ww-cw-plot">
        <svg ref={svgRef} className="ww-cw-svg" />
      </div>
    </div>
  );
});

function legendText(item: CwndLegendItem, label: LabelFn): string {
  switch (item.kind) {
    case 'cwnd':
      return label('cw.legend.cwnd', { algorithm: ALGORITHM_NAMES[item.algorithm] });
    case 'phase':
      return label(`cw.phase.${item.phase}`);
    case 'effective':
      return label('cw.legend.effective');
    default:
      return label(`cw.legend.${item.kind}`);
  }
}

/** Swatch class: the algorithm's colour (faded when capped), the dashed ssthresh, or a phase tint. */
function swatchClass(item: CwndLegendItem): string {
  if (item.kind === 'cwnd')
    return `ww-cw-alg-${item.algorithm}${item.main ? ' is-main' : ''}${item.capped ? ' is-capped' : ''}`;
  if (item.kind === 'effective') return `ww-cw-alg-${item.algorithm} is-main`;
  if (item.kind === 'phase') return `ww-cw-phase-${item.phase}`;
  return '';
}

interface LegendProps {
  layout: CwndLayout;
  label: LabelFn;
  /** The chart's pattern prefix: phase swatches use the drawing's own tint and hatch. */
  prefix: string;
}

function Legend({ layout, label, prefix }: LegendProps) {
  return (
    <ul className="ww-cw-legend" aria-label={label('cw.legend.aria')}>
      {layout.legend.map((item) => (
        <li key={item.id} className={`ww-cw-legend-${item.kind}`}>
          <svg className="ww-cw-key" width="22" height="12" aria-hidden="true">
            {item.kind === 'phase' ? (
              <rect
                className={`ww-cw-band ${swatchClass(item)}`}
                fill={`url(#${phasePatternId(prefix, item.phase)})`}
                x="1"
                y="1"
                width="20"
                height="10"
              />
            ) : (
              <>
                <line
                  className={`ww-cw-line ww-cw-${item.kind} ${swatchClass(item)}`}
                  x1="1"
                  x2="21"
                  y1="6"
                  y2="6"
                />
                {item.kind === 'cwnd' && layout.model === 'rounds' && layout.curve === 'points' && (
                  <circle className={`ww-cw-dots ${swatchClass(item)}`} cx="11" cy="6" r="2.6" />
                )}
              </>
            )}
          </svg>
          {legendText(item, label)}
        </li>
      ))}
    </ul>
  );
}
