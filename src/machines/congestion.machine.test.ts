// The congestion-phase machine: every transition of its definition, with the expected target.
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import {
  congestionMachine,
  CONGESTION_PHASES,
  type CongestionEvent,
  type CongestionPhase,
} from './congestion.machine';

const next = (phase: CongestionPhase, e: CongestionEvent) =>
  transition(
    congestionMachine,
    congestionMachine.resolveState({ value: phase, context: undefined }),
    e,
  )[0].value;

describe('congestionMachine (RFC 5681 §3, RFC 6582)', () => {
  it.each<[CongestionPhase, CongestionEvent, CongestionPhase]>([
    ['slowStart', { type: 'ack.new', cwndAtLeastSsthresh: false }, 'slowStart'],
    ['slowStart', { type: 'ack.new', cwndAtLeastSsthresh: true }, 'congestionAvoidance'],
    ['slowStart', { type: 'ack.dup3', fastRecovery: true }, 'fastRecovery'],
    ['slowStart', { type: 'ack.dup3', fastRecovery: false }, 'slowStart'],
    ['slowStart', { type: 'timer.rto' }, 'slowStart'],
    ['congestionAvoidance', { type: 'ack.new', cwndAtLeastSsthresh: true }, 'congestionAvoidance'],
    ['congestionAvoidance', { type: 'ack.dup3', fastRecovery: true }, 'fastRecovery'],
    ['congestionAvoidance', { type: 'ack.dup3', fastRecovery: false }, 'slowStart'],
    ['congestionAvoidance', { type: 'timer.rto' }, 'slowStart'],
    ['fastRecovery', { type: 'ack.new', cwndAtLeastSsthresh: true }, 'congestionAvoidance'],
    ['fastRecovery', { type: 'timer.rto' }, 'slowStart'],
    ['fastRecovery', { type: 'ack.dup3', fastRecovery: true }, 'fastRecovery'],
  ])('%s + %o → %s', (from, event, to) => {
    expect(next(from, event)).toBe(to);
  });

  it('has exactly the three phases', () => {
    expect(Object.keys(congestionMachine.root.states).sort()).toEqual(
      [...CONGESTION_PHASES].sort(),
    );
  });
});
