// A diagram on screen as a standalone SVG file (and a PNG of it): a clone with the computed
// styles inlined, its whole drawing area as viewBox, a background in the theme's colour, and the
// view's legend (HTML beside the drawing in the app) drawn above it. No external requests.
import { inlineStyles, type StyleOf } from './svgStyles';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A rectangle in the drawing's user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One legend entry: the small swatch `<svg>` the app shows, and its words. */
export interface LegendEntry {
  swatch: SVGSVGElement | null;
  text: string;
}

/** Options of {@link exportSvg}. */
export interface ExportSvgOptions {
  /** Fill of the background rectangle (the theme's background). */
  background: string;
  /** The part of the drawing to keep; its viewBox (else its size) by default. */
  box?: Box;
  /** Legend entries drawn in rows above the drawing. */
  legend?: readonly LegendEntry[];
  /** Text of the legend, as the page shows it (its computed font and colour). */
  legendStyle?: { fontFamily: string; fontSize: string; color: string };
  /** `<title>` of the file. */
  title?: string;
  /** Computed styles; `getComputedStyle` of the drawing's window by default. */
  styleOf?: StyleOf;
  /** Width of a text in pixels for a CSS font; a canvas measure in the browser by default. */
  measure?: (text: string, font: string) => number;
}

/** A standalone drawing and its size in CSS pixels. */
export interface ExportedSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

const LEGEND = { pad: 8, rowH: 20, swatchW: 22, swatchH: 12, gap: 6, itemGap: 16 } as const;
const round = (v: number): number => Math.round(v * 100) / 100;

/** The drawing area of an `<svg>`: its viewBox, else its width and height attributes or box. */
export function svgBox(svg: SVGSVGElement): Box {
  const vb = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0) {
    return { x: vb[0]!, y: vb[1]!, width: vb[2]!, height: vb[3]! };
  }
  const rect = svg.getBoundingClientRect?.();
  const width = Number(svg.getAttribute('width')) || rect?.width || 0;
  const height = Number(svg.getAttribute('height')) || rect?.height || 0;
  return { x: 0, y: 0, width, height };
}

/** The first opaque background colour from `el` up (what the drawing is seen on); white if none. */
export function backgroundOf(el: Element, styleOf: StyleOf): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = styleOf(node).getPropertyValue('background-color').trim();
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** Measures text with a canvas (the page's fonts); an estimate where there is no canvas. */
export function measureText(doc: Document): (text: string, font: string) => number {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = doc.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  return (text, font) => {
    if (ctx) {
      ctx.font = font;
      return ctx.measureText(text).width;
    }
    const size = Number.parseFloat(font.split(' ').find((p) => p.endsWith('px')) ?? '13') || 13;
    // Wide (CJK) characters take about one em, Latin ones about 0.6.
    let w = 0;
    for (const ch of text) w += ch.codePointAt(0)! > 0x2e80 ? size : size * 0.6;
    return w;
  };
}

/**
 * A standalone copy of `live` (which must be in the page, for its computed styles): the
 * drawing inside a nested `<svg>` keeping its coordinates, over a background rectangle, with
 * the legend in rows above. The caller serialises it ({@link serializeSvg}).
 */
export function exportSvg(live: SVGSVGElement, opts: ExportSvgOptions): ExportedSvg {
  const doc = live.ownerDocument;
  const view = doc.defaultView;
  const styleOf: StyleOf =
    opts.styleOf ?? ((el) => (view ? view.getComputedStyle(el) : { getPropertyValue: () => '' }));
  const box = opts.box ?? svgBox(live);
  const width = Math.ceil(box.width);

  const drawing = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, drawing, styleOf);
  const legend = opts.legend?.length
    ? drawLegend(doc, opts.legend, width, styleOf, opts.legendStyle, opts.measure)
    : null;
  const top = legend ? legend.height : 0;
  const height = Math.ceil(top + box.height);
  for (const name of ['class', 'role', 'aria-label', 'aria-describedby', 'aria-hidden'])
    drawing.removeAttribute(name);
  setAll(drawing, {
    x: 0,
    y: top,
    width: round(box.width),
    height: round(box.height),
    viewBox: `${round(box.x)} ${round(box.y)} ${round(box.width)} ${round(box.height)}`,
  });

  const svg = doc.createElementNS(SVG_NS, 'svg');
  setAll(svg, { width, height, viewBox: `0 0 ${width} ${height}` });
  // The drawing's root style (fonts, default fill) also applies to the legend.
  const rootStyle = drawing.getAttribute('style');
  if (rootStyle) svg.setAttribute('style', rootStyle);
  drawing.removeAttribute('style');
  if (opts.title) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = opts.title;
    svg.append(title);
  }
  const bg = doc.createElementNS(SVG_NS, 'rect');
  setAll(bg, { width, height, fill: opts.background });
  svg.append(bg);
  if (legend) svg.append(legend.g);
  svg.append(drawing);
  return { svg, width, height };
}

