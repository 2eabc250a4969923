// React host of a captured conversation's congestion charts: the time/sequence (Stevens) graph and
// the bytes in flight, on one time axis with one zoom. Measures the width, lays both charts out
// once per (trace, width, time range), and asks D3 for a frame whenever the player's step moves
// (which only moves the cursor, the veil and the step's mark). When zoomed in, the range follows
// the cursor. Each chart is a labelled group with a legend and a text alternative.
import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { CongestionCaptureTrace } from '../../engine/congestion/trace';
import {
  clampWindow,
  layoutTcptrace,
  stepTime,
  windowAround,
  type TcptraceLayout,
  type TimeWindow,
  type TtLegendKind,
} from '../../viz/tcptrace/layout';
import { renderTcptrace } from '../../viz/tcptrace/render';
import { flightSummary, legendText, seqSummary } from '../../viz/tcptrace/text';
import { formatMs } from '../../viz/tcptrace/format';
import type { LabelFn } from '../../viz/label';
import { useWidth } from './useWidth';
import './views.css';
import './tcptrace.css';

/** Props of {@link TimeSeqView}. */
export interface TimeSeqViewProps {
  trace: CongestionCaptureTrace;
  /** The player's step: a segment of the conversation (0: before the first). */
  step: number;
  label: LabelFn;
  /** A segment was clicked or activated: the host moves the player to its step. */
  onSeek?: (step: number) => void;
}

/** Width used before the container has been measured (and in environments without layout). */
const FALLBACK_WIDTH = 720;
/** The narrowest time range a zoom reaches (ms). */
const MIN_SPAN = 0.2;

const seqHeightFor = (w: number): number => Math.round(Math.min(420, Math.max(260, w * 0.4)));
const flightHeightFor = (w: number): number => Math.round(Math.min(220, Math.max(140, w * 0.19)));

/** The range that keeps time `t` in view: unchanged when it is, else moved a page on. */
function follow(w: TimeWindow, t: number, full: TimeWindow): TimeWindow {
  if (t >= w.t0 && t <= w.t1) return w;
  const span = w.t1 - w.t0;
  const t0 = t > w.t1 ? t - span * 0.1 : t - span * 0.9;
  return clampWindow({ t0, t1: t0 + span }, full, MIN_SPAN);
}

/** The time/sequence graph and the bytes in flight of a captured conversation. */
export const TimeSeqView = memo(function TimeSeqView(props: TimeSeqViewProps) {
  const { trace, step, label, onSeek } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef) || FALLBACK_WIDTH;
  const seqRef = useRef<SVGSVGElement>(null);
  const flightRef = useRef<SVGSVGElement>(null);
  const id = useId().replace(/[^\w-]/g, '');
  // The zoom belongs to a conversation: another one starts whole (switching direction keeps it).
  const [zoom, setZoom] = useState<{ conv: unknown; window: TimeWindow } | null>(null);
  const range = zoom && zoom.conv === trace.conversation ? zoom.window : null;
  const setWindow = useCallback(
    (w: TimeWindow | null) => setZoom(w ? { conv: trace.conversation, window: w } : null),
    [trace.conversation],
  );

  // The only O(segments in view) work: redone when the trace, the size or the time range changes.
  const layout = useMemo(
    () =>
      layoutTcptrace(trace, {
        width,
        seqHeight: seqHeightFor(width),
        flightHeight: flightHeightFor(width),
        window: range ?? undefined,
      }),
    [trace, width, range],
  );
  const zoomed = range !== null;
  const now = stepTime(trace, step);

  // Zoomed in, the range follows the player when it moves (a page at a time, so most steps
  // relayout nothing); a range the user picks away from the cursor stays until the next step.
  const followed = useRef(step);
  useLayoutEffect(() => {
    if (followed.current === step) return;
    followed.current = step;
    if (!zoomed || step === 0) return;
    const next = follow(layout.window, now, layout.full);
    if (next !== layout.window) setWindow(next);
  }, [zoomed, step, now, layout, setWindow]);

  const onZoom = useCallback(
    (w: TimeWindow) => setWindow(clampWindow(w, layout.full, MIN_SPAN)),
    [layout.full, setWindow],
  );
  useLayoutEffect(() => {
    const ctx = { label, onSeek, onZoom };
    if (seqRef.current) renderTcptrace(seqRef.current, layout, 'seq', { step }, ctx);
    if (flightRef.current) renderTcptrace(flightRef.current, layout, 'flight', { step }, ctx);
  }, [layout, step, label, onSeek, onZoom]);

  // O(segments): once per trace and language, not per step.
  const seqText = useMemo(() => seqSummary(trace, label), [trace, label]);
  const flightText = useMemo(() => flightSummary(trace, label), [trace, label]);
  // Zoom in/out centres on the cursor when it is in view: read at click time, so the buttons (and
  // the chart holding them) need not re-render on every step.
  const cursor = useRef({ step, now });
  useLayoutEffect(() => {
    cursor.current = { step, now };
  }, [step, now]);
  const tools = useMemo(() => {
    const span = layout.window.t1 - layout.window.t0;
    const fullSpan = layout.full.t1 - layout.full.t0;
    const zoomBy = (f: number) => {
      const { step: at, now: t } = cursor.current;
      const inView = at > 0 && t >= layout.window.t0 && t <= layout.window.t1;
      const mid = inView ? t : (layout.window.t0 + layout.window.t1) / 2;
      const next = Math.max(MIN_SPAN, span * f);
      setWindow(next >= fullSpan ? null : windowAround(mid, next, layout.full));
    };
    return (
      <div className="ww-tt-zoom" role="group" aria-label={label('tt.zoom.label')}>
        <button
          type="button"
          className="ww-small"
          disabled={!zoomed}
          onClick={() => zoomBy(2)}
          aria-label={label('tt.zoom.out')}
          title={label('tt.zoom.out')}
        >
          −
        </button>
        <output aria-live="polite">
          {label('tt.zoom.range', {
            from: formatMs(Math.max(0, layout.window.t0)),
            to: formatMs(layout.window.t1),
          })}
        </output>
        <button
          type="button"
          className="ww-small"
          disabled={span <= MIN_SPAN * 1.01}
          onClick={() => zoomBy(0.5)}
          aria-label={label('tt.zoom.in')}
          title={label('tt.zoom.in')}
        >
          +
        </button>
        <button
          type="button"
          className="ww-small"
          disabled={!zoomed}
          onClick={() => setWindow(null)}
        >
          {label('tt.zoom.reset')}
        </button>
      </div>
    );
  }, [layout.window, layout.full, zoomed, label, setWindow]);

  return (
    <div className="ww-viz ww-tt" role="group" aria-label={label('tt.aria')}>
      <div ref={wrapRef} className="ww-tt-charts">
        <Chart
          panel="seq"
          layout={layout}
          label={label}
          svgRef={seqRef}
          descId={`${id}-seq`}
          summary={seqText}
          tools={tools}
        />
        <Chart
          panel="flight"
          layout={layout}
          label={label}
          svgRef={flightRef}
          descId={`${id}-flight ${id}-note`}
          summary={flightText}
        />
      </div>
      <p id={`${id}-note`} className="ww-tt-note">
        {label('tt.estimate')}
      </p>
      <p className="ww-tt-hint">{label('tt.zoom.hint')}</p>
    </div>
  );
});

