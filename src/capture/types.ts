// Real traffic: the shapes shared by the capture readers (pcap/pcapng → TCP packets), the TCP
// analysis (packets → conversations with Wireshark-style marks and inferred RFC 9293 states), the
// views that show a conversation, and `wirewalk analyze`. Plain, JSON-serializable data (except
// the payload bytes of a packet), so results cross the Web Worker boundary by structured clone.
import type { Endpoint, TcpState } from '../engine/trace';

/** An IP address as text (IPv4 dotted quad; IPv6 in RFC 5952 form) and a TCP port. */
export interface Address {
  ip: string;
  port: number;
}

/** The link types the readers decode (pcap LINKTYPE_* values in comments). */
export type LinkType =
  | 'ethernet' // 1
  | 'null' // 0, BSD loopback: 4-byte address family in the writer's byte order
  | 'loop' // 108, OpenBSD loopback: address family in network byte order
  | 'raw' // 101 (and 12/14 on some systems): an IPv4 or IPv6 packet, no link header
  | 'ipv4' // 228
  | 'ipv6' // 229
  | 'linux-sll' // 113, Linux "cooked" capture v1
  | 'linux-sll2'; // 276, Linux "cooked" capture v2

/** TCP header flags, all eight, in the canonical (sorted) order used in results. */
export const CAPTURE_TCP_FLAGS = ['ACK', 'CWR', 'ECE', 'FIN', 'PSH', 'RST', 'SYN', 'URG'] as const;
export type CaptureTcpFlag = (typeof CAPTURE_TCP_FLAGS)[number];

/** The TCP options Wirewalk reads (RFC 9293 MSS, RFC 7323 window scale and timestamps, RFC 2018
 * SACK). Absent fields were not in the header. */
export interface TcpOptions {
  mss?: number;
  /** The shift count as sent (RFC 7323 §2.3 caps its use at 14). */
  wscale?: number;
  sackPermitted?: boolean;
  /** SACK blocks as [left, right) absolute sequence numbers. */
  sack?: [number, number][];
  timestamp?: { value: number; echo: number };
}

/** One TCP segment as captured, after the link and IP layers are decoded. */
export interface TcpPacket {
  /** The frame's number in the file, from 1 (as Wireshark numbers frames). */
  frame: number;
  /** Capture time in ms since the file's first frame (any protocol). */
  t: number;
  ipVersion: 4 | 6;
  src: Address;
  dst: Address;
  /** Sorted. */
  flags: CaptureTcpFlag[];
  /** Absolute, uint32. */
  seq: number;
  /** Absolute, uint32 (meaningful with ACK). */
  ack: number;
  /** The raw 16-bit window field (not scaled). */
  window: number;
  options: TcpOptions;
  /** TCP payload length from the IP header's lengths (not from the captured bytes). */
  len: number;
  /** The payload bytes the capture holds (shorter than `len` when the snap length cut them). */
  payload: Uint8Array;
  /** Bytes of the frame on the wire (the capture's original length); for a segment put back
   * together from IP fragments, of all its fragments' frames. */
  frameLen: number;
}

/** What a reader makes of a file: its TCP packets, and what else it saw. */
export interface CaptureFile {
  format: 'pcap' | 'pcapng';
  /** The link types of the file's interfaces, in order of first use. */
  linkTypes: LinkType[];
  /** Frames in the file, of every protocol. */
  frames: number;
  /** The file's size in bytes. */
  bytes: number;
  /** ms from the first frame to the last. */
  durationMs: number;
  tcp: TcpPacket[];
  /** Frames counted but not analysed, by protocol: 'UDP', 'ICMP', 'ICMPv6', 'ARP', 'IPv4 other',
   * 'IPv6 other', 'other link'. An IP fragment counts as 'IPv4 other' / 'IPv6 other' unless it
   * completes its packet (which then counts as its protocol, or is read as TCP). */
  otherProtocols: Record<string, number>;
  /** Frames or blocks that could not be read, each said once with a count (e.g. "frame 12: IPv4
   * header truncated"). The rest of the file is still read. */
  warnings: string[];
}

/** Wireshark's TCP analysis flags that Wirewalk reproduces (tcp.analysis.*). */
export type AnalysisMark =
  | 'retransmission'
  | 'fast-retransmission'
  | 'dup-ack'
  | 'zero-window'
  | 'window-update'
  | 'out-of-order'
  | 'lost-segment'
  | 'keep-alive';

/** TLS handshake message types by their RFC names (RFC 8446 §4, RFC 5246 §7.4). */
export type TlsHandshakeType =
  | 'hello_request'
  | 'client_hello'
  | 'server_hello'
  | 'new_session_ticket'
  | 'end_of_early_data'
  | 'encrypted_extensions'
  | 'certificate'
  | 'server_key_exchange'
  | 'certificate_request'
  | 'server_hello_done'
  | 'certificate_verify'
  | 'client_key_exchange'
  | 'finished'
  | 'key_update'
  | 'message_hash';

