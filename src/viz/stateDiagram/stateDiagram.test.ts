import { describe, expect, it } from 'vitest';
import { TCP_STATES, type TcpState } from '../../engine/trace';
import { TCP_DIAGRAM_EDGES, edgeFor } from './edges';
import { layoutStateDiagram } from './layout';
import { indexStates, stateAtStep } from './states';
import { fullConnectionTrace, handshakeTrace, refusedTrace } from '../testFixtures';
import { vizEn } from '../../i18n/viz.en';
import { simulateTcp } from '../../engine/tcp/simulate';
import { BUILTIN_SCENARIOS } from '../../scenarios';

describe('TCP_DIAGRAM_EDGES', () => {
  it('has the textbook transitions with their RFC wording', () => {
    const text = (from: TcpState, to: TcpState) => {
      const e = edgeFor(from, to);
      return e && e !== 'note' ? vizEn[e.label] : e;
    };
    expect(text('CLOSED', 'LISTEN')).toBe('passive OPEN');
    expect(text('CLOSED', 'SYN-SENT')).toBe('active OPEN / snd SYN');
    expect(text('LISTEN', 'SYN-RECEIVED')).toBe('rcv SYN / snd SYN,ACK');
    expect(text('SYN-SENT', 'ESTABLISHED')).toBe('rcv SYN,ACK / snd ACK');
    expect(text('FIN-WAIT-1', 'TIME-WAIT')).toBe('rcv FIN,ACK / snd ACK');
    expect(text('TIME-WAIT', 'CLOSED')).toBe('timeout 2MSL');
    expect(TCP_DIAGRAM_EDGES).toHaveLength(21);
    expect(new Set(TCP_DIAGRAM_EDGES.map((e) => `${e.from}>${e.to}`)).size).toBe(21);
  });

  it('sends other moves to CLOSED to the generic note, and knows no others', () => {
    expect(edgeFor('ESTABLISHED', 'CLOSED')).toBe('note');
    expect(edgeFor('SYN-RECEIVED', 'CLOSED')).toBe('note');
    expect(edgeFor('ESTABLISHED', 'LISTEN')).toBeUndefined();
  });

  it('covers every transition the engine makes in the built-in scenarios', () => {
    const seen = new Set<string>();
    for (const b of BUILTIN_SCENARIOS) {
      for (const ev of simulateTcp(b.scenario).events) {
        if (ev.kind !== 'state.changed') continue;
        seen.add(`${ev.from}>${ev.to}`);
        expect(edgeFor(ev.from, ev.to, ev.cause), `${b.id}: ${ev.from} → ${ev.to}`).toBeDefined();
      }
    }
    // the scenarios exercise the diagram broadly: opens, simultaneous open/close, RST in SYN-RECEIVED
    for (const pair of ['SYN-SENT>SYN-RECEIVED', 'FIN-WAIT-1>CLOSING', 'SYN-RECEIVED>LISTEN']) {
      expect(seen.has(pair)).toBe(true);
    }
  });
});

describe('layoutStateDiagram', () => {
  const l = layoutStateDiagram();
  const node = (id: string) => l.nodes.find((n) => n.id === id)!;

  it('places the 11 states like RFC 9293 Figure 5 (CLOSED twice)', () => {
    expect(l.nodes).toHaveLength(12);
    expect(new Set(l.nodes.map((n) => n.state))).toEqual(new Set(TCP_STATES));
    expect(node('CLOSED').y).toBeLessThan(node('LISTEN').y);
    expect(node('SYN-RECEIVED').x).toBeLessThan(node('ESTABLISHED').x);
    expect(node('SYN-SENT').x).toBeGreaterThan(node('ESTABLISHED').x);
    expect(node('ESTABLISHED').y).toBeLessThan(node('FIN-WAIT-1').y);
    expect(node('TIME-WAIT').y).toBeGreaterThan(node('CLOSING').y);
  });

  it('lays out every edge inside the viewBox, arriving at its target box', () => {
    expect(l.edges).toHaveLength(TCP_DIAGRAM_EDGES.length);
    for (const e of l.edges) {
      const target = node(e.toNode);
      expect(target.state).toBe(e.to);
      const dx = Math.abs(e.head.x - target.x);
      const dy = Math.abs(e.head.y - target.y);
      // the arrowhead touches the box border
      expect(dx <= target.w / 2 + 0.5 && dy <= target.h / 2 + 0.5, e.id).toBe(true);
      expect(Math.abs(dx - target.w / 2) < 0.5 || Math.abs(dy - target.h / 2) < 0.5, e.id).toBe(
        true,
      );
      expect(e.labelX).toBeGreaterThan(l.minX);
      expect(e.labelY).toBeLessThan(l.height);
    }
    expect(l.edges.find((e) => e.id === 'timewait-timeout')?.toNode).toBe('CLOSED-2');
  });
});

describe('stateAtStep', () => {
  it('follows state.changed events step by step', () => {
    const trace = handshakeTrace();
    expect(stateAtStep(trace, 'client', 0)).toEqual({ current: 'CLOSED' });
    expect(stateAtStep(trace, 'client', 1)).toEqual({
      current: 'SYN-SENT',
      lastTransition: { step: 1, from: 'CLOSED', to: 'SYN-SENT', cause: 'app.open' },
    });
    expect(stateAtStep(trace, 'server', 2).current).toBe('SYN-RECEIVED');
    expect(stateAtStep(trace, 'server', 3).current).toBe('SYN-RECEIVED');
    expect(stateAtStep(trace, 'server', 4).current).toBe('ESTABLISHED');
    expect(stateAtStep(trace, 'server', 999).current).toBe('ESTABLISHED');
  });

  it('gives the same answers from a prebuilt index, through a whole connection', () => {
    const trace = fullConnectionTrace();
    const index = indexStates(trace);
    expect(index.client.map((t) => t.to)).toEqual([
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'TIME-WAIT',
      'CLOSED',
    ]);
    for (let s = 0; s <= trace.steps; s++) {
      expect(stateAtStep(index, 'client', s)).toEqual(stateAtStep(trace, 'client', s));
    }
    expect(stateAtStep(index, 'client', trace.steps - 1).current).toBe('TIME-WAIT');
    expect(stateAtStep(index, 'client', trace.steps).lastTransition).toMatchObject({
      from: 'TIME-WAIT',
      to: 'CLOSED',
    });
  });

  it('reports a refused connection back to CLOSED (the generic note)', () => {
    const trace = refusedTrace();
    const end = stateAtStep(trace, 'client', trace.steps);
    expect(end.current).toBe('CLOSED');
    const { from, to, cause } = end.lastTransition!;
    expect(edgeFor(from, to, cause)).toBe('note'); // rcv RST, not "CLOSE or timeout"
    expect(edgeFor(from, to, 'timer.rto')).toMatchObject({ id: 'synsent-close' });
    expect(stateAtStep(trace, 'server', trace.steps)).toEqual({ current: 'CLOSED' });
  });
});
