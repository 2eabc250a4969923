// @vitest-environment jsdom
// Export items for a captured conversation in the congestion view (its charts drawn by their
// renderer in the view's markup): the time/sequence graph and the bytes in flight found, titled,
// with their legend and named after the conversation; its CSV; and clear failures (no chart on
// screen, not a capture). The real page is checked by e2e/export-capture.spec.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureFlightTrace } from '../capture/flight';
import { simulateCongestion } from '../engine/congestion/simulate';
import { getCongestionBuiltin } from '../scenarios/congestionBuiltins';
import { labelFor } from '../i18n/i18n';
import { layoutTcptrace } from '../viz/tcptrace/layout';
import { renderTcptrace } from '../viz/tcptrace/render';
import { legendText } from '../viz/tcptrace/text';
import { lossConversation } from '../viz/tcptrace/testConversations';
import { flightCsv } from '../viz/tcptrace/csv';
import { analyzeHar } from '../capture/har';
import { harTrace } from '../capture/harTrace';
import { chromeHarText } from '../capture/testing/har';
import { saveFile } from './download';
import { ExportError, runExport, type ExportContext } from './run';

vi.mock('./download', () => ({ saveFile: vi.fn() }));
const saved = vi.mocked(saveFile);

const capture = captureFlightTrace(lossConversation(), 'client');
const simulated = simulateCongestion(getCongestionBuiltin('cc-reno-vs-tahoe')!.scenario);
const STEP = 8;

const SVG_NS = 'http://www.w3.org/2000/svg';
let app: HTMLDivElement;
beforeEach(() => {
  saved.mockClear();
  // jsdom has no canvas: the legend's text is measured by estimate (and jsdom stays quiet).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  app = document.createElement('div');
  app.className = 'ww-app';
  document.body.replaceChildren(app);
});
afterEach(() => vi.restoreAllMocks());

const ctx = (trace: unknown, lang: 'en' | 'zh-CN' = 'en'): ExportContext => ({
  view: 'congestion',
  trace,
  scenarioId: 'cc-reno-vs-tahoe',
  step: STEP,
  relative: true,
  label: labelFor(lang),
  root: app,
});
/** The capture's two charts as the congestion view shows them (src/ui/views/TimeSeqView.tsx:
 * a section per chart with its legend list and the <svg> the renderer draws into). */
function showCapture(lang: 'en' | 'zh-CN' = 'en'): void {
  const label = labelFor(lang);
  const layout = layoutTcptrace(capture, { width: 720, seqHeight: 300, flightHeight: 160 });
  for (const panel of ['seq', 'flight'] as const) {
    const section = document.createElement('section');
    section.className = `ww-tt-chart ww-tt-chart-${panel}`;
    const legend = document.createElement('ul');
    legend.className = 'ww-tt-legend';
    for (const kind of layout[panel].legend) {
      const li = document.createElement('li');
      li.append(document.createElementNS(SVG_NS, 'svg'), legendText(kind, label));
      legend.append(li);
    }
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', `ww-tt-svg ww-tt-svg-${panel}`);
    section.append(legend, svg);
    app.append(section);
    renderTcptrace(svg, layout, panel, { step: STEP }, { label });
  }
}
/** The one file saved: its text and name. */
const file = () => {
  expect(saved).toHaveBeenCalledTimes(1);
  const [, data, name, type] = saved.mock.calls[0]!;
  return { text: String(data), name, type };
};

describe('runExport for a captured conversation', () => {
  it('saves the time/sequence graph with its title, legend and series', async () => {
    showCapture();
    await runExport({ kind: 'svg', diagram: 'tcptrace' }, ctx(capture));
    const { text, name, type } = file();
    expect(name).toBe('wirewalk-congestion-conv-1-client-tcptrace.svg');
    expect(type).toBe('image/svg+xml');
    expect(text).toContain(
      `<title>Wirewalk: time/sequence graph, step ${STEP} of ${capture.steps}</title>`,
    );
    // The graph's own series, not the other chart's.
    for (const id of ['data', 'ack', 'rwnd', 'sack']) expect(text).toContain(`data-id="${id}"`);
    expect(text).not.toContain('data-id="flight"');
    // The HTML legend above it, in the page's words.
    for (const words of ['Data segment', 'Fast retransmission', 'ACK + window', 'SACK block'])
      expect(text).toContain(`>${words}</text>`);
  });

  it('saves the bytes-in-flight chart on its own, in the language shown', async () => {
    showCapture('zh-CN');
    await runExport({ kind: 'svg', diagram: 'flight' }, ctx(capture, 'zh-CN'));
    const { text, name } = file();
    expect(name).toBe('wirewalk-congestion-conv-1-client-flight.svg');
    expect(text).toContain(`<title>Wirewalk：在途字节图，第 ${STEP} / ${capture.steps} 步</title>`);
    expect(text).toContain('data-id="flight"');
    expect(text).not.toContain('data-id="sack"');
    expect(text).toContain('>在途字节</text>');
  });

  it('saves the time/sequence data as CSV, and names the trace after the conversation', async () => {
    await runExport({ kind: 'flightCsv' }, ctx(capture));
    expect(file()).toEqual({
      text: flightCsv(capture),
      name: 'wirewalk-congestion-conv-1-client-flight.csv',
      type: 'text/csv;charset=utf-8',
    });
    saved.mockClear();
    await runExport({ kind: 'trace' }, ctx(capture));
    expect(file().name).toBe('wirewalk-congestion-conv-1-client.json');
  });

  it('says the cwnd chart is not on screen while a capture shows', async () => {
    vi.useFakeTimers();
    try {
      showCapture();
      const run = runExport({ kind: 'svg', diagram: 'cwnd' }, ctx(capture));
      const caught = run.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await caught).toEqual(new ExportError('noDiagram'));
      expect(saved).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses the capture CSV for a simulated run, and keeps that run’s names', async () => {
    await expect(runExport({ kind: 'flightCsv' }, ctx(simulated))).rejects.toMatchObject({
      code: 'failed',
      reason: 'not a captured conversation',
    });
    expect(saved).not.toHaveBeenCalled();
    await runExport({ kind: 'roundsCsv' }, ctx(simulated));
    expect(file().name).toBe('wirewalk-congestion-cc-reno-vs-tahoe-rounds.csv');
  });

  it('names what a HAR file shows "har", not after the built-in the journey started from', async () => {
    const har = harTrace(analyzeHar(chromeHarText()));
    await runExport(
      { kind: 'trace' },
      { ...ctx(har), view: 'journey', scenarioId: 'journey-first-visit' },
    );
    expect(file().name).toBe('wirewalk-journey-har.json');
    saved.mockClear();
    await runExport({ kind: 'waterfallCsv' }, { ...ctx(har), view: 'journey' });
    expect(file().name).toBe('wirewalk-journey-har-waterfall.csv');
  });
});
