// English strings of a captured conversation in the congestion view: the time/sequence and
// bytes-in-flight charts ('tt.'), their narration ('cf.') and the capture header of the lab
// ('cf.ui.'). ACK, SACK, cwnd, RTO and RFC names keep their usual spelling.

/** Capture-in-the-congestion-view strings, flat keys, `{{name}}` interpolation. */
export const flightEn = {
  'tt.aria': 'Captured conversation: time/sequence graph and bytes in flight',
  'tt.aria.seq': 'Time/sequence graph',
  'tt.aria.flight': 'Bytes in flight',
  'tt.heading.seq': 'Time / sequence (Stevens graph)',
  'tt.heading.flight': 'Bytes in flight — an estimate of cwnd',
  'tt.who.client': 'client',
  'tt.who.server': 'server',
  'tt.legend.aria': 'Legend',
  'tt.legend.data': 'Data segment',
  'tt.legend.retransmission': 'Retransmission',
  'tt.legend.fast-retransmission': 'Fast retransmission',
  'tt.legend.ack': 'ACK',
  'tt.legend.rwnd': 'ACK + window',
  'tt.legend.sack': 'SACK block',
  'tt.legend.flight': 'Bytes in flight',
  'tt.legend.win': 'Advertised window',
  'tt.axis.time.ms': 'Time since the first frame (ms)',
  'tt.axis.time.s': 'Time since the first frame (s)',
  'tt.axis.seq': 'Relative sequence number ({{unit}})',
  'tt.axis.flight': 'Bytes in flight ({{unit}})',
  'tt.unit.1': 'bytes',
  'tt.unit.1000': 'kB',
  'tt.unit.1000000': 'MB',
  'tt.cursor': '{{ms}} ms',
  'tt.rwndAbove.seq': '↑ ACK + window up to {{value}}',
  'tt.rwndAbove.flight': '↑ window up to {{value}} bytes',
  'tt.tip.head': 'Frame {{frame}} · t = {{ms}} ms',
  'tt.tip.bytes': 'Bytes {{first}}–{{last}} ({{len}} bytes)',
  'tt.tip.retransmission': 'Retransmission',
  'tt.tip.retransmission.of': 'Retransmission of frame {{frame}}',
  'tt.tip.fast-retransmission': 'Fast retransmission',
  'tt.tip.fast-retransmission.of': 'Fast retransmission of frame {{frame}}',
  'tt.tip.ack': 'Latest ACK from the {{who}}: {{ack}} · window {{win}} bytes',
  'tt.tip.flight': 'In flight after it: {{bytes}} bytes',
  'tt.hit':
    '{{chart}}: frame {{frame}}, step {{step}}. Arrow keys move between the segments in view; Enter goes to this one.',
  'tt.zoom.label': 'Time range',
  'tt.zoom.in': 'Zoom in',
  'tt.zoom.out': 'Zoom out',
  'tt.zoom.reset': 'Whole conversation',
  'tt.zoom.range': '{{from}}–{{to}} ms',
  'tt.zoom.hint': 'Drag across a chart to zoom to that time; click a segment to go to its step.',
  'tt.summary.noData':
    'The {{who}} sent no data in this conversation: there is nothing to draw in this direction.',
  'tt.summary.seq':
    'Data segments sent by the {{who}}: {{segments}} ({{bytes}} bytes, retransmissions included), from {{from}} ms to {{to}} ms, up to byte {{top}}.',
  'tt.summary.retx': 'Retransmissions among them: {{retx}} (fast retransmissions: {{fast}}).',
  'tt.summary.ack': 'The {{who}}’s ACKs reached {{ack}}; duplicate ACKs: {{dups}}.',
  'tt.summary.sack': 'SACK blocks reported: {{blocks}}.',
  'tt.summary.flight': 'Bytes in flight peaked at {{max}} bytes, at {{ms}} ms.',
  'tt.summary.rwnd': 'The largest advertised window was {{win}} bytes.',
  'tt.estimate':
    'Bytes in flight (highest byte sent + 1 − highest ACK) estimate cwnd as seen from the capture point: they are also bounded by the receive window and by what the application writes, and equal cwnd only when the capture is made at the sender and the sender is limited by cwnd.',

  'cf.heading.start': 'Before the first segment',
  'cf.heading': 'Frame {{frame}} · t = {{ms}} ms',
  'cf.intro.conv':
    'Conversation {{id}} between {{client}} (client) and {{server}} (server): {{segments}} segments over {{ms}} ms.',
  'cf.intro.mid':
    'The capture starts in the middle of the connection (no SYN seen): each side’s numbers count from its first segment in the capture.',
  'cf.intro.chart':
    'The charts show the data the {{who}} sent: each data segment is a vertical bar from its first to its last byte, at the time it went by. The {{peer}}’s ACKs draw the ACK line, and ACK + its advertised window the line above it: the highest byte the {{who}} may send.',
  'cf.intro.counts':
    'Retransmissions by the {{who}}: {{retx}} ({{fast}} of them fast); duplicate ACKs from the {{peer}}: {{dups}}.',
  'cf.intro.go': 'Press Play or Step forward to follow it segment by segment.',
  'cf.data.new':
    't = {{ms}} ms: the {{who}} sends bytes {{first}}–{{last}} ({{len}} bytes); {{flight}} bytes in flight.',
  'cf.data.retx':
    't = {{ms}} ms: the {{who}} sends bytes {{first}}–{{last}} again (a retransmission); {{flight}} bytes in flight.',
  'cf.data.retx.of':
    't = {{ms}} ms: the {{who}} sends bytes {{first}}–{{last}} again (a retransmission of frame {{frame}}); {{flight}} bytes in flight.',
  'cf.data.fast':
    't = {{ms}} ms: the {{who}} sends bytes {{first}}–{{last}} again (a fast retransmission); {{flight}} bytes in flight.',
  'cf.data.fast.of':
    't = {{ms}} ms: the {{who}} sends bytes {{first}}–{{last}} again (a fast retransmission of frame {{frame}}); {{flight}} bytes in flight.',
  'cf.why.fast':
    'Three duplicate ACKs told the {{who}} that this segment was lost while later ones arrived, so it sends it again at once instead of waiting for the retransmission timer (RFC 5681, fast retransmit). Drawn in its own colour and shape.',
  'cf.why.retx':
    'These bytes were sent before and not acknowledged in time: a retransmission after the timer (RTO) expired, or during a recovery. Drawn in its own colour and shape.',
  'cf.data.fin': 'The segment also carries FIN: the {{who}} has no more data to send.',
  'cf.mark.lostSegment':
    'The capture did not see the bytes just before this segment (a gap): they were lost before the capture point, or the capture missed them.',
  'cf.mark.outOfOrder':
    'It went by out of order: its bytes lie below the highest byte already seen, without being a retransmission.',
  'cf.keepAlive':
    't = {{ms}} ms: the {{who}} sends a keep-alive (one byte the peer has already acknowledged) to check that the connection is still there.',
  'cf.control': 't = {{ms}} ms: the {{who}} sends a segment with {{flags}} and no data.',
  'cf.control.flags': 'Its flags: {{flags}}.',
  'cf.ack':
    't = {{ms}} ms: the {{who}} acknowledges every byte up to {{last}} (ACK = {{ack}}) and advertises a window of {{win}} bytes: the {{peer}} may send up to byte {{limit}}.',
  'cf.ack.syn':
    't = {{ms}} ms: the {{who}} answers with {{flags}}: it acknowledges the {{peer}}’s SYN (ACK = {{ack}}) and advertises a window of {{win}} bytes.',
  'cf.ack.noData':
    't = {{ms}} ms: the {{who}} acknowledges no data yet (ACK = {{ack}}) and advertises a window of {{win}} bytes.',
  'cf.dupAck':
    'A duplicate ACK (#{{n}} of the ACK in frame {{of}}): a segment arrived above a missing one, so the ACK cannot move on.',
  'cf.dupAckPlain':
    'A duplicate ACK: a segment arrived above a missing one, so the ACK cannot move on.',
  'cf.dupAck3':
    'That is the third duplicate ACK: the {{peer}} should now fast-retransmit the missing segment.',
  'cf.sack': 'SACK: it already holds bytes {{blocks}}.',
  'cf.zeroWindow':
    'A zero window: the {{who}}’s receive buffer is full, so the {{peer}} must stop sending until the window opens again.',
  'cf.windowUpdate': 'A window update: the window opens again ({{win}} bytes).',
  'cf.ackData':
    'It also carries {{len}} bytes of the {{who}}’s own data (not drawn in this direction).',
  'cf.inFlight': '{{flight}} bytes remain in flight.',
  'cf.end':
    'End of the conversation. Retransmissions: {{retx}} ({{fast}} fast); most bytes in flight: {{max}}.',

  'cf.ui.aria': 'Captured conversation',
  'cf.ui.source': '{{file}} · {{id}}',
  'cf.ui.endpoints': '{{client}} (client) ↔ {{server}} (server)',
  'cf.ui.mid': 'capture starts mid-connection',
  'cf.ui.direction': 'Data sent by',
  'cf.ui.direction.client': 'the client ({{bytes}} bytes)',
  'cf.ui.direction.server': 'the server ({{bytes}} bytes)',
  'cf.ui.counts':
    'Retransmissions: {{retx}} ({{fast}} fast) · duplicate ACKs: {{dups}} · SACK blocks: {{sacks}}',
  'cf.ui.back': 'Back to the simulation',
  'cf.ui.backHint':
    'This is a captured conversation, not a simulation: the lab’s model, parameters and losses apply to simulations.',
} as const;

/** A key of the capture-in-the-congestion-view strings. */
export type FlightKey = keyof typeof flightEn;
