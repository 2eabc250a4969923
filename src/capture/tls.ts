// TLS records and the handshake messages that travel in clear (RFC 8446 TLS 1.3, RFC 5246
// TLS 1.2), read from one direction of a TCP conversation.
//
// The direction's byte stream is put back in sequence order: bytes already seen (retransmissions)
// are skipped, segments that arrive ahead of a gap wait (a bounded number) until it is filled.
// Records (RFC 8446 §5.1: type, legacy version, 16-bit length) are cut from the stream; each is
// attached to the segment whose payload holds its first byte. Handshake messages (§4: type, 24-bit
// length) are reassembled across records and attached to the record where they start.
//
// Bytes the capture did not keep (snap length) are a hole in the stream: a record body may run
// over a hole (application data is skipped anyway; a cut handshake message is read as far as it
// goes), but a record header in a hole ends the direction's parsing, as does anything that is not
// a TLS record header. Nothing is ever read beyond the captured bytes.
//
// Encryption (what can be read in clear): application_data always is encrypted; in TLS 1.2
// everything a side sends after its ChangeCipherSpec (RFC 5246 §7.1); in TLS 1.3 everything after
// the ServerHello but the middlebox-compatibility ChangeCipherSpec (RFC 8446 §5, §D.4).
import type { ConversationSegment, TlsHandshake, TlsHandshakeType, TlsRecord } from './types';
import { cipherSuiteName, tlsVersionName } from './tlsNames';

const CONTENT_TYPES: Record<number, TlsRecord['contentType']> = {
  20: 'change_cipher_spec',
  21: 'alert',
  22: 'handshake',
  23: 'application_data',
  24: 'heartbeat',
};

const HANDSHAKE_TYPES: Record<number, TlsHandshakeType> = {
  0: 'hello_request',
  1: 'client_hello',
  2: 'server_hello',
  4: 'new_session_ticket',
  5: 'end_of_early_data',
  8: 'encrypted_extensions',
  11: 'certificate',
  12: 'server_key_exchange',
  13: 'certificate_request',
  14: 'server_hello_done',
  15: 'certificate_verify',
  16: 'client_key_exchange',
  20: 'finished',
  24: 'key_update',
  254: 'message_hash',
};

/** RFC 5246 §6.2.3: a record's length is at most 2^14 + 2048. */
const MAX_RECORD = 16384 + 2048;
/** Handshake messages larger than this are not reassembled (certificate chains are far smaller). */
const MAX_HANDSHAKE = 1 << 18;
/** Segments waiting ahead of a gap; past either bound the direction gives up. */
const MAX_PENDING = 512;
const MAX_PENDING_BYTES = 4 << 20;

const NO_BYTES = new Uint8Array(0);

/** RFC 8446 §4.1.3: the ServerHello.random of a HelloRetryRequest. */
const HRR_RANDOM = [
  0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
  0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
];

/** What both directions of a conversation share: the negotiated version. */
export interface TlsSession {
  /** A ServerHello selected TLS 1.3 (not a HelloRetryRequest): all but CCS is now encrypted. */
  tls13: boolean;
  /** The version the ServerHello (or HelloRetryRequest) selected, if one was seen. */
  selected: 'none' | 'tls12' | 'tls13';
  /** The ClientHello offered TLS 1.3 (supported_versions). */
  offered13: boolean;
}

/** A fresh session for a conversation. */
export const newTlsSession = (): TlsSession => ({
  tls13: false,
  selected: 'none',
  offered13: false,
});

/** A bounds-checked reader: reads past the end give −1 / a short slice and set `short`. */
class Reader {
  pos = 0;
  short = false;
  constructor(private readonly b: Uint8Array) {}
  get left(): number {
    return this.b.length - this.pos;
  }
  uint(n: number): number {
    if (this.left < n) {
      this.short = true;
      this.pos = this.b.length;
      return -1;
    }
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.b[this.pos + i]!;
    this.pos += n;
    return v;
  }
  skip(n: number): void {
    if (this.left < n) this.short = true;
    this.pos = Math.min(this.b.length, this.pos + n);
  }
  /** A vector with an n-byte length prefix (RFC 8446 §3.4), clamped to what is there. */
  vec(n: number): Uint8Array {
    const len = this.uint(n);
    if (len < 0) return new Uint8Array(0);
    const end = Math.min(this.b.length, this.pos + len);
    if (end < this.pos + len) this.short = true;
    const out = this.b.subarray(this.pos, end);
    this.pos = end;
    return out;
  }
}

