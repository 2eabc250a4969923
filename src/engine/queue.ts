// The discrete-event queue: a binary min-heap ordered by (time, priority, insertion order), so
// events at the same virtual time run in a stable, documented order.

/** Arrivals and application calls run before timers that expire at the same instant. */
export const PRIORITY = { input: 0, timer: 1 } as const;

interface Entry<T> {
  t: number;
  prio: number;
  seq: number;
  item: T;
}

/** A min-heap of timed items. */
export class EventQueue<T> {
  private heap: Entry<T>[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Adds `item` at virtual time `t`. */
  push(t: number, item: T, prio: number = PRIORITY.input): void {
    const e = { t, prio, seq: this.counter++, item };
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(e, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = e;
  }

  /** Time of the earliest item, or Infinity. */
  peekTime(): number {
    return this.heap.length ? this.heap[0]!.t : Infinity;
  }

  /** Removes and returns the earliest item with its time. */
  pop(): { readonly t: number; readonly item: T } | undefined {
    const h = this.heap;
    const top = h[0];
    if (!top) return undefined;
    const last = h.pop()!;
    if (h.length) {
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && less(h[r]!, h[l]!) ? r : l;
        if (!less(h[c]!, last)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top; // the entry itself: no allocation per pop
  }
}

function less<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.t !== b.t ? a.t < b.t : a.prio !== b.prio ? a.prio < b.prio : a.seq < b.seq;
}
