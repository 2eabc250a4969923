// English strings of the congestion lab's page: panels, parameters, losses. This catalog defines
// the keys; cwnd, ssthresh, rwnd, RTT and algorithm names keep their usual spelling.

/** Lab UI messages (flat keys, `{{x}}` interpolation). */
export const labEn = {
  'lab.round0': 'Before the first round',
  'lab.round': 'Round {{round}}',
  'lab.params.algorithm': 'Algorithm',
  'lab.params.compare': 'Compare with',
  'lab.params.compareHint': 'Drawn on the same losses, in the chart and the table.',
  'lab.params.initialCwnd': 'Initial cwnd (segments)',
  'lab.params.initialSsthresh': 'Initial ssthresh (segments)',
  'lab.params.rwnd': 'rwnd (segments)',
  'lab.params.rwndUnlimited': 'unlimited',
  'lab.params.rounds': 'Rounds',
  'lab.params.rtt': 'RTT (ms)',
  'lab.params.rttHint':
    'Only CUBIC uses it: its curve W(t) runs on real time, so a longer RTT means more growth per round. Tahoe and Reno grow per round whatever the RTT.',
  'lab.params.inflation': 'Fast recovery inflates the window (cwnd = ssthresh + 3)',
  'lab.params.inflationHint':
    'After 3 duplicate ACKs, Reno and NewReno set cwnd = ssthresh + 3 (RFC 5681). Off: cwnd = ssthresh, as some courses teach.',
  'lab.model': 'Model',
  'lab.model.rounds': 'Textbook rounds',
  'lab.model.segments': 'Per-ACK segments',
  'lab.model.hint':
    'Rounds: one step per RTT, windows in whole segments, as textbooks draw it. Segments: a real TCP sender, ACK by ACK, over a bottleneck link whose queue overflows.',
  'lab.params.mss': 'MSS (bytes)',
  'lab.params.bandwidth': 'Bottleneck (Mbit/s)',
  'lab.params.bandwidthNone': 'no limit',
  'lab.params.queue': 'Queue (packets)',
  'lab.params.queueNone': 'no limit',
  'lab.params.rttHintSegments':
    'The path’s round-trip time without queueing. A round is one RTT from the first data segment.',
  'lab.params.rwndSegments':
    'Advertised window: min(rwnd × MSS, 65,535) bytes = {{bytes}} bytes (no window scaling).',
  'lab.sequence': 'Segments and ACKs',
  'lab.sequence.zoomIn': 'Zoom in',
  'lab.sequence.zoomOut': 'Zoom out',
  'lab.sequence.zoom': 'Zoom: {{zoom}}×',
  'lab.losses.hintSegments':
    'Click a round on the chart to place a loss in it; click again to remove it. "3 duplicate ACKs" drops the round’s first new segment; "Timeout" cuts the path from the round’s start until the timer fires.',
  'lab.losses': 'Losses',
  'lab.losses.none': 'No loss: every round is acknowledged.',
  'lab.losses.item.tripleDupAck': 'Round {{round}}: 3 duplicate ACKs',
  'lab.losses.item.timeout': 'Round {{round}}: timeout',
  'lab.losses.remove': 'Remove',
  'lab.losses.removeLabel': 'Remove the loss at round {{round}}',
  'lab.losses.clickType': 'A click on the chart places',
  'lab.losses.type.tripleDupAck': '3 duplicate ACKs',
  'lab.losses.type.timeout': 'Timeout',
  'lab.losses.hint':
    'Click a round on the chart to place a loss at its end; click it again to remove it.',
  'lab.losses.here': 'Loss at the current round ({{round}})',
  'lab.error.roundsLoss':
    'A loss is placed at round {{round}}: keep at least {{round}} rounds, or remove that loss first.',
} as const;

/** A lab UI message key. */
export type LabKey = keyof typeof labEn;
