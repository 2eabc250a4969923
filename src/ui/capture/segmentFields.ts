// The segment inspector's content for one step of a captured conversation, as plain data: the TCP
// header as Wireshark's packet details show it (relative and raw numbers, the window with its
// scale factor), the options, the analysis marks in Wireshark's words with their display-filter
// fields, the TLS records and handshake messages read in clear, and the HTTP line. Pure.
import type { CapturedSegment, TcpTrace } from '../../engine/trace';
import type { AnalysisMark, TlsHandshake, TlsRecord } from '../../capture/types';
import {
  captureFlagsHex,
  TLS_HANDSHAKE_NAMES,
  tlsRecordName,
  windowOf,
} from '../../capture/segmentText';
import { addressText, captureTime, stepSegment } from '../../narration/capture';
import type { Translate } from '../../i18n/i18n';

/** One "label: value" line; `note` is a quieter addition, `mono` sets the value in monospace. */
export interface FieldRow {
  label: string;
  value: string;
  note?: string;
  mono?: boolean;
  /** A mark's row: how it is styled ('bad' marks like Wireshark's "Bad TCP" rule). */
  mark?: 'bad' | 'note';
}

/** A titled group of rows. */
export interface FieldBlock {
  id: string;
  title: string;
  rows: FieldRow[];
  note?: string;
}

/** What the inspector shows for a step. */
export interface SegmentModel {
  /** The segment id (keys the blocks, so per-message UI state resets). */
  id: string;
  title: string;
  route: string;
  time: string;
  blocks: FieldBlock[];
}

/** Wireshark's display-filter field of each mark (tcp.analysis.*). */
export const MARK_FIELDS: Record<AnalysisMark, string> = {
  retransmission: 'tcp.analysis.retransmission',
  'fast-retransmission': 'tcp.analysis.fast_retransmission',
  'dup-ack': 'tcp.analysis.duplicate_ack',
  'zero-window': 'tcp.analysis.zero_window',
  'window-update': 'tcp.analysis.window_update',
  'out-of-order': 'tcp.analysis.out_of_order',
  'lost-segment': 'tcp.analysis.lost_segment',
  'keep-alive': 'tcp.analysis.keep_alive',
};

const NOTE_MARKS: ReadonlySet<AnalysisMark> = new Set(['window-update', 'keep-alive']);

const u32 = (n: number): number => n >>> 0;

/** The inspector's model of `step` of a captured trace, or null (step 0, or not a capture). */
export function inspectCaptured(
  trace: TcpTrace,
  step: number,
  t: Translate,
  relative: boolean,
): SegmentModel | null {
  const at = stepSegment(trace, step);
  const capture = trace.capture;
  if (!at || !capture) return null;
  const { sent, info } = at;
  const seg = sent.segment;
  const endpointName = (e: 'client' | 'server') =>
    t(e === 'client' ? 'endpoint.client' : 'endpoint.server');
  const blocks: FieldBlock[] = [tcpBlock(trace, info, t, relative)];
  const options = optionsBlock(trace, info, t, relative);
  if (options) blocks.push(options);
  const analysis = analysisBlock(info, capture.holes[seg.id], t);
  if (analysis) blocks.push(analysis);
  if (info.tls?.length) blocks.push(...tlsBlocks(info.tls, t));
  if (info.http) blocks.push(httpBlock(info, t));
  return {
    id: seg.id,
    title: t('tcpcap.insp.title', {
      frame: info.frame,
      from: endpointName(seg.from),
      to: endpointName(seg.to),
    }),
    route: `${addressText(capture[seg.from])} → ${addressText(capture[seg.to])}`,
    time: t('tcpcap.insp.time', { time: captureTime(info.t, t) }),
    blocks,
  };
}

/** "1 (relative)" with "raw 3123456789" as a note, or the other way round in absolute mode. */
function numberRow(
  label: string,
  rel: number,
  raw: number,
  t: Translate,
  relative: boolean,
): FieldRow {
  const relText = t('tcpcap.v.relative', { value: rel });
  const rawText = t('tcpcap.v.raw', { value: raw });
  return relative
    ? { label, value: relText, note: rawText, mono: true }
    : { label, value: String(raw), note: relText, mono: true };
}

