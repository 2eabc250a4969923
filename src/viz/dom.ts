// Small DOM helpers shared by the renderers: writes that skip unchanged values, a per-element memo
// that lets a frame skip elements whose drawing has not changed (the O(changed) step update), and
// cloned element templates (one deep clone instead of a dozen appends and attribute writes).

const SVG_NS = 'http://www.w3.org/2000/svg' as const;

/**
 * Sets attributes in the order given (a fixed order keeps serialised DOM identical), skipping
 * values already there: Chromium invalidates style and layout on every `setAttribute`, even when
 * the value does not change.
 */
export function setAttrs(el: Element, attrs: Record<string, string | number>): void {
  for (const name in attrs) {
    const v = String(attrs[name]);
    if (el.getAttribute(name) !== v) el.setAttribute(name, v);
  }
}

/**
 * Sets the text of `el` only when it differs. Writing `textContent` replaces the text node (and
 * re-lays out the text) even for the same string, so an unchanged label is left alone and a
 * changed one keeps its text node.
 */
export function setText(el: Element, text: string): void {
  const node = el.firstChild;
  if (node !== null && node === el.lastChild && node.nodeType === 3) {
    const t = node as Text;
    if (t.data !== text) t.data = text;
  } else if (el.textContent !== text) {
    el.textContent = text;
  }
}

/** An SVG element in `doc` with the given attributes, in order. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const name in attrs) el.setAttribute(name, String(attrs[name]));
  return el;
}

const templates = new WeakMap<Document, Map<string, Element>>();

/**
 * A deep clone of the template `key` of `doc`, built by `build` the first time it is asked for.
 * Items of one kind are all created from the same template, so their attribute order (and so the
 * serialised DOM) does not depend on which frame created them.
 */
export function cloneTemplate<E extends Element>(
  doc: Document,
  key: string,
  build: (doc: Document) => E,
): E {
  let byKey = templates.get(doc);
  if (!byKey) templates.set(doc, (byKey = new Map()));
  let tpl = byKey.get(key);
  if (!tpl) byKey.set(key, (tpl = build(doc)));
  return tpl.cloneNode(true) as E;
}

const memo = new WeakMap<Element, { item: unknown; sig: string }>();

/**
 * Compares what `el` last drew with (`item`, `sig`) and records the new pair. Returns
 * 'same' (nothing to do), 'changed' (same item, new frame state) or 'new' (first draw, or the
 * element now shows another layout's item and every attribute must be written).
 */
export function drawState(el: Element, item: unknown, sig: string): 'same' | 'changed' | 'new' {
  const prev = memo.get(el);
  if (!prev) {
    memo.set(el, { item, sig });
    return 'new';
  }
  const state = prev.item !== item ? 'new' : prev.sig === sig ? 'same' : 'changed';
  prev.item = item;
  prev.sig = sig;
  return state;
}

const fnIds = new WeakMap<object, number>();
let nextFnId = 1;

/**
 * A small number standing for a function's identity (e.g. the label function), to put in a
 * memo signature: a new language gives a new function, so every text drawn with it is redrawn.
 */
export function identityOf(fn: object): number {
  let id = fnIds.get(fn);
  if (id === undefined) fnIds.set(fn, (id = nextFnId++));
  return id;
}

/**
 * Keeps `child` present (right before `before`, or last) when `want`, and absent otherwise.
 * Returns the child, or null when absent. Used for parts most items lack (a ✕, a badge), so the
 * common item has fewer nodes to create, style and lay out.
 */
export function toggleChild(
  parent: Element,
  child: Element | null,
  want: boolean,
  make: () => Element,
  before: Element | null,
): Element | null {
  if (!want) {
    child?.remove();
    return null;
  }
  if (child) return child;
  const el = make();
  parent.insertBefore(el, before);
  return el;
}
