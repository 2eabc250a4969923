// The TCP narration's English messages (the TCP view, and the lab's "segments" model), and the
// TCP view's texts for a captured conversation.
import { narrationEn } from '../narration.en';

/** English messages of the TCP narration. */
export const tcpEn = { ...narrationEn };
