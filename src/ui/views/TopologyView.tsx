// React host of the journey's topology: measures the width, lays the trace out once per (trace,
// width, language), and asks D3 for a frame when the step or the animation's progress moves. The
// caption under the drawing says in words what travels where (the drawing's description).
import { memo, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { JourneyTrace } from '../../engine/journey/trace';
import { layoutTopology } from '../../viz/journey/topologyLayout';
import { renderTopology, topologyAlt } from '../../viz/journey/topologyRender';
import type { LabelFn } from '../../viz/label';
import { useWidth } from './useWidth';
import './views.css';
import './journey.css';

/** Props of {@link TopologyView}. */
export interface TopologyViewProps {
  trace: JourneyTrace;
  /** The player's step (0 = nothing yet). */
  step: number;
  /** 0..1 toward step + 1 while playing: how far the step's packet has travelled. */
  progress: number;
  label: LabelFn;
  /** Ignore `progress`: packets jump from step to step. */
  reducedMotion: boolean;
}

/** Width used before the container has been measured (and in environments without layout). */
const FALLBACK_WIDTH = 760;

/** The client's LAN and the Internet, with the step's packet moving along its route. */
export const TopologyView = memo(function TopologyView(props: TopologyViewProps) {
  const { trace, step, progress, label, reducedMotion } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef);
  const svgRef = useRef<SVGSVGElement>(null);
  const captionId = `${useId()}-caption`;

  // The only O(events) work: redone when the trace, the width or the language changes (box
  // sizes follow the words).
  const layout = useMemo(
    () => layoutTopology(trace, { width: width || FALLBACK_WIDTH, label }),
    [trace, width, label],
  );

  // A step or an animation frame sets a few classes and moves the packet.
  useLayoutEffect(() => {
    if (svgRef.current)
      renderTopology(svgRef.current, layout, { step, progress }, { label, reducedMotion });
  }, [layout, step, progress, label, reducedMotion]);

  return (
    <figure className="ww-viz ww-jv ww-topo">
      <div ref={wrapRef} className="ww-topo-wrap">
        <svg
          ref={svgRef}
          className="ww-jv-svg"
          role="img"
          aria-label={label('jv.topo.aria')}
          aria-describedby={captionId}
        />
      </div>
      <figcaption id={captionId} className="ww-jv-caption">
        {topologyAlt(layout, step, label)}
      </figcaption>
    </figure>
  );
});
