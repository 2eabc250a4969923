// English strings of the D3 views (sequence diagram, state diagram); merged into the app catalog.
// Protocol names (SYN, ACK, RTO, MSL, CLOSE …) keep their RFC spelling.

/** View strings, flat keys, `{{name}}` interpolation. */
export const vizEn = {
  'viz.unit.ms': '{{value}} ms',
  'viz.unit.s': '{{value}} s',
  'seq.aria': 'Sequence diagram',
  'seq.client': 'Client',
  'seq.server': 'Server',
  'seq.timer.rto': 'RTO {{duration}}',
  'seq.timer.timeWait': '2MSL {{duration}}',
  'seq.gap': '+{{duration}}',
  'seq.badge.retransmission': 'retransmission',
  'seq.badge.injected': 'injected',
  'seq.badge.duplicate': 'duplicate',
  'seq.aria.segment': '{{text}}: {{from}} → {{to}}',
  'seq.aria.lost': 'lost',
  'seq.aria.inFlight': 'in flight',
  'sd.aria': 'TCP state diagram of the {{endpoint}}, current state {{state}}',
  'sd.note.toClosed': 'From any state: rcv RST, ABORT or retries exhausted → CLOSED',
  'sd.edge.passiveOpen': 'passive OPEN',
  'sd.edge.activeOpen': 'active OPEN / snd SYN',
  'sd.edge.rcvSynSndSynAck': 'rcv SYN / snd SYN,ACK',
  'sd.edge.rcvSynAckSndAck': 'rcv SYN,ACK / snd ACK',
  'sd.edge.rcvAckOfSyn': 'rcv ACK of SYN',
  'sd.edge.rcvRst': 'rcv RST',
  'sd.edge.closeSndFin': 'CLOSE / snd FIN',
  'sd.edge.rcvFinSndAck': 'rcv FIN / snd ACK',
  'sd.edge.rcvAckOfFin': 'rcv ACK of FIN',
  'sd.edge.rcvFinAckSndAck': 'rcv FIN,ACK / snd ACK',
  'sd.edge.timeout2msl': 'timeout 2MSL',
  'sd.edge.closeOrTimeout': 'CLOSE or timeout',
  'sd.edge.close': 'CLOSE',
  'sd.edge.sendSndSyn': 'SEND / snd SYN',
} as const;

/** A key of the view strings. */
export type VizKey = keyof typeof vizEn;
