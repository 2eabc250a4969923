// @vitest-environment jsdom
// A captured conversation in the sequence diagram: Wireshark-style labels with the window, the
// analysis marks as badges on a second line, the gap marker before a segment not captured, the
// starting states (assumed mid-connection), and a long capture drawn O(visible).
import { beforeEach, describe, expect, it } from 'vitest';
import { labelFor } from '../../i18n/i18n';
import { toTcpTrace } from '../../capture/toTcpTrace';
import {
  httpCloseConversation,
  marksConversation,
  midConnectionConversation,
  seg,
} from '../../capture/toTcpTrace.fixtures';
import type { Conversation } from '../../capture/types';
import { captureArrow } from './capture';
import { layoutSequence } from './layout';
import { renderSequence } from './render';

const en = labelFor('en');
const zh = labelFor('zh-CN');
let svg: SVGSVGElement;
beforeEach(() => {
  document.body.innerHTML = '';
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
});
const draw = (trace: ReturnType<typeof toTcpTrace>, step: number, label = en, top = 0) =>
  renderSequence(
    svg,
    layoutSequence(trace, { width: 800, relative: true, captureArrow }),
    { step, progress: 0, viewport: { top, height: 3000 } },
    { label },
  );
const arrow = (id: string) => svg.querySelector(`g.ww-seq-seg[data-id="${id}"]`);

describe('layout of a captured conversation', () => {
  const trace = toTcpTrace(httpCloseConversation());

  it('labels arrows with relative numbers and the window, SYN options on a second line', () => {
    const l = layoutSequence(trace, { width: 800, relative: true, captureArrow });
    expect(l.arrows.map((a) => a.text).slice(0, 4)).toEqual([
      'SYN seq=0 win=64240',
      'SYN, ACK seq=0 ack=1 win=65160',
      'ACK seq=1 ack=1 win=64256',
      'PSH, ACK seq=1 ack=1 win=64256 len=78',
    ]);
    expect(l.arrows[0]?.sub).toBe('MSS=1460 SACK_PERM TSval=11 TSecr=0 WS=128');
    expect(l.arrows[3]?.sub).toBe('GET / HTTP/1.0');
    expect(l.arrows[2]?.sub).toBeUndefined();
    expect(l.arrows.every((a) => a.badges === undefined)).toBe(true);
    const abs = layoutSequence(trace, { width: 800, relative: false, captureArrow });
    expect(abs.arrows[3]?.text).toBe('PSH, ACK seq=1001 ack=5001 win=64256 len=78');
  });

  it('refuses a captured trace without the capture’s labels (they load on demand)', () => {
    expect(() => layoutSequence(trace, { width: 800, relative: true })).toThrow(
      /captured trace needs opts\.captureArrow/,
    );
  });

  it('writes each side’s starting state above the first row, and the inferred changes', () => {
    const l = layoutSequence(trace, { width: 800, relative: true, captureArrow });
    const initial = l.states.filter((s) => s.step === 0);
    expect(initial.map((s) => [s.endpoint, s.state, s.assumed])).toEqual([
      ['client', 'CLOSED', undefined],
      ['server', 'LISTEN', undefined],
    ]);
    expect(Math.max(...initial.map((s) => s.y))).toBeLessThan(l.arrows[0]!.y1);
    expect(l.states.filter((s) => s.step > 0).map((s) => `${s.endpoint} ${s.state}`)).toEqual([
      'client SYN-SENT',
      'server SYN-RECEIVED',
      'client ESTABLISHED',
      'server ESTABLISHED',
      'server FIN-WAIT-1',
      'client CLOSE-WAIT',
      'server FIN-WAIT-2',
      'client LAST-ACK',
      'server TIME-WAIT',
      'client CLOSED',
    ]);
  });
});

