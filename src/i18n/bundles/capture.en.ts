// Real traffic's English messages: the progress bar and the conversations list (captureUi.en.ts), a
// captured conversation in the TCP view (capture.en.ts) and in
// the congestion view (flight.en.ts), a HAR file in the URL journey (har.en.ts). Loaded with the
// first capture or HAR file opened (the conversations dialog's own messages are in tools.*).
import { captureEn as tcpCaptureEn } from '../capture.en';
import { flightEn } from '../flight.en';
import { harEn } from '../har.en';
import { captureUiEn } from '../captureUi.en';

/** English messages of real traffic in the views. */
export const captureEn = { ...captureUiEn, ...tcpCaptureEn, ...flightEn, ...harEn };
