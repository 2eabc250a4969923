// English narration sentences: what happened at a step and why. This catalog defines the keys.
// {{Who}} is the capitalised actor ("The client"), {{who}} the same mid-sentence, {{peer}} the other side.

/** Narration messages (flat keys, `{{x}}` interpolation). */
export const narrationEn = {
  'narr.intro.listen': '{{Who}} is listening for connections (LISTEN).',
  'narr.intro.open': '{{Who}} will open a connection at t = {{time}}.',
  'narr.intro.drops': 'In this run {{count}} segment(s) will be lost on the way.',
  'narr.intro.start': 'Press Play or Step forward to watch the segments go.',
  'narr.end': 'This is the end of the run.',

  'narr.app.listen': '{{Who}}’s application listens on its port: a passive open.',
  'narr.app.open': '{{Who}}’s application asks TCP to open a connection: an active open.',
  'narr.app.send': '{{Who}}’s application hands {{bytes}} bytes to TCP to send.',
  'narr.app.close':
    '{{Who}}’s application calls CLOSE: it has nothing more to send, so TCP sends a FIN after any queued data.',
  'narr.app.abort': '{{Who}}’s application aborts the connection: TCP sends RST and forgets it.',

  'narr.sent.syn':
    '{{Who}} sends SYN with seq={{seq}}: it picks its initial sequence number (ISN) and asks to open a connection.',
  'narr.sent.synAck':
    '{{Who}} answers SYN, ACK with seq={{seq}}, ack={{ack}}: it picks its own ISN, and since a SYN consumes one sequence number, the next byte it expects is ISN+1.',
  'narr.sent.handshakeAck':
    '{{Who}} sends ACK with ack={{ack}}: it acknowledges {{peer}}’s SYN, which completes the three-way handshake.',
  'narr.sent.dataAck':
    '{{Who}} sends ACK with ack={{ack}} because {{bytes}} bytes starting at seq={{start}} arrived.',
  'narr.sent.finAck':
    '{{Who}} acknowledges the FIN with ack={{ack}}: a FIN consumes one sequence number, just like a SYN.',
  'narr.sent.ack': '{{Who}} sends ACK with ack={{ack}}: the next byte it expects from {{peer}}.',
  'narr.sent.data':
    '{{Who}} sends {{len}} bytes of data with seq={{seq}}: they are bytes {{seq}} to {{last}} of its stream.',
  'narr.sent.fin':
    '{{Who}} sends FIN with seq={{seq}}: it has no more data to send (its direction is now closed).',
  'narr.sent.rstRefused':
    '{{Who}} answers with RST: no application listens on that port, so the connection is refused.',
  'narr.sent.rstNoConnection':
    '{{Who}} answers with RST: it has no connection that this segment could belong to.',
  'narr.sent.rstUnacceptable':
    '{{Who}} answers with RST (seq={{seq}}): the segment acknowledges a sequence number it never sent, so it must come from an old connection.',
  'narr.sent.rstAbort': '{{Who}} sends RST: the connection is aborted at once, without a FIN.',
  'narr.sent.rst': '{{Who}} sends RST with seq={{seq}}.',
  'narr.sent.challengeAck':
    '{{Who}} sends a challenge ACK with ack={{ack}} (RFC 5961): the segment did not fit, so it restates what it expects.',
  'narr.sent.fastRetransmit':
    '{{Who}} retransmits {{flags}} with seq={{seq}} at once (fast retransmit): three duplicate ACKs point at it, so it does not wait for the retransmission timeout.',
  'narr.sent.partialRetransmit':
    '{{Who}} retransmits {{flags}} with seq={{seq}}: the partial ACK points at this next missing segment.',
  'narr.sent.goBackN':
    '{{Who}} re-sends {{flags}} with seq={{seq}}: after the timeout it goes back to the first unacknowledged byte and sends again what followed, as cwnd allows (go-back-N).',
  'narr.sent.retransmit':
    '{{Who}} retransmits {{flags}} with seq={{seq}}: it got no ACK before its retransmission timeout (RTO).',
  'narr.sent.reAck':
    '{{Who}} repeats its ACK (ack={{ack}}) for the duplicate, so {{peer}} can stop retransmitting.',
  'narr.sent.injected':
    'An old duplicate {{flags}} (seq={{seq}}) from an earlier connection shows up in the network.',
  'narr.sent.duplicate': 'The network delivers a second copy of {{flags}} (seq={{seq}}).',

  'narr.lost.fault': '{{Who}}’s {{flags}} ({{num}}) is lost on the way: {{peer}} never sees it.',
  'narr.lost.queue':
    '{{Who}}’s {{flags}} ({{num}}) is dropped at the bottleneck: the router’s queue is full (drop-tail).',
  'narr.lost.random':
    '{{Who}}’s {{flags}} ({{num}}) is lost on the way (random loss): {{peer}} never sees it.',

  'narr.arrived.accepted': '{{Who}} receives {{flags}} ({{num}}).',
  'narr.arrived.duplicateSynAck':
    '{{Who}} receives SYN, ACK again (a retransmission, since its ACK was lost): it is already ESTABLISHED, so it simply ACKs it again.',
  'narr.arrived.duplicate':
    '{{Who}} receives {{flags}} with seq={{seq}}, which it already has: a duplicate, so it drops it and repeats its ACK.',
  'narr.arrived.outOfOrder':
    '{{Who}} receives {{flags}} with seq={{seq}}, beyond the next byte it expects: it keeps it and repeats its ACK.',
  'narr.arrived.unacceptableAck':
    '{{Who}} receives {{flags}} with ack={{ack}}, which acknowledges data it never sent.',
  'narr.arrived.reset': '{{Who}} receives RST and accepts it: the connection is torn down at once.',
  'narr.arrived.ignored':
    '{{Who}} receives {{flags}} (seq={{seq}}) and ignores it: it does not fit its current state.',
  'narr.arrived.noListener': '{{Who}} receives {{flags}}, but no application listens on that port.',

  'narr.state.generic': '{{Who}} moves from {{from}} to {{to}}.',
  'narr.state.CLOSED.LISTEN': '{{Who}} enters LISTEN: it is ready to accept connections.',
  'narr.state.CLOSED.SYN-SENT':
    '{{Who}} enters SYN-SENT: it has sent its SYN and waits for the answer.',
  'narr.state.LISTEN.SYN-RECEIVED':
    '{{Who}} moves from LISTEN to SYN-RECEIVED: it got a SYN and waits for the ACK of its own SYN.',
  'narr.state.SYN-SENT.SYN-RECEIVED':
    '{{Who}} moves from SYN-SENT to SYN-RECEIVED: a SYN crossed its own SYN on the way (simultaneous open).',
  'narr.state.SYN-SENT.ESTABLISHED':
    '{{Who}} enters ESTABLISHED: its SYN is acknowledged and it has seen {{peer}}’s SYN, so the connection is open.',
  'narr.state.SYN-RECEIVED.ESTABLISHED':
    '{{Who}} enters ESTABLISHED: its SYN is acknowledged, so the handshake is complete on its side too.',
  'narr.state.SYN-RECEIVED.LISTEN':
    '{{Who}} goes back to LISTEN: an RST cancelled the half-open connection.',
  'narr.state.ESTABLISHED.FIN-WAIT-1':
    '{{Who}} enters FIN-WAIT-1: it has sent its FIN and waits for it to be acknowledged.',
  'narr.state.ESTABLISHED.CLOSE-WAIT':
    '{{Who}} enters CLOSE-WAIT: {{peer}} will send no more data, but {{who}} may still send until its application closes.',
  'narr.state.FIN-WAIT-1.FIN-WAIT-2':
    '{{Who}} enters FIN-WAIT-2: its FIN is acknowledged; now it waits for {{peer}}’s FIN.',
  'narr.state.FIN-WAIT-1.CLOSING':
    '{{Who}} enters CLOSING: {{peer}}’s FIN arrived before the ACK of its own FIN (simultaneous close).',
  'narr.state.FIN-WAIT-1.TIME-WAIT':
    '{{Who}} enters TIME-WAIT: {{peer}}’s FIN arrived together with the ACK of its own FIN.',
  'narr.state.FIN-WAIT-2.TIME-WAIT':
    '{{Who}} enters TIME-WAIT: {{peer}}’s FIN arrived and has been acknowledged.',
  'narr.state.CLOSING.TIME-WAIT': '{{Who}} enters TIME-WAIT: its FIN is acknowledged at last.',
  'narr.state.CLOSE-WAIT.LAST-ACK':
    '{{Who}} enters LAST-ACK: its application closed too, so it sent its own FIN and waits for the last ACK.',
  'narr.state.LAST-ACK.CLOSED':
    '{{Who}} enters CLOSED: its FIN is acknowledged, so the connection is gone on its side.',
  'narr.state.TIME-WAIT.CLOSED':
    '{{Who}} enters CLOSED: 2·MSL passed without a retransmitted FIN, so the connection is fully closed.',
  'narr.state.toClosed.rto': '{{Who}} moves from {{from}} to CLOSED: it ran out of retries.',
  'narr.state.toClosed.rst': '{{Who}} moves from {{from}} to CLOSED: an RST ended the connection.',
  'narr.state.toClosed.close':
    '{{Who}} moves from {{from}} to CLOSED: its application closed before the connection was established.',
  'narr.state.toClosed.abort': '{{Who}} moves from {{from}} to CLOSED: its application aborted.',

  'narr.timer.rto':
    '{{Who}} starts its retransmission timer, RTO = {{rto}}: if no ACK comes back in time, it sends again.',
  'narr.timer.rtoBackoff':
    '{{Who}} doubles its RTO, {{prev}} → {{rto}} (exponential backoff, RFC 6298), and waits again.',
  'narr.timer.rtoCapped':
    '{{Who}} would double its RTO but caps it at the maximum: {{prev}} → {{rto}} (RFC 6298), and waits again.',
  'narr.timer.timeWait':
    '{{Who}} waits 2·MSL = {{duration}} in TIME-WAIT: if its last ACK was lost, {{peer}} will retransmit its FIN and {{who}} can ACK it again; meanwhile old duplicate segments die out before the same port pair is reused.',
  'narr.cancel.rto': '{{Who}} stops its retransmission timer: everything it sent is acknowledged.',
  'narr.cancel.rtoGone': '{{Who}} stops its retransmission timer: the connection is gone.',
  'narr.cancel.timeWait': '{{Who}} stops its TIME-WAIT timer.',
  'narr.fired.rto': '{{Who}}’s retransmission timer expires: no ACK arrived within the RTO.',
  'narr.fired.rtoAgain':
    '{{Who}}’s retransmission timer expires again: still no ACK after {{n}} retransmission(s).',
  'narr.fired.timeWait': '{{Who}}’s TIME-WAIT timer expires: 2·MSL have passed.',

  'narr.delivered':
    '{{Who}}’s TCP delivers {{bytes}} bytes, in order, to its application ({{total}} bytes so far).',
  'narr.rtt':
    '{{Who}} measures an RTT of {{sample}}: smoothed RTT {{srtt}}, so the RTO becomes {{rto}} (RFC 6298).',

  'narr.ended.closed': '{{Who}}’s connection is closed normally.',
  'narr.ended.refused':
    '{{Who}}’s application is told “connection refused”: its SYN was answered with RST.',
  'narr.ended.reset':
    '{{Who}}’s application is told “connection reset”: an RST ended the connection.',
  'narr.ended.failed':
    '{{Who}} gives up after {{retries}} retries: the connection failed (timed out).',
  'narr.ended.aborted': '{{Who}}’s connection was aborted by its application.',

  'narr.cc.phase.slowStart': 'slow start',
  'narr.cc.phase.congestionAvoidance': 'congestion avoidance',
  'narr.cc.phase.fastRecovery': 'fast recovery',
  'narr.cc.newAck':
    '{{Who}}’s congestion window (cwnd) is now {{cwnd}} bytes ({{phase}}, ssthresh {{ssthresh}} bytes).',
  'narr.cc.dupAck':
    'Another duplicate ACK in fast recovery: {{who}} inflates cwnd to {{cwnd}} bytes.',
  'narr.cc.tripleDupAck':
    'A third duplicate ACK: {{who}} does a fast retransmit, sets ssthresh to {{ssthresh}} bytes and cwnd to {{cwnd}} bytes ({{phase}}).',
  'narr.cc.partialAck':
    'A partial ACK: {{who}} stays in fast recovery and retransmits the next missing segment; cwnd {{cwnd}} bytes.',
  'narr.cc.fullAck':
    'Everything outstanding at the loss is acknowledged: {{who}} leaves fast recovery with cwnd {{cwnd}} bytes ({{phase}}).',
  'narr.cc.timeout':
    'After the timeout {{who}} sets ssthresh to {{ssthresh}} bytes and cwnd back to one MSS ({{cwnd}} bytes): slow start again.',
} as const;

/** A narration message key. */
export type NarrationKey = keyof typeof narrationEn;
