import { describe, expect, it } from 'vitest';
import { layoutSequence, SEQ_METRICS, type SequenceLayout } from './layout';
import { cursorTime, visibleItems, yForStep } from './query';
import { yAtTime } from './timeAxis';
import {
  TraceBuilder,
  addHandshake,
  bulkTrace,
  fullConnectionTrace,
  handshakeTrace,
  lostSynTrace,
} from '../testFixtures';

const opts = { width: 800, relative: true };
const byId = (l: SequenceLayout, id: string) => {
  const a = l.arrows.find((x) => x.id === id);
  if (!a) throw new Error(`no arrow ${id}`);
  return a;
};

describe('layoutSequence: geometry', () => {
  it('puts the client lifeline left, the server right, and arrows between them', () => {
    const l = layoutSequence(handshakeTrace(), opts);
    expect(l.lifelineX).toEqual({ client: 140, server: 660 });
    const syn = byId(l, 'seg-1');
    expect([syn.x1, syn.x2]).toEqual([140, 660]);
    const synAck = byId(l, 'seg-2');
    expect([synAck.x1, synAck.x2]).toEqual([660, 140]);
  });

  it('slopes each arrow by its travel time: one-way delay = arrowPx', () => {
    const l = layoutSequence(handshakeTrace(), opts);
    for (const id of ['seg-1', 'seg-2', 'seg-3']) {
      const a = byId(l, id);
      expect(a.y2 - a.y1).toBeCloseTo(SEQ_METRICS.arrowPx, 6);
    }
    // the SYN-ACK leaves the server exactly where the SYN arrives (zigzag)
    expect(byId(l, 'seg-2').y1).toBe(byId(l, 'seg-1').y2);
  });

  it('is monotonic: later sends start lower, y grows with time', () => {
    const l = layoutSequence(fullConnectionTrace(), opts);
    for (let i = 1; i < l.arrows.length; i++) {
      expect(l.arrows[i]!.y1).toBeGreaterThanOrEqual(l.arrows[i - 1]!.y1);
      expect(l.arrows[i]!.y2).toBeGreaterThan(l.arrows[i]!.y1);
    }
    let prev = -Infinity;
    for (let t = 0; t <= 60_500; t += 37) {
      const y = yAtTime(l.axis, t);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
  });

  it('draws a burst sent at one instant as parallel arrows one row apart', () => {
    const b = new TraceBuilder();
    addHandshake(b);
    for (let i = 0; i < 3; i++)
      b.send('client', ['ACK'], 200, { seq: 1001 + i * 100, ack: 5001, len: 100 });
    const l = layoutSequence(b.build(), opts);
    const [a, c, d] = ['seg-4', 'seg-5', 'seg-6'].map((id) => byId(l, id));
    expect(c!.y1 - a!.y1).toBe(SEQ_METRICS.rowGap);
    expect(d!.y1 - c!.y1).toBe(SEQ_METRICS.rowGap);
    expect(c!.y2 - c!.y1).toBeCloseTo(a!.y2 - a!.y1, 6);
  });

  it('ends a lost segment half way, at its drop time, and marks it lost', () => {
    const l = layoutSequence(lostSynTrace(), opts);
    const lost = byId(l, 'seg-1');
    expect(lost.lost).toBe(true);
    expect(lost.x2).toBe(400);
    expect(lost.t2).toBe(25);
    expect(lost.y2 - lost.y1).toBeCloseTo(SEQ_METRICS.arrowPx / 2, 6);
    expect(lost.endStep).toBe(2); // the step of its segment.lost event
    const retx = byId(l, 'seg-2');
    expect([retx.retransmission, retx.lost, retx.x2]).toEqual([true, false, 660]);
  });

  it('anchors labels near the sender and keeps them upright', () => {
    const l = layoutSequence(handshakeTrace(), opts);
    const syn = byId(l, 'seg-1');
    const synAck = byId(l, 'seg-2');
    expect(syn.labelAnchor).toBe('start');
    expect(synAck.labelAnchor).toBe('end');
    expect(syn.labelX).toBeGreaterThan(140);
    expect(syn.labelX).toBeLessThan(240);
    expect(synAck.labelX).toBeGreaterThan(560);
    expect(syn.labelAngle).toBeGreaterThan(0);
    expect(synAck.labelAngle).toBeLessThan(0);
    expect(Math.abs(synAck.labelAngle)).toBeCloseTo(syn.labelAngle, 6);
  });
});

describe('layoutSequence: labels and numbering', () => {
  it('writes Wireshark-style labels, relative or absolute', () => {
    const rel = layoutSequence(fullConnectionTrace(), opts).arrows.map((a) => a.text);
    expect(rel.slice(0, 3)).toEqual(['SYN seq=0', 'SYN, ACK seq=0 ack=1', 'ACK seq=1 ack=1']);
    expect(rel[3]).toBe('PSH, ACK seq=1 ack=1 len=100');
    expect(rel[6]).toBe('FIN, ACK seq=101 ack=501');
    const abs = layoutSequence(fullConnectionTrace(), { ...opts, relative: false }).arrows;
    expect(abs[1]!.text).toBe('SYN, ACK seq=5000 ack=1001');
  });
});

describe('layoutSequence: time compression', () => {
  it('shrinks the 975 ms RTO wait to one break', () => {
    const l = layoutSequence(lostSynTrace(), opts);
    expect(l.gaps).toHaveLength(1);
    const g = l.gaps[0]!;
    expect(g.durationMs).toBe(975);
    expect(g.y2 - g.y1).toBe(SEQ_METRICS.breakPx);
    expect(g.inFlight).toBe(false);
    expect(g.step).toBe(2); // the idle time begins after the loss
  });

  it('keeps a 60 s TIME-WAIT on screen: the whole connection fits in 1000 px', () => {
    const l = layoutSequence(fullConnectionTrace(), opts);
    const g = l.gaps.find((x) => x.durationMs === 59_950);
    expect(g && g.y2 - g.y1).toBe(SEQ_METRICS.breakPx);
    expect(l.height).toBeLessThan(1000);
    const tw = l.timers.find((t) => t.timer === 'timeWait');
    expect(tw).toMatchObject({ outcome: 'fired', durationMs: 60_000, showLabel: true });
  });

  it('compresses less where a (delayed) segment is in flight', () => {
    const b = new TraceBuilder();
    addHandshake(b);
    b.send('client', ['ACK'], 200, { seq: 1001, ack: 5001, len: 10, delayMs: 5000 });
    const l = layoutSequence(b.build(), opts);
    const slow = byId(l, 'seg-4');
    const g = l.gaps.find((x) => x.inFlight);
    expect(g).toBeDefined();
    expect(slow.y2 - slow.y1).toBeGreaterThan(SEQ_METRICS.arrowPx * 5);
    expect(slow.y2 - slow.y1).toBeLessThan(SEQ_METRICS.arrowPx * 7);
  });
});

describe('layoutSequence: timers, states, steps', () => {
  it('pairs timer.set with fired / cancelled / replaced', () => {
    const l = layoutSequence(lostSynTrace(), opts);
    expect(l.timers.map((t) => [t.outcome, t.step, t.endStep])).toEqual([
      ['fired', 1, 3],
      ['cancelled', 3, 5],
    ]);
    const bulk = layoutSequence(bulkTrace(3), opts);
    expect(bulk.timers.filter((t) => t.outcome === 'replaced')).toHaveLength(2);
    expect(bulk.timers.at(-1)!.outcome).toBe('running');
  });

  it('writes each state change beside its lifeline at the row of the segment that caused it', () => {
    const l = layoutSequence(handshakeTrace(), opts);
    expect(l.states.map((s) => `${s.endpoint}:${s.state}`)).toEqual([
      'server:LISTEN',
      'client:SYN-SENT',
      'server:SYN-RECEIVED',
      'client:ESTABLISHED',
      'server:ESTABLISHED',
    ]);
    const est = l.states[3]!;
    expect(est.y).toBe(byId(l, 'seg-2').y2);
    expect(est.anchor).toBe('end');
    expect(est.x).toBeLessThan(140);
  });

  it('maps steps to virtual time and y', () => {
    const l = layoutSequence(lostSynTrace(), opts);
    expect(l.stepT).toEqual([0, 0, 25, 1000, 1050, 1100, 1150, 1150]);
    expect(cursorTime(l, 2, 0.5)).toBe(512.5);
    expect(cursorTime(l, 99, 0.5)).toBe(1150);
    expect(yForStep(l, 3)).toBe(byId(l, 'seg-2').y1);
  });
});

describe('visibleItems', () => {
  it('returns exactly the items that intersect the window', () => {
    const l = layoutSequence(bulkTrace(400), opts);
    for (const [top, bottom] of [
      [0, 300],
      [1234, 1900],
      [5000, 5001],
      [l.height - 200, l.height + 500],
    ] as const) {
      const v = visibleItems(l, top, bottom);
      const hit = <T extends { top: number; bottom: number }>(xs: T[]) =>
        xs.filter((d) => d.top < bottom && d.bottom > top);
      expect(v.arrows).toEqual(hit(l.arrows));
      expect(v.timers).toEqual(hit(l.timers));
      expect(v.states).toEqual(hit(l.states));
      expect(v.gaps).toEqual(hit(l.gaps));
      expect(v.arrows.length).toBeLessThan(l.arrows.length / 4);
    }
  });

  it('finds nothing outside the drawing', () => {
    const l = layoutSequence(handshakeTrace(), opts);
    expect(visibleItems(l, l.height + 100, l.height + 900).arrows).toEqual([]);
  });
});

describe('layoutSequence on engine traces', () => {
  it('lays out the built-in scenarios the engine simulates', async () => {
    const { simulateTcp } = await import('../../engine/tcp/simulate');
    const { getBuiltin } = await import('../../scenarios');
    const normal = simulateTcp(getBuiltin('normal')!.scenario);
    const l = layoutSequence(normal, opts);
    const sent = normal.events.filter((e) => e.kind === 'segment.sent');
    expect(l.arrows.map((a) => a.id)).toEqual(sent.map((e) => e.segment.id));
    expect(l.arrows.slice(0, 3).map((a) => a.text)).toEqual([
      'SYN seq=0',
      'SYN, ACK seq=0 ack=1',
      'ACK seq=1 ack=1',
    ]);
    for (const a of l.arrows) {
      expect(a.y2).toBeGreaterThan(a.y1);
      expect(a.endStep).toBeGreaterThan(a.step - 1);
    }
    expect(l.timers.some((t) => t.timer === 'timeWait' && t.outcome === 'fired')).toBe(true);

    const lost = simulateTcp(getBuiltin('lost-syn')!.scenario);
    const ll = layoutSequence(lost, opts);
    const first = ll.arrows[0]!;
    expect(first).toMatchObject({ lost: true, x2: 400, text: 'SYN seq=0' });
    expect(ll.arrows[1]).toMatchObject({ retransmission: true, x2: 660 });
    expect(ll.gaps.length).toBeGreaterThan(0);
  });
});
