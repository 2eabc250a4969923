// The RFC 9293 machine on its own, through XState's pure transition(): every transition of the
// definition is taken at least once (exhaustive over consistent segment facts), RFC invariants
// hold for every input, and a table of key rows checks targets and actions.
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { tcpGuards, tcpMachine, type SegmentFacts, type TcpMachineEvent } from './tcp.machine';
import { TCP_STATES, type TcpState } from '../engine/trace';

type GuardName = keyof typeof tcpGuards;
const FACTS = [
  'rst',
  'syn',
  'ack',
  'fin',
  'data',
  'seqOk',
  'old',
  'rstExact',
  'ackNew',
  'ackFuture',
  'finAcked',
  'finNow',
] as const;

/** Facts the engine can actually produce together. */
function consistent(f: SegmentFacts): boolean {
  if (f.rstExact && !f.rst) return false;
  if (f.finNow && !(f.fin && f.seqOk)) return false;
  if ((f.ackNew || f.ackFuture || f.finAcked) && !f.ack) return false;
  if (f.ackNew && f.ackFuture) return false;
  if (f.old && f.seqOk) return false;
  if (f.old && !(f.syn || f.fin || f.data)) return false;
  return true;
}

function allFacts(): SegmentFacts[] {
  const out: SegmentFacts[] = [];
  for (let bits = 0; bits < 1 << FACTS.length; bits++) {
    const f = Object.fromEntries(
      FACTS.map((k, i) => [k, (bits & (1 << i)) !== 0]),
    ) as unknown as SegmentFacts;
    if (consistent(f)) out.push(f);
  }
  return out;
}

function allEvents(): TcpMachineEvent[] {
  return [
    { type: 'app.listen' },
    { type: 'app.open' },
    { type: 'app.close' },
    { type: 'app.abort' },
    { type: 'timer.rto', exhausted: false },
    { type: 'timer.rto', exhausted: true },
    { type: 'timer.timeWait' },
    ...allFacts().map((f) => ({ type: 'segment.received' as const, ...f })),
  ];
}

// A copy of the machine whose guards report when they pass: the first passing guard (in
// definition order) picks the transition, and an unguarded candidate is taken when none passes.
let passed: GuardName[] = [];
const logged = tcpMachine.provide({
  guards: Object.fromEntries(
    Object.entries(tcpGuards).map(([name, g]) => [
      name,
      (args: Parameters<typeof g>[0]) => {
        const r = g(args as never);
        if (r) passed.push(name as GuardName);
        return r;
      },
    ]),
  ) as typeof tcpGuards,
});

function step(state: TcpState, passive: boolean, event: TcpMachineEvent) {
  passed = [];
  const snap = logged.resolveState({ value: state, context: { passive } });
  const [next, actions] = transition(logged, snap, event);
  return { next: next.value as TcpState, actions: actions.map((a) => a.type), guard: passed[0] };
}

/** Every candidate transition in the definition: "STATE|event|guard" ("-" when unguarded). */
function definitionKeys(): Set<string> {
  const keys = new Set<string>();
  for (const [name, node] of Object.entries(tcpMachine.root.states)) {
    for (const [ev, defs] of node.transitions) {
      for (const d of defs)
        keys.add(`${name}|${ev}|${typeof d.guard === 'string' ? d.guard : '-'}`);
    }
  }
  return keys;
}

function takenKey(
  state: TcpState,
  event: TcpMachineEvent,
  guard: GuardName | undefined,
): string | null {
  const defs = tcpMachine.root.states[state]!.transitions.get(event.type);
  if (!defs) return null;
  if (guard) return `${state}|${event.type}|${guard}`;
  return defs.some((d) => d.guard === undefined) ? `${state}|${event.type}|-` : null;
}