function tcpBlock(
  trace: TcpTrace,
  info: CapturedSegment,
  t: Translate,
  relative: boolean,
): FieldBlock {
  const capture = trace.capture!;
  const from = info.from;
  const to = from === 'client' ? 'server' : 'client';
  const has = (f: string) => (info.flags as string[]).includes(f);
  const rows: FieldRow[] = [
    { label: t('tcpcap.f.flags'), value: captureFlagsHex(info.flags), mono: true },
    numberRow(t('tcpcap.f.seq'), info.seq, u32(trace.iss[from] + info.seq), t, relative),
  ];
  const space = info.len + (has('SYN') ? 1 : 0) + (has('FIN') ? 1 : 0);
  if (space > 0) {
    const next = info.seq + space;
    rows.push(numberRow(t('tcpcap.f.nextSeq'), next, u32(trace.iss[from] + next), t, relative));
  }
  rows.push(
    has('ACK')
      ? numberRow(t('tcpcap.f.ack'), info.ack, u32(trace.iss[to] + info.ack), t, relative)
      : { label: t('tcpcap.f.ack'), value: t('tcpcap.v.noAck') },
  );
  rows.push({ label: t('tcpcap.f.len'), value: t('tcpcap.v.bytes', { n: info.len }) });
  const { raw, scale } = windowOf(capture, info);
  rows.push({
    label: t('tcpcap.f.window'),
    value:
      typeof scale === 'number'
        ? t('tcpcap.v.winScaled', { bytes: info.win, raw, factor: scale })
        : t('tcpcap.v.bytes', { n: info.win }),
    mono: true,
  });
  const shift = capture.wscale[from];
  rows.push({
    label: t('tcpcap.f.winScale'),
    value:
      typeof scale === 'number'
        ? t('tcpcap.v.scale', { factor: scale, shift: shift ?? Math.log2(scale) })
        : scale === 'syn'
          ? t('tcpcap.v.scaleSyn')
          : scale === 'none'
            ? t('tcpcap.v.scaleNone')
            : t('tcpcap.v.scaleUnknown'),
  });
  return { id: 'tcp', title: t('tcpcap.insp.tcp'), rows };
}

function optionsBlock(
  trace: TcpTrace,
  info: CapturedSegment,
  t: Translate,
  relative: boolean,
): FieldBlock | null {
  const o = info.options;
  if (!o) return null;
  const rows: FieldRow[] = [];
  if (o.mss !== undefined)
    rows.push({ label: t('tcpcap.f.mss'), value: t('tcpcap.v.bytes', { n: o.mss }) });
  if (o.wscale !== undefined) {
    rows.push({
      label: t('tcpcap.f.wscale'),
      value: t('tcpcap.v.wscale', { shift: o.wscale, factor: 2 ** Math.min(14, o.wscale) }),
    });
  }
  if (o.sackPermitted) rows.push({ label: t('tcpcap.f.sackPerm'), value: t('tcpcap.v.yes') });
  if (o.sack?.length) {
    // SACK blocks acknowledge the peer's bytes: relative to the peer's ISN.
    const base = trace.iss[info.from === 'client' ? 'server' : 'client'];
    rows.push({
      label: t('tcpcap.f.sack'),
      value: o.sack
        .map(([l, r]) => (relative ? `${u32(l - base)}–${u32(r - base)}` : `${l}–${r}`))
        .join(', '),
      mono: true,
    });
  }
  if (o.timestamp) {
    rows.push({
      label: t('tcpcap.f.ts'),
      value: `TSval=${o.timestamp.value} TSecr=${o.timestamp.echo}`,
      mono: true,
    });
  }
  return rows.length ? { id: 'options', title: t('tcpcap.insp.options'), rows } : null;
}

