// Computed styles copied onto a clone of a drawing, so an exported SVG needs no stylesheet: the
// page's CSS (classes, CSS variables, the theme) is resolved by the browser and written inline.

/**
 * Inherited properties that decide how SVG looks. Written on an element only where its value
 * differs from its parent's, so the file stays small.
 */
export const INHERITED_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'shape-rendering',
  'visibility',
] as const;

/** Properties that do not inherit, with their initial value (written only when different). */
export const OWN_PROPS: Readonly<Record<string, string>> = {
  opacity: '1',
  filter: 'none',
};

/** Attributes that only make sense inside the app: focus order, and links to the page's tooltips. */
const APP_ONLY_ATTRS = ['tabindex', 'aria-describedby', 'aria-controls'];
/** What makes a hit area a control (a click seeks, adds a loss…): a file has nothing to press. */
const CONTROL_ATTRS = ['role', 'aria-label', 'aria-pressed'];

/** What the copier reads: the computed style of an element (`getComputedStyle` in a browser). */
export type StyleOf = (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * A computed value as it must be written in a standalone file: a reference to a pattern or
 * marker of the same drawing, which Chromium may resolve against the page's address
 * (`url("http://host/app/#p1")`), becomes local again (`url(#p1)`).
 */
export function portableValue(value: string): string {
  return value.replace(/url\(\s*(["']?)[^)#"']*#([^)"']+)\1\s*\)/g, 'url(#$2)').trim();
}

type Computed = ReadonlyMap<string, string>;

/**
 * Writes the computed styles of `source` (in the page) and its descendants onto `target`, a deep
 * clone of it: every inherited property on the root, then only what differs from the parent;
 * non-inherited ones where not initial. Elements not displayed are removed from the clone.
 */
export function inlineStyles(source: Element, target: Element, styleOf: StyleOf): void {
  walk(source, target, styleOf, null);
}

function walk(src: Element, dst: Element, styleOf: StyleOf, parent: Computed | null): void {
  const cs = styleOf(src);
  if (cs.getPropertyValue('display').trim() === 'none') {
    dst.remove();
    return;
  }
  const own = new Map<string, string>();
  const decls: string[] = [];
  for (const prop of INHERITED_PROPS) {
    const value = portableValue(cs.getPropertyValue(prop));
    own.set(prop, value);
    if (value && parent?.get(prop) !== value) decls.push(`${prop}:${value}`);
  }
  for (const prop in OWN_PROPS) {
    const value = portableValue(cs.getPropertyValue(prop));
    if (value && value !== OWN_PROPS[prop]) decls.push(`${prop}:${value}`);
  }
  // Inline styles set by the renderer are in the computed values already.
  if (decls.length) dst.setAttribute('style', decls.join(';'));
  else dst.removeAttribute('style');
  for (const name of APP_ONLY_ATTRS) dst.removeAttribute(name);
  if (dst.getAttribute('role') === 'button')
    for (const name of CONTROL_ATTRS) dst.removeAttribute(name);

  // The clone has the same children as the source: both lists are taken before a hidden child
  // is removed, so they stay aligned.
  const srcKids = Array.from(src.children);
  const dstKids = Array.from(dst.children);
  srcKids.forEach((kid, i) => {
    const twin = dstKids[i];
    if (twin) walk(kid, twin, styleOf, own);
  });
}
