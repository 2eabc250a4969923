// Bench of the congestion lab's chart: what a student waits for after clicking a round to add or
// remove a loss — re-simulate (all algorithms drawn), re-lay out, re-render, style and layout.
import '../../src/ui/views/cwnd.css';
import { simulateRounds } from '../../src/engine/congestion/rounds';
import {
  congestionScenarioSchema,
  type CongestionScenarioInput,
} from '../../src/scenarios/congestionSchema';
import { labelFor } from '../../src/i18n/i18n';
import { layoutCwnd } from '../../src/viz/cwnd/layout';
import { renderCwnd } from '../../src/viz/cwnd/render';

/** Per-click timings (ms) and their parts. */
export interface ChartLossResult {
  rounds: number;
  algorithms: number;
  clicks: number;
  totalMs: number[];
  simulateMs: number[];
  layoutMs: number[];
  renderMs: number[];
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Toggles a loss at `clicks` rounds spread over a `rounds`-round chart of Reno vs Tahoe and CUBIC. */
export async function chartLossUpdate(rounds: number, clicks: number): Promise<ChartLossResult> {
  const input: CongestionScenarioInput = {
    kind: 'congestion',
    algorithm: 'reno',
    compare: ['tahoe', 'cubic'],
    rounds,
    initialSsthresh: 32,
    losses: Array.from({ length: Math.floor(rounds / 40) }, (_, i) => ({
      round: (i + 1) * 40,
      type: 'tripleDupAck' as const,
    })),
  };
  const host = document.createElement('div');
  host.className = 'ww-viz';
  document.body.append(host);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  host.append(svg);
  const ctx = { label: labelFor('en'), onRoundClick: () => {} };
  const size = { width: 900, height: 420 };
  const step = Math.floor(rounds / 2);
  renderCwnd(
    svg,
    layoutCwnd(simulateRounds(congestionScenarioSchema.parse(input)), size),
    { step },
    ctx,
  );
  const out: ChartLossResult = {
    rounds,
    algorithms: 3,
    clicks,
    totalMs: [],
    simulateMs: [],
    layoutMs: [],
    renderMs: [],
  };
  let losses = input.losses ?? [];
  for (let i = 0; i < clicks; i++) {
    // A round between the periodic losses, toggled on and off again on alternate clicks.
    const round = 20 + 40 * Math.floor((i * 7919) % Math.max(1, Math.floor(rounds / 40) - 1));
    losses = losses.some((l) => l.round === round)
      ? losses.filter((l) => l.round !== round)
      : [
          ...losses,
          { round, type: i % 3 === 0 ? ('timeout' as const) : ('tripleDupAck' as const) },
        ];
    await nextFrame();
    const t0 = performance.now();
    const trace = simulateRounds(congestionScenarioSchema.parse({ ...input, losses }));
    const t1 = performance.now();
    const layout = layoutCwnd(trace, size);
    const t2 = performance.now();
    renderCwnd(svg, layout, { step }, ctx);
    svg.getBoundingClientRect();
    const t3 = performance.now();
    out.totalMs.push(t3 - t0);
    out.simulateMs.push(t1 - t0);
    out.layoutMs.push(t2 - t1);
    out.renderMs.push(t3 - t2);
  }
  host.remove();
  return out;
}
