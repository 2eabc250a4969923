// React host of the request waterfall: measures the width, lays the requests out once per
// (trace, width), renders the legend (the phases, whose swatches use the drawing's own patterns,
// and the page load events' lines when the host passes their plug-in and the trace has them), and
// asks D3 for a frame when the step or the animation's progress moves (the cursor only).
import { memo, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { WATERFALL_PHASES } from '../../engine/journey/trace';
import {
  PHASE_IDS,
  layoutWaterfall,
  patternId,
  type WaterfallTrace,
} from '../../viz/journey/waterfallLayout';
import { renderWaterfall } from '../../viz/journey/waterfallRender';
import type { WaterfallMarksPlugin } from '../../viz/journey/waterfallMarksPlugin';
import type { LabelFn } from '../../viz/label';
import { useWidth } from './useWidth';
import './views.css';
import './journey.css';

/** Props of {@link WaterfallView}. */
export interface WaterfallViewProps {
  /** A simulated journey, or a HAR file's requests (src/capture/harTrace.ts). */
  trace: WaterfallTrace;
  /** The player's step (0 = nothing yet: every row faint). */
  step: number;
  /** 0..1 toward step + 1 while playing: the cursor glides toward the next step's time. */
  progress: number;
  label: LabelFn;
  /** Ignore `progress`: the cursor jumps from step to step. */
  reducedMotion: boolean;
  /** A click (or Enter, Space) on a row: its request and the step it stands for (stable:
   * useCallback, so a frame does not re-render for it). Without it the rows are not buttons. */
  onRowClick?: (requestId: string, step: number) => void;
  /** Shows the trace's page load events (a HAR file's: WATERFALL_MARKS); without it, none. */
  marks?: WaterfallMarksPlugin;
}

/** Width used before the container has been measured (and in environments without layout). */
const FALLBACK_WIDTH = 720;

/** One row per request, its phases as in the browser's developer tools, and the step's time. */
export const WaterfallView = memo(function WaterfallView(props: WaterfallViewProps) {
  const { trace, step, progress, label, reducedMotion, onRowClick, marks } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef);
  const svgRef = useRef<SVGSVGElement>(null);
  // Pattern ids must be unique in the page and valid in url(#…): no colons from useId.
  const prefix = `ww-wf-${useId().replace(/[^\w-]/g, '')}`;

  // The only O(requests + events) work: redone when the trace or the width changes.
  const layout = useMemo(
    () => layoutWaterfall(trace, { width: width || FALLBACK_WIDTH, marks }),
    [trace, width, marks],
  );

  // A step moves the cursor and fades the rows not started yet; nothing else is redrawn.
  useLayoutEffect(() => {
    if (svgRef.current)
      renderWaterfall(
        svgRef.current,
        layout,
        { step, progress },
        { label, reducedMotion, patternPrefix: prefix, onRowClick },
      );
  }, [layout, step, progress, label, reducedMotion, prefix, onRowClick]);
  // The page load events drawn (a HAR file's), in the legend after the phases.
  const markKinds = (marks?.kinds ?? []).filter((k) => layout.marks.some((m) => m.kind === k));

  return (
    <div className="ww-viz ww-jv ww-wf" role="group" aria-label={label('jv.wf.aria')}>
      <ul
        className="ww-wf-legend"
        aria-label={label(markKinds.length ? 'jv.wf.legendMarks' : 'jv.wf.legend')}
      >
        {WATERFALL_PHASES.map((phase) => {
          const id = PHASE_IDS[phase];
          return (
            <li key={id}>
              <svg className="ww-wf-key" width="22" height="12" aria-hidden="true">
                <rect
                  className={`ww-wf-seg ww-ph-${id}`}
                  fill={`url(#${patternId(prefix, id)})`}
                  x="1"
                  y="1"
                  width="20"
                  height="10"
                />
              </svg>
              {label(`jv.wf.phase.${id}`)}
            </li>
          );
        })}
        {markKinds.map((kind) => (
          <li key={kind}>
            <svg className="ww-wf-key" width="22" height="12" aria-hidden="true">
              <line className={`ww-wf-mark-line is-${kind}`} x1="11" x2="11" y1="0" y2="12" />
            </svg>
            {label(`jv.wf.legend.${kind}`)}
          </li>
        ))}
      </ul>
      <div ref={wrapRef} className="ww-wf-scroll">
        <svg ref={svgRef} className="ww-jv-svg" />
      </div>
      {trace.requests.length === 0 && <p className="ww-jv-caption">{label('jv.wf.empty')}</p>}
    </div>
  );
});
