// Draws the segment arrows of the visible window: a keyed D3 join by segment id with a fixed
// child structure per arrow, then direct attribute writes only where the frame changed (a step
// usually touches the one or two arrows whose state moved, not every visible one).
import type { Selection } from 'd3';
import type { SeqArrow } from './layout';
import { arrowProgress } from './query';
import type { LabelFn } from '../label';
import { drawState, setAttrs } from '../dom';

/** An arrow as drawn in one frame. */
export interface ArrowView {
  a: SeqArrow;
  inFlight: boolean;
  current: boolean;
  /** Where the drawn line ends: the tip while in flight, the end point once arrived or lost. */
  tipX: number;
  tipY: number;
}

/** What the arrows need from the render context. */
export interface ArrowContext {
  label: LabelFn;
  onSegmentClick?: (segId: string) => void;
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** The frame's view of each visible arrow sent at or before `step`; `now` is the cursor time. */
export function arrowViews(arrows: readonly SeqArrow[], step: number, now: number): ArrowView[] {
  const out: ArrowView[] = [];
  for (const a of arrows) {
    if (a.step > step) continue;
    const inFlight = step < a.endStep;
    const f = inFlight ? arrowProgress(a, now) : 1;
    out.push({
      a,
      inFlight,
      current: a.step === step || a.endStep === step,
      tipX: a.x1 + f * (a.x2 - a.x1),
      tipY: a.y1 + f * (a.y2 - a.y1),
    });
  }
  return out;
}

function arrowClass(v: ArrowView): string {
  const a = v.a;
  let c = `ww-seq-seg ww-dir-${a.from === 'client' ? 'c2s' : 's2c'}`;
  if (a.lost) c += ' is-lost';
  if (a.retransmission) c += ' is-retx';
  if (a.injected) c += ' is-injected';
  if (a.duplicate) c += ' is-dup';
  c += v.inFlight ? ' is-inflight' : ' is-done';
  if (v.current) c += ' is-current';
  return c;
}

function badgeKey(a: SeqArrow): string | null {
  if (a.injected) return 'seq.badge.injected';
  if (a.duplicate) return 'seq.badge.duplicate';
  if (a.retransmission) return 'seq.badge.retransmission';
  return null;
}

/** Joins `views` into `layer` (one `<g>` per arrow, keyed by segment id) and updates them. */
export function renderArrows(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  views: ArrowView[],
  ctx: ArrowContext,
): void {
  const names = { client: ctx.label('seq.client'), server: ctx.label('seq.server') };
  const clickable = ctx.onSegmentClick !== undefined;
  const ariaOf = (v: ArrowView): string => {
    const a = v.a;
    const to = a.from === 'client' ? names.server : names.client;
    const badge = badgeKey(a);
    // The visible label comes first, word for word (WCAG 2.5.3), then who sends it to whom.
    const text = badge ? `${a.text} ${ctx.label(badge)}` : a.text;
    const parts = [ctx.label('seq.aria.segment', { from: names[a.from], to, text })];
    if (v.inFlight) parts.push(ctx.label('seq.aria.inFlight'));
    else if (a.lost) parts.push(ctx.label('seq.aria.lost'));
    return parts.join(', ');
  };

  layer
    .selectChildren<SVGGElement, ArrowView>()
    .data(views, (d) => d.a.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('line').attr('class', 'ww-seq-hit');
      e.append('line').attr('class', 'ww-seq-ghost');
      e.append('line').attr('class', 'ww-seq-line');
      e.append('path').attr('class', 'ww-seq-arrowhead').attr('d', 'M0,0L-9,-4.5L-9,4.5Z');
      // Every arrow has a ✕ (hidden by CSS unless the arrow is lost): a click can make a drawn
      // arrow lost without re-creating it, and the child structure stays fixed.
      e.append('path').attr('class', 'ww-seq-x').attr('d', 'M-5,-5L5,5M-5,5L5,-5');
      const t = e.append('text').attr('class', 'ww-seq-label').attr('y', -5);
      t.append('tspan').attr('class', 'ww-seq-label-text');
      t.append('tspan').attr('class', 'ww-seq-badge').attr('dx', 2);
      return e;
    })
    .each(function (v) {
      const key = badgeKey(v.a);
      const badge = key ? ctx.label(key) : '';
      const cls = arrowClass(v);
      const aria = ariaOf(v);
      const tip = `${round(v.tipX)},${round(v.tipY)}`;
      const sig = `${cls}|${tip}|${aria}|${badge}|${clickable}`;
      const state = drawState(this, v.a, sig);
      if (state === 'same') return;
      drawArrow(this, v, state === 'new', { cls, aria, badge, clickable });
    })
    // Handlers are re-bound every frame so they always call the latest callback.
    .on('click', (_e: Event, d) => ctx.onSegmentClick?.(d.a.id))
    .on('keydown', (e: KeyboardEvent, d) => {
      if (!clickable || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      ctx.onSegmentClick?.(d.a.id);
    });
}

/** Writes one arrow: everything when `full`, else only what a frame can change. */
function drawArrow(
  g: SVGGElement,
  v: ArrowView,
  full: boolean,
  t: { cls: string; aria: string; badge: string; clickable: boolean },
): void {
  const a = v.a;
  const [hit, ghost, line, head] = Array.from(g.children);
  const x = g.children[4];
  const text = g.lastElementChild;
  setAttrs(g, {
    class: t.cls,
    'data-id': a.id,
    'data-step': a.step,
    role: t.clickable ? 'button' : 'img',
    // −1 rather than no attribute: a fixed attribute set keeps the DOM identical across frames.
    tabindex: t.clickable ? 0 : -1,
    'aria-label': t.aria,
  });
  const ends = { x1: round(a.x1), y1: round(a.y1) };
  if (full) {
    const whole = { ...ends, x2: round(a.x2), y2: round(a.y2) };
    if (hit) setAttrs(hit, whole);
    if (ghost) setAttrs(ghost, whole);
    if (x) setAttrs(x, { transform: `translate(${round(a.x2)},${round(a.y2)})` });
    if (text) {
      setAttrs(text, {
        'text-anchor': a.labelAnchor,
        transform: `translate(${round(a.labelX)},${round(a.labelY)}) rotate(${round(a.labelAngle)})`,
      });
      if (text.firstElementChild) text.firstElementChild.textContent = a.text;
    }
  }
  if (line) setAttrs(line, { ...ends, x2: round(v.tipX), y2: round(v.tipY) });
  const deg = (Math.atan2(a.y2 - a.y1, a.x2 - a.x1) * 180) / Math.PI;
  if (head)
    setAttrs(head, {
      transform: `translate(${round(v.tipX)},${round(v.tipY)}) rotate(${round(deg)})`,
    });
  const badge = text?.lastElementChild;
  // The leading space keeps the visible text "SYN seq=0 retransmission" word-separated, so it
  // matches the start of the accessible name (WCAG 2.5.3 label in name).
  const badgeText = t.badge ? ` ${t.badge}` : '';
  if (badge && badge.textContent !== badgeText) badge.textContent = badgeText;
}
