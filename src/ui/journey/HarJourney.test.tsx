// @vitest-environment jsdom
// The journey view showing a HAR file, rendered with React in jsdom from the journey store: the
// waterfall of the recorded requests, a note instead of the topology and the TCP diagram, the
// inspector with the step's request and its headers, the page load events (lines, legend, the
// recording's summary), a click on a row going to its request's step, the address bar saying
// where the journey comes from (Enter simulates again), in English and Chinese.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeHar } from '../../capture/har';
import { harTrace } from '../../capture/harTrace';
import { chromeHarText } from '../../capture/testing/har';
import { createJourneyStore, type JourneyStore } from '../../store/journeyStore';
import { JOURNEY_KIND, defaultEntry } from '../../store/kinds';
import { JourneyProvider, PlayerProvider, WorkspaceProvider } from '../../store/PlayerProvider';
import type { Workspace } from '../../store/workspace';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlayerStore } from '../../store/playerStore';
import { JourneyPage } from './JourneyPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
beforeAll(() => {
  // jsdom has no matchMedia (useReducedMotion asks it).
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});
let host: HTMLDivElement;
let root: Root;
let store: JourneyStore;
beforeEach(async () => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
  const entry = defaultEntry(JOURNEY_KIND);
  store = createJourneyStore(JOURNEY_KIND, {
    scenarioId: entry.id,
    input: entry.input,
    step: 0,
    lang: 'en',
  });
  store.getState().showHar(harTrace(analyzeHar(chromeHarText())), 'page.har');
  // As in an embed: the simulation's situation panel (a lazy chunk) is not mounted.
  const workspace = createStore(() => ({
    page: { embed: true },
  })) as unknown as StoreApi<Workspace>;
  act(() =>
    root.render(
      <WorkspaceProvider store={workspace}>
        <PlayerProvider store={store as unknown as PlayerStore}>
          <JourneyProvider store={store}>
            <JourneyPage />
          </JourneyProvider>
        </PlayerProvider>
      </WorkspaceProvider>,
    ),
  );
  // The HAR layout is its own chunk: wait until it is in.
  await vi.waitFor(() =>
    expect(host.querySelector('[data-testid="har-no-packets"]')).not.toBeNull(),
  );
});
afterEach(() => act(() => root.unmount()));
const text = (sel: string) => host.querySelector(sel)?.textContent;
const texts = (sel: string, within: ParentNode = host) =>
  [...within.querySelectorAll(sel)].map((e) => e.textContent);
const seek = (step: number) => act(() => store.getState().seek(step));
/** The inspector's table with caption `caption`: its rows as cell texts. */
const table = (caption: string) => {
  const t = [...host.querySelectorAll('.ww-insp-table')].find(
    (x) => x.querySelector('caption')?.textContent === caption,
  );
  return t ? [...t.querySelectorAll('tbody tr')].map((r) => texts('th, td', r)) : null;
};
const field = (label: string) =>
  [...host.querySelectorAll('.ww-insp-field')]
    .find((f) => f.querySelector('dt')?.textContent === label)
    ?.querySelector('dd')?.textContent;

