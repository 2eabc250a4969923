// The TCP connection state machine of RFC 9293 §3.3.2 / §3.10, one instance per endpoint.
// It holds only the control state (which of the 11 states, and whether the open was passive);
// sequence variables live in the engine's TCB. The engine classifies each input into the boolean
// facts below and runs this machine through XState's pure `transition()`, executing the named
// actions it returns. Action implementations here are no-ops on purpose: the engine owns effects.
import { setup, assign } from 'xstate';

/** Facts about an arriving segment, computed by the engine from the TCB (RFC 9293 §3.10.7). */
export interface SegmentFacts {
  rst: boolean;
  syn: boolean;
  ack: boolean;
  fin: boolean;
  /** Carries data (SEG.LEN > 0 without SYN/FIN). */
  data: boolean;
  /** Passes the sequence-number acceptability test, after trimming old parts (§3.10.7.4). */
  seqOk: boolean;
  /** Everything it occupies is before RCV.NXT: a duplicate (e.g. a retransmitted SYN or FIN). */
  old: boolean;
  /** RST whose SEG.SEQ is exactly RCV.NXT (RFC 5961 §3.2 / RFC 9293 §3.10.7.4). */
  rstExact: boolean;
  /** SND.UNA < SEG.ACK =< SND.NXT (SYN-SENT: ISS < SEG.ACK =< SND.NXT). */
  ackNew: boolean;
  /** SEG.ACK > SND.NXT: acknowledges something not yet sent. */
  ackFuture: boolean;
  /** Our FIN has been sent and SEG.ACK covers it. */
  finAcked: boolean;
  /** The FIN is in sequence (all data before it has arrived), so it is processed now. */
  finNow: boolean;
}

export type TcpMachineEvent =
  | { type: 'app.listen' }
  | { type: 'app.open' }
  | { type: 'app.close' }
  | { type: 'app.abort' }
  | ({ type: 'segment.received' } & SegmentFacts)
  | { type: 'timer.rto'; exhausted: boolean }
  | { type: 'timer.timeWait' };

export interface TcpMachineContext {
  /** The connection came from LISTEN (passive OPEN): an RST in SYN-RECEIVED returns to LISTEN. */
  passive: boolean;
}

type SegEvent = Extract<TcpMachineEvent, { type: 'segment.received' }>;
const seg = (e: TcpMachineEvent): SegEvent | undefined =>
  e.type === 'segment.received' ? e : undefined;
const rtoExhausted = (e: TcpMachineEvent): boolean => e.type === 'timer.rto' && e.exhausted;

/** Names of the effects the engine carries out. */
export const TCP_ACTIONS = [
  'sendSyn',
  'sendSynAck',
  'resendSynAck',
  'sendAck',
  'sendChallengeAck',
  'sendFin',
  'sendRst',
  'replyRst',
  'replyRstAck',
  'recordIrs',
  'processAck',
  'acceptData',
  'consumeFin',
  'retransmit',
  'startTimeWait',
  'restartTimeWait',
  'clearTcb',
  'endClosed',
  'endReset',
  'endRefused',
  'endFailed',
  'endAborted',
] as const;
export type TcpAction = (typeof TCP_ACTIONS)[number];

const noop = () => {};
const actionImpls = Object.fromEntries(TCP_ACTIONS.map((a) => [a, noop])) as Record<
  TcpAction,
  () => void
>;