function drawLegend(
  doc: Document,
  entries: readonly LegendEntry[],
  width: number,
  styleOf: StyleOf,
  style: ExportSvgOptions['legendStyle'],
  measure: ExportSvgOptions['measure'],
): { g: SVGGElement; height: number } {
  const L = LEGEND;
  const fontSize = style?.fontSize || '12px';
  const fontFamily = style?.fontFamily || 'sans-serif';
  const widthOf = measure ?? measureText(doc);
  const g = doc.createElementNS(SVG_NS, 'g');
  let x = L.pad;
  let y = L.pad;
  for (const entry of entries) {
    const itemW = L.swatchW + L.gap + widthOf(entry.text, `${fontSize} ${fontFamily}`);
    if (x > L.pad && x + itemW > width - L.pad) {
      x = L.pad;
      y += L.rowH;
    }
    if (entry.swatch) {
      const swatch = entry.swatch.cloneNode(true) as SVGSVGElement;
      inlineStyles(entry.swatch, swatch, styleOf);
      swatch.removeAttribute('class');
      swatch.removeAttribute('aria-hidden');
      setAll(swatch, {
        x: round(x),
        y: round(y),
        width: L.swatchW,
        height: L.swatchH,
      });
      g.append(swatch);
    }
    const text = doc.createElementNS(SVG_NS, 'text');
    // Centred on the swatch.
    setAll(text, { x: round(x + L.swatchW + L.gap), y: round(y + L.swatchH / 2) });
    text.setAttribute(
      'style',
      [
        `font-family:${fontFamily}`,
        `font-size:${fontSize}`,
        `fill:${style?.color || 'currentColor'}`,
        'stroke:none',
        'dominant-baseline:central',
        'text-anchor:start',
      ].join(';'),
    );
    text.textContent = entry.text;
    g.append(text);
    x += itemW + L.itemGap;
  }
  return { g, height: y + L.swatchH + L.pad };
}

function setAll(el: Element, attrs: Record<string, string | number>): void {
  for (const name in attrs) el.setAttribute(name, String(attrs[name]));
}

/** The file's text: an XML declaration and the serialised drawing. */
export function serializeSvg(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  const Serializer = view?.XMLSerializer ?? XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(svg)}\n`;
}

/** The largest PNG the browser will reliably make: sides up to 16384 px, 2^27 pixels. */
export function pngScale(width: number, height: number, wanted = 2): number {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  return Math.min(wanted, 16384 / w, 16384 / h, Math.sqrt(2 ** 27 / (w * h)));
}

/**
 * Draws the SVG text into a canvas at `scale` (2× by default, less for a huge drawing) through an
 * `<img>` of a data: URL, and returns the PNG. Only the page's own fonts are used.
 */
export async function svgToPng(
  doc: Document,
  svgText: string,
  width: number,
  height: number,
  wanted = 2,
): Promise<Blob> {
  const scale = pngScale(width, height, wanted);
  const img = doc.createElement('img');
  img.width = width;
  img.height = height;
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
