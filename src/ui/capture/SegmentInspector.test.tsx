// @vitest-environment jsdom
// The segment inspector (a captured segment as Wireshark's packet details show it) and the TCP
// view in capture mode: its header, its marks counted, the way back to the simulation.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../i18n/i18n';
import { toTcpTrace } from '../../capture/toTcpTrace';
import { httpCloseConversation, marksConversation } from '../../capture/toTcpTrace.fixtures';
import type { Conversation } from '../../capture/types';
import { simulateTcp } from '../../engine/tcp/simulate';
import { createPlayerStore, type TcpScenarioEntry } from '../../store/playerStore';
import { PlayerProvider, TcpProvider, WorkspaceProvider } from '../../store/PlayerProvider';
import type { Workspace } from '../../store/workspace';
import { createStore } from 'zustand/vanilla';
import { SegmentInspector } from './SegmentInspector';
import { TcpPage } from '../TcpPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const en = translatorFor('en');
const zh = translatorFor('zh-CN');
let host: HTMLDivElement;
let root: Root;
beforeAll(() => {
  // jsdom has no matchMedia (the page asks for the reduced-motion preference).
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
});
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));

/** The inspector's fields as "label: value (note)" lines, per block title. */
function fields(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const block of host.querySelectorAll('.ww-insp-block')) {
    const title = block.querySelector('h4')?.textContent ?? '';
    out[title] = [...block.querySelectorAll('.ww-insp-field')].map((f) => {
      const [value, note] = [...f.querySelectorAll('dd > span')].map((s) => s.textContent);
      return `${f.querySelector('dt')?.textContent}: ${value}${note ? ` (${note})` : ''}`;
    });
  }
  return out;
}

/** HTTP/1.0 over TLS: the request segment carries a ClientHello instead, the reply a ServerHello. */
function tlsConversation(): Conversation {
  const conv = httpCloseConversation();
  const req = conv.segments[3]!;
  delete req.http;
  req.tls = [
    {
      contentType: 'handshake',
      version: 'TLS 1.0',
      length: 512,
      encrypted: false,
      handshakes: [
        {
          type: 'client_hello',
          sni: 'example.test',
          alpn: ['h2', 'http/1.1'],
          cipherSuites: ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384'],
          versions: ['TLS 1.3', 'TLS 1.2'],
        },
      ],
    },
  ];
  const rsp = conv.segments[5]!;
  delete rsp.http;
  rsp.tls = [
    {
      contentType: 'handshake',
      version: 'TLS 1.2',
      length: 90,
      encrypted: false,
      handshakes: [
        { type: 'server_hello', cipherSuite: 'TLS_AES_128_GCM_SHA256', versions: ['TLS 1.3'] },
      ],
    },
    { contentType: 'change_cipher_spec', version: 'TLS 1.2', length: 1, encrypted: false },
    { contentType: 'application_data', version: 'TLS 1.2', length: 80, encrypted: true },
  ];
  return conv;
}

