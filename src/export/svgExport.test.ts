// @vitest-environment jsdom
// Standalone SVG: computed styles copied inline (only what differs from the parent), hidden parts
// dropped, a background, the viewBox, the legend; and the whole sequence diagram drawn at once.
import { beforeEach, describe, expect, it } from 'vitest';
import { INHERITED_PROPS, inlineStyles, portableValue, type StyleOf } from './svgStyles';
import { backgroundOf, exportSvg, pngScale, serializeSvg, svgBox } from './svgExport';
import { drawFullSequence, drawnHeight } from './sequenceSvg';
import { layoutSequence } from '../viz/sequence/layout';
import { getBuiltin } from '../scenarios';
import { simulateTcp } from '../engine/tcp/simulate';
import { labelFor } from '../i18n/i18n';

const NS = 'http://www.w3.org/2000/svg';

/** Computed styles from a table keyed by the element's `data-k` (jsdom does not cascade SVG CSS). */
function fakeStyles(table: Record<string, Record<string, string>>): StyleOf {
  const base: Record<string, string> = Object.fromEntries(INHERITED_PROPS.map((p) => [p, '']));
  return (el) => {
    const own = table[el.getAttribute('data-k') ?? ''] ?? {};
    return { getPropertyValue: (p: string) => own[p] ?? base[p] ?? '' };
  };
}

function build(): SVGSVGElement {
  document.body.innerHTML = `
    <div class="host">
      <svg xmlns="${NS}" data-k="root" class="ww-seq" viewBox="0 0 200 100" width="200" height="100" tabindex="0">
        <g data-k="g">
          <line data-k="line" x1="0" x2="10" tabindex="0"/>
          <rect data-k="hit" role="button" aria-label="Round 7: add loss" aria-describedby="tip"/>
          <g data-k="named" role="img" aria-label="SYN from the client"/>
          <text data-k="text">SYN seq=0</text>
          <path data-k="hidden" d="M0 0"/>
        </g>
        <rect data-k="pat" fill="url(#p1)"/>
      </svg>
    </div>`;
  return document.querySelector('svg')!;
}

const STYLES = {
  root: {
    fill: 'rgb(0, 0, 0)',
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '15px',
  },
  g: {
    fill: 'rgb(0, 0, 0)',
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '15px',
  },
  line: {
    fill: 'rgb(0, 0, 0)',
    stroke: 'rgb(10, 102, 194)',
    'stroke-width': '1.6px',
    'stroke-dasharray': '7px, 4px',
    opacity: '0.5',
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '15px',
  },
  text: {
    fill: 'rgb(31, 35, 40)',
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '12.5px',
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
  },
  hidden: { display: 'none' },
  pat: { fill: 'url("http://127.0.0.1:4173/?view=journey#p1")' },
};

describe('inlineStyles', () => {
  it('writes the computed values, each only where it differs from the parent', () => {
    const live = build();
    const clone = live.cloneNode(true) as SVGSVGElement;
    inlineStyles(live, clone, fakeStyles(STYLES));
    expect(clone.getAttribute('style')).toBe(
      'fill:rgb(0, 0, 0);font-family:system-ui, "Noto Sans CJK SC", sans-serif;font-size:15px',
    );
    expect(clone.querySelector('g')!.hasAttribute('style')).toBe(false);
    expect(clone.querySelector('line')!.getAttribute('style')).toBe(
      'stroke:rgb(10, 102, 194);stroke-width:1.6px;stroke-dasharray:7px, 4px;opacity:0.5',
    );
    expect(clone.querySelector('text')!.getAttribute('style')).toBe(
      'fill:rgb(31, 35, 40);font-size:12.5px;text-anchor:middle;dominant-baseline:central',
    );
  });

  it('drops what is not displayed, app-only attributes, and page addresses in url()', () => {
    const live = build();
    const clone = live.cloneNode(true) as SVGSVGElement;
    inlineStyles(live, clone, fakeStyles(STYLES));
    expect(clone.querySelector('path')).toBeNull();
    expect(live.querySelector('path')).not.toBeNull();
    expect(clone.querySelector('[tabindex]')).toBeNull();
    // A hit area is no control in a file, and the page's tooltip is not in it; a name stays.
    const hit = clone.querySelector('[data-k="hit"]')!;
    expect(['role', 'aria-label', 'aria-describedby'].map((a) => hit.hasAttribute(a))).toEqual([
      false,
      false,
      false,
    ]);
    expect(clone.querySelector('[data-k="named"]')!.getAttribute('aria-label')).toBe(
      'SYN from the client',
    );
    expect(clone.querySelector('[data-k="pat"]')!.getAttribute('style')).toContain('fill:url(#p1)');
  });

  it('keeps references local', () => {
    expect(portableValue('url("https://x.test/a/b?c=1#ww-wf-r1-dns")')).toBe('url(#ww-wf-r1-dns)');
    expect(portableValue('url(#p)')).toBe('url(#p)');
    expect(portableValue(' rgb(1, 2, 3) ')).toBe('rgb(1, 2, 3)');
  });
});

