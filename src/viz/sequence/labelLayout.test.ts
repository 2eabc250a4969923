// Arrow labels in whole layouts: crossing arrows (two, many, a burst of 50 in flight), a loss with
// its retransmission, and the captured bulk transfer with loss, in both languages and several
// widths. Every drawn text is measured as the renderer will write it (badges and notes worded in
// the language), and no two may touch; every anchor lies on its arrow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelFor } from '../../i18n/i18n';
import { readCapture } from '../../capture/read';
import { analyzeCapture } from '../../capture/analyze';
import { toTcpTrace } from '../../capture/toTcpTrace';
import type { TcpTrace } from '../../engine/trace';
import type { LabelFn } from '../label';
import { layoutSequence, type SeqArrow, type SequenceLayout } from './layout';
import { badgeKey } from './arrowText';
import { captureArrow } from './capture';
import { BADGE_DX, LABEL_PX, NOTE_BASELINE, SMALL_PX, labelWidth, textBand } from './labelMetrics';
import { PLACEMENT } from './labelPlacement';
import { intersectingPairs, lineQuad, type Quad } from './labelTestGeometry';
import { TraceBuilder, addHandshake, handshakeTrace, lostSynTrace } from '../testFixtures';

const en = labelFor('en');
const zh = labelFor('zh-CN');

/** The texts the renderer writes for arrow `a` in the language of `label` (see renderArrows). */
function drawnTexts(a: SeqArrow, label: LabelFn): { main: number; sub: number } {
  if (a.labelFit === 'none') return { main: 0, sub: 0 };
  const marks = a.labelFit !== 'bare';
  let main = labelWidth(a.labelFit === 'full' ? a.text : a.shortText, LABEL_PX);
  const key = a.badges ? null : badgeKey(a);
  if (key && marks) main += BADGE_DX + labelWidth(` ${label(key)}`, SMALL_PX);
  let sub = '';
  if (marks && a.badges) sub += ` ${a.badges.map((b) => label(b.key, b.params)).join(' ')}`;
  if (a.labelFit === 'full' && a.sub) sub += ` ${a.sub}`;
  return { main, sub: sub ? labelWidth(sub, SMALL_PX) : 0 };
}

