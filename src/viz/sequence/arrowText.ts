// Texts of the sequence diagram's arrows in one language: each arrow's accessible name and badge,
// made once per (arrow, label function) and worded through the catalogs only a few times per language.
import type { SeqArrow } from './layout';
import type { LabelFn } from '../label';

/** The catalog key of a simulated arrow's badge (injected, duplicate, retransmission), if any. */
export function badgeKey(
  a: Pick<SeqArrow, 'injected' | 'duplicate' | 'retransmission'>,
): string | null {
  if (a.injected) return 'seq.badge.injected';
  if (a.duplicate) return 'seq.badge.duplicate';
  if (a.retransmission) return 'seq.badge.retransmission';
  return null;
}

/** Translated texts of one arrow: its accessible name without the state suffix, its badge. */
export interface ArrowTexts {
  name: string;
  badge: string;
}
/** Texts shared by every arrow of one language. */
export interface LabelTexts {
  inFlight: string;
  lost: string;
  /** The accessible name around the visible text (label and badge), per sender: [before, after]. */
  frames: Map<string, [string, string] | null>;
  arrows: WeakMap<SeqArrow, ArrowTexts>;
}
/** Per label function (i.e. per language): the catalog lookup runs a few times per language, not per arrow. */
const textsByLabel = new WeakMap<LabelFn, LabelTexts>();
/** Stands for the visible text while a name's wording is looked up once per sender. */
const MARK = '\u0000text\u0000';

/** The texts of arrow `a` in the language of `label` (and the state suffixes of that language). */
export function textsOf(label: LabelFn, a: SeqArrow): { texts: ArrowTexts; all: LabelTexts } {
  let all = textsByLabel.get(label);
  if (!all) {
    all = {
      inFlight: label('seq.aria.inFlight'),
      lost: label('seq.aria.lost'),
      frames: new Map(),
      arrows: new WeakMap(),
    };
    textsByLabel.set(label, all);
  }
  let texts = all.arrows.get(a);
  if (!texts) {
    // A captured segment's marks come with their own words; a simulated one's from its kind.
    const key = a.badges ? null : badgeKey(a);
    const badge = a.badges
      ? a.badges.map((b) => label(b.key, b.params)).join(' ')
      : key
        ? label(key)
        : '';
    // The visible label comes first, word for word (WCAG 2.5.3), then who sends it to whom.
    let visible = badge ? `${a.text} ${badge}` : a.text;
    if (a.sub) visible += ` ${a.sub}`;
    const nameOf = (text: string): string => {
      const to = a.from === 'client' ? 'server' : 'client';
      return label('seq.aria.segment', {
        from: label(`seq.${a.from}`),
        to: label(`seq.${to}`),
        text,
      });
    };
    let frame = all.frames.get(a.from);
    if (frame === undefined) {
      const parts = nameOf(MARK).split(MARK);
      frame = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : null;
      all.frames.set(a.from, frame);
    }
    const name = frame ? frame[0] + visible + frame[1] : nameOf(visible);
    all.arrows.set(a, (texts = { name, badge }));
  }
  return { texts, all };
}
