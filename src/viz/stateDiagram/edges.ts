// The transitions of the RFC 9293 TCP state diagram (Figure 5), as data: which state pairs have
// an edge and what the edge says (a catalog key, so it can be translated).
import type { TcpState } from '../../engine/trace';
import type { VizKey } from '../../i18n/viz.en';

/** One labelled edge of the diagram. */
export interface DiagramEdge {
  id: string;
  from: TcpState;
  to: TcpState;
  /** Catalog key of the edge text, e.g. `sd.edge.passiveOpen` → "passive OPEN". */
  label: VizKey;
  /**
   * The machine events (trace `cause`) this edge depicts, when the same pair of states can also be
   * reached another way: e.g. SYN-SENT → CLOSED is this edge on CLOSE or timeout, the note on RST.
   */
  causes?: readonly string[];
}

/** The standard transitions. Resets, aborts and give-ups to CLOSED share one note instead. */
export const TCP_DIAGRAM_EDGES: readonly DiagramEdge[] = [
  { id: 'passive-open', from: 'CLOSED', to: 'LISTEN', label: 'sd.edge.passiveOpen' },
  { id: 'active-open', from: 'CLOSED', to: 'SYN-SENT', label: 'sd.edge.activeOpen' },
  {
    id: 'listen-close',
    from: 'LISTEN',
    to: 'CLOSED',
    label: 'sd.edge.close',
    causes: ['app.close'],
  },
  { id: 'listen-send', from: 'LISTEN', to: 'SYN-SENT', label: 'sd.edge.sendSndSyn' },
  { id: 'listen-syn', from: 'LISTEN', to: 'SYN-RECEIVED', label: 'sd.edge.rcvSynSndSynAck' },
  { id: 'synrcvd-rst', from: 'SYN-RECEIVED', to: 'LISTEN', label: 'sd.edge.rcvRst' },
  {
    id: 'synsent-close',
    from: 'SYN-SENT',
    to: 'CLOSED',
    label: 'sd.edge.closeOrTimeout',
    causes: ['app.close', 'timer.rto'],
  },
  { id: 'synsent-syn', from: 'SYN-SENT', to: 'SYN-RECEIVED', label: 'sd.edge.rcvSynSndSynAck' },
  { id: 'synsent-synack', from: 'SYN-SENT', to: 'ESTABLISHED', label: 'sd.edge.rcvSynAckSndAck' },
  { id: 'synrcvd-ack', from: 'SYN-RECEIVED', to: 'ESTABLISHED', label: 'sd.edge.rcvAckOfSyn' },
  { id: 'synrcvd-close', from: 'SYN-RECEIVED', to: 'FIN-WAIT-1', label: 'sd.edge.closeSndFin' },
  { id: 'estab-close', from: 'ESTABLISHED', to: 'FIN-WAIT-1', label: 'sd.edge.closeSndFin' },
  { id: 'estab-fin', from: 'ESTABLISHED', to: 'CLOSE-WAIT', label: 'sd.edge.rcvFinSndAck' },
  { id: 'fw1-ack', from: 'FIN-WAIT-1', to: 'FIN-WAIT-2', label: 'sd.edge.rcvAckOfFin' },
  { id: 'fw1-fin', from: 'FIN-WAIT-1', to: 'CLOSING', label: 'sd.edge.rcvFinSndAck' },
  { id: 'fw1-finack', from: 'FIN-WAIT-1', to: 'TIME-WAIT', label: 'sd.edge.rcvFinAckSndAck' },
  { id: 'fw2-fin', from: 'FIN-WAIT-2', to: 'TIME-WAIT', label: 'sd.edge.rcvFinSndAck' },
  { id: 'closing-ack', from: 'CLOSING', to: 'TIME-WAIT', label: 'sd.edge.rcvAckOfFin' },
  { id: 'closewait-close', from: 'CLOSE-WAIT', to: 'LAST-ACK', label: 'sd.edge.closeSndFin' },
  { id: 'lastack-ack', from: 'LAST-ACK', to: 'CLOSED', label: 'sd.edge.rcvAckOfFin' },
  {
    id: 'timewait-timeout',
    from: 'TIME-WAIT',
    to: 'CLOSED',
    label: 'sd.edge.timeout2msl',
    causes: ['timer.timeWait'],
  },
];

/** Catalog key of the generic "any state → CLOSED" note. */
export const TO_CLOSED_NOTE: VizKey = 'sd.note.toClosed';

const byPair = new Map(TCP_DIAGRAM_EDGES.map((e) => [`${e.from}>${e.to}`, e]));

/**
 * The diagram element that shows a transition: its edge, the generic note for any other move to
 * CLOSED (RST, ABORT, retries exhausted), or undefined when the diagram has no such transition.
 * With `cause` (the trace's machine event), an edge that does not depict that cause gives way
 * to the note: SYN-SENT → CLOSED on a received RST is a reset, not "CLOSE or timeout".
 */
export function edgeFor(
  from: TcpState,
  to: TcpState,
  cause?: string,
): DiagramEdge | 'note' | undefined {
  const edge = byPair.get(`${from}>${to}`);
  if (edge && (cause === undefined || !edge.causes || edge.causes.includes(cause))) return edge;
  return to === 'CLOSED' ? 'note' : edge;
}
