// English strings of opening a capture or HAR file before the capture code is
// loaded: the app chrome's catalog (tools). The rest is in captureUi.en.ts, loaded with the file.
/** What opening a file needs before the capture code is loaded (the Export menu's item, the file
 * input, the drop hint, an unsupported file): the app chrome's catalog. */
export const captureOpenEn = {
  'capture.openItem': 'Open capture or HAR…',
  'capture.openInput': 'Capture or HAR file (.pcap, .pcapng, .har, or any of them as .gz)',
  'capture.drop':
    '… or a capture (.pcap, .pcapng) or HAR file (.har), also gzip-compressed (.gz): it is read in this browser, never uploaded',
  'capture.unsupported':
    '“{{name}}” is not a file Wirewalk opens: a scenario or trace (.json), a capture (.pcap, .pcapng) or a HAR file (.har), the last two also gzip-compressed (.gz).',
} as const;
