// Small DOM helpers shared by the renderers: ordered attribute writes and a per-element memo
// that lets a frame skip elements whose drawing has not changed (the O(changed) step update).

/** Sets attributes in the order given (a fixed order keeps serialised DOM identical). */
export function setAttrs(el: Element, attrs: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attrs)) {
    const v = String(value);
    if (el.getAttribute(name) !== v) el.setAttribute(name, v);
  }
}

const memo = new WeakMap<Element, { item: unknown; sig: string }>();

/**
 * Compares what `el` last drew with (`item`, `sig`) and records the new pair. Returns
 * 'same' (nothing to do), 'changed' (same item, new frame state) or 'new' (first draw, or the
 * element now shows another layout's item and every attribute must be written).
 */
export function drawState(el: Element, item: unknown, sig: string): 'same' | 'changed' | 'new' {
  const prev = memo.get(el);
  memo.set(el, { item, sig });
  if (!prev || prev.item !== item) return 'new';
  return prev.sig === sig ? 'same' : 'changed';
}
