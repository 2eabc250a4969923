// The TCP narration's English messages (the TCP view, and the lab's "segments" model), and the
// TCP view's texts for a captured conversation.
import { narrationEn } from '../narration.en';
import { captureEn } from '../capture.en';

/** English messages of the TCP narration and of captured conversations. */
export const tcpEn = { ...narrationEn, ...captureEn };