interface ChartProps {
  panel: 'seq' | 'flight';
  layout: TcptraceLayout;
  label: LabelFn;
  svgRef: RefObject<SVGSVGElement | null>;
  /** The ids describing the chart: its text alternative's first (more may follow). */
  descId: string;
  summary: string;
  /** Controls shown beside the heading (the zoom, on the first chart). */
  tools?: ReactNode;
}

/** One chart: heading, legend, the <svg> D3 draws into, and its text alternative (memo: a step
 * changes none of them). */
const Chart = memo(function Chart(props: ChartProps) {
  const { panel, layout, label, svgRef, descId, summary, tools } = props;
  return (
    <section
      className={`ww-tt-chart ww-tt-chart-${panel}`}
      aria-label={label(`tt.aria.${panel}`)}
      aria-describedby={descId}
    >
      <div className="ww-tt-top">
        <h3>{label(`tt.heading.${panel}`)}</h3>
        {tools}
        <ul className="ww-tt-legend" aria-label={label('tt.legend.aria')}>
          {layout[panel].legend.map((kind) => (
            <li key={kind} className={`ww-tt-legend-${kind}`}>
              <Swatch kind={kind} />
              {legendText(kind, label)}
            </li>
          ))}
        </ul>
      </div>
      <svg ref={svgRef} className={`ww-tt-svg ww-tt-svg-${panel}`} />
      <p id={descId.split(' ')[0]} className="ww-tt-sr">
        {summary}
      </p>
    </section>
  );
});

/** The legend's key: the mark as the chart draws it (bars with serifs, markers, lines). */
function Swatch({ kind }: { kind: TtLegendKind }) {
  const bar = 'M11,2V14M9,2h4M9,14h4';
  let body;
  switch (kind) {
    case 'data':
      body = <path className="ww-tt-bar ww-tt-data" d={bar} />;
      break;
    case 'retransmission':
      body = (
        <>
          <path className="ww-tt-bar ww-tt-retx" d="M11,6V14M9,14h4" />
          <path className="ww-tt-mark ww-tt-retx" d="M11,0.5l3.5,3.5l-3.5,3.5l-3.5,-3.5z" />
        </>
      );
      break;
    case 'fast-retransmission':
      body = (
        <>
          <path className="ww-tt-bar ww-tt-fast" d="M11,7V14M9,14h4" />
          <path className="ww-tt-mark ww-tt-fast" d="M11,0.5l3.3,5.8h-6.6z" />
        </>
      );
      break;
    case 'sack':
      body = <path className="ww-tt-bar ww-tt-sack" d={bar} />;
      break;
    default:
      body = <path className={`ww-tt-line ww-tt-${kind === 'win' ? 'rwnd' : kind}`} d="M1,8H21" />;
  }
  return (
    <svg className="ww-tt-key" width="22" height="16" aria-hidden="true">
      {body}
    </svg>
  );
}