describe('exportSvg', () => {
  it('wraps the drawing: size, viewBox, background, title, legend above it', () => {
    const live = build();
    const swatch = document.createElementNS(NS, 'svg');
    swatch.setAttribute('data-k', 'line');
    document.body.append(swatch);
    const { svg, width, height } = exportSvg(live, {
      background: 'rgb(13, 17, 23)',
      styleOf: fakeStyles(STYLES),
      title: 'Wirewalk',
      legend: [
        { swatch, text: 'cwnd (Reno)' },
        { swatch: null, text: '慢启动' },
      ],
      legendStyle: { fontFamily: 'system-ui', fontSize: '12px', color: 'rgb(1, 2, 3)' },
      measure: (text) => text.length * 7,
    });
    expect(width).toBe(200);
    expect(height).toBe(100 + 28);
    expect(svg.getAttribute('viewBox')).toBe('0 0 200 128');
    expect(svg.querySelector('title')!.textContent).toBe('Wirewalk');
    const bg = svg.querySelector(':scope > rect')!;
    expect(bg.getAttribute('fill')).toBe('rgb(13, 17, 23)');
    const inner = svg.querySelector(':scope > svg:last-child')!;
    expect(inner.getAttribute('y')).toBe('28');
    expect(inner.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(inner.hasAttribute('class')).toBe(false);
    const texts = [...svg.querySelectorAll(':scope > g > text')];
    expect(texts.map((t) => t.textContent)).toEqual(['cwnd (Reno)', '慢启动']);
    expect(texts[0]!.getAttribute('style')).toContain('fill:rgb(1, 2, 3)');
    // The text is data: serialised as text, never as markup.
    const text = serializeSvg(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('wraps legend rows that do not fit', () => {
    const live = build();
    const { height } = exportSvg(live, {
      background: '#fff',
      styleOf: fakeStyles(STYLES),
      legend: Array.from({ length: 6 }, (_, i) => ({ swatch: null, text: `item ${i}` })),
      measure: () => 40,
    });
    // Items of 68 px (swatch, gap, text) 16 px apart, 8 px margins, 200 px: two per row.
    expect(height).toBe(100 + 8 + 2 * 20 + 12 + 8);
  });

  it('escapes hostile text', () => {
    const live = build();
    live.querySelector('text')!.textContent = '<script>alert(1)</script>';
    const { svg } = exportSvg(live, { background: '#fff', styleOf: fakeStyles(STYLES) });
    const text = serializeSvg(svg);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
  });
});

describe('helpers', () => {
  it('reads the drawing area from the viewBox, else the size', () => {
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('width', '300');
    svg.setAttribute('height', '150');
    expect(svgBox(svg)).toEqual({ x: 0, y: 0, width: 300, height: 150 });
    svg.setAttribute('viewBox', '-10 0 320 160');
    expect(svgBox(svg)).toEqual({ x: -10, y: 0, width: 320, height: 160 });
  });

  it('finds the colour the drawing is seen on', () => {
    document.body.innerHTML =
      '<div data-k="panel"><div data-k="wrap"><svg data-k="s"></svg></div></div>';
    const styleOf = fakeStyles({
      panel: { 'background-color': 'rgb(13, 17, 23)' },
      wrap: { 'background-color': 'rgba(0, 0, 0, 0)' },
    });
    expect(backgroundOf(document.querySelector('svg')!, styleOf)).toBe('rgb(13, 17, 23)');
    expect(backgroundOf(document.body, styleOf)).toBe('#ffffff');
  });

  it('renders 2× unless the picture would be too large', () => {
    expect(pngScale(800, 600)).toBe(2);
    expect(pngScale(800, 20000)).toBeCloseTo(16384 / 20000);
    expect(800 * 20000 * pngScale(800, 20000) ** 2).toBeLessThanOrEqual(2 ** 27 + 1);
  });
});

describe('drawFullSequence', () => {
  const trace = simulateTcp(getBuiltin('lost-syn')!.scenario);
  const segments = trace.events.filter((e) => e.kind === 'segment.sent').length;
  beforeEach(() => {
    document.body.innerHTML = '<div class="ww-viz"></div>';
  });

  it('draws every row at the last step, whatever the scroll window on screen', () => {
    const host = document.querySelector('.ww-viz')!;
    const { svg, box } = drawFullSequence(host, {
      trace,
      step: trace.steps,
      relative: true,
      width: 700,
      label: labelFor('en'),
    });
    const layout = layoutSequence(trace, { width: 700, relative: true });
    expect(box).toEqual({ x: 0, y: 0, width: 700, height: layout.height });
    expect(svg.querySelectorAll('g.ww-seq-seg')).toHaveLength(segments);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 700 ${layout.height}`);
    expect(svg.parentElement).toBe(host);
    expect(svg.querySelector('[role="button"]')).toBeNull();
  });

  it('ends a drawing made half-way under its last row', () => {
    const layout = layoutSequence(trace, { width: 700, relative: true });
    const mid = drawnHeight(layout, 3);
    expect(mid).toBeLessThan(layout.height);
    expect(mid).toBeGreaterThan(layout.headerHeight);
    expect(drawnHeight(layout, layout.steps)).toBe(layout.height);
  });
});
