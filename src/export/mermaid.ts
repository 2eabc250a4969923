// A TCP run as Mermaid `sequenceDiagram` text, for slides and notes: one message per segment in
// the diagram's notation ("SYN, ACK seq=0 ack=1"), lost segments as `-x`, retransmissions marked,
// and a note wherever an endpoint changes state or a retransmission timer expires.
import type { Endpoint, TcpTrace, TimerKind } from '../engine/trace';
import { segmentLabel } from '../viz/sequence/labels';

/** Options of {@link tcpMermaid}. */
export interface MermaidOptions {
  /** Sequence numbers relative to each side's ISN (as the diagram shows by default) or absolute. */
  relative: boolean;
}

const PARTICIPANT: Record<Endpoint, string> = { client: 'Client', server: 'Server' };
/** Notes sit on the outer side of each lifeline, as the states do in the app's diagram. */
const SIDE: Record<Endpoint, string> = { client: 'left of', server: 'right of' };
const EXPIRED: Record<TimerKind, string> = {
  rto: 'RTO expired',
  timeWait: '2·MSL expired',
};

/**
 * Text Mermaid takes literally: `;` ends a statement and `#` starts an entity in its grammar, and a
 * line break would end the message, so those become entity codes or spaces.
 */
export function mermaidText(text: string): string {
  // One pass: escaping `#` first and `;` after would escape the `;` of `#35;` again.
  return text.replace(/[#;]|[\r\n]+/g, (c) => (c === '#' ? '#35;' : c === ';' ? '#59;' : ' '));
}

/**
 * The run as a Mermaid sequence diagram: participants Client and Server, then, in trace order,
 * `Note left of Client: SYN-SENT` for each state change, `Client->>Server: SYN seq=0` for each
 * segment (`-x` when it is lost, " (retransmission)" appended when it re-sends), and a note when
 * a timer expires. Ends with a newline.
 */
export function tcpMermaid(trace: TcpTrace, opts: MermaidOptions): string {
  const numbering = { relative: opts.relative, iss: trace.iss };
  const lines = ['sequenceDiagram', '    participant Client', '    participant Server'];
  for (const ev of trace.events) {
    switch (ev.kind) {
      case 'state.changed':
        lines.push(`    Note ${SIDE[ev.endpoint]} ${PARTICIPANT[ev.endpoint]}: ${ev.to}`);
        break;
      case 'segment.sent': {
        const seg = ev.segment;
        const lost = ev.arriveAt === null;
        let text = segmentLabel(seg, numbering);
        if (seg.retransmission) text += ' (retransmission)';
        const arrow = lost ? '-x' : '->>';
        lines.push(
          `    ${PARTICIPANT[seg.from]}${arrow}${PARTICIPANT[seg.to]}: ${mermaidText(text)}`,
        );
        break;
      }
      case 'timer.fired':
        lines.push(
          `    Note ${SIDE[ev.endpoint]} ${PARTICIPANT[ev.endpoint]}: ${EXPIRED[ev.timer]}`,
        );
        break;
      default:
        break;
    }
  }
  return lines.join('\n') + '\n';
}
