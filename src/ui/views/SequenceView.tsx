// React host of the sequence diagram: owns the scroll container and its <svg>, measures the
// width, lays the trace out once per (trace, width, numbering), and asks D3 for a new frame when
// the cursor moves or the user scrolls. Follows the current step by scrolling it into view. A
// captured conversation's labels load on demand: its first drawing waits for them.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TcpTrace } from '../../engine/trace';
import { layoutSequence, type SequenceLayout } from '../../viz/sequence/layout';
import { renderSequence, sizeSequence, yForStep } from '../../viz/sequence/render';
import { loadCaptureArrow, loadedCaptureArrow } from '../../viz/sequence/captureLoader';
import type { LabelFn } from '../../viz/label';
import { useWidth } from './useWidth';
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
  /** Vertical zoom of the time axis (default 1). */
  zoom?: number;
}

/** Width used before the container has been measured (and in environments without layout). */
const FALLBACK_WIDTH = 640;

/** Sequence diagram of a TCP trace at the player's cursor. */
export const SequenceView = memo(function SequenceView(props: SequenceViewProps) {
  const { trace, step, progress, relative, label, reducedMotion, onSegmentClick } = props;
  const zoom = props.zoom ?? 1;
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useWidth(scrollRef);
  const svgRef = useRef<SVGSVGElement>(null);

  const [captureArrow, setCaptureArrow] = useState(loadedCaptureArrow);
  const waiting = trace.capture !== undefined && !captureArrow;
  useEffect(() => {
    if (!waiting) return;
    void loadCaptureArrow().then((f) => setCaptureArrow(() => f));
  }, [waiting]);

  // Layout is the only O(n) work: redone when the trace, the width or the numbering changes.
  const layout = useMemo(
    () =>
      waiting
        ? null
        : layoutSequence(trace, { width: width || FALLBACK_WIDTH, relative, zoom, captureArrow }),
    [trace, width, relative, zoom, waiting, captureArrow],
  );

  // The latest frame, kept for the scroll handler so scrolling never re-renders React.
  const drawRef = useRef<() => void>(() => {});
  // What the view last followed: it scrolls to the cursor only when the step or the layout moves.
  const followed = useRef<{ layout: SequenceLayout; step: number; reducedMotion: boolean }>(null);
  useLayoutEffect(() => {
    if (!layout) return;
    const draw = (follow: boolean) => {
      const el = scrollRef.current;
      const svg = svgRef.current;
      if (!el || !svg) return;
      // Layout is read before this frame writes anything (the scroll, then D3's drawing) and never
      // after: a read after a write would force a synchronous style and layout pass, and drawing
      // before scrolling would draw the old viewport, then the new one again on the scroll event.
      const height = el.clientHeight;
      let top = el.scrollTop;
      if (follow && followStep(el, svg, layout, step, reducedMotion, top, height)) {
        // Only the scroll offset was written (layout stays clean): reading it back is free, and
        // gives the offset as the browser clamped it. A smooth scroll has not moved yet.
        top = el.scrollTop;
      }
      const viewport = { top, height: height || 800 };
      renderSequence(
        svg,
        layout,
        { step, progress, viewport },
        { label, onSegmentClick, reducedMotion },
      );
    };
    drawRef.current = () => draw(false);
    const last = followed.current;
    const follow =
      !last || last.layout !== layout || last.step !== step || last.reducedMotion !== reducedMotion;
    followed.current = { layout, step, reducedMotion };
    draw(follow);
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

/**
 * Scrolls so the step's row is in view (centred), unless it already sits comfortably inside;
 * `top` and `height` are the scroll offset and viewport height read before any write. Returns
 * whether it scrolled.
 */
function followStep(
  el: HTMLDivElement,
  svg: SVGSVGElement,
  layout: SequenceLayout,
  step: number,
  instant: boolean,
  top: number,
  height: number,
): boolean {
  const y = yForStep(layout, step);
  const margin = Math.min(120, height * 0.2);
  if (y >= top + layout.headerHeight + margin && y <= top + height - margin) return false;
  const target = Math.max(0, y - height / 2);
  // A new layout may be taller than the drawing still is: size it first so the target exists.
  sizeSequence(svg, layout);
  if (typeof el.scrollTo === 'function')
    el.scrollTo({ top: target, behavior: instant ? 'auto' : 'smooth' });
  else el.scrollTop = target;
  return true;
}
