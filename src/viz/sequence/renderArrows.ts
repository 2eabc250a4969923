// Draws the segment arrows of the visible window: a keyed D3 join by segment id, new arrows cloned
// from one template, then writes only where the frame changed (a step usually touches the one or
// two arrows whose state moved, not every visible one). Clicks and keys are handled by one
// delegated listener pair on the layer, not re-bound per arrow per frame.
import type { Selection } from 'd3';
import type { SeqArrow } from './layout';
import { arrowProgress } from './query';
import type { LabelFn } from '../label';
import { textsOf } from './arrowText';
import { BADGE_DX, LABEL_BASELINE, SUB_BASELINE } from './labelMetrics';
import {
  cloneTemplate,
  drawState,
  identityOf,
  setAttrs,
  setText,
  svgEl,
  toggleChild,
} from '../dom';

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
  if (a.cls) c += a.cls;
  c += v.inFlight ? ' is-inflight' : ' is-done';
  if (v.current) c += ' is-current';
  return c;
}

/** The parts of one arrow's `<g>`; `title`, `ghost`, `x`, `badge` and `sub` exist only when shown. */
interface ArrowParts {
  /** The full text as a tooltip, when the label drawn is shortened or left out. */
  title: Element | null;
  hit: Element;
  ghost: Element | null;
  line: Element;
  head: Element;
  x: Element | null;
  label: Element;
  labelText: Element;
  badge: Element | null;
  /** A captured segment's second line (under the arrow). */
  sub: Element | null;
}
const partsByG = new WeakMap<Element, ArrowParts>();

function partsOf(g: Element): ArrowParts {
  const known = partsByG.get(g);
  if (known) return known;
  // Not made by newArrow (e.g. an <svg> filled by an earlier copy of this module): find them.
  const one = (sel: string): Element | null => g.querySelector(`:scope > ${sel}`);
  const label = one('.ww-seq-label') ?? g;
  const parts: ArrowParts = {
    title: one('title'),
    hit: one('.ww-seq-hit') ?? g,
    ghost: one('.ww-seq-ghost'),
    line: one('.ww-seq-line') ?? g,
    head: one('.ww-seq-arrowhead') ?? g,
    x: one('.ww-seq-x'),
    label,
    labelText: label.querySelector('.ww-seq-label-text') ?? label,
    badge: label.querySelector('.ww-seq-badge'),
    sub: one('.ww-seq-sub'),
  };
  partsByG.set(g, parts);
  return parts;
}

function arrowTemplate(doc: Document, clickable: boolean): SVGGElement {
  // role and tabindex first: −1 rather than no attribute, so every arrow has the same attributes
  // in the same order, whichever template or frame made it.
  const g = svgEl(doc, 'g', { role: clickable ? 'button' : 'img', tabindex: clickable ? 0 : -1 });
  const label = svgEl(doc, 'text', { class: 'ww-seq-label', y: LABEL_BASELINE });
  label.append(svgEl(doc, 'tspan', { class: 'ww-seq-label-text' }));
  g.append(
    svgEl(doc, 'path', { class: 'ww-seq-hit' }),
    svgEl(doc, 'line', { class: 'ww-seq-line' }),
    svgEl(doc, 'path', { class: 'ww-seq-arrowhead', d: 'M0,0L-9,-4.5L-9,4.5Z' }),
    label,
  );
  return g;
}

/** A new arrow `<g>` (a clone of the template), with its parts recorded. */
function newArrow(doc: Document, clickable: boolean): SVGGElement {
  const g = cloneTemplate(doc, clickable ? 'seq-arrow-button' : 'seq-arrow-img', (d) =>
    arrowTemplate(d, clickable),
  );
  const [hit, line, head, label] = Array.from(g.children);
  const labelText = label?.firstElementChild;
  if (hit && line && head && label && labelText) {
    partsByG.set(g, {
      title: null,
      hit,
      ghost: null,
      line,
      head,
      x: null,
      label,
      labelText,
      badge: null,
      sub: null,
    });
  }
  return g;
}

const delegated = new WeakMap<Element, ArrowContext>();

/** One click and one keydown listener on the layer; they call the latest context's callback. */
function delegateEvents(layer: Element, ctx: ArrowContext): void {
  const bound = delegated.has(layer);
  delegated.set(layer, ctx);
  if (bound) return;
  const segId = (e: Event): string | null => {
    const g = (e.target as Element | null)?.closest?.('[data-id]');
    return g && g.parentNode === layer ? g.getAttribute('data-id') : null;
  };
  layer.addEventListener('click', (e) => {
    const id = segId(e);
    if (id !== null) delegated.get(layer)?.onSegmentClick?.(id);
  });
  layer.addEventListener('keydown', (e) => {
    const on = delegated.get(layer)?.onSegmentClick;
    const key = (e as KeyboardEvent).key;
    if (!on || (key !== 'Enter' && key !== ' ')) return;
    const id = segId(e);
    if (id === null) return;
    e.preventDefault();
    on(id);
  });
}

