// @vitest-environment jsdom
// The exported sequence diagram places and shortens arrow labels exactly as the view on screen:
// both draw the same layout, whose label placement is computed once.
import { beforeEach, describe, expect, it } from 'vitest';
import { drawFullSequence } from './sequenceSvg';
import { layoutSequence } from '../viz/sequence/layout';
import { TraceBuilder, addHandshake } from '../viz/testFixtures';
import { labelFor } from '../i18n/i18n';
import { toTcpTrace } from '../capture/toTcpTrace';
import { httpCloseConversation } from '../capture/toTcpTrace.fixtures';
import { loadCaptureArrow } from '../viz/sequence/captureLoader';

/** A burst of 40 segments in flight at once, each ACKed: crossing arrows, crowded labels. */
function burst() {
  const b = new TraceBuilder();
  const { client: c, server: s } = b.iss;
  addHandshake(b);
  for (let i = 0; i < 40; i++) {
    b.send('client', ['ACK'], 200, { seq: c + 1 + i * 1460, ack: s + 1, len: 1460 });
    b.send('server', ['ACK'], 250, { seq: s + 1, ack: c + 1 + (i + 1) * 1460 });
  }
  return b.build();
}

describe('drawFullSequence: arrow labels', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div class="ww-viz"></div>';
  });

  it('draws each label where the layout placed it, in the form it found room for', () => {
    const trace = burst();
    const width = 520;
    const { svg } = drawFullSequence(document.querySelector('.ww-viz')!, {
      trace,
      step: trace.steps,
      relative: true,
      width,
      label: labelFor('zh-CN'),
    });
    const layout = layoutSequence(trace, { width, relative: true });
    const r = (v: number) => Math.round(v * 10) / 10;
    const fits = new Set<string>();
    for (const a of layout.arrows) {
      const g = svg.querySelector(`g.ww-seq-seg[data-id="${a.id}"]`);
      expect(g, a.id).not.toBeNull();
      expect(g?.querySelector('.ww-seq-label')?.getAttribute('transform')).toBe(
        `translate(${r(a.labelX)},${r(a.labelY)}) rotate(${r(a.labelAngle)})`,
      );
      const text = a.labelFit === 'full' ? a.text : a.labelFit === 'none' ? '' : a.shortText;
      expect(g?.querySelector('.ww-seq-label-text')?.textContent).toBe(text);
      fits.add(a.labelFit);
    }
    // The burst is crowded enough that the export, like the screen, shortens some labels.
    expect(fits.has('full')).toBe(true);
    expect(fits.size).toBeGreaterThan(1);
  });

  it('labels a captured conversation as the view does, with the labels the view loaded', async () => {
    const trace = toTcpTrace(httpCloseConversation());
    const captureArrow = await loadCaptureArrow();
    const { svg } = drawFullSequence(document.querySelector('.ww-viz')!, {
      trace,
      step: trace.steps,
      relative: true,
      width: 800,
      label: labelFor('en'),
    });
    const layout = layoutSequence(trace, { width: 800, relative: true, captureArrow });
    const texts = [...svg.querySelectorAll('g.ww-seq-seg .ww-seq-label-text')].map(
      (t) => t.textContent,
    );
    expect(texts[0]).toBe('SYN seq=0 win=64240');
    expect(texts).toEqual(
      layout.arrows.map((a) =>
        a.labelFit === 'full' ? a.text : a.labelFit === 'none' ? '' : a.shortText,
      ),
    );
  });
});
