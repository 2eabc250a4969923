// Draws the marks beside the arrows (idle-interval breaks, timer bars, state names) for one frame:
// keyed D3 joins, new items cloned from a template, and writes only where an item's drawing
// changed. Translated texts are made once per (wording, language), not once per item per frame.
import type { Selection } from 'd3';
import type { SeqGap, SeqHole, SeqStateMark, SeqTimer, SequenceLayout } from './layout';
import { durationText, type LabelFn } from '../label';
import { cloneTemplate, drawState, setAttrs, setText, svgEl, toggleChild } from '../dom';

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const round = (v: number): number => Math.round(v * 10) / 10;

const textMemo = new WeakMap<LabelFn, Map<string, string>>();

/**
 * `make()` in the language of `label`, computed once per `key` (what the text depends on, e.g. a
 * timer's kind and duration) and then remembered: the catalogs are not read per item per frame.
 */
function textOf(label: LabelFn, key: string, make: () => string): string {
  let byKey = textMemo.get(label);
  if (!byKey) textMemo.set(label, (byKey = new Map()));
  let text = byKey.get(key);
  if (text === undefined) {
    if (byKey.size >= 10_000) byKey.clear();
    byKey.set(key, (text = make()));
  }
  return text;
}

function gapTemplate(doc: Document): SVGGElement {
  const g = svgEl(doc, 'g');
  g.append(
    svgEl(doc, 'rect', { class: 'ww-seq-gap-band' }),
    svgEl(doc, 'line', { class: 'ww-seq-gap-line ww-end-client' }),
    svgEl(doc, 'line', { class: 'ww-seq-gap-line ww-end-server' }),
    svgEl(doc, 'text', { class: 'ww-seq-gap-text' }),
  );
  return g;
}

/** Breaks ("⋯ +1.0 s ⋯") of compressed idle intervals. */
export function drawGaps(g: Layer, gaps: SeqGap[], layout: SequenceLayout, label: LabelFn): void {
  const { client, server } = layout.lifelineX;
  const doc = g.node()?.ownerDocument;
  if (!doc) return;
  g.selectChildren<SVGGElement, SeqGap>()
    .data(gaps, (d) => d.id)
    .join((enter) => enter.append((d) => draw(cloneTemplate(doc, 'seq-gap', gapTemplate), d)))
    .each(function (d) {
      draw(this, d);
    });
  function draw(el: SVGGElement, d: SeqGap): SVGGElement {
    const text = textOf(
      label,
      `gap|${d.durationMs}`,
      () => `⋯ ${label('seq.gap', { duration: durationText(label, d.durationMs, true) })} ⋯`,
    );
    if (drawState(el, d, text) === 'same') return el;
    const [band, l1, l2, t] = Array.from(el.children);
    setAttrs(el, { class: `ww-seq-gap${d.inFlight ? ' is-inflight' : ''}`, 'data-id': d.id });
    const ys = { y1: round(d.y1 + 4), y2: round(d.y2 - 4) };
    if (band)
      setAttrs(band, {
        x: 0,
        y: ys.y1,
        width: layout.width,
        height: round(Math.max(0, ys.y2 - ys.y1)),
      });
    if (l1) setAttrs(l1, { x1: client, x2: client, ...ys });
    if (l2) setAttrs(l2, { x1: server, x2: server, ...ys });
    if (t) {
      setAttrs(t, {
        x: d.inFlight ? client - 30 : (client + server) / 2,
        y: round((d.y1 + d.y2) / 2 + 4),
        'text-anchor': d.inFlight ? 'end' : 'middle',
      });
      setText(t, text);
    }
    return el;
  }
}

const labelEl = (doc: Document): Element => svgEl(doc, 'text', { class: 'ww-seq-timer-label' });

function timerTemplate(doc: Document): SVGGElement {
  const g = svgEl(doc, 'g');
  g.append(svgEl(doc, 'rect', { class: 'ww-seq-timer-bar', width: 4 }));
  return g;
}