describe('tcpMachine (RFC 9293 §3.3.2, §3.10)', () => {
  const events = allEvents();
  const runs: {
    state: TcpState;
    passive: boolean;
    event: TcpMachineEvent;
    r: ReturnType<typeof step>;
  }[] = [];
  for (const state of TCP_STATES)
    for (const passive of [false, true])
      for (const event of events)
        runs.push({ state, passive, event, r: step(state, passive, event) });

  it('has all 11 RFC states', () => {
    expect(Object.keys(tcpMachine.root.states).sort()).toEqual([...TCP_STATES].sort());
  });

  it('takes every transition of its definition for some input', () => {
    const taken = new Set<string>();
    for (const { state, event, r } of runs) {
      const k = takenKey(state, event, r.guard);
      if (k) taken.add(k);
    }
    const missing = [...definitionKeys()].filter((k) => !taken.has(k));
    expect(missing).toEqual([]);
    expect(definitionKeys().size).toBeGreaterThan(80);
  });

  it('never answers an RST with an RST (RFC 9293 §3.10.7)', () => {
    const bad = runs.filter(
      ({ event, r }) =>
        event.type === 'segment.received' && event.rst && r.actions.some((a) => /Rst/.test(a)),
    );
    expect(bad).toEqual([]);
  });

  it('answers every non-RST segment in CLOSED with an RST', () => {
    for (const { state, event, r } of runs) {
      if (state !== 'CLOSED' || event.type !== 'segment.received' || event.rst) continue;
      expect(r.actions).toContain(event.ack ? 'replyRst' : 'replyRstAck');
      expect(r.next).toBe('CLOSED');
    }
  });

  it('leaves TIME-WAIT only for CLOSED', () => {
    const exits = new Set(
      runs.filter((x) => x.state === 'TIME-WAIT' && x.r.next !== 'TIME-WAIT').map((x) => x.r.next),
    );
    expect([...exits]).toEqual(['CLOSED']);
  });

  it('reaches ESTABLISHED only from SYN-SENT and SYN-RECEIVED', () => {
    const from = new Set(
      runs
        .filter((x) => x.r.next === 'ESTABLISHED' && x.state !== 'ESTABLISHED')
        .map((x) => x.state),
    );
    expect([...from].sort()).toEqual(['SYN-RECEIVED', 'SYN-SENT']);
  });
});

const seg = (f: Partial<SegmentFacts>): TcpMachineEvent => ({
  type: 'segment.received',
  ...(Object.fromEntries(FACTS.map((k) => [k, false])) as unknown as SegmentFacts),
  ...f,
});