describe('the journey view of a HAR file', () => {
  it('draws the waterfall of the recorded requests, and no topology or TCP diagram', () => {
    expect(host.querySelectorAll('.ww-journey-waterfall g.ww-wf-row')).toHaveLength(5);
    expect(texts('.ww-journey-waterfall g.ww-wf-row text.ww-wf-conn')).toEqual([
      '#101',
      '#101',
      '#118',
      '(memory cache)',
      '—',
    ]);
    expect(host.querySelector('.ww-journey-topology')).toBeNull();
    expect(host.querySelector('.ww-journey-tcp')).toBeNull();
    expect(host.querySelector('.ww-journey-render')).toBeNull();
    expect(texts('[data-testid="har-no-packets"] p')).toEqual([
      'From a HAR file: no network topology. A HAR records each request’s timings and headers, not the hops its packets crossed.',
      'No TCP segments either: capture the same page load with tcpdump or Wireshark and open the .pcap file to see them.',
    ]);
  });

  it('says in the address bar where the journey comes from', () => {
    expect(host.querySelector<HTMLInputElement>('.ww-address-input')!.value).toBe(
      'https://www.example.com/',
    );
    expect(text('[data-testid="har-source"]')).toBe(
      'From page.har: the journey as the browser recorded it. Press Enter to simulate this URL (or type another) instead.',
    );
    expect(host.querySelector('[data-testid="url-parts"]')).toBeNull();
  });

  it('shows the step’s request in the inspector: fields, timings, request and response headers', () => {
    expect(text('.ww-insp-empty')).toMatch(/^Press Step forward/);
    seek(1);
    expect(text('.ww-insp-title')).toBe('GET www.example.com/');
    expect(text('.ww-insp-time')).toBe('t = 0 ms');
    expect(field('URL')).toBe('https://www.example.com/');
    expect(field('Status')).toBe('200 OK');
    expect(field('Protocol')).toBe('HTTP/1.1');
    expect(field('Connection')).toBe('101its first request in the file');
    expect(field('Server address')).toBe('93.184.216.34');
    expect(field('Transferred')).toBe('1436 bytes');
    expect(texts('.ww-insp-table caption')).toEqual([
      'Timing (as recorded)',
      'Request headers (5)',
      'Response headers (5)',
    ]);
    expect(table('Timing (as recorded)')).toEqual([
      ['Queueing', '0 ms', '1.2 ms'],
      ['Stalled', '1.2 ms', '0.9 ms'],
      ['DNS Lookup', '2.1 ms', '20.5 ms'],
      ['Initial connection', '22.6 ms', '20.5 ms'],
      ['SSL', '43.1 ms', '24.8 ms'],
      ['Request sent', '67.9 ms', '0.2 ms'],
      ['Waiting (TTFB)', '68.1 ms', '60.4 ms'],
      ['Content Download', '128.5 ms', '3.1 ms'],
      ['Total', '0 ms', '131.6 ms'],
    ]);
    expect(table('Request headers (5)')![0]).toEqual(['Host', 'www.example.com']);
    expect(table('Response headers (5)')).toContainEqual(['ETag', '"3147526947"']);
  });

  it('puts the response headers first at the response’s step, and marks reuse', () => {
    seek(2);
    expect(text('.ww-insp-title')).toBe('200 · www.example.com/');
    expect(text('.ww-insp-time')).toBe('from t = 0 ms to 131.6 ms');
    expect(texts('.ww-insp-table caption').slice(1)).toEqual([
      'Response headers (5)',
      'Request headers (5)',
    ]);
    seek(3);
    expect(field('Connection')).toBe('101reused: an earlier request used it');
    seek(10);
    expect(text('.ww-insp-title')).toBe('Failed · api.example.com/data.json');
    expect(field('Error')).toBe('net::ERR_CONNECTION_REFUSED');
    expect(table('Response headers (0)')).toEqual([]);
    expect(text('.ww-insp-note')).toBeTruthy();
    seek(8);
    expect(text('.ww-insp-title')).toBe('DOMContentLoaded');
  });

  it('narrates the step and says what the recording is', () => {
    seek(3);
    expect(host.textContent).toContain(
      'GET /style.css starts at 140 ms on connection 101 (reused).',
    );
    const rec = host.querySelector('.ww-journey-har')!;
    expect(texts('dt', rec)).toEqual([
      'File',
      'Written by',
      'Page',
      'Requests',
      'Connections',
      'First request to last byte',
      'Page events',
    ]);
    expect(texts('dd', rec)).toEqual([
      'page.har',
      'WebInspector 537.36',
      'Example Domain',
      '5',
      '2 (reused by later requests: 1)',
      '221.1 ms',
      'DOMContentLoaded 190.5 ms · Load 262.3 ms',
    ]);
  });

  it('draws DOMContentLoaded and load as lines, in the legend too', () => {
    const wf = host.querySelector('.ww-journey-waterfall')!;
    expect(texts('.ww-wf-mark text', wf)).toEqual(['DOMContentLoaded 190.5 ms', 'Load 262.3 ms']);
    expect(texts('.ww-wf-legend li', wf).slice(-2)).toEqual(['DOMContentLoaded', 'Load']);
    expect(wf.querySelector('.ww-wf-legend')!.getAttribute('aria-label')).toBe(
      'Phases and page events',
    );
    expect(wf.querySelectorAll('.ww-wf-legend li line.ww-wf-mark-line')).toHaveLength(2);
  });

  it('goes to a row’s request when the row is clicked, or on Enter or Space', () => {
    const hit = (id: string) =>
      host.querySelector<SVGRectElement>(
        `.ww-wf-hit[data-row="${[...host.querySelectorAll('g.ww-wf-row')].findIndex(
          (r) => r.getAttribute('data-id') === id,
        )}"]`,
      )!;
    expect(hit('req-2').getAttribute('role')).toBe('button');
    act(() => hit('req-2').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(store.getState().step).toBe(3);
    expect(text('.ww-insp-title')).toBe('GET /style.css');
    const key = (id: string, k: string) =>
      act(() =>
        hit(id).dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
        ),
      );
    key('req-5', 'Enter');
    expect(store.getState().step).toBe(9);
    expect(text('.ww-insp-title')).toBe('GET api.example.com/data.json');
    key('req-1', ' ');
    expect(store.getState()).toMatchObject({ step: 1, playing: false });
    // The step's row is highlighted.
    expect(host.querySelector('.ww-wf-current')!.getAttribute('data-id')).toBe('req-1');
  });

  it('speaks Chinese', () => {
    act(() => store.getState().setLang('zh-CN'));
    seek(1);
    expect(texts('.ww-insp-table caption')).toEqual([
      '时间（录制所得）',
      '请求头（5）',
      '响应头（5）',
    ]);
    expect(text('[data-testid="har-source"]')).toBe(
      '来自 page.har：浏览器录下的真实过程。 按回车改为模拟这个 URL（或输入另一个）。',
    );
    expect(texts('.ww-journey-waterfall .ww-wf-legend li')[0]).toBe('排队 (Queueing)');
    expect(host.textContent).toContain('GET www.example.com/ 于 0 毫秒 开始，走连接 101');
  });

  it('leaves the HAR for a simulation on Enter in the address bar, or with the button', () => {
    const form = host.querySelector('form.ww-address-form')!;
    act(() => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(store.getState().capture).toBeNull();
    expect(store.getState().trace.kind).toBe('journey');
    expect(store.getState().input.url).toBe('https://www.example.com/');
    expect(host.querySelector('.ww-journey-topology')).not.toBeNull();
    expect(host.querySelector('[data-testid="har-source"]')).toBeNull();
    act(() => store.getState().showHar(harTrace(analyzeHar(chromeHarText())), 'page.har'));
    const back = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Back to the simulation',
    )!;
    act(() => back.click());
    expect(store.getState().trace.kind).toBe('journey');
  });
});
