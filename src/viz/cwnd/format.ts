// Wording helpers of the congestion views: algorithm names, segment counts (CUBIC's cwnd is
// fractional), times in ms and a text-width estimate for placing labels without measuring (runs in Node).
import type { AlgorithmId } from '../../engine/congestion/algorithm';

/** Algorithm names as the RFCs and textbooks spell them (not translated). */
export const ALGORITHM_NAMES: Readonly<Record<AlgorithmId, string>> = {
  tahoe: 'Tahoe',
  reno: 'Reno',
  newreno: 'NewReno',
  cubic: 'CUBIC',
};

const segmentsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A window size in segments: "11", "32.53", "1,000,000" (at most 2 decimals). */
export function formatSegments(value: number): string {
  return segmentsFormat.format(value);
}

const msFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A virtual time in ms, to 0.1 ms: "866.2", "6,094.1". */
export function formatMs(value: number): string {
  return msFormat.format(value);
}

/** CJK ideographs, kana, full-width forms: about one em wide. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * Estimated width in px of `text` at `fontPx` in a sans-serif font: wide (CJK) characters count
 * one em, others 0.57 em. Good enough to avoid overlaps; no layout needed.
 */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.57;
  return em * fontPx;
}