describe('SegmentInspector', () => {
  const trace = toTcpTrace(httpCloseConversation());
  const show = (step: number, relative = true, t = en, tr = trace) =>
    act(() => root.render(<SegmentInspector trace={tr} step={step} relative={relative} t={t} />));

  it('says what it will show before the first step', () => {
    show(0);
    expect(host.querySelector('.ww-insp-empty')?.textContent).toContain('Step forward');
    expect(host.querySelector('section')?.getAttribute('aria-label')).toBe('Segment inspector');
  });

  it('shows a SYN: flags, relative and raw numbers, an unscaled window, its options', () => {
    show(1);
    expect(host.querySelector('h3')?.textContent).toBe('Frame 1: Client → Server');
    expect(host.querySelector('.ww-insp-meta')?.textContent).toBe(
      '10.0.0.1:40000 → 10.0.0.2:80t = 0 ms',
    );
    expect(fields()).toEqual({
      'TCP header': [
        'Flags: 0x002 (SYN)',
        'Sequence number: 0 (relative) (raw 1000)',
        'Next sequence number: 1 (relative) (raw 1001)',
        'Acknowledgment number: not set (no ACK flag)',
        'Payload length: 0 bytes',
        'Window: 64240 bytes',
        'Window scale factor: not applied on a SYN (RFC 7323 §2.2)',
      ],
      Options: [
        'MSS: 1460 bytes',
        'Window scale: 7 (multiply by 128)',
        'SACK permitted: yes',
        'Timestamps: TSval=11 TSecr=0',
      ],
    });
  });

  it('shows the window scaled by the factor from the SYNs, and the HTTP line', () => {
    show(4);
    const f = fields();
    expect(f['TCP header']).toContain('Window: 64256 bytes = 502 × 128');
    expect(f['TCP header']).toContain('Window scale factor: ×128 (shift 7, from the SYNs)');
    expect(f.HTTP).toEqual([
      'Request line: GET / HTTP/1.0',
      'Method: GET',
      'Target: /',
      'Version: HTTP/1.0',
    ]);
    show(6);
    expect(fields().HTTP).toEqual([
      'Status line: HTTP/1.0 200 OK',
      'Version: HTTP/1.0',
      'Status code: 200 OK',
    ]);
  });

  it('puts raw numbers first in absolute mode', () => {
    show(4, false);
    expect(fields()['TCP header']?.[1]).toBe('Sequence number: 1001 (1 (relative))');
  });

  it('shows analysis marks in Wireshark’s words, with their display-filter fields', () => {
    const marks = toTcpTrace(marksConversation());
    show(6, true, en, marks);
    expect(fields()['Analysis (as Wireshark marks it)']).toEqual([
      'Duplicate ACK #2: Duplicate ACK (#2) of frame 2 (tcp.analysis.duplicate_ack)',
    ]);
    expect(host.querySelector('.ww-insp-field.is-mark')?.classList).toContain('is-bad');
    show(9, true, en, marks);
    expect(fields()['Analysis (as Wireshark marks it)']).toEqual([
      'Fast retransmission: This frame is a (suspected) fast retransmission (tcp.analysis.fast_retransmission)',
      'Retransmission of: frame 3',
    ]);
    show(3, true, en, marks);
    expect(fields()['Analysis (as Wireshark marks it)']).toEqual([
      'Lost segment: Previous segment(s) not captured (common at capture start) (tcp.analysis.lost_segment)',
      'Missing before it: 1000 bytes',
    ]);
    show(2, true, en, marks);
    expect(fields()['TCP header']).toContain(
      'Window scale factor: unknown (the handshake was not captured)',
    );
    show(11, true, zh, marks);
    expect(fields()['分析（与 Wireshark 的标记一致）']).toEqual([
      '窗口更新: TCP 窗口更新 (tcp.analysis.window_update)',
    ]);
  });

  it('shows TLS records and the handshake fields read in clear', () => {
    const tls = toTcpTrace(tlsConversation());
    show(4, true, en, tls);
    const f = fields();
    expect(f.TLS).toEqual(['Record 1: Handshake, TLS 1.0, 512 bytes']);
    expect(f['TLS · Client Hello']).toEqual([
      'Server name (SNI): example.test',
      'ALPN: h2, http/1.1',
      'Supported versions: TLS 1.3, TLS 1.2',
      'Cipher suites offered (2): TLS_AES_128_GCM_SHA256\nTLS_AES_256_GCM_SHA384',
    ]);
    show(6, true, en, tls);
    expect(fields().TLS).toEqual([
      'Record 1: Handshake, TLS 1.2, 90 bytes',
      'Record 2: Change Cipher Spec, TLS 1.2, 1 bytes',
      'Record 3: Application Data, TLS 1.2, 80 bytes (encrypted)',
    ]);
    expect(fields()['TLS · Server Hello']).toEqual([
      'Version chosen: TLS 1.3',
      'Cipher suite chosen: TLS_AES_128_GCM_SHA256',
    ]);
  });
});

const text = { en: 'x', 'zh-CN': 'x' };
const builtins: TcpScenarioEntry[] = [
  {
    id: 'basic',
    title: text,
    explanation: text,
    input: {
      kind: 'tcp',
      client: { isn: 0, open: { at: 0 }, close: { at: 1000 } },
      server: { isn: 5000, listen: true, close: { at: 1500 } },
    },
  },
];

