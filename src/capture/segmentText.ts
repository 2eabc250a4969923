// Protocol notation of captured segments, as Wireshark writes it and in no language: flags
// ("SYN, ACK", "SYN, ECE, CWR"), the options of a SYN ("MSS=1460 SACK_PERM TSval=… WS=128"), SACK
// blocks, TLS record and handshake names ("Client Hello", "Application Data") and the HTTP line.
// Shared by the sequence diagram's labels, the narration and the segment inspector.
import type { TraceCapture } from '../engine/trace';
import type {
  CaptureTcpFlag,
  ConversationSegment,
  HttpLine,
  TcpOptions,
  TlsHandshakeType,
  TlsRecord,
} from './types';

/** Display order: control flags first, ACK, then the rarer bits ("SYN, ACK", "SYN, ECE, CWR"). */
export const CAPTURE_FLAG_ORDER: readonly CaptureTcpFlag[] = [
  'SYN',
  'FIN',
  'RST',
  'PSH',
  'ACK',
  'URG',
  'ECE',
  'CWR',
];

/** The header bits of each flag (RFC 9293 §3.1, RFC 3168 for ECE and CWR). */
const FLAG_BITS: Record<CaptureTcpFlag, number> = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
};

/** Flags in display order, e.g. "SYN, ACK". */
export function captureFlagsText(flags: readonly CaptureTcpFlag[]): string {
  return CAPTURE_FLAG_ORDER.filter((f) => flags.includes(f)).join(', ');
}

/** Flags as Wireshark's header line writes them: "0x012 (SYN, ACK)". */
export function captureFlagsHex(flags: readonly CaptureTcpFlag[]): string {
  const bits = flags.reduce((n, f) => n | FLAG_BITS[f], 0);
  const text = captureFlagsText(flags);
  return `0x${bits.toString(16).padStart(3, '0')}${text ? ` (${text})` : ''}`;
}

/** `(value − base) mod 2^32`. */
const rel = (value: number, base: number): number => (value - base) >>> 0;

/** A SYN's options in Wireshark's Info order: "MSS=1460 SACK_PERM TSval=11 TSecr=0 WS=128". */
export function synOptionsText(o: TcpOptions | undefined): string {
  if (!o) return '';
  const parts: string[] = [];
  if (o.mss !== undefined) parts.push(`MSS=${o.mss}`);
  if (o.sackPermitted) parts.push('SACK_PERM');
  if (o.timestamp) parts.push(`TSval=${o.timestamp.value} TSecr=${o.timestamp.echo}`);
  if (o.wscale !== undefined) parts.push(`WS=${2 ** Math.min(14, o.wscale)}`);
  return parts.join(' ');
}

/** SACK blocks relative to `base` (the receiver-of-data's ISN): "SLE=2897 SRE=4345". */
export function sackText(o: TcpOptions | undefined, base: number | null): string {
  if (!o?.sack?.length) return '';
  return o.sack
    .map(
      ([l, r]) => `SLE=${base === null ? l : rel(l, base)} SRE=${base === null ? r : rel(r, base)}`,
    )
    .join(' ');
}

/** Wireshark's names of TLS handshake messages. */
export const TLS_HANDSHAKE_NAMES: Record<TlsHandshakeType, string> = {
  hello_request: 'Hello Request',
  client_hello: 'Client Hello',
  server_hello: 'Server Hello',
  new_session_ticket: 'New Session Ticket',
  end_of_early_data: 'End of Early Data',
  encrypted_extensions: 'Encrypted Extensions',
  certificate: 'Certificate',
  server_key_exchange: 'Server Key Exchange',
  certificate_request: 'Certificate Request',
  server_hello_done: 'Server Hello Done',
  certificate_verify: 'Certificate Verify',
  client_key_exchange: 'Client Key Exchange',
  finished: 'Finished',
  key_update: 'Key Update',
  message_hash: 'Message Hash',
};

/** Wireshark's names of TLS record content types. */
export const TLS_CONTENT_NAMES: Record<TlsRecord['contentType'], string> = {
  change_cipher_spec: 'Change Cipher Spec',
  alert: 'Alert',
  handshake: 'Handshake',
  application_data: 'Application Data',
  heartbeat: 'Heartbeat',
};

/** What one record shows as in Wireshark's Info column ("Encrypted Handshake Message" …). */
export function tlsRecordName(r: TlsRecord): string {
  if (r.encrypted && r.contentType === 'handshake') return 'Encrypted Handshake Message';
  if (r.encrypted && r.contentType === 'alert') return 'Encrypted Alert';
  return TLS_CONTENT_NAMES[r.contentType];
}

/** A segment's TLS records as Wireshark's Info column: "Client Hello (SNI=example.org)". */
export function tlsText(records: readonly TlsRecord[] | undefined): string {
  if (!records?.length) return '';
  const parts: string[] = [];
  for (const r of records) {
    const hs = !r.encrypted && r.handshakes?.length ? r.handshakes : null;
    if (!hs) {
      parts.push(tlsRecordName(r));
      continue;
    }
    for (const h of hs) {
      const name = TLS_HANDSHAKE_NAMES[h.type];
      parts.push(h.type === 'client_hello' && h.sni ? `${name} (SNI=${h.sni})` : name);
    }
  }
  // Consecutive equal names once ("Application Data, Application Data" → "Application Data").
  return parts.filter((p, i) => p !== parts[i - 1]).join(', ');
}

/** The HTTP line, cut to `max` characters with "…". */
export function httpText(http: HttpLine | undefined, max = 64): string {
  if (!http) return '';
  return http.line.length > max ? `${http.line.slice(0, max - 1)}…` : http.line;
}

/**
 * The multiplier a segment's window field was scaled by (2^shift), or why there is none: 'syn' (a
 * SYN's window is never scaled, RFC 7323 §2.2), 'none' (the SYNs did not both carry the option),
 * 'unknown' (the handshake was not captured).
 */
export type WindowScale = number | 'syn' | 'none' | 'unknown';

/** The window field as sent (`raw`) and its scale, from the scaled `win` of the analysis. */
export function windowOf(
  capture: Pick<TraceCapture, 'wscale' | 'midConnection'>,
  s: Pick<ConversationSegment, 'flags' | 'from' | 'win'>,
): { raw: number; scale: WindowScale } {
  if (s.flags.includes('SYN')) return { raw: s.win, scale: 'syn' };
  const shift = capture.wscale[s.from];
  if (shift === null) return { raw: s.win, scale: capture.midConnection ? 'unknown' : 'none' };
  const factor = 2 ** shift;
  return { raw: Math.round(s.win / factor), scale: factor };
}
