// Sentences about state changes: each RFC 9293 transition with the reason it happens.
import type { EventOf, TcpState } from '../engine/trace';
import type { Translate } from '../i18n/i18n';
import type { NarrationKey } from '../i18n/narration.en';
import { actor } from './format';

type Transition = `${TcpState}.${TcpState}`;

/** Transitions with a sentence of their own (the textbook diagram's arrows). */
const EXPLAINED: Partial<Record<Transition, NarrationKey>> = {
  'CLOSED.LISTEN': 'narr.state.CLOSED.LISTEN',
  'CLOSED.SYN-SENT': 'narr.state.CLOSED.SYN-SENT',
  'LISTEN.SYN-RECEIVED': 'narr.state.LISTEN.SYN-RECEIVED',
  'SYN-SENT.SYN-RECEIVED': 'narr.state.SYN-SENT.SYN-RECEIVED',
  'SYN-SENT.ESTABLISHED': 'narr.state.SYN-SENT.ESTABLISHED',
  'SYN-RECEIVED.ESTABLISHED': 'narr.state.SYN-RECEIVED.ESTABLISHED',
  'SYN-RECEIVED.LISTEN': 'narr.state.SYN-RECEIVED.LISTEN',
  'ESTABLISHED.FIN-WAIT-1': 'narr.state.ESTABLISHED.FIN-WAIT-1',
  'ESTABLISHED.CLOSE-WAIT': 'narr.state.ESTABLISHED.CLOSE-WAIT',
  'FIN-WAIT-1.FIN-WAIT-2': 'narr.state.FIN-WAIT-1.FIN-WAIT-2',
  'FIN-WAIT-1.CLOSING': 'narr.state.FIN-WAIT-1.CLOSING',
  'FIN-WAIT-1.TIME-WAIT': 'narr.state.FIN-WAIT-1.TIME-WAIT',
  'FIN-WAIT-2.TIME-WAIT': 'narr.state.FIN-WAIT-2.TIME-WAIT',
  'CLOSING.TIME-WAIT': 'narr.state.CLOSING.TIME-WAIT',
  'CLOSE-WAIT.LAST-ACK': 'narr.state.CLOSE-WAIT.LAST-ACK',
  'LAST-ACK.CLOSED': 'narr.state.LAST-ACK.CLOSED',
  'TIME-WAIT.CLOSED': 'narr.state.TIME-WAIT.CLOSED',
};

/** "The client enters ESTABLISHED: …"; other moves to CLOSED are explained by their cause. */
export function narrateStateChange(e: EventOf<'state.changed'>, t: Translate): string {
  const p = { ...actor(e.endpoint, t), from: e.from, to: e.to };
  const key = EXPLAINED[`${e.from}.${e.to}`];
  if (key) return t(key, p);
  if (e.to === 'CLOSED') {
    if (e.cause.includes('rto')) return t('narr.state.toClosed.rto', p);
    if (e.cause.includes('abort')) return t('narr.state.toClosed.abort', p);
    if (e.cause.includes('close')) return t('narr.state.toClosed.close', p);
    if (e.cause.includes('segment')) return t('narr.state.toClosed.rst', p);
  }
  return t('narr.state.generic', p);
}
