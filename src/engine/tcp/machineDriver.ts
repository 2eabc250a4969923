// Runs the XState TCP machine through its pure `transition()` and memoizes the answers.
// A transition depends only on (state, passive, event facts), all small discrete values, so the
// machine is asked once per distinct combination; long bulk transfers then cost a Map lookup.
import { transition } from 'xstate';
import {
  tcpMachine,
  TCP_ACTIONS,
  type TcpAction,
  type TcpMachine,
  type TcpMachineEvent,
} from '../../machines/tcp.machine';
import { TCP_STATES, type TcpState } from '../trace';

/** Control state of one endpoint, as plain data. */
export interface ControlState {
  state: TcpState;
  passive: boolean;
}

/** What the machine decided. */
export interface Decision {
  next: ControlState;
  actions: readonly TcpAction[];
}

const ACTION_SET = new Set<string>(TCP_ACTIONS);
const STATE_INDEX = new Map(TCP_STATES.map((s, i) => [s, i]));
const EVENT_CODES: Record<TcpMachineEvent['type'], number> = {
  'app.listen': 0,
  'app.open': 1,
  'app.close': 2,
  'app.abort': 3,
  'segment.received': 4,
  'timer.rto': 5,
  'timer.timeWait': 6,
};
function eventKey(e: TcpMachineEvent): number {
  let bits = 0;
  if (e.type === 'segment.received') {
    // Unrolled on purpose: this runs once per arriving segment.
    bits =
      (e.rst ? 1 : 0) |
      (e.syn ? 2 : 0) |
      (e.ack ? 4 : 0) |
      (e.fin ? 8 : 0) |
      (e.data ? 16 : 0) |
      (e.seqOk ? 32 : 0) |
      (e.old ? 64 : 0) |
      (e.rstExact ? 128 : 0) |
      (e.ackNew ? 256 : 0) |
      (e.ackFuture ? 512 : 0) |
      (e.finAcked ? 1024 : 0) |
      (e.finNow ? 2048 : 0);
  } else if (e.type === 'timer.rto' && e.exhausted) bits = 1;
  return EVENT_CODES[e.type] * 8192 + bits;
}

/** A memoizing driver; one per simulation run (or shared: it holds no run state). */
export class MachineDriver {
  private memo = new Map<number, Decision>();

  /** `machine` is the TCP machine, or a variant of it made with `.provide()` (tests instrument guards). */
  constructor(private readonly machine: TcpMachine = tcpMachine) {}

  /** How many times the XState machine itself was consulted (for tests and benchmarks). */
  machineCalls = 0;

  /** The machine's answer to `event` in control state `cs`. */
  decide(cs: ControlState, event: TcpMachineEvent): Decision {
    const key = (STATE_INDEX.get(cs.state)! * 2 + (cs.passive ? 1 : 0)) * 65536 + eventKey(event);
    let d = this.memo.get(key);
    if (!d) {
      d = this.ask(cs, event);
      this.memo.set(key, d);
    }
    return d;
  }

  private ask(cs: ControlState, event: TcpMachineEvent): Decision {
    this.machineCalls++;
    const snapshot = this.machine.resolveState({
      value: cs.state,
      context: { passive: cs.passive },
    });
    const [next, actions] = transition(this.machine, snapshot, event);
    return {
      next: { state: next.value as TcpState, passive: next.context.passive },
      actions: actions.map((a) => a.type).filter((t): t is TcpAction => ACTION_SET.has(t)),
    };
  }
}
