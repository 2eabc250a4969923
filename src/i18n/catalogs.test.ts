// The zh-CN catalog mirrors the English one: same keys, same {{variables}}, RFC names kept.
import { describe, expect, it } from 'vitest';
import { detectLang, interpolate, isLang, labelFor, translatorFor } from './i18n';
import { allEn as enCatalog, allZhCN as zhCNCatalog } from './allCatalogs';

const vars = (s: string): string[] =>
  [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
/** RFC names; a plural ("ACKs", English only) counts as the name itself. */
const PROTOCOL_NAMES =
  /\b(SYN|ACK|FIN|RST|ESTABLISHED|TIME-WAIT|CLOSE-WAIT|LAST-ACK|MSL|RTO|RTT|ISN|MSS)s?\b/g;
const names = (s: string): string[] =>
  [...new Set([...s.matchAll(PROTOCOL_NAMES)].map((m) => m[1] ?? ''))].sort();

describe('catalogs', () => {
  it('zh-CN has exactly the keys of en', () => {
    expect(Object.keys(zhCNCatalog).sort()).toEqual(Object.keys(enCatalog).sort());
  });

  it('every message uses the same interpolation variables in both languages', () => {
    const mismatches = Object.entries(enCatalog)
      .filter(
        ([k, en]) => vars(en).join() !== vars(zhCNCatalog[k as keyof typeof enCatalog]).join(),
      )
      .map(([k]) => k);
    expect(mismatches).toEqual([]);
  });

  it('keeps protocol names in RFC spelling in zh-CN', () => {
    const mismatches = Object.entries(enCatalog)
      .filter(
        ([k, en]) => names(en).join() !== names(zhCNCatalog[k as keyof typeof enCatalog]).join(),
      )
      .map(([k]) => k);
    expect(mismatches).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = [...Object.values(enCatalog), ...Object.values(zhCNCatalog)].filter(
      (s) => !s.trim(),
    );
    expect(empty).toEqual([]);
  });
});

describe('translators', () => {
  it('interpolates without escaping', () => {
    expect(translatorFor('en')('player.stepOf', { step: 3, total: 12 })).toBe('Step 3 / 12');
    expect(translatorFor('zh-CN')('player.stepOf', { step: 3, total: 12 })).toBe('第 3 / 12 步');
    expect(translatorFor('en')('notice.badStep', { value: '<x>', step: 0 })).toContain('“<x>”');
  });

  it('returns an unknown key unchanged (views pass their own keys)', () => {
    expect(labelFor('zh-CN')('no.such.key')).toBe('no.such.key');
  });

  it('fills every placeholder, keeps one without a value, and never reads inherited names', () => {
    expect(interpolate('{{a}}+{{ a }}={{b}}', { a: 1, b: 0 })).toBe('1+1=0');
    expect(interpolate('{{a}} / {{missing}}', { a: 'x' })).toBe('x / {{missing}}');
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
    expect(interpolate('{{v}}', { v: null })).toBe('{{v}}');
    expect(interpolate('no params {{x}}', undefined)).toBe('no params {{x}}');
  });

  it('inserts values literally: a value that looks like a placeholder or "$&" is not expanded', () => {
    expect(interpolate('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
    expect(interpolate('[{{a}}]', { a: '$& $1' })).toBe('[$& $1]');
  });
});

describe('language detection', () => {
  it('maps any zh* preference to zh-CN and everything else to en', () => {
    expect(detectLang(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLang(['en-US', 'zh'])).toBe('zh-CN');
    expect(detectLang(['ZH-cn'])).toBe('zh-CN');
    expect(detectLang(['fr-FR', 'en'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('recognises only the supported tags', () => {
    expect(isLang('zh-CN')).toBe(true);
    expect(isLang('zh')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