/** Every drawn label line and note of `l`, as rectangles grown by 1.5 px (a 3 px gap must stay). */
function drawnQuads(l: SequenceLayout, label: LabelFn): { id: string; quad: Quad }[] {
  const out: { id: string; quad: Quad }[] = [];
  for (const a of l.arrows) {
    const { main, sub } = drawnTexts(a, label);
    const offset = Math.hypot(a.labelX - a.x1, a.labelY - a.y1);
    if (main > 0) out.push({ id: a.id, quad: lineQuad(a, offset, main, 'main', 1.5) });
    if (sub > 0) out.push({ id: a.id, quad: lineQuad(a, offset, sub, 'sub', 1.5) });
  }
  const [t0, t1] = textBand(NOTE_BASELINE, SMALL_PX);
  for (const h of l.holes) {
    const text =
      h.bytes === null
        ? label('tcpcap.seq.holeUnknown')
        : label('tcpcap.seq.hole', { bytes: h.bytes });
    const w = labelWidth(text, SMALL_PX);
    const x0 = h.x2 > h.x1 ? h.x2 - 5 : h.x2 - 10 - w;
    const x1 = h.x2 > h.x1 ? h.x2 + 10 + w : h.x2 + 5;
    const [y0, y1] = [h.y + Math.min(t0, -5), h.y + Math.max(t1, 5)];
    out.push({
      id: h.id,
      quad: [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
    });
  }
  return out;
}

/** What every layout must satisfy, in both languages. */
function expectClearLabels(l: SequenceLayout): void {
  for (const label of [en, zh]) expect(intersectingPairs(drawnQuads(l, label))).toEqual([]);
  for (const a of l.arrows) {
    // The anchor is on the arrow: on its line, between its ends.
    const dx = a.x2 - a.x1;
    const dy = a.y2 - a.y1;
    const along = ((a.labelX - a.x1) * dx + (a.labelY - a.y1) * dy) / (dx * dx + dy * dy);
    const across = ((a.labelX - a.x1) * dy - (a.labelY - a.y1) * dx) / Math.hypot(dx, dy);
    expect(along).toBeGreaterThanOrEqual(0);
    expect(along).toBeLessThanOrEqual(1);
    expect(Math.abs(across)).toBeLessThan(1e-6);
    // Drawn labels stay between the lifelines.
    if (a.labelFit === 'none') continue;
    for (const [x] of lineQuad(
      a,
      Math.hypot(a.labelX - a.x1, a.labelY - a.y1),
      drawnTexts(a, en).main,
      'main',
    )) {
      expect(x).toBeGreaterThan(l.lifelineX.client);
      expect(x).toBeLessThan(l.lifelineX.server);
    }
  }
}

const fits = (l: SequenceLayout) => {
  const n: Record<string, number> = {};
  for (const a of l.arrows) n[a.labelFit] = (n[a.labelFit] ?? 0) + 1;
  return n;
};

/** Handshake, then `data` segments each way sent `gapMs` apart (crossing), each ACKed. */
function crossingTrace(data: number, gapMs: number): TcpTrace {
  const b = new TraceBuilder();
  const { client: c, server: s } = b.iss;
  addHandshake(b);
  for (let i = 0; i < data; i++) {
    const at = 200 + i * gapMs;
    b.send('client', ['ACK', 'PSH'], at, { seq: c + 1 + i * 100, ack: s + 1, len: 100 });
    b.send('server', ['ACK', 'PSH'], at, { seq: s + 1 + i * 100, ack: c + 1, len: 100 });
  }
  return b.build();
}

/** A burst of `n` data segments sent at one instant, all in flight together, each ACKed on arrival. */
function burstTrace(n: number): TcpTrace {
  const b = new TraceBuilder();
  const { client: c, server: s } = b.iss;
  addHandshake(b);
  for (let i = 0; i < n; i++) {
    b.send('client', ['ACK'], 200, { seq: c + 1 + i * 1460, ack: s + 1, len: 1460 });
    b.send('server', ['ACK'], 250, { seq: s + 1, ack: c + 1 + (i + 1) * 1460 });
  }
  return b.build();
}

function bulkLossCapture(): TcpTrace {
  const bytes = readFileSync(new URL('../../capture/fixtures/bulk-loss.pcapng', import.meta.url));
  const conv = analyzeCapture(readCapture(new Uint8Array(bytes))).conversations[0];
  if (!conv) throw new Error('bulk-loss.pcapng has no conversation');
  return toTcpTrace(conv);
}

describe('arrow labels in a layout', () => {
  it('keeps the usual spot, near the sender, where nothing crosses', () => {
    const l = layoutSequence(handshakeTrace(), { width: 800, relative: true });
    for (const a of l.arrows) {
      expect(a.labelFit).toBe('full');
      expect(Math.hypot(a.labelX - a.x1, a.labelY - a.y1)).toBeCloseTo(PLACEMENT.preferred, 6);
    }
    expectClearLabels(l);
  });

  it('separates two crossing arrows, both labelled in full', () => {
    const l = layoutSequence(crossingTrace(1, 0), { width: 800, relative: true });
    const [a, b] = l.arrows.slice(-2);
    // Both would start 48 px from their senders, and meet in the middle.
    expect(a!.labelFit).toBe('full');
    expect(b!.labelFit).toBe('full');
    expect(Math.hypot(b!.labelX - b!.x1, b!.labelY - b!.y1)).not.toBeCloseTo(PLACEMENT.preferred);
    expectClearLabels(l);
  });

  it('separates many crossing arrows', () => {
    const l = layoutSequence(crossingTrace(20, 5), { width: 800, relative: true });
    expectClearLabels(l);
    expect(fits(l).full).toBeGreaterThan(20);
  });

  it('separates a burst of 50 segments in flight and their ACKs', () => {
    for (const width of [800, 1200]) {
      const l = layoutSequence(burstTrace(50), { width, relative: true });
      expectClearLabels(l);
      expect(l.arrows.filter((a) => a.labelFit !== 'none').length).toBeGreaterThan(80);
    }
  });

  it('measures a retransmission’s badge in any language', () => {
    const l = layoutSequence(lostSynTrace(), { width: 640, relative: true });
    expect(l.arrows.map((a) => a.labelFit)).toEqual(['full', 'full', 'full', 'full']);
    expectClearLabels(l);
  });

  it('keeps the labels of a captured bulk transfer with loss apart, at any width', () => {
    const trace = bulkLossCapture();
    for (const width of [320, 672, 900, 1400]) {
      const l = layoutSequence(trace, { width, relative: true, captureArrow });
      expectClearLabels(l);
      // Labels give up words only where they must: most are whole from 900 px on.
      if (width >= 900) expect(fits(l).full).toBeGreaterThan(0.95 * l.arrows.length);
      else expect(l.arrows.filter((a) => a.labelFit !== 'none').length).toBeGreaterThan(300);
    }
  });

  it('places labels deterministically, once per layout', () => {
    const spots = (l: SequenceLayout) => l.arrows.map((a) => [a.labelX, a.labelY, a.labelFit]);
    const trace = burstTrace(30);
    expect(spots(layoutSequence(trace, { width: 700, relative: true }))).toEqual(
      spots(layoutSequence(trace, { width: 700, relative: true })),
    );
  });

  it('covers a placed label in the arrow’s vertical extent (what the viewport query uses)', () => {
    const l = layoutSequence(burstTrace(50), { width: 800, relative: true });
    for (const a of l.arrows) {
      if (a.labelFit === 'none') continue;
      const offset = Math.hypot(a.labelX - a.x1, a.labelY - a.y1);
      for (const [, y] of lineQuad(a, offset, drawnTexts(a, en).main, 'main')) {
        expect(y).toBeGreaterThanOrEqual(a.top);
        expect(y).toBeLessThanOrEqual(a.bottom);
      }
    }
  });
});
