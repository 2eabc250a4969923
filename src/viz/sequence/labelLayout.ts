// The labels of a sequence layout's arrows, placed once per layout: the forms each label can take
// (full; short with its marks; short alone), measured without a DOM, and the notes written between
// the lifelines that labels keep clear of. The spots themselves come from labelPlacement.ts.
import type { Endpoint } from '../../engine/trace';
import type { LabelFit, SeqArrow, SeqGap, SeqHole } from './layout';
import { badgeKey } from './arrowText';
import { durationParts } from './labels';
import {
  BADGE_DX,
  LABEL_PX,
  NOTE_BASELINE,
  NOTE_PX,
  SMALL_PX,
  labelWidth,
  roomPx,
  textBand,
} from './labelMetrics';
import {
  PLACEMENT,
  placeLabels,
  type LabelRequest,
  type LabelSpot,
  type Obstacle,
} from './labelPlacement';

/** What each form of a label draws, in the order they are tried. */
const FITS: readonly LabelFit[] = ['full', 'short', 'bare'];
/** Width of the space before a badge or the second line's text. */
const SPACE = labelWidth(' ', SMALL_PX);

/**
 * Fills `r` with the forms of `a`'s label, fullest first (see {@link FITS}): the text with its
 * badge and whole second line; the short text with its badge or marks; the short text alone.
 */
function describeForms(a: SeqArrow, r: LabelRequest): void {
  const key = a.badges ? null : badgeKey(a);
  const inline = key ? BADGE_DX + SPACE + roomPx(key, SMALL_PX) : 0;
  let marks = 0;
  if (a.badges) for (const b of a.badges) marks += SPACE + roomPx(b.key, SMALL_PX, b.params);
  const details = a.sub ? SPACE + labelWidth(a.sub, SMALL_PX) : 0;
  const full = labelWidth(a.text, LABEL_PX);
  const short = a.shortText === a.text ? full : labelWidth(a.shortText, LABEL_PX);
  r.forms = 3;
  r.main[0] = full + inline;
  r.sub[0] = marks + details;
  r.main[1] = short + inline;
  r.sub[1] = marks;
  r.main[2] = short;
  r.sub[2] = 0;
}

/** The notes between the lifelines: bytes not captured (beside their ✕), idle breaks. */
function obstaclesOf(holes: readonly SeqHole[], gaps: readonly SeqGap[], midX: number): Obstacle[] {
  const out: Obstacle[] = [];
  const [t0, t1] = textBand(NOTE_BASELINE, SMALL_PX);
  for (const h of holes) {
    const w =
      h.bytes === null
        ? roomPx('tcpcap.seq.holeUnknown', SMALL_PX)
        : roomPx('tcpcap.seq.hole', SMALL_PX, { bytes: h.bytes });
    // The ✕ (±5 px) and the text 10 px beyond it, away from the sender.
    const right = h.x2 > h.x1;
    const x = right ? h.x2 - 6 : h.x2 - 10 - w;
    out.push({
      x,
      y: h.y + Math.min(t0, -6),
      width: w + 16,
      height: Math.max(t1, 6) - Math.min(t0, -6),
    });
  }
  const [g0, g1] = textBand(NOTE_BASELINE, NOTE_PX);
  for (const g of gaps) {
    if (g.inFlight) continue; // its note is written outside the lifelines
    const { unit, value } = durationParts(g.durationMs, true);
    const w =
      labelWidth('⋯  ⋯', NOTE_PX) +
      roomPx('seq.gap', NOTE_PX) +
      roomPx(`viz.unit.${unit}`, NOTE_PX, { value });
    const y = (g.y1 + g.y2) / 2;
    out.push({ x: midX - w / 2, y: y + g0, width: w, height: g1 - g0 });
  }
  return out;
}

/**
 * Places every arrow's label (in arrow order) and writes the result into the arrows: the anchor
 * (`labelX`, `labelY`, on the arrow), the form drawn (`labelFit`), and `top`/`bottom` grown to
 * cover it. Labels stay between the lifelines, below the header, clear of each other and of notes.
 */
export function placeArrowLabels(
  arrows: SeqArrow[],
  holes: readonly SeqHole[],
  gaps: readonly SeqGap[],
  lifelineX: Record<Endpoint, number>,
  box: { headerHeight: number; height: number },
): void {
  const lineLength = (a: SeqArrow) => {
    const dx = a.x2 - a.x1;
    const dy = a.y2 - a.y1;
    return Math.sqrt(dx * dx + dy * dy) || 1;
  };
  const describe = (i: number, r: LabelRequest): void => {
    const a = arrows[i]!;
    r.x1 = a.x1;
    r.y1 = a.y1;
    r.x2 = a.x2;
    r.y2 = a.y2;
    // A lost arrow's label may run on past its ✕, toward the lifeline it never reached.
    const receiver = lifelineX[a.from === 'client' ? 'server' : 'client'];
    const span = Math.abs(a.x2 - a.x1) || 1;
    r.reach = lineLength(a) * (Math.abs(receiver - a.x1) / span) - PLACEMENT.endMargin;
    describeForms(a, r);
  };
  const place = (i: number, spot: LabelSpot): void => {
    const a = arrows[i]!;
    const len = lineLength(a);
    a.labelX = a.x1 + ((a.x2 - a.x1) / len) * spot.offset;
    a.labelY = a.y1 + ((a.y2 - a.y1) / len) * spot.offset;
    a.labelFit = FITS[spot.form] ?? 'none';
    a.top = Math.min(a.top, spot.top);
    a.bottom = Math.max(a.bottom, spot.bottom);
  };
  const midX = (lifelineX.client + lifelineX.server) / 2;
  placeLabels(
    arrows.length,
    describe,
    obstaclesOf(holes, gaps, midX),
    {
      minX: lifelineX.client + 2,
      maxX: lifelineX.server - 2,
      minY: box.headerHeight,
      maxY: box.height,
    },
    place,
  );
}