/** Joins `views` into `layer` (one `<g>` per arrow, keyed by segment id) and updates them. */
export function renderArrows(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  views: ArrowView[],
  ctx: ArrowContext,
): void {
  const node = layer.node();
  if (!node) return;
  const doc = node.ownerDocument;
  delegateEvents(node, ctx);
  const clickable = ctx.onSegmentClick !== undefined;
  // What else a drawing depends on: the role (clickable) and the language of its texts.
  const tail = `|${clickable ? 1 : 0}|${identityOf(ctx.label)}`;
  const update = (g: SVGGElement, v: ArrowView): SVGGElement => {
    const cls = arrowClass(v);
    const state = drawState(g, v.a, `${cls}|${round(v.tipX)},${round(v.tipY)}${tail}`);
    if (state !== 'same') drawArrow(g, v, state === 'new', cls, clickable, ctx.label);
    return g;
  };
  layer
    .selectChildren<SVGGElement, ArrowView>()
    .data(views, (d) => d.a.id)
    // A new arrow is drawn before it is inserted: attribute writes on a detached element do not
    // schedule style and layout invalidation one by one.
    .join((enter) => enter.append((v) => update(newArrow(doc, clickable), v)))
    .each(function (v) {
      update(this, v);
    });
}

/** Writes one arrow: everything when `full`, else only what a frame can change. */
function drawArrow(
  g: SVGGElement,
  v: ArrowView,
  full: boolean,
  cls: string,
  clickable: boolean,
  label: LabelFn,
): void {
  const a = v.a;
  const p = partsOf(g);
  const doc = g.ownerDocument;
  const { texts, all } = textsOf(label, a);
  const aria = v.inFlight
    ? `${texts.name}, ${all.inFlight}`
    : a.lost
      ? `${texts.name}, ${all.lost}`
      : texts.name;
  setAttrs(g, {
    role: clickable ? 'button' : 'img',
    tabindex: clickable ? 0 : -1,
    class: cls,
    'data-id': a.id,
    'data-step': a.step,
    'aria-label': aria,
  });
  const ends = { x1: round(a.x1), y1: round(a.y1) };
  // The hit area and the ghost span the whole path: one `d` rather than four coordinates.
  const whole = { d: `M${ends.x1},${ends.y1}L${round(a.x2)},${round(a.y2)}` };
  // The dashed ghost of the whole path shows only while in flight; the ✕ only on a lost arrow.
  const ghost = toggleChild(
    g,
    p.ghost,
    v.inFlight,
    () => svgEl(doc, 'path', { class: 'ww-seq-ghost' }),
    p.line,
  );
  if (ghost) setAttrs(ghost, whole);
  p.ghost = ghost;
  const x = toggleChild(
    g,
    p.x,
    a.lost,
    () => svgEl(doc, 'path', { class: 'ww-seq-x', d: 'M-5,-5L5,5M-5,5L5,-5' }),
    p.label,
  );
  if (x) setAttrs(x, { transform: `translate(${round(a.x2)},${round(a.y2)})` });
  p.x = x;
  const placed = {
    'text-anchor': a.labelAnchor,
    transform: `translate(${round(a.labelX)},${round(a.labelY)}) rotate(${round(a.labelAngle)})`,
  };
  // What of the label the layout found room for: all of it, the short text with its marks, the
  // short text alone, or nothing (then the full text is the arrow's tooltip, as when shortened).
  const fit = a.labelFit;
  const marks = fit === 'full' || fit === 'short';
  const details = fit === 'full' && a.sub !== undefined;
  if (full) {
    setAttrs(p.hit, whole);
    setAttrs(p.label, placed);
    setText(p.labelText, fit === 'full' ? a.text : fit === 'none' ? '' : a.shortText);
  }
  const title = toggleChild(
    g,
    p.title,
    fit !== 'full',
    () => svgEl(doc, 'title'),
    g.firstElementChild,
  );
  if (title) setText(title, texts.name);
  p.title = title;
  // A captured segment's second line, under the arrow and turned with it: its marks first (as
  // Wireshark's Info column), then options, SACK, TLS or HTTP.
  const sub = toggleChild(
    g,
    p.sub,
    (marks && a.badges !== undefined) || details,
    () => {
      const el = svgEl(doc, 'text', { class: 'ww-seq-sub', y: SUB_BASELINE });
      el.append(
        svgEl(doc, 'tspan', { class: 'ww-seq-badge' }),
        svgEl(doc, 'tspan', { class: 'ww-seq-sub-text' }),
      );
      return el;
    },
    null,
  );
  if (sub) {
    setAttrs(sub, placed);
    const [badges, rest] = Array.from(sub.children);
    // Leading spaces (not drawn) keep the arrow's text content word-separated, so it reads as
    // the start of its accessible name (WCAG 2.5.3 label in name).
    if (badges) setText(badges, a.badges ? ` ${texts.badge}` : '');
    if (rest) setText(rest, details ? ` ${a.sub}` : '');
  }
  p.sub = sub;
  setAttrs(p.line, { ...ends, x2: round(v.tipX), y2: round(v.tipY) });
  const deg = (Math.atan2(a.y2 - a.y1, a.x2 - a.x1) * 180) / Math.PI;
  setAttrs(p.head, {
    transform: `translate(${round(v.tipX)},${round(v.tipY)}) rotate(${round(deg)})`,
  });
  // The leading space keeps the visible text "SYN seq=0 retransmission" word-separated, so it
  // matches the start of the accessible name (WCAG 2.5.3 label in name).
  const badge = toggleChild(
    p.label,
    p.badge,
    marks && texts.badge !== '' && a.badges === undefined,
    () => svgEl(doc, 'tspan', { class: 'ww-seq-badge', dx: BADGE_DX }),
    null,
  );
  if (badge) setText(badge, ` ${texts.badge}`);
  p.badge = badge;
}