describe('key rows of RFC 9293', () => {
  const rows: [string, TcpState, boolean, TcpMachineEvent, TcpState, string[]][] = [
    ['passive OPEN', 'CLOSED', false, { type: 'app.listen' }, 'LISTEN', []],
    ['active OPEN sends SYN', 'CLOSED', false, { type: 'app.open' }, 'SYN-SENT', ['sendSyn']],
    [
      'SYN in LISTEN',
      'LISTEN',
      false,
      seg({ syn: true }),
      'SYN-RECEIVED',
      ['recordIrs', 'sendSynAck'],
    ],
    ['ACK in LISTEN gets RST', 'LISTEN', false, seg({ ack: true }), 'LISTEN', ['replyRst']],
    [
      'SYN,ACK completes active open',
      'SYN-SENT',
      false,
      seg({ syn: true, ack: true, ackNew: true }),
      'ESTABLISHED',
      ['recordIrs', 'processAck', 'sendAck'],
    ],
    [
      'simultaneous open: SYN in SYN-SENT',
      'SYN-SENT',
      false,
      seg({ syn: true }),
      'SYN-RECEIVED',
      ['recordIrs', 'sendSynAck'],
    ],
    [
      'bad ACK in SYN-SENT gets RST',
      'SYN-SENT',
      false,
      seg({ syn: true, ack: true }),
      'SYN-SENT',
      ['replyRst'],
    ],
    [
      'RST with good ACK in SYN-SENT: refused',
      'SYN-SENT',
      false,
      seg({ rst: true, ack: true, ackNew: true }),
      'CLOSED',
      ['clearTcb', 'endRefused'],
    ],
    [
      'SYN retries exhausted',
      'SYN-SENT',
      false,
      { type: 'timer.rto', exhausted: true },
      'CLOSED',
      ['clearTcb', 'endFailed'],
    ],
    [
      'ACK of SYN',
      'SYN-RECEIVED',
      true,
      seg({ ack: true, ackNew: true, seqOk: true }),
      'ESTABLISHED',
      ['processAck', 'acceptData'],
    ],
    [
      'RST after passive open: back to LISTEN',
      'SYN-RECEIVED',
      true,
      seg({ rst: true, seqOk: true, rstExact: true }),
      'LISTEN',
      ['clearTcb'],
    ],
    [
      'RST after active open: refused',
      'SYN-RECEIVED',
      false,
      seg({ rst: true, seqOk: true, rstExact: true }),
      'CLOSED',
      ['clearTcb', 'endRefused'],
    ],
    [
      'retransmitted SYN in SYN-RECEIVED',
      'SYN-RECEIVED',
      true,
      seg({ syn: true, old: true }),
      'SYN-RECEIVED',
      ['resendSynAck'],
    ],
    [
      'simultaneous open: SYN,ACK in SYN-RECEIVED',
      'SYN-RECEIVED',
      false,
      seg({ syn: true, old: true, ack: true, ackNew: true }),
      'ESTABLISHED',
      ['processAck'],
    ],
    [
      'CLOSE in ESTABLISHED',
      'ESTABLISHED',
      false,
      { type: 'app.close' },
      'FIN-WAIT-1',
      ['sendFin'],
    ],
    [
      'FIN in ESTABLISHED',
      'ESTABLISHED',
      false,
      seg({ fin: true, ack: true, seqOk: true, finNow: true }),
      'CLOSE-WAIT',
      ['processAck', 'acceptData', 'consumeFin', 'sendAck'],
    ],
    [
      'RST in ESTABLISHED: reset',
      'ESTABLISHED',
      false,
      seg({ rst: true, seqOk: true, rstExact: true }),
      'CLOSED',
      ['clearTcb', 'endReset'],
    ],
    [
      'RST in window, not exact: challenge ACK (RFC 5961)',
      'ESTABLISHED',
      false,
      seg({ rst: true, seqOk: true }),
      'ESTABLISHED',
      ['sendChallengeAck'],
    ],
    [
      'SYN in ESTABLISHED: challenge ACK (RFC 5961)',
      'ESTABLISHED',
      false,
      seg({ syn: true, seqOk: true }),
      'ESTABLISHED',
      ['sendChallengeAck'],
    ],
    [
      'old duplicate (e.g. SYN,ACK) re-ACKed',
      'ESTABLISHED',
      false,
      seg({ syn: true, ack: true, old: true }),
      'ESTABLISHED',
      ['sendAck'],
    ],
    [
      'ACK of our FIN in FIN-WAIT-1',
      'FIN-WAIT-1',
      false,
      seg({ ack: true, ackNew: true, seqOk: true, finAcked: true }),
      'FIN-WAIT-2',
      ['processAck', 'acceptData'],
    ],
    [
      'FIN,ACK in FIN-WAIT-1: straight to TIME-WAIT',
      'FIN-WAIT-1',
      false,
      seg({ fin: true, ack: true, ackNew: true, seqOk: true, finAcked: true, finNow: true }),
      'TIME-WAIT',
      ['processAck', 'acceptData', 'consumeFin', 'sendAck', 'startTimeWait'],
    ],
    [
      'simultaneous close: FIN in FIN-WAIT-1',
      'FIN-WAIT-1',
      false,
      seg({ fin: true, ack: true, seqOk: true, finNow: true }),
      'CLOSING',
      ['processAck', 'acceptData', 'consumeFin', 'sendAck'],
    ],
    [
      'FIN in FIN-WAIT-2',
      'FIN-WAIT-2',
      false,
      seg({ fin: true, ack: true, seqOk: true, finNow: true }),
      'TIME-WAIT',
      ['processAck', 'acceptData', 'consumeFin', 'sendAck', 'startTimeWait'],
    ],
    ['CLOSE in CLOSE-WAIT', 'CLOSE-WAIT', false, { type: 'app.close' }, 'LAST-ACK', ['sendFin']],
    [
      'ACK of FIN in CLOSING',
      'CLOSING',
      false,
      seg({ ack: true, ackNew: true, seqOk: true, finAcked: true }),
      'TIME-WAIT',
      ['processAck', 'startTimeWait'],
    ],
    [
      'ACK of FIN in LAST-ACK',
      'LAST-ACK',
      false,
      seg({ ack: true, ackNew: true, seqOk: true, finAcked: true }),
      'CLOSED',
      ['processAck', 'clearTcb', 'endClosed'],
    ],
    [
      'retransmitted FIN in TIME-WAIT',
      'TIME-WAIT',
      false,
      seg({ fin: true, ack: true, old: true }),
      'TIME-WAIT',
      ['sendAck', 'restartTimeWait'],
    ],
    [
      '2·MSL timeout',
      'TIME-WAIT',
      false,
      { type: 'timer.timeWait' },
      'CLOSED',
      ['clearTcb', 'endClosed'],
    ],
    [
      'ABORT in ESTABLISHED sends RST',
      'ESTABLISHED',
      false,
      { type: 'app.abort' },
      'CLOSED',
      ['sendRst', 'clearTcb', 'endAborted'],
    ],
  ];
  it.each(rows)('%s', (_name, state, passive, event, next, actions) => {
    const r = step(state, passive, event);
    expect(r.next).toBe(next);
    expect(r.actions.filter((a) => a !== 'markPassive')).toEqual(actions);
  });
});