// Guards. Each reads only the event's facts (and context.passive), so a transition is a pure
// function of (state, passive, facts): the engine may memoize it.
/** The guards, exported so tests can instrument them with `tcpMachine.provide`. */
export const tcpGuards = {
  /** §3.10.7.2 (LISTEN): an RST is ignored. */
  isRst: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.rst,
  /** §3.10.7.2: any ACK in LISTEN is bad: reply RST <SEQ=SEG.ACK>. */
  isAck: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.ack,
  /** §3.10.7.2: a SYN in LISTEN starts a passive connection. */
  isSyn: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.syn,
  /** §3.10.7.3 first: in SYN-SENT an ACK outside ISS < SEG.ACK =< SND.NXT is unacceptable. */
  badAckNoRst: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.ack && !s.ackNew && !s.rst;
  },
  /** §3.10.7.3 second: an RST with an acceptable ACK resets a connection in SYN-SENT. */
  rstWithGoodAck: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.rst && s.ack && s.ackNew;
  },
  /** §3.10.7.3 fourth: SYN with an acceptable ACK completes an active open. */
  synAckGood: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.syn && !s.rst && s.ack && s.ackNew;
  },
  /** §3.10.7.3 fourth: SYN without ACK in SYN-SENT is a simultaneous open. */
  synNoAck: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.syn && !s.rst && !s.ack;
  },
  /** §3.10.7.4 first: an unacceptable segment (not RST) is answered with an ACK. */
  unacceptable: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && !s.rst && (!s.seqOk || s.old);
  },
  /** §3.10.7.4 second (RFC 5961): RST at exactly RCV.NXT resets the connection. */
  rstExact: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.rst && s.seqOk && s.rstExact;
  },
  /** §3.10.7.4 second: RST in window but not exact: challenge ACK. */
  rstInexact: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.rst && s.seqOk && !s.rstExact;
  },
  /** SYN-RECEIVED, passive open: an acceptable RST returns the connection to LISTEN. */
  rstExactPassive: ({ event, context }: { event: TcpMachineEvent; context: TcpMachineContext }) => {
    const s = seg(event);
    return !!s && s.rst && s.seqOk && s.rstExact && context.passive;
  },
  /** §3.10.7.4 (segment trimmed to RCV.NXT): the peer's SYN,ACK in a simultaneous open. */
  oldSynAckNew: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.syn && s.old && s.ack && s.ackNew && !s.rst;
  },
  /** A retransmitted SYN (nothing new) in SYN-RECEIVED: our SYN,ACK was probably lost. */
  dupSynNoAck: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.syn && s.old && !s.ack && !s.rst;
  },
  /** §3.10.7.4 fourth (RFC 5961 §4): a SYN in a synchronized state gets a challenge ACK. */
  newSyn: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.syn && !s.old && !s.rst;
  },
  /** §3.10.7.4 fifth: segments without ACK are dropped in synchronized states. */
  noAck: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && !s.ack;
  },
  /** SYN-RECEIVED: an acceptable ACK with an in-sequence FIN (→ ESTABLISHED → CLOSE-WAIT). */
  ackNewAndFin: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.ackNew && s.finNow;
  },
  /** SYN-RECEIVED: SND.UNA < SEG.ACK =< SND.NXT enters ESTABLISHED. */
  ackNew: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.ackNew,
  /** §3.10.7.4 fifth: ACK of something not yet sent: send ACK, drop. */
  ackFuture: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.ackFuture,
  /** §3.10.7.4 eighth: a FIN in sequence. */
  finNow: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.finNow,
  /** FIN-WAIT-1: FIN that also acknowledges our FIN: straight to TIME-WAIT. */
  finNowAndAcked: ({ event }: { event: TcpMachineEvent }) => {
    const s = seg(event);
    return !!s && s.finNow && s.finAcked;
  },
  /** FIN-WAIT-1 / CLOSING / LAST-ACK: our FIN is acknowledged. */
  finAcked: ({ event }: { event: TcpMachineEvent }) => !!seg(event)?.finAcked,
  /** RFC 6298 §5.4 + RFC 9293 §3.8.3 R2: too many retransmissions close the connection. */
  exhausted: ({ event }: { event: TcpMachineEvent }) => rtoExhausted(event),
  /** Passive open in SYN-RECEIVED (SYN,ACK retries exhausted → back to LISTEN, as Linux). */
  exhaustedPassive: ({ event, context }: { event: TcpMachineEvent; context: TcpMachineContext }) =>
    rtoExhausted(event) && context.passive,
};

