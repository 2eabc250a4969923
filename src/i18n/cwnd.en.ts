// English strings of the congestion lab's views (cwnd chart in both models, per-round table);
// merged into the app catalog. cwnd, ssthresh, rwnd, ACK and algorithm names keep their usual
// spelling.

/** Congestion-view strings, flat keys, `{{name}}` interpolation. */
export const cwndEn = {
  'cw.aria': 'Congestion window chart',
  'cw.axis.round': 'Transmission round',
  'cw.axis.segments': 'Segments',
  'cw.axis.time': 'Round (time in RTTs since the first data segment)',
  'cw.phase.slowStart': 'Slow start',
  'cw.phase.congestionAvoidance': 'Congestion avoidance',
  'cw.phase.fastRecovery': 'Fast recovery',
  'cw.legend.aria': 'Legend',
  'cw.legend.cwnd': 'cwnd · {{algorithm}}',
  'cw.legend.ssthresh': 'ssthresh',
  'cw.legend.rwnd': 'rwnd',
  'cw.legend.effective': 'effective window = min(cwnd, rwnd)',
  'cw.loss.tripleDupAck': '3 dup ACKs',
  'cw.loss.timeout': 'timeout',
  'cw.above': '↑ ssthresh = {{value}}',
  'cw.rwndLabel': 'rwnd = {{value}}',
  'cw.round': 'Round {{round}}',
  'cw.cursor.time': '{{ms}} ms',
  'cw.hit.add': 'Round {{round}}: add loss',
  'cw.hit.remove': 'Round {{round}}: remove loss',
  'cw.tip.run': '{{algorithm}} · cwnd {{cwnd}} · ssthresh {{ssthresh}} · {{phase}}',
  'cw.tip.time': 'Round {{round}} · t = {{ms}} ms',
  'cw.tip.effective': 'Effective window = min(cwnd, rwnd = {{rwnd}}) = {{value}}',
  'cw.tip.loss': 'Loss detected: {{type}}',
  'cw.tip.rwndLimited': 'Flow control: sends min(cwnd, rwnd) = {{rwnd}} segments',
  'cw.curve.label': 'Draw cwnd as',
  'cw.curve.points': 'Points',
  'cw.curve.step': 'Steps',
  'cw.table.aria': 'Values per round',
  'cw.table.round': 'Round',
  'cw.table.cwnd': 'cwnd',
  'cw.table.ssthresh': 'ssthresh',
  'cw.table.phase': 'Phase',
  'cw.table.firstSegment': 'First segment',
  'cw.table.lastSegment': 'Last segment',
  'cw.table.retransmissions': 'Retransmissions',
  'cw.table.drops': 'Lost',
  'cw.table.download': 'Download CSV',
} as const;

/** A key of the congestion-view strings. */
export type CwndKey = keyof typeof cwndEn;
