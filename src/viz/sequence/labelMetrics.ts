// Sizes of the sequence diagram's texts, estimated without a DOM so labels can be placed at layout
// time (in Node too): a width estimate tuned to protocol notation, the vertical band each text line
// occupies beside its arrow, and the room that translated words (badges, notes) need in any language.

/** Font sizes (px) of the arrow label, and of its badge and second line (see views.css). */
export const LABEL_PX = 12.5;
export const SMALL_PX = 10.5;
/** Baselines of the label and of the second line, across the arrow (text frame y, px). */
export const LABEL_BASELINE = -5;
export const SUB_BASELINE = 13;
/** Font size and baseline (below the note's y) of the notes between lifelines: breaks, holes. */
export const NOTE_PX = 11;
export const NOTE_BASELINE = 4;
/** Space between the label and the inline badge (`dx` of the badge's tspan). */
export const BADGE_DX = 2;

/** The band a line of text occupies across its baseline: [top, bottom] in px. */
export function textBand(baseline: number, fontPx: number): [number, number] {
  return [baseline - 0.93 * fontPx, baseline + 0.24 * fontPx];
}

/**
 * Advances of the printable ASCII characters (space to ~) in hundredths of an em, rounded up, as
 * DejaVu Sans Bold draws them: the widest of the common UI fonts, so the estimate errs wide.
 */
const ASCII_EM = Float64Array.from(
  (
    '35 46 53 84 70 101 88 31 46 46 53 84 38 42 38 37 70 70 70 70 70 70 70 70 70 70 40 40 84 84 ' +
    '84 58 100 78 77 74 83 69 69 83 84 38 38 78 64 100 84 85 74 85 77 72 69 82 78 111 78 73 73 ' +
    '46 37 46 84 50 50 68 72 60 72 68 44 72 72 35 35 67 35 105 72 69 72 72 50 60 48 72 66 93 65 ' +
    '66 59 72 37 72 84'
  )
    .split(' ')
    .map((v) => Number(v) / 100),
);

/**
 * Estimated width in em of `text`: ASCII from the table; from U+2000 on (CJK, full-width forms,
 * symbols such as ⋯ and →) one em each; other letters (accented Latin …) 0.8 em.
 */
export function textEm(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 127) em += ASCII_EM[c - 32] ?? 0.6;
    else if (c >= 0xdc00 && c < 0xe000)
      continue; // second half of a surrogate pair: counted once
    else em += c >= 0x2000 ? 1 : 0.8;
  }
  return em;
}

/**
 * Estimated width in px of `text` at `fontPx`, bold. Protocol notation is mostly digits, capitals
 * and "=", up to 25 % wider than the average letter the charts' generic estimate assumes
 * (cwnd/format.ts); and the current arrow's label is drawn bold, so every label is measured bold.
 */
export function labelWidth(text: string, fontPx: number): number {
  return textEm(text) * fontPx;
}

/**
 * Room in em that each translated text drawn beside the arrows needs in its widest language,
 * without its parameters (they are measured as written). Checked against every catalog by
 * labelMetrics.test.ts, so a longer wording fails a test instead of overlapping a label.
 */
const ROOM_EM: Readonly<Record<string, number>> = {
  'seq.badge.retransmission': 8.6,
  'seq.badge.injected': 4.6,
  'seq.badge.duplicate': 5.4,
  'tcpcap.badge.retransmission': 12.3,
  'tcpcap.badge.fast-retransmission': 15.1,
  'tcpcap.badge.dup-ack': 9.6,
  'tcpcap.badge.zero-window': 10.6,
  'tcpcap.badge.window-update': 12.5,
  'tcpcap.badge.out-of-order': 10.9,
  'tcpcap.badge.lost-segment': 21.4,
  'tcpcap.badge.keep-alive': 9.6,
  'tcpcap.seq.hole': 11.2,
  'tcpcap.seq.holeUnknown': 10.9,
  'seq.gap': 0.9,
  'viz.unit.ms': 2.4,
  'viz.unit.s': 1.4,
};
/** Room of a wording this table does not know yet: generous, so nothing overlaps meanwhile. */
const UNKNOWN_ROOM_EM = 24;

/** The keys whose room is known (for the test against the catalogs). */
export const ROOM_KEYS: readonly string[] = Object.keys(ROOM_EM);

/** Width in px that the text of catalog `key` with `params` needs at `fontPx`, in any language. */
export function roomPx(key: string, fontPx: number, params?: Record<string, unknown>): number {
  let em = ROOM_EM[key] ?? UNKNOWN_ROOM_EM;
  if (params) for (const v of Object.values(params)) em += textEm(String(v));
  return em * fontPx;
}
