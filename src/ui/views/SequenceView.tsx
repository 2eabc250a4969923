// React host of the sequence diagram: owns the scroll container and its <svg>, measures the
// width, lays the trace out once per (trace, width, numbering), and asks D3 for a new frame when
// the cursor moves or the user scrolls. Follows the current step by scrolling it into view.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TcpTrace } from '../../engine/trace';
import { layoutSequence, type SequenceLayout } from '../../viz/sequence/layout';
import { renderSequence, yForStep } from '../../viz/sequence/render';
import type { LabelFn } from '../../viz/label';
import './views.css';

/** Props of {@link SequenceView}. */
export interface SequenceViewProps {
  trace: TcpTrace;
  step: number;
  /** 0..1 toward step + 1 while playing. */
  progress: number;
  /** Relative (from each ISN) or absolute sequence numbers. */
  relative: boolean;
  label: LabelFn;
  reducedMotion: boolean;
  onSegmentClick?: (segId: string) => void;
}

/** Width used before the container has been measured (and in environments without layout). */
const FALLBACK_WIDTH = 640;

/** Sequence diagram of a TCP trace at the player's cursor. */
export const SequenceView = memo(function SequenceView(props: SequenceViewProps) {
  const { trace, step, progress, relative, label, reducedMotion, onSegmentClick } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Layout is the only O(n) work: redone when the trace, the width or the numbering changes.
  const layout = useMemo(
    () => layoutSequence(trace, { width: width || FALLBACK_WIDTH, relative }),
    [trace, width, relative],
  );

  // The latest frame, kept for the scroll handler so scrolling never re-renders React.
  const drawRef = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    const draw = () => {
      const el = scrollRef.current;
      const svg = svgRef.current;
      if (!el || !svg) return;
      const viewport = { top: el.scrollTop, height: el.clientHeight || 800 };
      renderSequence(
        svg,
        layout,
        { step, progress, viewport },
        { label, onSegmentClick, reducedMotion },
      );
    };
    drawRef.current = draw;
    draw();
  }, [layout, step, progress, label, reducedMotion, onSegmentClick]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let raf = 0;
    const onScroll = () => {
      if (raf) return;
      raf = requestAnimationFrame(() => {
        raf = 0;
        drawRef.current();
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (raf) cancelAnimationFrame(raf);
    };
  }, []);

  useEffect(
    () => followStep(scrollRef.current, layout, step, reducedMotion),
    [layout, step, reducedMotion],
  );

  return (
    <div
      ref={scrollRef}
      className="ww-viz ww-seq-scroll"
      role="group"
      aria-label={label('seq.aria')}
    >
      <svg ref={svgRef} className="ww-seq" />
    </div>
  );
});

/** Scrolls so the step's row is in view (centred), unless it already sits comfortably inside. */
function followStep(
  el: HTMLDivElement | null,
  layout: SequenceLayout,
  step: number,
  instant: boolean,
): void {
  if (!el) return;
  const y = yForStep(layout, step);
  const h = el.clientHeight;
  const margin = Math.min(120, h * 0.2);
  const top = el.scrollTop;
  if (y >= top + layout.headerHeight + margin && y <= top + h - margin) return;
  const target = Math.max(0, y - h / 2);
  if (typeof el.scrollTo === 'function')
    el.scrollTo({ top: target, behavior: instant ? 'auto' : 'smooth' });
  else el.scrollTop = target;
}