function analysisBlock(
  info: CapturedSegment,
  hole: number | undefined,
  t: Translate,
): FieldBlock | null {
  const rows: FieldRow[] = info.analysis.map((m) => ({
    label:
      m === 'dup-ack'
        ? `${t('tcpcap.mark.dup-ack')} #${info.dupAck?.n ?? 1}`
        : t(`tcpcap.mark.${m}`),
    value:
      m === 'dup-ack'
        ? t('tcpcap.expert.dup-ack', { n: info.dupAck?.n ?? 1, of: info.dupAck?.of ?? '?' })
        : t(`tcpcap.expert.${m}`),
    note: MARK_FIELDS[m],
    mark: NOTE_MARKS.has(m) ? 'note' : 'bad',
  }));
  if (info.retransmits !== undefined) {
    rows.push({
      label: t('tcpcap.f.retransmits'),
      value: t('tcpcap.v.frame', { frame: info.retransmits }),
    });
  }
  if (hole !== undefined) {
    rows.push({ label: t('tcpcap.f.hole'), value: t('tcpcap.v.bytes', { n: hole }) });
  }
  return rows.length ? { id: 'analysis', title: t('tcpcap.insp.analysis'), rows } : null;
}

function recordRow(r: TlsRecord, i: number, t: Translate): FieldRow {
  const value = t('tcpcap.tls.recordValue', {
    type: tlsRecordName(r),
    version: r.version,
    length: r.length,
  });
  return {
    label: t('tcpcap.tls.record', { n: i + 1 }),
    value,
    ...(r.encrypted ? { note: t('tcpcap.v.encrypted') } : {}),
  };
}

function handshakeBlock(h: TlsHandshake, id: string, t: Translate): FieldBlock {
  const rows: FieldRow[] = [];
  if (h.sni) rows.push({ label: t('tcpcap.tls.sni'), value: h.sni, mono: true });
  if (h.alpn?.length)
    rows.push({ label: t('tcpcap.tls.alpn'), value: h.alpn.join(', '), mono: true });
  if (h.versions?.length) {
    rows.push({
      label: t(h.type === 'client_hello' ? 'tcpcap.tls.versions' : 'tcpcap.tls.version'),
      value: h.versions.join(', '),
    });
  }
  if (h.cipherSuite) rows.push({ label: t('tcpcap.tls.suite'), value: h.cipherSuite, mono: true });
  if (h.cipherSuites?.length) {
    rows.push({
      label: t('tcpcap.tls.suites', { count: h.cipherSuites.length }),
      value: h.cipherSuites.join('\n'),
      mono: true,
    });
  }
  if (h.certificates !== undefined)
    rows.push({ label: t('tcpcap.tls.certificates'), value: String(h.certificates) });
  return { id, title: `TLS · ${TLS_HANDSHAKE_NAMES[h.type]}`, rows };
}

function tlsBlocks(records: readonly TlsRecord[], t: Translate): FieldBlock[] {
  const blocks: FieldBlock[] = [
    { id: 'tls', title: t('tcpcap.insp.tls'), rows: records.map((r, i) => recordRow(r, i, t)) },
  ];
  records.forEach((r, i) => {
    if (r.encrypted) return;
    r.handshakes?.forEach((h, j) => blocks.push(handshakeBlock(h, `tls-${i}-${j}`, t)));
  });
  return blocks;
}

function httpBlock(info: CapturedSegment, t: Translate): FieldBlock {
  const h = info.http!;
  const rows: FieldRow[] = [
    {
      label: t(h.kind === 'request' ? 'tcpcap.http.request' : 'tcpcap.http.response'),
      value: h.line,
      mono: true,
    },
  ];
  if (h.method) rows.push({ label: t('tcpcap.http.method'), value: h.method, mono: true });
  if (h.target) rows.push({ label: t('tcpcap.http.target'), value: h.target, mono: true });
  rows.push({ label: t('tcpcap.http.version'), value: h.version, mono: true });
  if (h.status !== undefined) {
    rows.push({
      label: t('tcpcap.http.status'),
      value: h.reason ? `${h.status} ${h.reason}` : String(h.status),
    });
  }
  return { id: 'http', title: t('tcpcap.insp.http'), rows };
}
