// React host of one endpoint's TCP state diagram: finds the state at the cursor (O(log n) via a
// cached index) and lets D3 highlight it and the edge just taken. For a captured conversation the
// states are the inferred ones (an assumed starting state says so).
import { memo, useLayoutEffect, useRef } from 'react';
import type { Endpoint, TcpTrace } from '../../engine/trace';
import { layoutStateDiagram } from '../../viz/stateDiagram/layout';
import { renderStateDiagram } from '../../viz/stateDiagram/render';
import { stateAtStep } from '../../viz/stateDiagram/states';
import type { LabelFn } from '../../viz/label';
import './views.css';

/** Props of {@link StateDiagramView}. */
export interface StateDiagramViewProps {
  trace: TcpTrace;
  step: number;
  endpoint: Endpoint;
  label: LabelFn;
}

/** The geometry never changes: computed once for every diagram on the page. */
const LAYOUT = layoutStateDiagram();

/** The RFC 9293 state diagram of `endpoint`, current state and last transition highlighted. */
export const StateDiagramView = memo(function StateDiagramView(props: StateDiagramViewProps) {
  const { trace, step, endpoint, label } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const { current, lastTransition } = stateAtStep(trace, endpoint, step);

  // lastTransition comes from the cached index, so its identity only changes with the state.
  useLayoutEffect(() => {
    if (svgRef.current)
      renderStateDiagram(svgRef.current, LAYOUT, { current, lastTransition }, { label });
  }, [current, lastTransition, label]);

  const name = label(`seq.${endpoint}`);
  // A capture that started mid-connection: the state is assumed until a segment changes it.
  const shown =
    trace.capture?.midConnection && !lastTransition
      ? label('tcpcap.seq.assumed', { state: current })
      : current;
  return (
    <figure className="ww-viz ww-sd">
      <figcaption className="ww-sd-title">
        {name} · {shown}
      </figcaption>
      <svg
        ref={svgRef}
        role="img"
        aria-label={label('sd.aria', { endpoint: name, state: current })}
      />
    </figure>
  );
});