/** Timer bars (RTO, 2MSL), growing with the cursor while they run; `nowY` is the cursor's y. */
export function drawTimers(
  g: Layer,
  timers: SeqTimer[],
  step: number,
  nowY: number,
  label: LabelFn,
): void {
  const doc = g.node()?.ownerDocument;
  if (!doc) return;
  g.selectChildren<SVGGElement, SeqTimer>()
    .data(timers, (d) => d.id)
    .join((enter) => enter.append((d) => draw(cloneTemplate(doc, 'seq-timer', timerTemplate), d)))
    .each(function (d) {
      draw(this, d);
    });
  function draw(el: SVGGElement, d: SeqTimer): SVGGElement {
    const running = step < d.endStep;
    let cls = `ww-seq-timer ww-seq-timer-${d.timer} ww-end-${d.endpoint} is-${d.outcome}`;
    if (running) cls += ' is-running';
    if (d.step === step || d.endStep === step) cls += ' is-current';
    const y2 = running ? Math.min(d.y2, Math.max(d.y1 + 2, nowY)) : d.y2;
    const text = d.showLabel
      ? textOf(label, `${d.timer}|${d.durationMs}`, () =>
          label(`seq.timer.${d.timer}`, { duration: durationText(label, d.durationMs) }),
        )
      : '';
    if (drawState(el, d, `${cls}|${round(y2)}|${text}`) === 'same') return el;
    const [bar, label0] = Array.from(el.children);
    setAttrs(el, { class: cls, 'data-id': d.id });
    if (bar) setAttrs(bar, { x: d.x - 2, y: round(d.y1), height: round(y2 - d.y1) });
    // A re-simulated timer keeps its id but may get (or lose) room for its label.
    const t = toggleChild(el, label0 ?? null, d.showLabel, () => labelEl(el.ownerDocument), null);
    if (t) {
      setAttrs(t, { transform: `translate(${d.labelX},${round(d.y1 + 4)}) rotate(90)` });
      setText(t, text);
    }
    return el;
  }
}

function stateTemplate(doc: Document): SVGGElement {
  const g = svgEl(doc, 'g');
  g.append(
    svgEl(doc, 'circle', { class: 'ww-seq-state-dot', r: 3.5 }),
    svgEl(doc, 'text', { class: 'ww-seq-state-text' }),
  );
  return g;
}

/** State names where an endpoint's state changes (and a capture's starting states). */
export function drawStates(g: Layer, states: SeqStateMark[], step: number, label: LabelFn): void {
  const doc = g.node()?.ownerDocument;
  if (!doc) return;
  g.selectChildren<SVGGElement, SeqStateMark>()
    .data(states, (d) => d.id)
    .join((enter) => enter.append((d) => draw(cloneTemplate(doc, 'seq-state', stateTemplate), d)))
    .each(function (d) {
      draw(this, d);
    });
  function draw(el: SVGGElement, d: SeqStateMark): SVGGElement {
    let cls = `ww-seq-state ww-end-${d.endpoint}`;
    if (d.assumed) cls += ' is-assumed';
    if (d.step === step) cls += ' is-current';
    const text = d.assumed
      ? textOf(label, `assumed|${d.state}`, () => label('tcpcap.seq.assumed', { state: d.state }))
      : d.state;
    if (drawState(el, d, `${cls}|${text}`) === 'same') return el;
    const [dot, t] = Array.from(el.children);
    setAttrs(el, { class: cls, 'data-id': d.id });
    if (dot) setAttrs(dot, { cx: d.lifelineX, cy: round(d.y) });
    if (t) {
      setAttrs(t, { x: d.x, y: round(d.y + 4), 'text-anchor': d.anchor });
      setText(t, text);
    }
    return el;
  }
}

function holeTemplate(doc: Document): SVGGElement {
  const g = svgEl(doc, 'g', { role: 'img' });
  g.append(
    svgEl(doc, 'line', { class: 'ww-seq-hole-line' }),
    svgEl(doc, 'path', { class: 'ww-seq-x', d: 'M-5,-5L5,5M-5,5L5,-5' }),
    svgEl(doc, 'text', { class: 'ww-seq-hole-text' }),
  );
  return g;
}

/** Sequence space a capture never saw: a dashed stub from the sender to the middle, ✕, a note. */
export function drawHoles(g: Layer, holes: SeqHole[], step: number, label: LabelFn): void {
  const doc = g.node()?.ownerDocument;
  if (!doc) return;
  g.selectChildren<SVGGElement, SeqHole>()
    .data(holes, (d) => d.id)
    .join((enter) => enter.append((d) => draw(cloneTemplate(doc, 'seq-hole', holeTemplate), d)))
    .each(function (d) {
      draw(this, d);
    });
  function draw(el: SVGGElement, d: SeqHole): SVGGElement {
    const cls = `ww-seq-hole ww-end-${d.from}${d.step === step ? ' is-current' : ''}`;
    const text = textOf(label, `hole|${d.bytes ?? ''}`, () =>
      d.bytes === null
        ? label('tcpcap.seq.holeUnknown')
        : label('tcpcap.seq.hole', { bytes: d.bytes }),
    );
    if (drawState(el, d, `${cls}|${text}`) === 'same') return el;
    const [line, x, t] = Array.from(el.children);
    setAttrs(el, { class: cls, 'data-id': d.id, 'aria-label': text });
    const y = round(d.y);
    if (line) setAttrs(line, { x1: d.x1, y1: y, x2: round(d.x2), y2: y });
    if (x) setAttrs(x, { transform: `translate(${round(d.x2)},${y})` });
    if (t) {
      // Written beside the ✕, on the side away from the sender.
      const right = d.x2 > d.x1;
      setAttrs(t, {
        x: round(d.x2 + (right ? 10 : -10)),
        y: y + 4,
        'text-anchor': right ? 'start' : 'end',
      });
      setText(t, text);
    }
    return el;
  }
}
