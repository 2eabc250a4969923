// English strings of opening real traffic in the page: captures (pcap, pcapng) and HAR files, the
// progress bar, the conversations list, and what Share and Embed say about a capture. This catalog
// defines the keys.

/** Messages (flat keys, `{{x}}` interpolation). */
export const captureUiEn = {
  'capture.openItem': 'Open capture or HAR…',
  'capture.openInput': 'Capture or HAR file (.pcap, .pcapng, .har)',
  'capture.drop':
    '… or a capture (.pcap, .pcapng) or HAR file (.har): it is read in this browser, never uploaded',

  'capture.progress.label': 'Opening “{{name}}”',
  'capture.progress.value': '{{percent}} %, {{phase}}',
  'capture.phase.load': 'loading the file',
  'capture.phase.parse': 'reading packets',
  'capture.phase.analyze': 'analysing',
  'capture.progress.local': 'Read in this browser: nothing is uploaded.',
  'capture.cancel': 'Cancel',

  'capture.error.empty': 'Could not open “{{name}}”: the file is empty.',
  'capture.error.not-a-capture': 'Could not open “{{name}}”: it is not a pcap or pcapng file.',
  'capture.error.truncated': 'Could not open “{{name}}”: the file ends before its first packet.',
  'capture.error.damaged': 'Could not open “{{name}}”: the file is damaged.',
  'capture.error.unsupported': 'Could not open “{{name}}”: this kind of capture is not supported.',
  'capture.error.internal': 'Could not open “{{name}}”: the reader failed (a bug in Wirewalk).',
  'capture.error.har': 'Could not open “{{name}}”: it is not a HAR file Wirewalk can read.',
  'capture.error.gzip':
    'Could not open “{{name}}”: the file is compressed (gzip). Decompress it first, then open it.',
  'capture.error.unknown-format':
    'Could not open “{{name}}”: it is neither a capture (pcap, pcapng) nor a HAR file.',
  'capture.error.read': 'Could not open “{{name}}”: the browser could not read the file.',
  'capture.error.worker':
    'Could not open “{{name}}”: the file reader (a Web Worker) could not start in this page.',
  'capture.error.tooLarge':
    'Could not open “{{name}}”: it is {{size}} MB; files up to {{max}} MB can be opened.',
  'capture.error.cancelled': 'Stopped opening “{{name}}”.',
  'capture.unsupported':
    '“{{name}}” is not a file Wirewalk opens: a scenario or trace (.json), a capture (.pcap, .pcapng) or a HAR file (.har).',

  'capture.har.opened': 'Opened the HAR file “{{name}}”: its requests are the waterfall.',
  'capture.shown.tcp': 'Showing {{conv}} of “{{name}}” in the TCP view.',
  'capture.shown.congestion': 'Showing {{conv}} of “{{name}}” in the congestion view.',
  'capture.localOnly':
    'The file stays on this computer: the page’s address does not hold it, so a reload shows a simulation again.',

  'capture.button': 'Conversations',
  'capture.buttonHint': 'The TCP conversations of “{{name}}”',
  'capture.dialog.title': 'Conversations',
  'capture.close': 'Close',
  'capture.summary': 'The file',
  'capture.summary.format': 'Format',
  'capture.summary.linkTypes': 'Link types',
  'capture.summary.frames': 'Frames',
  'capture.summary.size': 'Size',
  'capture.summary.duration': 'Duration',
  'capture.summary.conversations': 'TCP conversations',
  'capture.summary.other': 'Other protocols',
  'capture.summary.otherNote': 'counted, not analysed',
  'capture.separator': ', ',
  'capture.summary.none': 'none',
  'capture.summary.warnings': 'Warnings',
  'capture.summary.moreWarnings': '… and {{count}} more.',
  'capture.summary.local': 'Read in this browser: nothing was uploaded.',
  'capture.link.ethernet': 'Ethernet',
  'capture.link.null': 'BSD loopback',
  'capture.link.loop': 'OpenBSD loopback',
  'capture.link.raw': 'raw IP',
  'capture.link.ipv4': 'raw IPv4',
  'capture.link.ipv6': 'raw IPv6',
  'capture.link.linux-sll': 'Linux cooked capture (SLL)',
  'capture.link.linux-sll2': 'Linux cooked capture v2 (SLL2)',
  'capture.proto.ipv4Other': 'other IPv4',
  'capture.proto.ipv6Other': 'other IPv6',
  'capture.proto.otherLink': 'not IP',

  'capture.table': 'TCP conversations',
  'capture.col.a': 'Address A',
  'capture.col.portA': 'Port A',
  'capture.col.b': 'Address B',
  'capture.col.portB': 'Port B',
  'capture.col.packets': 'Packets',
  'capture.col.bytes': 'Bytes',
  'capture.col.start': 'Start (s)',
  'capture.col.duration': 'Duration (s)',
  'capture.col.flags': 'First flags',
  'capture.col.retransmissions': 'Retransmissions',
  'capture.col.dupAcks': 'Dup ACKs',
  'capture.col.marks': 'Other marks',
  'capture.col.show': 'Show in view',
  'capture.tableHint':
    'A is the side that sent the first SYN (else the first sender). Sort by a column with its header.',
  'capture.filter': 'Filter',
  'capture.filterHint': 'An address, a port or both (10.0.0.2:443).',
  'capture.rowsShown': 'Showing {{shown}} of {{total}} conversations.',
  'capture.noMatch': 'No conversation matches “{{filter}}”.',
  'capture.noTcp': 'This file has no TCP conversations.',
  'capture.midConnection': 'started before the capture',
  'capture.fast': '{{count}} fast',
  'capture.mark.zeroWindows': 'zero window ×{{count}}',
  'capture.mark.windowUpdates': 'window update ×{{count}}',
  'capture.mark.outOfOrder': 'out-of-order ×{{count}}',
  'capture.mark.lostSegments': 'lost segment ×{{count}}',
  'capture.mark.keepAlives': 'keep-alive ×{{count}}',
  'capture.showTcp': 'TCP',
  'capture.showCongestion': 'Congestion',
  'capture.showTcpLabel': 'Show {{conv}} ({{a}} ⇄ {{b}}) in the TCP view',
  'capture.showCongestionLabel': 'Show {{conv}} ({{a}} ⇄ {{b}}) in the congestion view',

  'capture.share.title': 'An opened file cannot be shared as a link',
  'capture.share.text':
    '“{{name}}” stays on this computer: nothing was uploaded, so a link cannot show it. Download the trace as JSON and send that file instead.',
  'capture.share.export': 'Download trace (JSON)',
  'capture.share.close': 'Close',
  'capture.embed.note':
    'The view on screen comes from “{{name}}”, which stays on this computer: an embed can show only scenarios. The options start from the scenario this view had before.',
} as const;
