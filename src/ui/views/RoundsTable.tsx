// The per-round table of the congestion lab: round, cwnd (one column per compared algorithm),
// ssthresh, phase and the segments sent. Only the visible rows are in the DOM (fixed row height),
// the current round is highlighted and kept in view, later rounds are faint. "Download CSV" saves
// the same values.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { CongestionSimTrace, RoundRow, SegmentsRoundRow } from '../../engine/congestion/trace';
import { ALGORITHM_NAMES, formatSegments } from '../../viz/cwnd/format';
import type { LabelFn } from '../../viz/label';
import './views.css';
import './cwnd.css';
import './roundsTable.css';

/** Props of {@link RoundsTable}. */
export interface RoundsTableProps {
  /** A simulated run (a capture has no rounds: the lab does not show the table then). */
  trace: CongestionSimTrace;
  /** The current round (0 = nothing sent yet): the step in the rounds model, the round of the step's time in the segments model. */
  step: number;
  label: LabelFn;
}

/** Row height in px (matches .ww-cw-table td in roundsTable.css); windowing relies on it. */
export const ROW_HEIGHT = 28;
const OVERSCAN = 8;
/** Viewport height used before it has been measured (and in jsdom). */
const FALLBACK_VIEW = 320;

/** Saves `text` as a file through a temporary Blob URL. */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Values per round of the main run, plus the cwnd of each compared run. */
export const RoundsTable = memo(function RoundsTable({ trace, step, label }: RoundsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(FALLBACK_VIEW);
  const rows = trace.summary.rounds;
  const n = rows.length;

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setViewHeight(el.clientHeight || FALLBACK_VIEW);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the current round's row in view (below the sticky header), centred when it was not.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || step < 1) return;
    const h = el.clientHeight || FALLBACK_VIEW;
    const headH = headRef.current?.offsetHeight || ROW_HEIGHT;
    const rowTop = headH + (step - 1) * ROW_HEIGHT;
    if (rowTop - headH >= el.scrollTop && rowTop + ROW_HEIGHT <= el.scrollTop + h) return;
    const target = Math.max(0, rowTop - h / 2);
    el.scrollTop = target;
    // The target, not a read-back: no forced layout, and the scroll event corrects any clamping.
    setScrollTop(target);
  }, [step, n]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(n, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const main = ALGORITHM_NAMES[trace.summary.algorithm];
  const compared = trace.compare.length > 0;
  const cwnd = label('cw.table.cwnd');
  /** A column header naming its algorithm on a second line (only when runs are compared). */
  const head = (column: string, algorithm: string | null) => (
    <>
      {column}
      {algorithm !== null && <span className="ww-cw-th-alg">{algorithm}</span>}
    </>
  );
  const mainName = compared ? main : null;

  return (
    <div className="ww-viz ww-cw-table">
      <div className="ww-cw-table-bar">
        <button
          type="button"
          className="ww-cw-download"
          onClick={() =>
            // The CSV writer loads on first use (an embed rarely needs it).
            void import('../../viz/cwnd/csv').then((csv) =>
              downloadText(csv.roundsCsv(trace), csv.roundsCsvFileName(trace)),
            )
          }
        >
          {label('cw.table.download')}
        </button>
      </div>
      <div
        ref={scrollRef}
        className="ww-cw-table-scroll"
        role="region"
        aria-label={label('cw.table.aria')}
        tabIndex={0}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <table aria-rowcount={n + 1}>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              <th scope="col">{label('cw.table.round')}</th>
              <th scope="col">{head(cwnd, mainName)}</th>
              {trace.compare.map((c) => (
                <th scope="col" key={c.algorithm}>
                  {head(cwnd, ALGORITHM_NAMES[c.algorithm])}
                </th>
              ))}
              <th scope="col">{head(label('cw.table.ssthresh'), mainName)}</th>
              <th scope="col">{label('cw.table.phase')}</th>
              <th scope="col">{label('cw.table.firstSegment')}</th>
              <th scope="col">{label('cw.table.lastSegment')}</th>
              {trace.model === 'segments' && (
                <>
                  <th scope="col">{label('cw.table.retransmissions')}</th>
                  <th scope="col">{label('cw.table.drops')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr className="ww-cw-spacer" style={{ height: first * ROW_HEIGHT }} />}
            {rows.slice(first, last).map((row) => (
              <Row key={row.round} row={row} trace={trace} step={step} label={label} />
            ))}
            {last < n && (
              <tr className="ww-cw-spacer" style={{ height: (n - last) * ROW_HEIGHT }} />
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
});

interface RowProps {
  row: RoundRow | SegmentsRoundRow;
  trace: CongestionSimTrace;
  step: number;
  label: LabelFn;
}

function Row({ row, trace, step, label }: RowProps) {
  const state = row.round === step ? 'is-current' : row.round > step ? 'is-future' : 'is-past';
  return (
    <tr
      className={state}
      data-round={row.round}
      aria-rowindex={row.round + 1}
      aria-current={row.round === step ? 'step' : undefined}
    >
      <th scope="row">{row.round}</th>
      <td>{formatSegments(row.cwnd)}</td>
      {trace.compare.map((c) => {
        const other = c.rounds[row.round - 1];
        return <td key={c.algorithm}>{other ? formatSegments(other.cwnd) : ''}</td>;
      })}
      <td>{formatSegments(row.ssthresh)}</td>
      <td>
        <span className={`ww-cw-chip ww-cw-phase-${row.phase}`} aria-hidden="true" />
        {label(`cw.phase.${row.phase}`)}
      </td>
      <td>{row.firstSegment ?? '—'}</td>
      <td>{row.lastSegment ?? '—'}</td>
      {'drops' in row && (
        <>
          <td>{row.retransmissions}</td>
          <td>{row.drops}</td>
        </>
      )}
    </tr>
  );
}
