// Derived values of a real trace: endpoint states, outcomes and time at a step; input comparison.
import { describe, expect, it } from 'vitest';
import { simulateTcp } from '../engine/tcp/simulate';
import { parseScenario } from '../scenarios/schema';
import { canonicalJson, endpointStateAt, isModified, outcomeAt, timeAt } from './selectors';
import { describeFault, segmentIndex } from './faults';

function run(input: unknown) {
  const p = parseScenario(input);
  if (!p.ok) throw new Error(p.errors.join('; '));
  return simulateTcp(p.value);
}

describe('selectors', () => {
  const refused = run({ kind: 'tcp', rttMs: 100, client: { open: { at: 0 } }, server: {} });

  it('starts CLOSED and follows state changes step by step', () => {
    expect(endpointStateAt(refused, 0, 'client')).toBe('CLOSED');
    const synSent = refused.events.find((e) => e.kind === 'state.changed' && e.to === 'SYN-SENT');
    expect(endpointStateAt(refused, synSent!.step, 'client')).toBe('SYN-SENT');
    expect(endpointStateAt(refused, refused.steps, 'client')).toBe('CLOSED');
  });

  it('reports the outcome only once it happened, with the time of the step', () => {
    expect(outcomeAt(refused, 0, 'client')).toBeNull();
    expect(outcomeAt(refused, refused.steps, 'client')).toEqual({ outcome: 'refused', retries: 0 });
    expect(timeAt(refused, 0)).toBe(0);
    expect(timeAt(refused, refused.steps)).toBe(100);
  });

  it('compares inputs whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(isModified({ kind: 'tcp', rttMs: 5 }, { rttMs: 5, kind: 'tcp' })).toBe(false);
    expect(isModified({ kind: 'tcp', rttMs: 5 }, { kind: 'tcp', rttMs: 6 })).toBe(true);
  });
});

describe('faults', () => {
  it('reads the send order from a segment id', () => {
    expect(segmentIndex('seg-12')).toBe(12);
    expect(segmentIndex('ev-12')).toBeNull();
  });

  it('describes each kind of fault for the panel', () => {
    expect(describeFault({ dropIndex: { index: 3 } })).toEqual({ kind: 'index', index: 3 });
    expect(describeFault({ drop: { from: 'server', flags: ['SYN', 'ACK'] } })).toEqual({
      kind: 'rule',
      from: 'server',
      flags: ['SYN', 'ACK'],
      occurrence: 1,
    });
    expect(describeFault({ randomLoss: { rate: 0.1 } })).toEqual({ kind: 'random', rate: 0.1 });
    expect(describeFault({ delay: { index: 1, byMs: 5 } })).toEqual({ kind: 'other' });
  });
});