function mountPage(conv: Conversation, embed = true) {
  const store = createPlayerStore(
    { builtins, simulate: simulateTcp },
    { scenarioId: 'basic', input: builtins[0]!.input, step: 2, lang: 'en' },
  );
  store.getState().setRelative(false);
  store.getState().showConversation(conv, { fileName: 'bulk-loss.pcapng', format: 'pcapng' });
  // As in an embed by default: the parameters panel (a lazy chunk) stays out of the test once the
  // simulation is shown again.
  const workspace = createStore(() => ({ page: { embed } }) as unknown as Workspace);
  act(() =>
    root.render(
      <WorkspaceProvider store={workspace}>
        <PlayerProvider store={store}>
          <TcpProvider store={store}>
            <TcpPage />
          </TcpProvider>
        </PlayerProvider>
      </WorkspaceProvider>,
    ),
  );
  return store;
}

describe('the TCP view showing a capture', () => {
  it('heads the side column with the capture: file, endpoints, packets, duration, marks', async () => {
    const store = mountPage(marksConversation(), false);
    // The capture header is its own chunk (loaded only for a capture).
    await vi.waitFor(() => expect(host.querySelector('.ww-capture-head')).not.toBeNull());
    expect(store.getState()).toMatchObject({
      step: 0,
      relative: true,
      capture: { fileName: 'bulk-loss.pcapng', conversation: 'conv-1' },
    });
    const head = host.querySelector('.ww-capture-head')!;
    expect(head.querySelector('[data-testid="capture-file"]')?.textContent).toBe(
      'Conversation conv-1 of bulk-loss.pcapng',
    );
    expect(head.querySelector('[data-testid="capture-route"]')?.textContent).toBe(
      '10.0.0.1:40000 → 10.0.0.2:80',
    );
    expect(head.textContent).toContain('16 packets');
    expect(head.textContent).toContain('9 s');
    expect(head.textContent).toContain('Mid-connection: both ends assumed ESTABLISHED');
    expect(
      [...head.querySelectorAll('[data-testid="capture-marks"] li')].map((l) => l.textContent),
    ).toEqual([
      'Retransmission: 1',
      'Fast retransmission: 1',
      'Duplicate ACK: 3',
      'Zero window: 1',
      'Window update: 1',
      'Out-of-order: 1',
      'Lost segment: 1',
      'Keep-alive: 1',
    ]);
    // The parameters edit scenarios: not shown (not even loaded); the states say they are assumed.
    expect(host.querySelector('.ww-params')).toBeNull();
    expect(host.querySelector('.ww-side')?.lastElementChild?.className).toBe('ww-states');
    expect(host.querySelector('[data-testid="client-state"]')?.textContent).toBe(
      'Client: ESTABLISHED (assumed)',
    );
    expect(host.querySelector('.ww-sd-title')?.textContent).toBe('Client · ESTABLISHED (assumed)');
    expect(host.querySelector('.ww-narration h2 + *, .ww-narration')?.textContent).toContain(
      'Analysis marks, as Wireshark sets them',
    );
  });

  it('goes to a segment’s step when its arrow is clicked, and shows it in the inspector', async () => {
    const store = mountPage(httpCloseConversation());
    await vi.waitFor(() => expect(host.querySelector('.ww-seginsp')).not.toBeNull());
    act(() => store.getState().seek(5));
    const arrow = host.querySelector('g.ww-seq-seg[data-id="seg-4"]');
    act(() => arrow?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(store.getState().step).toBe(4);
    expect(store.getState().capture).not.toBeNull(); // nothing was re-simulated
    expect(host.querySelector('.ww-seginsp h3')?.textContent).toBe('Frame 4: Client → Server');
    expect(host.textContent).toContain('Step 4 · frame 4 · t = 100 ms');
  });

  it('goes back to the simulation', async () => {
    const store = mountPage(httpCloseConversation());
    await vi.waitFor(() => expect(host.querySelector('.ww-capture-head')).not.toBeNull());
    const back = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Back to the simulation',
    );
    act(() => back?.click());
    expect(store.getState().capture).toBeNull();
    expect(store.getState().trace.capture).toBeUndefined();
    expect(store.getState().step).toBe(0);
    expect(host.querySelector('.ww-capture-head')).toBeNull();
    expect(host.querySelector('.ww-seginsp')).toBeNull();
  });
});
