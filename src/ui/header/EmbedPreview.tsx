// The Embed dialog's live preview: the embed itself in an iframe, laid out at a desktop width and
// scaled down to fit the dialog's column and a maximum height. It reloads a moment after the
// options stop changing. It is a picture of the result (inert: no focus, no clicks), so the
// dialog's keyboard order stays short.
import { useEffect, useRef, useState } from 'react';
import { useWidth } from '../views/useWidth';
import { useT } from '../useT';

/** The width the preview lays the embed out at: a course page's content column on a laptop. */
export const PREVIEW_LAYOUT_WIDTH = 1100;
/** The tallest the preview gets: a taller embed is scaled down further, never scrolled. */
export const PREVIEW_MAX_HEIGHT = 440;
/** How long the options must rest before the preview reloads. */
const SETTLE_MS = 400;

/** `value`, once it has not changed for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Props: the embed's `src`, the iframe's title, the embed's height. */
export interface EmbedPreviewProps {
  src: string;
  title: string;
  heightPx: number;
}

/** The scaled, sandboxed preview of an embed. */
export function EmbedPreview({ src, title, heightPx }: EmbedPreviewProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(box);
  const shownSrc = useSettled(src, SETTLE_MS);
  const shownHeight = useSettled(heightPx, SETTLE_MS);
  // Laid out at least as wide as a course page's column, then scaled to fit both ways.
  const width = Math.max(boxWidth, PREVIEW_LAYOUT_WIDTH);
  const scale = boxWidth > 0 ? Math.min(1, boxWidth / width, PREVIEW_MAX_HEIGHT / shownHeight) : 1;
  return (
    <section className="ww-embed-preview" aria-label={t('embed.preview')}>
      <h3>{t('embed.preview')}</h3>
      {scale < 1 && (
        <p className="ww-hint">{t('embed.previewScale', { percent: Math.round(scale * 100) })}</p>
      )}
      <div ref={box} className="ww-embed-preview-box" style={{ height: shownHeight * scale }}>
        <iframe
          src={shownSrc}
          title={title}
          sandbox="allow-scripts allow-same-origin"
          inert
          data-testid="embed-preview"
          width={width}
          height={shownHeight}
          style={{ transform: `scale(${scale})` }}
        />
      </div>
    </section>
  );
}