/** Bytes as text, one char per byte (never throws), at most `max` chars. */
function text(b: Uint8Array, max = 255): string {
  let s = '';
  const n = Math.min(b.length, max);
  for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** Whether a ServerHello body is a HelloRetryRequest (RFC 8446 §4.1.3). */
export function isHelloRetryRequest(body: Uint8Array): boolean {
  if (body.length < 34) return false;
  for (let i = 0; i < 32; i++) if (body[2 + i] !== HRR_RANDOM[i]) return false;
  return true;
}

/** Reads the hello extensions this view shows: server_name (RFC 6066 §3), ALPN (RFC 7301 §3.1),
 * supported_versions (RFC 8446 §4.2.1). */
function readExtensions(r: Reader, hs: TlsHandshake, isClient: boolean): void {
  const exts = new Reader(r.vec(2));
  while (exts.left >= 4 && !exts.short) {
    const type = exts.uint(2);
    const data = new Reader(exts.vec(2));
    if (type === 0 && isClient) {
      const list = new Reader(data.vec(2));
      while (list.left >= 3 && hs.sni === undefined) {
        const nameType = list.uint(1);
        const name = list.vec(2);
        if (nameType === 0) hs.sni = text(name);
      }
    } else if (type === 16) {
      const list = new Reader(data.vec(2));
      const alpn: string[] = [];
      while (list.left >= 1) {
        const p = list.vec(1);
        if (!list.short) alpn.push(text(p));
      }
      hs.alpn = alpn;
    } else if (type === 43) {
      if (isClient) {
        const list = new Reader(data.vec(1));
        const versions: string[] = [];
        while (list.left >= 2) versions.push(tlsVersionName(list.uint(2)));
        hs.versions = versions;
      } else {
        const v = data.uint(2);
        if (v >= 0) hs.versions = [tlsVersionName(v)];
      }
    }
  }
}

/** Reads one handshake message body (possibly cut short by the capture) into what this view shows.
 * `tls13`: the session is TLS 1.3 (Certificate has a request context and per-entry extensions). */
export function parseHandshake(
  type: number,
  body: Uint8Array,
  tls13 = false,
): TlsHandshake | undefined {
  const name = HANDSHAKE_TYPES[type];
  if (name === undefined) return undefined;
  const hs: TlsHandshake = { type: name };
  const r = new Reader(body);
  if (name === 'client_hello') {
    const legacy = r.uint(2);
    r.skip(32); // random
    r.vec(1); // legacy_session_id
    const suites = new Reader(r.vec(2));
    const names: string[] = [];
    while (suites.left >= 2) names.push(cipherSuiteName(suites.uint(2)));
    if (legacy >= 0 && (!r.short || names.length > 0)) hs.cipherSuites = names;
    r.vec(1); // legacy_compression_methods
    if (!r.short && r.left >= 2) readExtensions(r, hs, true);
    if (hs.versions === undefined && legacy >= 0) hs.versions = [tlsVersionName(legacy)];
  } else if (name === 'server_hello') {
    const legacy = r.uint(2);
    r.skip(32);
    r.vec(1);
    const suite = r.uint(2);
    if (suite >= 0) hs.cipherSuite = cipherSuiteName(suite);
    r.skip(1); // legacy_compression_method
    if (!r.short && r.left >= 2) readExtensions(r, hs, false);
    if (hs.versions === undefined && legacy >= 0) hs.versions = [tlsVersionName(legacy)];
  } else if (name === 'encrypted_extensions') {
    readExtensions(r, hs, false);
  } else if (name === 'certificate') {
    if (tls13) r.vec(1); // certificate_request_context
    const list = new Reader(r.vec(3));
    let n = 0;
    while (list.left >= 3) {
      list.vec(3);
      n++;
      if (tls13) list.vec(2);
    }
    if (!r.short || n > 0) hs.certificates = n;
  }
  return hs;
}

/** One direction of a TLS conversation, fed segment by segment in capture order. */
export class TlsStream {
  private mode: 'detect' | 'tls' | 'off' = 'detect';
  private pos: number | null;
  private readonly pending: {
    seg: ConversationSegment;
    u: number;
    payload: Uint8Array;
    len: number;
  }[] = [];
  private pendingBytes = 0;
  // Record layer.
  private readonly hdr = [0, 0, 0, 0, 0];
  private hdrLen = 0;
  private hdrSeg: ConversationSegment | null = null;
  private record: TlsRecord | null = null;
  private recType = 0;
  private remaining = 0;
  private body: Uint8Array | null = null;
  private bodyLen = 0;
  private truncated = false;
  private afterCcs = false;
  // Handshake layer.
  private hs: Uint8Array | null = NO_BYTES;
  private hsLen = 0;
  private hsPos = 0;
  private owners: { at: number; record: TlsRecord }[] = [];

  /**
   * @param session shared with the other direction
   * @param start the unwrapped sequence number of the stream's first byte when the SYN was seen
   * (the first record must then be a handshake); undefined: the stream starts at the first payload
   * seen, which may be any record type.
   */
  constructor(
    private readonly session: TlsSession,
    private readonly start?: number,
  ) {
    this.pos = start ?? null;
  }

  /** Whether the direction is (still possibly) TLS. */
  get active(): boolean {
    return this.mode !== 'off';
  }

  /** Feeds a segment whose payload starts at unwrapped sequence number `u`; `len` bytes were sent,
   * `payload` holds the captured ones. */
  push(seg: ConversationSegment, u: number, payload: Uint8Array, len: number): void {
    if (this.mode === 'off' || len <= 0) return;
    if (this.pos === null) this.pos = u;
    if (u + len <= this.pos) return;
    if (u > this.pos) {
      this.pending.push({ seg, u, payload, len });
      this.pendingBytes += Math.min(len, payload.length);
      if (this.pending.length > MAX_PENDING || this.pendingBytes > MAX_PENDING_BYTES) this.off();
      return;
    }
    this.feed(seg, payload, len, this.pos - u);
    this.drain();
  }

  private drain(): void {
    while (this.mode !== 'off' && this.pending.length > 0 && this.pos !== null) {
      let best = -1;
      for (let i = 0; i < this.pending.length; i++) {
        const p = this.pending[i]!;
        if (
          p.u <= this.pos &&
          (best < 0 || p.u + p.len > this.pending[best]!.u + this.pending[best]!.len)
        ) {
          best = i;
        }
      }
      if (best < 0) return;
      const p = this.pending.splice(best, 1)[0]!;
      this.pendingBytes -= Math.min(p.len, p.payload.length);
      if (p.u + p.len > this.pos) this.feed(p.seg, p.payload, p.len, this.pos - p.u);
    }
  }

  private off(): void {
    this.mode = 'off';
    this.pending.length = 0;
    this.pendingBytes = 0;
    this.body = null;
    this.hs = null;
  }

  /** Consumes payload bytes [skip, len) (those at or past `payload.length` are a hole). */
  private feed(seg: ConversationSegment, payload: Uint8Array, len: number, skip: number): void {
    this.pos = (this.pos ?? 0) + (len - skip);
    let i = skip;
    while (i < len && this.mode !== 'off') {
      if (this.record === null) {
        if (i >= payload.length) return this.off(); // a record header in a hole
        if (this.hdrLen === 0) this.hdrSeg = seg;
        this.hdr[this.hdrLen++] = payload[i++]!;
        if (this.hdrLen === 5) this.startRecord();
        continue;
      }
      const n = Math.min(this.remaining, len - i);
      const captured = Math.max(0, Math.min(n, payload.length - i));
      if (this.body !== null && !this.truncated) {
        this.body.set(payload.subarray(i, i + captured), this.bodyLen);
        this.bodyLen += captured;
      }
      if (captured < n) this.truncated = true;
      i += n;
      this.remaining -= n;
      if (this.remaining === 0) this.finishRecord();
    }
  }

  private startRecord(): void {
    const h = this.hdr;
    const type = h[0]!;
    const length = (h[3]! << 8) | h[4]!;
    this.hdrLen = 0;
    const looksTls = type >= 20 && type <= 24 && h[1] === 3 && h[2]! <= 4 && length <= MAX_RECORD;
    const firstOk = this.start !== undefined ? type === 22 : type >= 20 && type <= 23;
    if (!looksTls || (this.mode === 'detect' && !firstOk)) return this.off();
    this.mode = 'tls';
    const encrypted = type === 23 || this.afterCcs || (this.session.tls13 && type !== 20);
    const record: TlsRecord = {
      contentType: CONTENT_TYPES[type]!,
      version: tlsVersionName((h[1]! << 8) | h[2]!),
      length,
      encrypted,
    };
    const seg = this.hdrSeg!;
    (seg.tls ??= []).push(record);
    this.record = record;
    this.recType = type;
    this.remaining = length;
    this.truncated = false;
    this.bodyLen = 0;
    this.body = !encrypted && type === 22 && this.hs !== null ? new Uint8Array(length) : null;
    if (length === 0) this.finishRecord();
  }

  private finishRecord(): void {
    const record = this.record!;
    if (this.body !== null) this.handshakeBytes(record, this.body.subarray(0, this.bodyLen));
    // RFC 5246 §7.1: after its ChangeCipherSpec a TLS 1.2 side encrypts. In TLS 1.3 the CCS is
    // only for middlebox compatibility (RFC 8446 §D.4), also around a HelloRetryRequest.
    const { selected, offered13 } = this.session;
    if (this.recType === 20 && (selected === 'tls12' || (selected === 'none' && !offered13))) {
      this.afterCcs = true;
    }
    this.record = null;
    this.body = null;
  }

  /** Appends a clear handshake record's body and reads the messages now complete. */
  private handshakeBytes(record: TlsRecord, bytes: Uint8Array): void {
    if (this.hs === null) return;
    if (this.hsLen + bytes.length > this.hs.length) {
      const live = this.hsLen - this.hsPos;
      const grown = new Uint8Array(Math.max(this.hs.length * 2, live + bytes.length, 1024));
      grown.set(this.hs.subarray(this.hsPos, this.hsLen));
      this.owners = this.owners.map((o) => ({ at: o.at - this.hsPos, record: o.record }));
      this.hs = grown;
      this.hsLen = live;
      this.hsPos = 0;
    }
    this.owners.push({ at: this.hsLen, record });
    this.hs.set(bytes, this.hsLen);
    this.hsLen += bytes.length;
    const buf = this.hs;
    while (this.hsLen - this.hsPos >= 4) {
      const at = this.hsPos;
      const mlen = (buf[at + 1]! << 16) | (buf[at + 2]! << 8) | buf[at + 3]!;
      if (mlen > MAX_HANDSHAKE) return void (this.hs = null);
      const complete = this.hsLen - at - 4 >= mlen;
      if (!complete && !this.truncated) break;
      const body = buf.subarray(at + 4, Math.min(this.hsLen, at + 4 + mlen));
      this.message(at, buf[at]!, body);
      if (!complete) return void (this.hs = null); // cut by the capture: read as far as it goes
      this.hsPos = at + 4 + mlen;
    }
    if (this.truncated)
      this.hs = null; // alignment after a hole is unknown
    else if (this.hsPos === this.hsLen) {
      this.hsPos = this.hsLen = 0;
      this.owners = [];
    }
  }

  private message(at: number, type: number, body: Uint8Array): void {
    const hs = parseHandshake(type, body, this.session.tls13);
    if (hs === undefined) return;
    let owner = this.owners[0]!.record;
    for (const o of this.owners) if (o.at <= at) owner = o.record;
    (owner.handshakes ??= []).push(hs);
    if (hs.type === 'client_hello' && hs.versions?.includes('TLS 1.3'))
      this.session.offered13 = true;
    if (hs.type === 'server_hello') {
      const is13 = hs.versions?.[0] === 'TLS 1.3';
      this.session.selected = is13 ? 'tls13' : 'tls12';
      if (is13 && !isHelloRetryRequest(body)) this.session.tls13 = true;
    }
  }
}

/** Parses TLS records from one payload, as the first bytes of a stream (for tests and fuzzing). */
export function parseTlsPayload(payload: Uint8Array, len = payload.length): TlsRecord[] {
  const seg = { tls: undefined } as unknown as ConversationSegment;
  new TlsStream(newTlsSession(), 0).push(seg, 0, payload, len);
  return seg.tls ?? [];
}
