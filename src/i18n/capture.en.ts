// English texts of a captured conversation in the TCP view: the sequence diagram's marks, the
// capture header, the segment inspector and the narration. This catalog defines the keys.
// Analysis marks use Wireshark's own words ("[TCP Dup ACK 12#2]", "This frame is a (suspected)
// retransmission"), so what the reader sees here is what Wireshark shows for the same file.

/** Capture messages (flat keys, `{{x}}` interpolation). */
export const captureEn = {
  // Sequence diagram: Wireshark's Info-column marks, the gap marker, assumed states.
  'tcpcap.badge.retransmission': '[TCP Retransmission]',
  'tcpcap.badge.fast-retransmission': '[TCP Fast Retransmission]',
  'tcpcap.badge.dup-ack': '[TCP Dup ACK {{of}}#{{n}}]',
  'tcpcap.badge.zero-window': '[TCP ZeroWindow]',
  'tcpcap.badge.window-update': '[TCP Window Update]',
  'tcpcap.badge.out-of-order': '[TCP Out-Of-Order]',
  'tcpcap.badge.lost-segment': '[TCP Previous segment not captured]',
  'tcpcap.badge.keep-alive': '[TCP Keep-Alive]',
  'tcpcap.seq.hole': '{{bytes}} bytes not captured',
  'tcpcap.seq.holeUnknown': 'bytes not captured',
  'tcpcap.seq.assumed': '{{state}} (assumed)',

  // Mark names (counts, inspector) and Wireshark's expert-info wording.
  'tcpcap.mark.retransmission': 'Retransmission',
  'tcpcap.mark.fast-retransmission': 'Fast retransmission',
  'tcpcap.mark.dup-ack': 'Duplicate ACK',
  'tcpcap.mark.zero-window': 'Zero window',
  'tcpcap.mark.window-update': 'Window update',
  'tcpcap.mark.out-of-order': 'Out-of-order',
  'tcpcap.mark.lost-segment': 'Lost segment',
  'tcpcap.mark.keep-alive': 'Keep-alive',
  'tcpcap.expert.retransmission': 'This frame is a (suspected) retransmission',
  'tcpcap.expert.fast-retransmission': 'This frame is a (suspected) fast retransmission',
  'tcpcap.expert.dup-ack': 'Duplicate ACK (#{{n}}) of frame {{of}}',
  'tcpcap.expert.zero-window': 'TCP Zero Window segment',
  'tcpcap.expert.window-update': 'TCP window update',
  'tcpcap.expert.out-of-order': 'This frame is a (suspected) out-of-order segment',
  'tcpcap.expert.lost-segment': 'Previous segment(s) not captured (common at capture start)',
  'tcpcap.expert.keep-alive': 'TCP keep-alive segment',

  // The capture header of the TCP view.
  'tcpcap.header.title': 'Captured conversation',
  'tcpcap.header.conv': 'Conversation {{conv}} of {{file}}',
  'tcpcap.header.convNoFile': 'Conversation {{conv}}',
  'tcpcap.header.packets': '{{count}} packets',
  'tcpcap.header.bytes': '{{count}} bytes',
  'tcpcap.header.count': '{{name}}: {{count}}',
  'tcpcap.header.noMarks': 'No analysis marks',
  'tcpcap.header.marks': 'Analysis marks',
  'tcpcap.header.mid': 'Mid-connection: both ends assumed ESTABLISHED',
  'tcpcap.header.back': 'Back to the simulation',
  'tcpcap.header.backHint': 'Leave the capture and show the scenario again',

  // Times of captured segments (µs precision, like a capture's timestamps).
  'tcpcap.unit.us': '{{n}} µs',

  // The segment inspector.
  'tcpcap.insp.heading': 'Segment inspector',
  'tcpcap.insp.empty':
    'Step forward: each captured segment’s header, options and payload show here.',
  'tcpcap.insp.title': 'Frame {{frame}}: {{from}} → {{to}}',
  'tcpcap.insp.time': 't = {{time}}',
  'tcpcap.insp.tcp': 'TCP header',
  'tcpcap.insp.options': 'Options',
  'tcpcap.insp.analysis': 'Analysis (as Wireshark marks it)',
  'tcpcap.insp.tls': 'TLS',
  'tcpcap.insp.http': 'HTTP',
  'tcpcap.f.flags': 'Flags',
  'tcpcap.f.seq': 'Sequence number',
  'tcpcap.f.nextSeq': 'Next sequence number',
  'tcpcap.f.ack': 'Acknowledgment number',
  'tcpcap.f.len': 'Payload length',
  'tcpcap.f.window': 'Window',
  'tcpcap.f.winScale': 'Window scale factor',
  'tcpcap.f.mss': 'MSS',
  'tcpcap.f.wscale': 'Window scale',
  'tcpcap.f.sackPerm': 'SACK permitted',
  'tcpcap.f.sack': 'SACK blocks',
  'tcpcap.f.ts': 'Timestamps',
  'tcpcap.f.retransmits': 'Retransmission of',
  'tcpcap.f.hole': 'Missing before it',
  'tcpcap.v.relative': '{{value}} (relative)',
  'tcpcap.v.raw': 'raw {{value}}',
  'tcpcap.v.noAck': 'not set (no ACK flag)',
  'tcpcap.v.bytes': '{{n}} bytes',
  'tcpcap.v.frame': 'frame {{frame}}',
  'tcpcap.v.yes': 'yes',
  'tcpcap.v.scale': '×{{factor}} (shift {{shift}}, from the SYNs)',
  'tcpcap.v.scaleSyn': 'not applied on a SYN (RFC 7323 §2.2)',
  'tcpcap.v.scaleNone': 'not in use (both SYNs must carry the option)',
  'tcpcap.v.scaleUnknown': 'unknown (the handshake was not captured)',
  'tcpcap.v.winScaled': '{{bytes}} bytes = {{raw}} × {{factor}}',
  'tcpcap.v.wscale': '{{shift}} (multiply by {{factor}})',
  'tcpcap.v.encrypted': 'encrypted',
  'tcpcap.tls.record': 'Record {{n}}',
  'tcpcap.tls.recordValue': '{{type}}, {{version}}, {{length}} bytes',
  'tcpcap.tls.sni': 'Server name (SNI)',
  'tcpcap.tls.alpn': 'ALPN',
  'tcpcap.tls.suites': 'Cipher suites offered ({{count}})',
  'tcpcap.tls.suite': 'Cipher suite chosen',
  'tcpcap.tls.versions': 'Supported versions',
  'tcpcap.tls.version': 'Version chosen',
  'tcpcap.tls.certificates': 'Certificates in the chain',
  'tcpcap.http.request': 'Request line',
  'tcpcap.http.response': 'Status line',
  'tcpcap.http.method': 'Method',
  'tcpcap.http.target': 'Target',
  'tcpcap.http.version': 'Version',
  'tcpcap.http.status': 'Status code',

  // Event list.
  'tcpcap.events.frame': 'frame {{frame}}',

  // Narration.
  'tcpcap.narr.heading': 'Step {{step}} · frame {{frame}} · t = {{time}}',
  'tcpcap.intro.conv':
    'Conversation {{conv}} of {{file}}: {{client}} (the client) talks to {{server}} (the server), {{packets}} packets in {{duration}}.',
  'tcpcap.intro.convNoFile':
    'Conversation {{conv}}: {{client}} (the client) talks to {{server}} (the server), {{packets}} packets in {{duration}}.',
  'tcpcap.intro.relative':
    'Sequence and acknowledgment numbers are relative, as in Wireshark: each side’s ISN counts as 0.',
  'tcpcap.intro.absolute':
    'Sequence and acknowledgment numbers are absolute, as they were on the wire.',
  'tcpcap.intro.states':
    'The states are inferred from the segments, by the rules of RFC 9293: the client starts in {{client}}, the server in {{server}}.',
  'tcpcap.intro.mid':
    'No SYN was captured: the connection was already open when the capture started, so both ends are assumed ESTABLISHED; without the SYNs the window scale is unknown, so windows are shown as sent.',
  'tcpcap.intro.marks': 'Analysis marks, as Wireshark sets them: {{list}}.',
  'tcpcap.intro.noMarks':
    'No analysis marks: no retransmission, duplicate ACK, gap or window problem was seen.',
  'tcpcap.intro.arrows':
    'The capture saw each segment once, at one point of the path: an arrow starts at that time, and its slope ({{delay}}) only makes it readable; it is not a measured delay.',
  'tcpcap.intro.start': 'Step forward to go through the captured segments one by one.',
  'tcpcap.narr.end':
    'This is the last captured segment: the client ends in {{client}}, the server in {{server}}.',

  'tcpcap.sent.syn':
    '{{Who}} sends SYN with seq={{seq}}: it asks to open a connection; window {{win}} bytes.',
  'tcpcap.sent.synAck':
    '{{Who}} answers SYN, ACK with seq={{seq}}, ack={{ack}}: it accepts, and acknowledges the SYN (which consumes one sequence number); window {{win}} bytes.',
  'tcpcap.sent.options': 'Its SYN options: {{list}}.',
  'tcpcap.opt.mss': 'MSS {{n}} bytes',
  'tcpcap.opt.wscale': 'window scale {{shift}} (×{{factor}})',
  'tcpcap.opt.sackPerm': 'SACK permitted',
  'tcpcap.opt.ts': 'timestamps',
  'tcpcap.sent.data':
    '{{Who}} sends {{len}} bytes with seq={{seq}} (bytes {{seq}} to {{last}} of its stream), ack={{ack}}, window {{win}} bytes.',
  'tcpcap.sent.handshakeAck':
    '{{Who}} sends ACK with ack={{ack}}: it acknowledges {{peer}}’s SYN, which completes the three-way handshake; window {{win}} bytes.',
  'tcpcap.sent.finAck':
    '{{Who}} sends ACK with ack={{ack}}: it acknowledges {{peer}}’s FIN (a FIN consumes one sequence number, like a SYN).',
  'tcpcap.sent.ack':
    '{{Who}} sends ACK with ack={{ack}}: it has every byte of {{peer}}’s stream before {{ack}}; window {{win}} bytes.',
  'tcpcap.sent.fin':
    '{{Who}} sends FIN with seq={{seq}}, ack={{ack}}: it has no more data to send.',
  'tcpcap.sent.dataFin':
    '{{Who}} sends its last {{len}} bytes with seq={{seq}} and FIN in the same segment: it has no more data to send.',
  'tcpcap.sent.rst': '{{Who}} sends RST with seq={{seq}}: the connection is aborted at once.',
  'tcpcap.sent.rstRefused':
    '{{Who}} answers the SYN with RST: nothing listens on that port, so the connection is refused.',
  'tcpcap.sent.other': '{{Who}} sends {{flags}} with seq={{seq}}, ack={{ack}}.',
  'tcpcap.mark.sentence.retransmission':
    'Wireshark marks it [TCP Retransmission]: it repeats bytes first sent in frame {{of}}; usually the retransmission timeout (RTO) expired without an ACK.',
  'tcpcap.mark.sentence.retransmissionUnknown':
    'Wireshark marks it [TCP Retransmission]: it repeats bytes already sent; usually the retransmission timeout (RTO) expired without an ACK.',
  'tcpcap.mark.sentence.fast-retransmission':
    'Wireshark marks it [TCP Fast Retransmission]: it repeats bytes first sent in frame {{of}} right after duplicate ACKs, without waiting for the RTO (fast retransmit).',
  'tcpcap.mark.sentence.fast-retransmissionUnknown':
    'Wireshark marks it [TCP Fast Retransmission]: it repeats bytes right after duplicate ACKs, without waiting for the RTO (fast retransmit).',
  'tcpcap.mark.sentence.dup-ack':
    'Wireshark marks it [TCP Dup ACK {{of}}#{{n}}]: duplicate ACK #{{n}} of frame {{of}}: {{who}} still expects byte {{ack}}, so a segment is probably missing; the third duplicate ACK triggers a fast retransmit.',
  'tcpcap.mark.sentence.zero-window':
    'Wireshark marks it [TCP ZeroWindow]: {{who}} advertises a window of 0: its receive buffer is full, and {{peer}} must stop sending (flow control).',
  'tcpcap.mark.sentence.window-update':
    'Wireshark marks it [TCP Window Update]: nothing new is sent or acknowledged; {{who}} only tells {{peer}} its window is now {{win}} bytes.',
  'tcpcap.mark.sentence.out-of-order':
    'Wireshark marks it [TCP Out-Of-Order]: its seq is below bytes {{who}} had already sent, yet it does not look like a retransmission: it passed the capture point out of order.',
  'tcpcap.mark.sentence.lost-segment':
    'Wireshark marks it [TCP Previous segment not captured]: {{bytes}} bytes before seq={{seq}} never passed the capture point: lost on the way, or missed by the capture.',
  'tcpcap.mark.sentence.lost-segmentUnknown':
    'Wireshark marks it [TCP Previous segment not captured]: bytes before seq={{seq}} never passed the capture point: lost on the way, or missed by the capture.',
  'tcpcap.mark.sentence.keep-alive':
    'Wireshark marks it [TCP Keep-Alive]: it re-sends one byte {{peer}} has already acknowledged, only to check that {{peer}} is still there.',
  'tcpcap.tls.sentence': 'It carries TLS: {{list}}.',
  'tcpcap.tls.encryptedRecord': '{{type}} ({{length}} bytes, encrypted)',
  'tcpcap.tls.sniPart': 'server name {{sni}}',
  'tcpcap.tls.alpnPart': 'ALPN {{alpn}}',
  'tcpcap.tls.suitesPart': '{{count}} cipher suites offered',
  'tcpcap.tls.suitePart': 'cipher suite {{suite}}',
  'tcpcap.tls.versionsPart': 'versions {{versions}}',
  'tcpcap.tls.certsPart': '{{count}} certificate(s)',
  'tcpcap.http.requestSentence': 'Its payload starts with an HTTP request line: “{{line}}”.',
  'tcpcap.http.responseSentence':
    'Its payload starts with an HTTP status line: “{{line}}” (status {{status}}).',
} as const;

/** A key of the capture messages. */
export type CaptureKey = keyof typeof captureEn;