describe('marks in the diagram', () => {
  const trace = toTcpTrace(marksConversation());

  it('puts Wireshark’s marks on the second line, styled by kind', () => {
    draw(trace, trace.steps);
    const sub = (id: string) => arrow(id)?.querySelector('.ww-seq-sub')?.textContent?.trim();
    expect(sub('seg-6')).toBe('[TCP Dup ACK 2#2]');
    expect(sub('seg-9')).toBe('[TCP Fast Retransmission]');
    expect(sub('seg-10')).toBe('[TCP ZeroWindow]');
    expect(sub('seg-3')).toBe('[TCP Previous segment not captured]');
    expect(arrow('seg-6')?.getAttribute('class')).toContain('is-bad');
    expect(arrow('seg-9')?.getAttribute('class')).toContain('is-retx');
    expect(arrow('seg-11')?.getAttribute('class')).toMatch(/is-marked(?! is-bad)/);
    // No simulation badge ("retransmission") on a captured retransmission.
    expect(arrow('seg-14')?.querySelector('.ww-seq-label .ww-seq-badge')).toBeNull();
    expect(arrow('seg-6')?.getAttribute('aria-label')).toBe(
      'ACK seq=1 ack=1001 win=65535 [TCP Dup ACK 2#2]: Server → Client',
    );
  });

  it('keeps the marks but not the rest of the second line when the label is shortened', () => {
    const sub = (id: string) => arrow(id)?.querySelector('.ww-seq-sub')?.textContent ?? null;
    const drawShort = (t: ReturnType<typeof toTcpTrace>) => {
      const l = layoutSequence(t, { width: 800, relative: true, captureArrow });
      const arrows = l.arrows.map((a) => ({ ...a, labelFit: 'short' as const }));
      renderSequence(
        svg,
        { ...l, arrows },
        { step: t.steps, progress: 0, viewport: { top: 0, height: 3000 } },
        { label: en },
      );
      return arrows;
    };
    drawShort(trace);
    expect(sub('seg-6')).toBe(' [TCP Dup ACK 2#2]');
    expect(arrow('seg-6')?.querySelector('.ww-seq-label-text')?.textContent).toBe(
      'ACK seq=1 ack=1001',
    );
    // The SYN's options and the request line are details: left to the tooltip and the inspector.
    const http = drawShort(toTcpTrace(httpCloseConversation()));
    expect(http[0]?.sub).toBe('MSS=1460 SACK_PERM TSval=11 TSecr=0 WS=128');
    expect(sub('seg-1')).toBeNull();
    expect(arrow('seg-1')?.querySelector(':scope > title')?.textContent).toBe(
      'SYN seq=0 win=64240 MSS=1460 SACK_PERM TSval=11 TSecr=0 WS=128: Client → Server',
    );
  });

  it('words the marks in the view’s language', () => {
    draw(trace, trace.steps, zh);
    const sub = () => arrow('seg-6')?.querySelector('.ww-seq-sub')?.textContent;
    expect(sub()).toBe(' [TCP 重复 ACK 2#2]');
    draw(trace, trace.steps, en);
    expect(sub()).toBe(' [TCP Dup ACK 2#2]');
    // The visible text, read in order, is the start of the accessible name.
    expect(arrow('seg-6')?.textContent).toBe('ACK seq=1 ack=1001 win=65535 [TCP Dup ACK 2#2]');
  });

  it('draws the bytes never captured as a stub ending in ✕, on a row of its own', () => {
    const l = layoutSequence(trace, { width: 800, relative: true, captureArrow });
    expect(l.holes).toHaveLength(1);
    const hole = l.holes[0]!;
    const after = l.arrows.find((a) => a.id === 'seg-3')!;
    expect(hole).toMatchObject({ segId: 'seg-3', from: 'client', bytes: 1000, step: 3 });
    expect(hole.y).toBeLessThan(after.y1);
    draw(trace, 2);
    expect(svg.querySelector('.ww-seq-hole')).toBeNull();
    draw(trace, 3);
    const g = svg.querySelector('.ww-seq-hole');
    expect(g?.querySelector('.ww-seq-hole-text')?.textContent).toBe('1000 bytes not captured');
    expect(g?.getAttribute('aria-label')).toBe('1000 bytes not captured');
    expect(g?.querySelector('.ww-seq-x')).not.toBeNull();
  });

  it('says a mid-connection capture’s starting states are assumed', () => {
    draw(toTcpTrace(midConnectionConversation()), 0);
    expect([...svg.querySelectorAll('.ww-seq-state-text')].map((t) => t.textContent)).toEqual([
      'ESTABLISHED (assumed)',
      'ESTABLISHED (assumed)',
    ]);
    expect(svg.querySelectorAll('.ww-seq-state.is-assumed')).toHaveLength(2);
  });
});

/** A long transfer: `n` data segments from the server, each acknowledged. */
function longConversation(n: number): Conversation {
  const base = marksConversation();
  const segments = [];
  for (let i = 0; i < n; i++) {
    const t = i * 2;
    segments.push(seg(2 * i + 1, t, 'server', ['ACK'], 1 + i * 1000, 1, { len: 1000 }));
    segments.push(seg(2 * i + 2, t + 1, 'client', ['ACK'], 1, 1001 + i * 1000));
  }
  return { ...base, segments, packets: segments.length };
}

describe('a long capture', () => {
  it('keeps only the visible arrows in the DOM', () => {
    const trace = toTcpTrace(longConversation(10_000));
    const l = layoutSequence(trace, { width: 800, relative: true, captureArrow });
    const step = 15_000;
    renderSequence(
      svg,
      l,
      { step, progress: 0, viewport: { top: l.arrows[step - 1]!.y1 - 300, height: 600 } },
      { label: en },
    );
    const drawn = svg.querySelectorAll('g.ww-seq-seg').length;
    expect(drawn).toBeGreaterThan(2);
    expect(drawn).toBeLessThan(60);
  });
});
