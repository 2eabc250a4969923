// Test helper: the shape of a fixture's `<name>.tshark.json`, tshark's reading of each frame as
// scripts/captures/tshark-reading.mjs writes it (default preferences: relative sequence numbers,
// sequence analysis on). The readers' and the analysis's fixture tests compare with it.

/** One frame as tshark reads it. */
export interface TsharkFrame {
  frame: number;
  t_ms: number;
  src: string;
  dst: string;
  srcport: number;
  dstport: number;
  stream: number;
  flags: string;
  seq: number;
  ack: number;
  len: number;
  win: number;
  win_raw: number;
  analysis: string[];
  duplicate_ack_num?: number;
  duplicate_ack_frame?: number;
  tls_handshake_types?: number[];
  tls_sni?: string;
  tls_alpn?: string[];
  tls_record_content_types?: number[];
  http_request_line?: string;
  http_response_code?: number;
  http_response_line?: string;
}
