// English strings of a HAR file in the journey view: the narration of each recorded step, the
// inspector's fields and the page's notes. This catalog defines the keys.

/** Messages (flat keys, `{{x}}` interpolation). */
export const harEn = {
  // Narration
  'har.heading.start': 'The recording',
  'har.heading': 'Step {{step}} · recorded · t = {{time}}',
  'har.conn': 'connection {{id}}',
  'har.intro.file':
    'This is a recording, not a simulation: a HAR file written by {{creator}}, {{duration}} of requests ({{requests}} in all). Every time below is the browser’s own measurement.',
  'har.intro.unknownCreator': 'an unnamed tool',
  'har.intro.pages': 'It holds {{count}} pages (navigations), one after the other.',
  'har.intro.page': 'The page: “{{title}}”.',
  'har.intro.conns':
    'Connections used: {{connections}}; {{reused}} of the {{requests}} requests went over one that was already open (keep-alive, or HTTP/2 streams sharing a connection).',
  'har.intro.noConns':
    'The file does not say which connection each request used, so reuse cannot be shown.',
  'har.events.dcl': 'DOMContentLoaded {{time}}',
  'har.events.load': 'Load {{time}}',
  'har.intro.events':
    'Page events: {{events}}. In the waterfall, DOMContentLoaded is the blue line and Load the red one.',
  'har.intro.eventsOf': 'Page {{n}}: {{events}}.',
  'har.intro.linesPages':
    'In the waterfall, DOMContentLoaded is the blue line and Load the red one, for the page the player is on.',
  'har.intro.noPackets':
    'A HAR keeps each request’s timings and headers, not packets: there is no network topology and no TCP diagram to show.',
  'har.intro.start': 'Step forward to follow each request from its start to its last byte.',
  'har.intro.empty': 'The file holds no request.',
  'har.page.onContentLoad':
    'DOMContentLoaded at {{time}}: the HTML is parsed and the deferred scripts have run.',
  'har.page.onLoad':
    'The load event at {{time}}: the page and its sub-resources (stylesheets, scripts, images) have loaded.',
  'har.req.new':
    '{{method}} {{name}} starts at {{time}} on {{conn}}, its first request in the file.',
  'har.req.reused': '{{method}} {{name}} starts at {{time}} on {{conn}} (reused).',
  'har.req.start': '{{method}} {{name}} starts at {{time}}.',
  'har.req.memory': '{{method}} {{name}} at {{time}}: the memory cache answers, nothing is sent.',
  'har.req.disk': '{{method}} {{name}} at {{time}}: the disk cache answers, nothing is sent.',
  'har.phase': '{{phase}} {{time}}',
  'har.req.before': 'Before it is sent: {{list}}.',
  'har.req.open': 'No DNS lookup, no TCP or TLS handshake: the connection is already open.',
  'har.req.wait':
    'Request sent in {{send}}, then {{wait}} waiting for the first byte of the response (TTFB).',
  'har.res.done':
    '{{status}} for {{name}}: the last byte arrives at {{time}}, {{total}} after the request started.',
  'har.res.download': 'Content Download took {{receive}} for {{size}} of {{mime}}.',
  'har.res.downloadNoType': 'Content Download took {{receive}} for {{size}}.',
  'har.res.downloadNoSize': 'Content Download took {{receive}}.',
  'har.res.redirect': 'A redirect: the browser goes on to {{location}}.',
  'har.res.memory': '{{name}} is read from the memory cache by {{time}} ({{status}}).',
  'har.res.disk': '{{name}} is read from the disk cache by {{time}} ({{status}}).',
  'har.res.failed': '{{name}} failed at {{time}}: {{error}}. No response came.',
  'har.res.failedNoReason': '{{name}} failed at {{time}}: no response came.',
  'har.end':
    'The recording ends at {{time}}. Requests: {{requests}}; on a reused connection: {{reused}}.',
  'har.end.noConns': 'The recording ends at {{time}}. Requests: {{requests}}.',
  // Inspector
  'har.insp.title.request': '{{method}} {{name}}',
  'har.insp.title.response': '{{status}} · {{name}}',
  'har.insp.title.failed': 'Failed · {{name}}',
  'har.insp.title.onContentLoad': 'DOMContentLoaded',
  'har.insp.title.onLoad': 'load event',
  'har.insp.page': 'Page',
  'har.insp.pageStart': 'Page started',
  'har.insp.onContentLoad': 'DOMContentLoaded',
  'har.insp.onContentLoad.note': 'the HTML is parsed',
  'har.insp.onLoad': 'load',
  'har.insp.onLoad.note': 'the page and its sub-resources have loaded',
  'har.insp.method': 'Method',
  'har.insp.error': 'Error',
  'har.insp.protocol': 'Protocol',
  'har.insp.cache': 'Served by',
  'har.insp.connNew': 'its first request in the file',
  'har.insp.connReused': 'reused: an earlier request used it',
  'har.insp.connUnknown': 'not in the file',
  'har.insp.server': 'Server address',
  'har.insp.mime': 'Type',
  'har.insp.size': 'Transferred',
  'har.insp.contentSize': 'Resource size',
  'har.insp.redirect': 'Redirects to',
  'har.insp.timings': 'Timing (as recorded)',
  'har.insp.phase': 'Phase',
  'har.insp.start': 'Starts at',
  'har.insp.duration': 'Lasts',
  'har.insp.total': 'Total',
  'har.insp.timeDiffers': 'The entry’s own “time” says {{time}}; the bars add up the phases.',
  'har.insp.requestHeaders': 'Request headers',
  'har.insp.responseHeaders': 'Response headers',
  'har.insp.headersTitle': '{{title}} ({{count}})',
  'har.insp.headerName': 'Name',
  'har.insp.headerValue': 'Value',
  'har.insp.noHeaders': 'None in the file.',
  // Page
  'har.address.source': 'From {{file}}: the journey as the browser recorded it.',
  'har.address.enter': 'Press Enter to simulate this URL (or type another) instead.',
  'har.note.heading': 'Network and TCP',
  'har.note.noTopology':
    'From a HAR file: no network topology. A HAR records each request’s timings and headers, not the hops its packets crossed.',
  'har.note.noTcp':
    'No TCP segments either: capture the same page load with tcpdump or Wireshark and open the .pcap file to see them.',
  'har.rec.heading': 'Recording',
  'har.rec.file': 'File',
  'har.rec.creator': 'Written by',
  'har.rec.pages': 'Page',
  'har.rec.requests': 'Requests',
  'har.rec.connections': 'Connections',
  'har.rec.connectionsValue': '{{count}} (reused by later requests: {{reused}})',
  'har.rec.connectionsNone': 'not in the file',
  'har.rec.span': 'First request to last byte',
  'har.rec.events': 'Page events',
  'har.rec.eventsOf': 'Page {{n}} events',
  'har.rec.note': 'Nothing was uploaded: the file was read in this browser.',
  'har.rec.back': 'Back to the simulation',
} as const;

/** A HAR message key. */
export type HarKey = keyof typeof harEn;
