// English narration of the congestion lab: what each round sends and why cwnd and ssthresh
// change at its end. This catalog defines the keys; numbers come from the trace.

/** Congestion narration messages (flat keys, `{{x}}` interpolation). */
export const ccNarrationEn = {
  'ccn.phase.slowStart': 'slow start',
  'ccn.phase.congestionAvoidance': 'congestion avoidance',
  'ccn.phase.fastRecovery': 'fast recovery',
  'ccn.loss.tripleDupAck': 'round {{round}} (3 duplicate ACKs)',
  'ccn.loss.timeout': 'round {{round}} (timeout)',

  'ccn.intro.setup':
    '{{alg}} starts with cwnd = {{cwnd}} and ssthresh = {{ssthresh}} segments, in {{phase}}. Each step is one transmission round: one RTT ({{rtt}} ms) in which the sender sends a whole window and waits for its ACKs.',
  'ccn.intro.rwnd':
    'The receiver advertises rwnd = {{rwnd}} segments: the sender never sends more than min(cwnd, rwnd) segments per round.',
  'ccn.intro.losses': 'Losses are detected at the end of {{list}}.',
  'ccn.intro.noLoss': 'No segment is lost in this run: click a round on the chart to place a loss.',
  'ccn.intro.compare': 'The chart also draws {{list}} on the same losses, for comparison.',
  'ccn.intro.start': 'Press Play or Step forward to go round by round.',

  'ccn.sent':
    'Round {{round}} ({{phase}}): cwnd = {{cwnd}}, so the sender sends {{count}} segments, #{{first}}–#{{last}}.',
  'ccn.sent.one':
    'Round {{round}} ({{phase}}): cwnd = {{cwnd}}, so the sender sends a single segment, #{{first}}.',
  'ccn.sent.rwnd':
    'Round {{round}} ({{phase}}): cwnd = {{cwnd}}, but the receiver advertises rwnd = {{rwnd}}, so the sender sends only min(cwnd, rwnd) = {{count}} segments, #{{first}}–#{{last}}. Flow control (the receiver’s buffer), not congestion control (the network), limits this round.',

  'ccn.grow.slowStart':
    'Every ACK came back. In slow start each ACK adds one segment to cwnd, so a whole window of ACKs doubles it: cwnd {{from}} → {{to}}.',
  'ccn.grow.capped':
    'Every ACK came back. Doubling would give {{double}}, but slow start stops at ssthresh: cwnd {{from}} → {{to}}.',
  'ccn.grow.enterCa':
    'cwnd has reached ssthresh = {{ssthresh}}: from the next round on, congestion avoidance adds one segment per round instead of doubling.',
  'ccn.grow.ca':
    'Every ACK came back. In congestion avoidance each ACK adds only 1/cwnd of a segment, so a whole window of ACKs adds one segment: cwnd {{from}} → {{to}}.',
  'ccn.grow.exitFr':
    'The retransmitted segment is acknowledged by a new ACK (not a duplicate): fast recovery ends and {{alg}} continues in congestion avoidance.',
  'ccn.grow.cubic':
    'CUBIC grows cwnd along W(t) = C·(t − K)³ + W_max, where t is the time since the last reduction (so the RTT matters): fast while far below W_max, flat near it, faster again beyond it. cwnd {{from}} → {{to}}.',
  'ccn.grow.cubicProbe':
    'CUBIC grows cwnd along its cubic curve from the window where slow start ended: slowly at first, faster as time passes. cwnd {{from}} → {{to}}.',
  'ccn.grow.same': 'cwnd stays at {{cwnd}}.',

  'ccn.dup3':
    'At the end of round {{round}} three duplicate ACKs arrive: one segment is missing, but the segments after it got through. The sender retransmits the missing segment at once (fast retransmit) instead of waiting for the RTO.',
  'ccn.timeout':
    'At the end of round {{round}} the retransmission timer expires (RTO): no ACK came back at all, a sign of heavy congestion.',
  'ccn.ssthresh.halve': 'ssthresh = ⌊cwnd/2⌋ = ⌊{{cwnd}}/2⌋ = {{ssthresh}}.',
  'ccn.ssthresh.floor': 'ssthresh = max(⌊cwnd/2⌋, 2) = max(⌊{{cwnd}}/2⌋, 2) = {{ssthresh}}.',
  'ccn.ssthresh.cubic':
    'CUBIC reduces by β = {{beta}} instead of halving: ssthresh = max({{beta}} × {{cwnd}}, 2) = {{ssthresh}} (Reno would set {{reno}}). It remembers W_max, the window before the loss, and will grow back toward it.',
  'ccn.fr.inflate':
    '{{alg}} enters fast recovery with cwnd = ssthresh + 3 = {{cwnd}}: each of the three duplicate ACKs means one more segment has left the network.',
  'ccn.fr.noInflate':
    '{{alg}} enters fast recovery with cwnd = ssthresh = {{cwnd}} (without the +3 inflation, as some courses teach).',
  'ccn.fr.cubic': 'CUBIC enters fast recovery with cwnd = ssthresh = {{cwnd}}.',
  'ccn.fr.why':
    'It does not fall back to cwnd = 1: duplicate ACKs prove that data is still flowing, so the congestion is mild. Only a timeout, with no ACK at all, restarts from 1.',
  'ccn.tahoe.dup3':
    'Tahoe has no fast recovery: after the fast retransmit it sets cwnd = 1 and starts slow start again, exactly as after a timeout.',
  'ccn.timeout.reset':
    'cwnd = 1: the sender starts over in slow start and grows exponentially again up to the new ssthresh = {{ssthresh}}.',
  'ccn.compare':
    '{{alg}} on the same loss: cwnd {{from}} → {{to}}, ssthresh {{ssthresh}}, then {{phase}}.',
  'ccn.end': 'This is the last round of the run.',
  // The "segments" model: a per-ACK run through the engine; the TCP narration says what each
  // step does, these sentences say why the window changes and set the scene.
  'ccs.heading.handshake': 'Handshake · {{time}} ms',
  'ccs.heading.round': 'Round {{round}} · {{time}} ms',
  'ccs.intro.setup':
    '{{alg}} sends bulk data for {{rounds}} rounds of {{rtt}} ms with MSS = {{mss}} bytes, starting with cwnd = {{cwnd}} and ssthresh = {{ssthresh}} segments. Unlike the textbook rounds, this is a real per-ACK simulation: every ACK changes cwnd a little.',
  'ccs.intro.pipe':
    'The bottleneck sends {{bw}}: the path itself holds about {{bdp}} segments (bandwidth × RTT) and the router queue {{queue}} more. When cwnd grows past about {{pipe}} segments the queue overflows and drops segments (drop-tail): losses emerge from the load.',
  'ccs.intro.noQueue':
    'The bottleneck sends {{bw}}, and the path holds about {{bdp}} segments (bandwidth × RTT); its queue has no limit, so a larger cwnd only adds delay.',
  'ccs.intro.noBottleneck':
    'The link has no bandwidth limit: no segment is lost unless a loss is placed.',
  'ccs.intro.rwnd':
    'The receiver advertises rwnd = {{rwnd}} segments ({{bytes}} bytes): the sender keeps at most the effective window min(cwnd, rwnd) in flight.',
  'ccs.intro.losses':
    'Placed losses: {{list}}. A "3 duplicate ACKs" loss drops the first new segment of its round; a "timeout" loss drops everything from the start of its round until the retransmission timer fires.',
  'ccs.intro.start': 'Press Play or Step forward to follow the run segment by segment.',

  'ccs.why.dup3':
    'Why not back to cwnd = 1? Three duplicate ACKs mean three later segments did arrive: the path still delivers, only one segment is missing. So {{alg}} sets ssthresh = FlightSize / 2 = {{ssthresh}} segments and continues in fast recovery with cwnd = ssthresh + 3 = {{cwnd}}.',
  'ccs.why.dup3.tahoe':
    'Tahoe has no fast recovery: after the fast retransmit it sets ssthresh = FlightSize / 2 = {{ssthresh}} segments and cwnd = 1, and starts slow start again, as after a timeout.',
  'ccs.why.dup3.cubic':
    'CUBIC cuts by β = 0.7 instead of halving: ssthresh = 0.7 × cwnd = {{ssthresh}} segments, and remembers W_max = {{wMax}} segments, the window where the loss happened. After recovery it grows quickly back toward W_max, slows down near it, then probes beyond.',
  'ccs.why.timeout':
    'The timer fired: not a single ACK came back for a whole RTO, so the sender knows nothing about the path. ssthresh = {{ssthresh}} segments, cwnd = 1 segment: slow start from scratch (RFC 5681).',
  'ccs.why.partialAck':
    'This ACK covers only part of what was outstanding at the loss: another segment of the same window is missing. NewReno retransmits it at once and stays in fast recovery (Reno would leave recovery here and often end up waiting for a timeout).',
  'ccs.why.fullAck':
    'Everything sent before the loss is acknowledged: fast recovery ends and cwnd deflates to ssthresh = {{cwnd}} segments; congestion avoidance continues from there.',
  'ccs.why.renoExit':
    'The first new ACK ends Reno’s fast recovery: cwnd deflates to ssthresh = {{cwnd}} segments. If more segments of that window were lost, Reno will need more duplicate ACKs, or a timeout, to find them.',
  'ccs.why.rwnd':
    'cwnd = {{cwnd}} segments, but rwnd = {{rwnd}}: the effective window min(cwnd, rwnd) = {{rwnd}} segments. The receiver, not the network, limits the sender.',
  'ccs.end':
    'End of the run: {{sent}} new segments and {{retx}} retransmissions in {{rounds}} rounds; {{fr}} fast retransmits, {{to}} timeouts, {{drops}} segments dropped by the queue. Goodput {{goodput}}.',
} as const;

/** A congestion narration key. */
export type CcNarrationKey = keyof typeof ccNarrationEn;