/** One TLS handshake message seen in clear. */
export interface TlsHandshake {
  type: TlsHandshakeType;
  /** ClientHello: server_name (RFC 6066). */
  sni?: string;
  /** ClientHello: offered protocols; ServerHello (TLS 1.2) / EncryptedExtensions: the chosen one. */
  alpn?: string[];
  /** ClientHello: offered suites by IANA name (e.g. "TLS_AES_128_GCM_SHA256"), else "0x1301". */
  cipherSuites?: string[];
  /** ServerHello: the chosen suite. */
  cipherSuite?: string;
  /** ClientHello supported_versions, or the ServerHello's selected version (e.g. "TLS 1.3"). */
  versions?: string[];
  /** Certificate (TLS 1.2, in clear): how many certificates the chain has. */
  certificates?: number;
}

/** One TLS record that starts in this segment. */
export interface TlsRecord {
  contentType: 'change_cipher_spec' | 'alert' | 'handshake' | 'application_data' | 'heartbeat';
  /** The record layer's version field, e.g. "TLS 1.2" (TLS 1.3 records say 1.2: RFC 8446 §5.1). */
  version: string;
  length: number;
  /** True when the content is encrypted (application data, and everything after
   * ChangeCipherSpec in TLS 1.2 or after ServerHello in TLS 1.3). */
  encrypted: boolean;
  /** The handshake messages read in clear (none when encrypted). */
  handshakes?: TlsHandshake[];
}

/** An HTTP/1.x request or status line that starts this segment's payload. */
export interface HttpLine {
  kind: 'request' | 'response';
  /** The line as sent, without CRLF (at most 200 characters, cut with "…"). */
  line: string;
  method?: string;
  target?: string;
  version: string;
  status?: number;
  reason?: string;
}

/** A segment of a conversation, with numbers as Wireshark shows them. */
export interface ConversationSegment {
  frame: number;
  /** ms since the file's first frame. */
  t: number;
  from: Endpoint;
  flags: CaptureTcpFlag[];
  /** Relative to the sender's ISN = 0: the SYN's seq; without a SYN, as Wireshark, the first seq
   * seen from that side − 1 (or the other side's first ack − 1), so data starts at 1. */
  seq: number;
  /** Relative to the receiver's ISN; 0 without ACK. */
  ack: number;
  len: number;
  /** The window in bytes: the field scaled by the sender's shift when both SYNs carried the
   * option (RFC 7323 §2.2), never on a SYN. Unscaled when the handshake was not seen. */
  win: number;
  analysis: AnalysisMark[];
  /** With 'dup-ack': which duplicate this is (#1, #2, …) and the frame of the ACK it repeats. */
  dupAck?: { n: number; of: number };
  /** With a retransmission mark: the frame that first carried these bytes. */
  retransmits?: number;
  /** Options as sent, when the header had any. */
  options?: TcpOptions;
  tls?: TlsRecord[];
  http?: HttpLine;
}

/** An inferred state change of one endpoint (RFC 9293 §3.3.2), at a segment it sent or got. */
export interface ConversationStateChange {
  t: number;
  frame: number;
  endpoint: Endpoint;
  from: TcpState;
  to: TcpState;
}

/** Counts of the analysis marks in a conversation. */
export interface ConversationCounts {
  retransmissions: number;
  fastRetransmissions: number;
  dupAcks: number;
  zeroWindows: number;
  windowUpdates: number;
  outOfOrder: number;
  lostSegments: number;
  keepAlives: number;
}

/** One TCP connection (a 4-tuple; a new SYN after a close starts a new one). */
export interface Conversation {
  /** `conv-<n>` in order of first frame, from 1. */
  id: string;
  ipVersion: 4 | 6;
  /** The side that sent the first SYN (without ACK); else the receiver of the first SYN,ACK; else
   * the first sender. */
  client: Address;
  server: Address;
  /** True when no SYN was seen: the client is only the first sender, and both start ESTABLISHED. */
  midConnection: boolean;
  packets: number;
  /** Bytes on the wire (frame lengths). */
  bytes: number;
  /** Payload bytes each side sent (retransmissions included). */
  payloadBytes: Record<Endpoint, number>;
  startMs: number;
  durationMs: number;
  /** The flags of the conversation's first segment. */
  firstFlags: CaptureTcpFlag[];
  /** The absolute sequence numbers that count as 0 for each side. */
  isn: Record<Endpoint, number>;
  /** Window scale shift per side, when both SYNs carried the option; else null. */
  wscale: Record<Endpoint, number | null>;
  /** Handshake RTT seen at the capture point (SYN → ACK of the SYN,ACK), when seen. */
  handshakeRttMs: number | null;
  segments: ConversationSegment[];
  stateChanges: ConversationStateChange[];
  /** Each endpoint's state before its first segment (CLOSED/LISTEN, or ESTABLISHED mid-stream). */
  initialStates: Record<Endpoint, TcpState>;
  finalStates: Record<Endpoint, TcpState>;
  counts: ConversationCounts;
}

/** Everything `wirewalk analyze` prints for a capture (and the page shows). */
export interface CaptureAnalysis {
  kind: 'capture';
  /** The file as read; `compressedBytes` is its size as opened when it was gzip-compressed
   * (`bytes` is then the size decompressed). */
  file: Omit<CaptureFile, 'tcp'> & { compressedBytes?: number };
  conversations: Conversation[];
}
