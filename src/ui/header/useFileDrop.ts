// Drag and drop of a file anywhere on the page: while files are dragged over it the page shows
// where to drop them (the caller draws that from `dragging`), and the first dropped file is
// opened. Other drags (text, links) are left to the browser.
import { useEffect, useRef, useState } from 'react';

/** Whether files are being dragged over the page; a dropped file goes to `open`. */
export function useFileDrop(open: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  // The listeners are installed once; they call the latest `open`.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag left.
    let depth = 0;
    const files = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!files(e)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!files(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) openRef.current(file);
    };
    const all = { dragenter: enter, dragover: over, dragleave: leave, drop } as const;
    for (const [type, fn] of Object.entries(all))
      window.addEventListener(type, fn as EventListener);
    return () => {
      for (const [type, fn] of Object.entries(all))
        window.removeEventListener(type, fn as EventListener);
    };
  }, []);

  return dragging;
}
