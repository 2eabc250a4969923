// The width of a view's container, measured on mount and followed with a ResizeObserver (0 until
// measured, and in environments without layout: views then use their fallback width).
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The current clientWidth of `ref`'s element. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