// Shared handling of a segment in a synchronized state (§3.10.7.4), before state-specific ACK/FIN
// processing. Order matters: the first matching transition wins.
const syncPrelude = [
  { guard: 'unacceptable', actions: 'sendAck' },
  { guard: 'rstInexact', actions: 'sendChallengeAck' },
  { guard: 'isRst' }, // §3.10.7.4 first: an unacceptable RST is dropped, never answered
  { guard: 'newSyn', actions: 'sendChallengeAck' },
  { guard: 'noAck' },
  { guard: 'ackFuture', actions: 'sendAck' },
] as const;
const rstReset = {
  guard: 'rstExact',
  target: 'CLOSED',
  actions: ['clearTcb', 'endReset'],
} as const;
const rstClosed = {
  guard: 'rstExact',
  target: 'CLOSED',
  actions: ['clearTcb', 'endClosed'],
} as const;
const rtoFail = {
  guard: 'exhausted',
  target: 'CLOSED',
  actions: ['clearTcb', 'endFailed'],
} as const;
const abortWithRst = { target: 'CLOSED', actions: ['sendRst', 'clearTcb', 'endAborted'] } as const;

/** The RFC 9293 connection state machine. States are named exactly as in the RFC. */
export const tcpMachine = setup({
  types: { context: {} as TcpMachineContext, events: {} as TcpMachineEvent },
  actions: { ...actionImpls, markPassive: assign({ passive: true }) },
  guards: tcpGuards,
}).createMachine({
  id: 'tcp',
  initial: 'CLOSED',
  context: { passive: false },
  states: {
    CLOSED: {
      on: {
        'app.listen': { target: 'LISTEN' },
        'app.open': { target: 'SYN-SENT', actions: 'sendSyn' },
        // §3.10.7.1: no TCB. An RST is discarded; anything else is answered with an RST.
        'segment.received': [
          { guard: 'isRst' },
          { guard: 'isAck', actions: 'replyRst' },
          { actions: 'replyRstAck' },
        ],
      },
    },
    LISTEN: {
      on: {
        'app.close': { target: 'CLOSED', actions: 'clearTcb' },
        'segment.received': [
          { guard: 'isRst' },
          { guard: 'isAck', actions: 'replyRst' },
          {
            guard: 'isSyn',
            target: 'SYN-RECEIVED',
            actions: ['markPassive', 'recordIrs', 'sendSynAck'],
          },
        ],
      },
    },
    'SYN-SENT': {
      on: {
        'app.close': { target: 'CLOSED', actions: ['clearTcb', 'endClosed'] },
        'app.abort': { target: 'CLOSED', actions: ['clearTcb', 'endAborted'] },
        'segment.received': [
          { guard: 'badAckNoRst', actions: 'replyRst' },
          { guard: 'rstWithGoodAck', target: 'CLOSED', actions: ['clearTcb', 'endRefused'] },
          { guard: 'isRst' },
          {
            guard: 'synAckGood',
            target: 'ESTABLISHED',
            actions: ['recordIrs', 'processAck', 'sendAck'],
          },
          { guard: 'synNoAck', target: 'SYN-RECEIVED', actions: ['recordIrs', 'sendSynAck'] },
        ],
        'timer.rto': [
          { guard: 'exhausted', target: 'CLOSED', actions: ['clearTcb', 'endFailed'] },
          { actions: 'retransmit' },
        ],
      },
    },
    'SYN-RECEIVED': {
      on: {
        'app.close': { target: 'FIN-WAIT-1', actions: 'sendFin' },
        'app.abort': abortWithRst,
        'segment.received': [
          { guard: 'dupSynNoAck', actions: 'resendSynAck' },
          { guard: 'oldSynAckNew', target: 'ESTABLISHED', actions: 'processAck' },
          { guard: 'rstExactPassive', target: 'LISTEN', actions: 'clearTcb' },
          { guard: 'rstExact', target: 'CLOSED', actions: ['clearTcb', 'endRefused'] },
          ...syncPrelude,
          {
            guard: 'ackNewAndFin',
            target: 'CLOSE-WAIT',
            actions: ['processAck', 'acceptData', 'consumeFin', 'sendAck'],
          },
          { guard: 'ackNew', target: 'ESTABLISHED', actions: ['processAck', 'acceptData'] },
          { actions: 'replyRst' },
        ],
        'timer.rto': [
          { guard: 'exhaustedPassive', target: 'LISTEN', actions: 'clearTcb' },
          { guard: 'exhausted', target: 'CLOSED', actions: ['clearTcb', 'endFailed'] },
          { actions: 'retransmit' },
        ],
      },
    },
    ESTABLISHED: {
      on: {
        'app.close': { target: 'FIN-WAIT-1', actions: 'sendFin' },
        'app.abort': abortWithRst,
        'segment.received': [
          rstReset,
          ...syncPrelude,
          {
            guard: 'finNow',
            target: 'CLOSE-WAIT',
            actions: ['processAck', 'acceptData', 'consumeFin', 'sendAck'],
          },
          { actions: ['processAck', 'acceptData'] },
        ],
        'timer.rto': [rtoFail, { actions: 'retransmit' }],
      },
    },
    'FIN-WAIT-1': {
      on: {
        'app.abort': abortWithRst,
        'segment.received': [
          rstReset,
          ...syncPrelude,
          {
            guard: 'finNowAndAcked',
            target: 'TIME-WAIT',
            actions: ['processAck', 'acceptData', 'consumeFin', 'sendAck', 'startTimeWait'],
          },
          {
            guard: 'finNow',
            target: 'CLOSING',
            actions: ['processAck', 'acceptData', 'consumeFin', 'sendAck'],
          },
          { guard: 'finAcked', target: 'FIN-WAIT-2', actions: ['processAck', 'acceptData'] },
          { actions: ['processAck', 'acceptData'] },
        ],
        'timer.rto': [rtoFail, { actions: 'retransmit' }],
      },
    },
    'FIN-WAIT-2': {
      on: {
        'app.abort': abortWithRst,
        'segment.received': [
          rstReset,
          ...syncPrelude,
          {
            guard: 'finNow',
            target: 'TIME-WAIT',
            actions: ['processAck', 'acceptData', 'consumeFin', 'sendAck', 'startTimeWait'],
          },
          { actions: ['processAck', 'acceptData'] },
        ],
      },
    },
    'CLOSE-WAIT': {
      on: {
        'app.close': { target: 'LAST-ACK', actions: 'sendFin' },
        'app.abort': abortWithRst,
        'segment.received': [rstReset, ...syncPrelude, { actions: 'processAck' }],
        'timer.rto': [rtoFail, { actions: 'retransmit' }],
      },
    },
    CLOSING: {
      on: {
        'app.abort': { target: 'CLOSED', actions: ['clearTcb', 'endAborted'] },
        'segment.received': [
          rstClosed,
          ...syncPrelude,
          { guard: 'finAcked', target: 'TIME-WAIT', actions: ['processAck', 'startTimeWait'] },
          { actions: 'processAck' },
        ],
        'timer.rto': [rtoFail, { actions: 'retransmit' }],
      },
    },
    'LAST-ACK': {
      on: {
        'app.abort': { target: 'CLOSED', actions: ['clearTcb', 'endAborted'] },
        'segment.received': [
          rstClosed,
          ...syncPrelude,
          { guard: 'finAcked', target: 'CLOSED', actions: ['processAck', 'clearTcb', 'endClosed'] },
          { actions: 'processAck' },
        ],
        'timer.rto': [rtoFail, { actions: 'retransmit' }],
      },
    },
    'TIME-WAIT': {
      on: {
        'app.abort': { target: 'CLOSED', actions: ['clearTcb', 'endClosed'] },
        'segment.received': [
          rstClosed,
          // §3.10.7.4 eighth: a retransmitted FIN is acknowledged again and restarts the 2·MSL wait.
          { guard: 'unacceptable', actions: ['sendAck', 'restartTimeWait'] },
          { guard: 'rstInexact', actions: 'sendChallengeAck' },
          { guard: 'newSyn', actions: 'sendChallengeAck' },
        ],
        'timer.timeWait': { target: 'CLOSED', actions: ['clearTcb', 'endClosed'] },
      },
    },
  },
});

export type TcpMachine = typeof tcpMachine;
