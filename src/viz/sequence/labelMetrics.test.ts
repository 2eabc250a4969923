// The text estimates behind label placement: widths of protocol notation, and the room reserved for
// translated words, checked against every wording of both catalogs.
import { describe, expect, it } from 'vitest';
import { allEn, allZhCN } from '../../i18n/allCatalogs';
import { ROOM_KEYS, labelWidth, roomPx, textBand, textEm } from './labelMetrics';

const catalogs: Record<string, Record<string, string>> = { en: allEn, 'zh-CN': allZhCN };
/** Long parameter values, as a long capture would have them. */
const PARAMS: Record<string, Record<string, unknown>> = {
  'tcpcap.badge.dup-ack': { n: 123, of: 654321 },
  'tcpcap.seq.hole': { bytes: 4294967295 },
  'seq.gap': { duration: '' },
  'viz.unit.ms': { value: '999.5' },
  'viz.unit.s': { value: '59.9' },
};
const fill = (text: string, params: Record<string, unknown> = {}): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n] ?? ''));

describe('textEm', () => {
  it('measures protocol notation as DejaVu Sans Bold draws it (rounded up)', () => {
    // 39 characters that DejaVu Sans Bold draws 25.80 em wide (measured in Chromium).
    const em = textEm('ACK seq=10341 ack=81 win=65536 len=1448');
    expect(em).toBeGreaterThanOrEqual(25.8);
    expect(em).toBeLessThan(25.8 * 1.02);
    expect(textEm('0123456789')).toBeCloseTo(7, 6);
    expect(textEm('')).toBe(0);
  });

  it('counts CJK and other wide characters as one em, a surrogate pair once', () => {
    expect(textEm('重传')).toBe(2);
    expect(textEm('⋯')).toBe(1);
    expect(textEm('𠀀')).toBe(1);
    expect(textEm('é')).toBe(0.8);
  });

  it('scales with the font size', () => {
    expect(labelWidth('SYN seq=0', 10)).toBeCloseTo(textEm('SYN seq=0') * 10, 9);
  });
});

describe('roomPx', () => {
  it('knows every badge either view draws', () => {
    const badges = Object.keys(allEn).filter((k) => /^(seq|tcpcap)\.badge\./.test(k));
    expect(badges.length).toBeGreaterThan(5);
    expect(badges.filter((k) => !ROOM_KEYS.includes(k))).toEqual([]);
  });

  it.each(Object.keys(catalogs))('fits every wording of %s, with long parameters', (lang) => {
    const catalog = catalogs[lang]!;
    for (const key of ROOM_KEYS) {
      const wording = catalog[key];
      expect(wording, `${lang} ${key}`).toBeDefined();
      const params = PARAMS[key];
      const text = fill(wording ?? '', params);
      expect(textEm(text), `${lang} ${key}: “${text}”`).toBeLessThanOrEqual(
        roomPx(key, 1, params) + 1e-9,
      );
    }
  });

  it('is generous for a wording it does not know', () => {
    expect(roomPx('tcpcap.badge.something-new', 10)).toBeGreaterThanOrEqual(200);
  });
});

describe('textBand', () => {
  it('spans the ascent above the baseline and the descent below it', () => {
    const [top, bottom] = textBand(-5, 10);
    expect(top).toBeCloseTo(-14.3, 6);
    expect(bottom).toBeCloseTo(-2.6, 6);
  });
});
