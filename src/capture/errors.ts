// The one error the capture readers throw: a file of which nothing usable can be read (not a
// capture, empty, cut or damaged before its first packet). Problems after good packets are not
// errors but `CaptureFile.warnings`, and the packets before them are kept.

/** Why a file could not be read at all. */
export type CaptureErrorCode =
  /** Zero bytes. */
  | 'empty'
  /** The first bytes are no pcap or pcapng magic number. */
  | 'not-a-capture'
  /** The file ends inside its header or its first packet. */
  | 'truncated'
  /** A header or the first record is impossible (e.g. a length that cannot be right). */
  | 'damaged'
  /** A well-formed file in a version the readers do not know. */
  | 'unsupported'
  /** A bug in the readers, caught so that it reaches the user as a message. */
  | 'internal';

/** Thrown by `readCapture` when nothing usable can be read; `message` is plain English for the
 * user, e.g. "Not a pcap or pcapng file (it starts with 3c 21 44 4f)." */
export class CaptureError extends Error {
  readonly code: CaptureErrorCode;

  constructor(code: CaptureErrorCode, message: string) {
    super(message);
    this.name = 'CaptureError';
    this.code = code;
  }
}
