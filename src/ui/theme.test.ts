// The colour themes: every palette colour is a light-dark(light, dark) pair (so `data-theme` wins
// over the system's preference through color-scheme), no stylesheet queries prefers-color-scheme,
// and the pairs that carry text or graphics keep their WCAG AA contrast in both themes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

const sheets = cssFiles(SRC).map((path) => ({
  path: path.slice(SRC.length + 1),
  // Comments may mention anything.
  css: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
}));

/** Every `--name: light-dark(light, dark)` of the stylesheets. */
const pairs = new Map<string, { light: string; dark: string }>();
for (const { css } of sheets)
  for (const m of css.matchAll(
    /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi,
  ))
    pairs.set(m[1]!, { light: m[2]!.toLowerCase(), dark: m[3]!.toLowerCase() });

const channel = (hex: string, i: number): number => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string): number =>
  0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = 4.5;
const GRAPHIC = 3;
/** [foreground, background, minimum]: text 4.5:1, lines, marks and control borders 3:1. */
const CHECKS: readonly [string, string, number][] = [
  // App shell
  ['--app-fg', '--app-bg', TEXT],
  ['--app-fg', '--app-surface', TEXT],
  ['--app-muted', '--app-bg', TEXT],
  ['--app-muted', '--app-surface', TEXT],
  ['--app-fg', '--app-notice-bg', TEXT],
  ['--app-muted', '--app-notice-bg', TEXT],
  ['--app-danger', '--app-surface', TEXT],
  ['--app-danger', '--app-danger-bg', TEXT],
  ['--app-accent', '--app-surface', GRAPHIC],
  ['--app-accent', '--app-bg', GRAPHIC],
  ['--app-accent-fg', '--app-accent', GRAPHIC],
  ['--app-control-line', '--app-surface', GRAPHIC],
  ['--app-control-line', '--app-bg', GRAPHIC],
  ['--app-current', '--app-surface', GRAPHIC],
  // Diagrams
  ['--ww-fg', '--ww-bg', TEXT],
  ['--ww-fg', '--ww-panel', TEXT],
  ['--ww-fg', '--ww-current-bg', TEXT],
  ['--ww-muted', '--ww-bg', TEXT],
  ['--ww-muted', '--ww-panel', TEXT],
  ['--ww-c2s', '--ww-bg', TEXT],
  ['--ww-s2c', '--ww-bg', TEXT],
  ['--ww-lost', '--ww-bg', TEXT],
  ['--ww-retx', '--ww-bg', TEXT],
  ['--ww-injected', '--ww-bg', TEXT],
  ['--ww-timewait', '--ww-bg', GRAPHIC],
  ['--ww-current', '--ww-bg', GRAPHIC],
  ['--ww-current', '--ww-panel', GRAPHIC],
  ['--ww-focus', '--ww-bg', GRAPHIC],
  ['--ww-rule-strong', '--ww-bg', GRAPHIC],
  // cwnd chart: lines against the page and every phase tint, labels as text
  ...['--ww-cw-reno', '--ww-cw-tahoe', '--ww-cw-newreno', '--ww-cw-cubic', '--ww-lost'].flatMap(
    (line): [string, string, number][] =>
      ['--ww-bg', '--ww-cw-slowStart', '--ww-cw-congestionAvoidance', '--ww-cw-fastRecovery'].map(
        (bg) => [line, bg, GRAPHIC],
      ),
  ),
  ['--ww-cw-ssthresh', '--ww-bg', TEXT],
  ['--ww-cw-rwnd', '--ww-bg', TEXT],
  ['--ww-muted', '--ww-cw-slowStart', TEXT],
  // Journey: tags, regions, bars, connections
  ...['--ww-jv-dns', '--ww-jv-arp', '--ww-jv-tcp', '--ww-jv-tls', '--ww-jv-http'].map(
    (proto): [string, string, number] => ['--ww-jv-on-proto', proto, TEXT],
  ),
  ...['--ww-jv-lan', '--ww-jv-internet', '--ww-jv-broadcast', '--ww-jv-row-alt'].map(
    (bg): [string, string, number] => ['--ww-muted', bg, TEXT],
  ),
  ['--ww-jv-bar-line', '--ww-bg', GRAPHIC],
  ...[0, 1, 2, 3, 4, 5].map((i): [string, string, number] => [
    `--ww-jv-conn-${i}`,
    '--ww-bg',
    GRAPHIC,
  ]),
  // Inspector: the raw HTTP parts on the text's background and on the highlight
  ...['--ww-insp-line', '--ww-insp-header', '--ww-insp-empty', '--ww-insp-body'].flatMap(
    (part): [string, string, number][] => [
      [part, '--app-bg', TEXT],
      [part, '--ww-insp-active-bg', TEXT],
    ],
  ),
];

describe('themes', () => {
  it('no stylesheet asks prefers-color-scheme (color-scheme and data-theme decide)', () => {
    const offenders = sheets
      .filter((s) => s.css.includes('prefers-color-scheme'))
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('palette variables are light-dark pairs, not single colours', () => {
    const single = sheets.flatMap(({ path, css }) =>
      [...css.matchAll(/(--(?:app|ww)-[\w-]+):\s*(#[0-9a-f]{3,8}|rgba?\([^)]*\))\s*;/gi)].map(
        (m) => `${path}: ${m[1]}`,
      ),
    );
    expect(single).toEqual([]);
  });

  it('the root follows the system unless data-theme forces a scheme', () => {
    const app = sheets.find((s) => s.path.endsWith('ui/app.css'))!.css;
    expect(app).toMatch(/:root\s*{[^}]*color-scheme:\s*light dark/);
    expect(app).toMatch(/:root\[data-theme='light'\]\s*{\s*color-scheme:\s*light;/);
    expect(app).toMatch(/:root\[data-theme='dark'\]\s*{\s*color-scheme:\s*dark;/);
  });

  for (const theme of ['light', 'dark'] as const)
    it(`keeps WCAG AA contrast in the ${theme} theme`, () => {
      const failures = CHECKS.flatMap(([fg, bg, min]) => {
        const a = pairs.get(fg)?.[theme];
        const b = pairs.get(bg)?.[theme];
        if (!a || !b) return [`${fg} on ${bg}: not a light-dark pair of hex colours`];
        const ratio = contrast(a, b);
        return ratio >= min ? [] : [`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)} < ${min}`];
      });
      expect(failures).toEqual([]);
    });
});
