// Inferred RFC 9293 connection states (§3.3.2, Figure 5; event processing §3.10) of both
// endpoints of a captured conversation, from the segments as seen at the capture point.
//
// Each segment is taken as sent and received at the moment it was captured: first the sender's
// transition (e.g. sending a FIN: ESTABLISHED → FIN-WAIT-1), then the receiver's, with the ACK
// field processed before the FIN bit as in §3.10.7.4 (fifth step, then eighth): FIN-WAIT-1 getting
// a FIN that acknowledges its own FIN goes FIN-WAIT-2 and then TIME-WAIT at the same frame.
//
// The capture point sits between the hosts, so two crossings are recognised from what follows:
// - Simultaneous open (§3.5, Figure 8): the peer's first segment is a SYN without ACK. Both start
//   CLOSED; a SYN reaching a CLOSED endpoint that is about to send its own SYN is taken as received
//   just after that SYN (SYN-SENT → SYN-RECEIVED).
// - Simultaneous close (§3.6, Figure 13): the peer's next FIN does not acknowledge this FIN, so it
//   was sent before this FIN arrived; the FIN is taken as received just after it
//   (FIN-WAIT-1 → CLOSING).
// A SYN answered with a RST is a refused connection (§3.10.7.1): the server was CLOSED (not
// LISTEN) and the client goes SYN-SENT → CLOSED. Any other RST closes both ends (the sender aborts,
// the receiver enters CLOSED; §3.10.7.4 would take a passively opened SYN-RECEIVED end back to
// LISTEN, which the capture cannot tell apart, so it is shown CLOSED). TIME-WAIT's 2·MSL timer is
// not observable: TIME-WAIT is a final state.
import { peerOf, type Endpoint, type TcpState } from '../engine/trace';
import type { ConversationSegment, ConversationStateChange } from './types';

// Sequence space comparisons (RFC 9293 §3.4) on relative numbers (translation invariant).
const ge = (a: number, b: number): boolean => ((a - b) | 0) >= 0;
const lt = (a: number, b: number): boolean => ((a - b) | 0) < 0;

/** What the state inference reports for a conversation. */
export interface InferredStates {
  initialStates: Record<Endpoint, TcpState>;
  stateChanges: ConversationStateChange[];
  finalStates: Record<Endpoint, TcpState>;
}

const BIT = { FIN: 0x01, SYN: 0x02, RST: 0x04, ACK: 0x10 } as const;
const has = (s: ConversationSegment, f: keyof typeof BIT): boolean => s.flags.includes(f);

/** Infers both endpoints' states over a conversation's segments (relative seq/ack, `from` set).
 * `midConnection`: no SYN was seen, both endpoints start ESTABLISHED. `bits`: each segment's
 * flags as TCP header bits, when the caller has them. */
export function inferStates(
  segments: readonly ConversationSegment[],
  midConnection: boolean,
  bits?: readonly number[],
): InferredStates {
  const first = firstSegments(segments);
  const initial: Record<Endpoint, TcpState> = { client: 'CLOSED', server: 'LISTEN' };
  const firstSyn = segments.find((s) => has(s, 'SYN'));
  if (midConnection || !firstSyn) {
    initial.client = 'ESTABLISHED';
    initial.server = 'ESTABLISHED';
  } else if (has(firstSyn, 'ACK')) {
    // The SYN was not captured: the SYN,ACK shows both halves of the handshake under way.
    initial.client = 'SYN-SENT';
    initial.server = 'SYN-RECEIVED';
  } else {
    const answer = first.server;
    if (answer && (has(answer, 'RST') || (has(answer, 'SYN') && !has(answer, 'ACK')))) {
      initial.server = 'CLOSED'; // refused (RST), or an active open of its own (simultaneous)
    }
  }

  const state: Record<Endpoint, TcpState> = { ...initial };
  const changes: ConversationStateChange[] = [];
  const synEnd: Partial<Record<Endpoint, number>> = {};
  const finEnd: Partial<Record<Endpoint, number>> = {};
  const pendingSyn: Record<Endpoint, boolean> = { client: false, server: false };
  const pendingFin: Record<Endpoint, boolean> = { client: false, server: false };

  const go = (e: Endpoint, to: TcpState, s: ConversationSegment): void => {
    if (state[e] === to) return;
    changes.push({ t: s.t, frame: s.frame, endpoint: e, from: state[e], to });
    state[e] = to;
  };

  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const x = s.from;
    const y = peerOf(x);
    let f = bits?.[i];
    if (f === undefined) {
      f = 0;
      for (const k of ['FIN', 'SYN', 'RST', 'ACK'] as const) if (has(s, k)) f |= BIT[k];
    }
    const syn = (f & BIT.SYN) !== 0;
    const ack = (f & BIT.ACK) !== 0;
    const fin = (f & BIT.FIN) !== 0;

    if (f & BIT.RST) {
      // §3.10.7.x: RST aborts the sender; the receiver enters CLOSED (a LISTEN end ignores it).
      if (state[x] !== 'LISTEN') go(x, 'CLOSED', s);
      if (state[y] !== 'LISTEN') go(y, 'CLOSED', s);
      continue;
    }

    // The sender.
    if (syn && synEnd[x] === undefined) synEnd[x] = s.seq + 1;
    if (syn && !ack && (state[x] === 'CLOSED' || state[x] === 'LISTEN')) {
      go(x, 'SYN-SENT', s);
      if (pendingSyn[x]) {
        pendingSyn[x] = false;
        go(x, 'SYN-RECEIVED', s);
      }
    } else if (syn && ack && state[x] === 'LISTEN') {
      go(x, 'SYN-RECEIVED', s);
    }
    if (fin) {
      if (finEnd[x] === undefined) finEnd[x] = s.seq + s.len + (syn ? 1 : 0) + 1;
      if (state[x] === 'ESTABLISHED' || state[x] === 'SYN-RECEIVED') go(x, 'FIN-WAIT-1', s);
      else if (state[x] === 'CLOSE-WAIT') go(x, 'LAST-ACK', s);
      if (pendingFin[x]) {
        pendingFin[x] = false;
        if (state[x] === 'FIN-WAIT-1') go(x, 'CLOSING', s);
      }
    }

    // The receiver: the SYN bit (§3.10.7.2/3), the ACK field (fifth step), the FIN bit (eighth).
    if (syn && !ack) {
      if (state[y] === 'LISTEN' || state[y] === 'SYN-SENT') go(y, 'SYN-RECEIVED', s);
      else if (state[y] === 'CLOSED' && first[y] && has(first[y], 'SYN') && !has(first[y], 'ACK')) {
        pendingSyn[y] = true; // simultaneous open: y's own SYN is already on its way
      }
    }
    if (ack) {
      // y's SYN not captured (a SYN,ACK opened the capture): take its ACK as acceptable.
      const ackedSyn = synEnd[y] === undefined || ge(s.ack, synEnd[y]);
      const ackedFin = finEnd[y] !== undefined && ge(s.ack, finEnd[y]);
      if ((state[y] === 'SYN-SENT' && syn) || state[y] === 'SYN-RECEIVED') {
        if (ackedSyn) go(y, 'ESTABLISHED', s);
      }
      if (ackedFin) {
        if (state[y] === 'FIN-WAIT-1') go(y, 'FIN-WAIT-2', s);
        else if (state[y] === 'CLOSING') go(y, 'TIME-WAIT', s);
        else if (state[y] === 'LAST-ACK') go(y, 'CLOSED', s);
      }
    }
    if (fin) {
      const yFin = finEnd[y] !== undefined;
      if (state[y] === 'ESTABLISHED' || state[y] === 'SYN-RECEIVED') {
        if (pendingFin[y]) continue; // already known to cross (a retransmitted FIN)
        if (!yFin && crossesFin(segments, i, y, finEnd[x]!)) pendingFin[y] = true;
        else go(y, 'CLOSE-WAIT', s);
      } else if (state[y] === 'FIN-WAIT-1') go(y, 'CLOSING', s);
      else if (state[y] === 'FIN-WAIT-2') go(y, 'TIME-WAIT', s);
    }
  }

  return { initialStates: initial, stateChanges: changes, finalStates: { ...state } };
}

/** The first segment each side sent. */
function firstSegments(
  segments: readonly ConversationSegment[],
): Partial<Record<Endpoint, ConversationSegment>> {
  const out: Partial<Record<Endpoint, ConversationSegment>> = {};
  for (const s of segments) {
    if (!out[s.from]) out[s.from] = s;
    if (out.client && out.server) break;
  }
  return out;
}

/** Whether `y`'s next FIN after index `i` does not acknowledge the other side's FIN (ending at
 * `otherFinEnd`), with nothing from `y` acknowledging it before: the FINs crossed. */
function crossesFin(
  segments: readonly ConversationSegment[],
  i: number,
  y: Endpoint,
  otherFinEnd: number,
): boolean {
  for (let j = i + 1; j < segments.length; j++) {
    const s = segments[j]!;
    if (s.from !== y) continue;
    if (has(s, 'RST')) return false;
    const acks = has(s, 'ACK') && ge(s.ack, otherFinEnd);
    if (has(s, 'FIN')) return !acks && (!has(s, 'ACK') || lt(s.ack, otherFinEnd));
    if (acks) return false;
  }
  return false;
}
