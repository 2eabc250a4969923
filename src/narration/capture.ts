// Narration of a captured conversation (a trace with `capture`): what the capture shows at each
// step — the segment, why it looks the way it does, Wireshark's analysis marks, the TLS and HTTP
// it carries — and the inferred state changes (the simulation's own RFC 9293 sentences). Pure.
import type { CapturedSegment, EventOf, Segment, TcpTrace, TraceCapture } from '../engine/trace';
import { capturedSegmentOf, peerOf } from '../engine/trace';
import type { AnalysisMark, TlsHandshake, TlsRecord } from '../capture/types';
import { captureFlagsText, TLS_HANDSHAKE_NAMES, tlsRecordName } from '../capture/segmentText';
import type { Translate } from '../i18n/i18n';
import { actor, lastByte, shownAck, shownSeq, type NumberMode } from './format';
import { indexTrace } from './index';
import { narrateStateChange } from './states';

/** A capture time or duration with its timestamps' precision: "34 µs", "1.25 ms", "2.5 s". */
export function captureTime(ms: number, t: Translate): string {
  if (ms > 0 && ms < 1) return t('tcpcap.unit.us', { n: Number((ms * 1000).toFixed(1)) });
  if (ms < 1000) return t('narr.unit.ms', { n: Number(ms.toFixed(3)) });
  return t('narr.unit.s', { n: Number((ms / 1000).toFixed(6)) });
}

/** "10.0.0.1:40000", "[::1]:443". */
export function addressText(a: { ip: string; port: number }): string {
  return a.ip.includes(':') ? `[${a.ip}]:${a.port}` : `${a.ip}:${a.port}`;
}

/** The segment a step of a captured trace shows (one segment per step). */
export function stepSegment(
  trace: TcpTrace,
  step: number,
): { sent: EventOf<'segment.sent'>; info: CapturedSegment } | null {
  if (!trace.capture || step < 1) return null;
  const sent = (indexTrace(trace).byStep[step] ?? []).find((e) => e.kind === 'segment.sent');
  const info = sent && capturedSegmentOf(trace, sent.segment.id);
  return sent && info ? { sent, info } : null;
}

/** The narration panel's heading of a captured step: "Step 4 · frame 4 · t = 100 ms". */
export function captureHeading(trace: TcpTrace, step: number, t: Translate): string {
  const at = stepSegment(trace, step);
  if (!at) return t('narration.step', { step });
  return t('tcpcap.narr.heading', {
    step,
    frame: at.info.frame,
    time: captureTime(at.info.t, t),
  });
}

/** The sentences of `step` of a captured trace. */
export function narrateCapture(
  trace: TcpTrace,
  step: number,
  t: Translate,
  mode: NumberMode,
): string[] {
  const capture = trace.capture;
  if (!capture) return [];
  if (step <= 0) return intro(capture, t, mode);
  const out: string[] = [];
  for (const e of indexTrace(trace).byStep[step] ?? []) {
    if (e.kind === 'segment.sent') {
      const info = capturedSegmentOf(trace, e.segment.id);
      if (info) out.push(...segmentSentences(trace, step, e.segment, info, t, mode));
    } else if (e.kind === 'state.changed') out.push(narrateStateChange(e, t));
    else if (e.kind === 'connection.ended')
      out.push(t(`narr.ended.${e.outcome}`, { ...actor(e.endpoint, t), retries: 0 }));
  }
  if (step === trace.steps) {
    out.push(
      t('tcpcap.narr.end', {
        client: capture.finalStates.client,
        server: capture.finalStates.server,
      }),
    );
  }
  return out;
}

const MARK_COUNT: Record<AnalysisMark, keyof TraceCapture['counts']> = {
  retransmission: 'retransmissions',
  'fast-retransmission': 'fastRetransmissions',
  'dup-ack': 'dupAcks',
  'zero-window': 'zeroWindows',
  'window-update': 'windowUpdates',
  'out-of-order': 'outOfOrder',
  'lost-segment': 'lostSegments',
  'keep-alive': 'keepAlives',
};

/** The marks of a conversation with their counts, in a fixed order (those that occur). */
export function markCounts(capture: Pick<TraceCapture, 'counts'>): [AnalysisMark, number][] {
  return (Object.keys(MARK_COUNT) as AnalysisMark[])
    .map((m): [AnalysisMark, number] => [m, capture.counts[MARK_COUNT[m]]])
    .filter(([, n]) => n > 0);
}

function intro(capture: TraceCapture, t: Translate, mode: NumberMode): string[] {
  const p = {
    conv: capture.conversation,
    file: capture.fileName ?? '',
    client: addressText(capture.client),
    server: addressText(capture.server),
    packets: capture.packets,
    duration: captureTime(capture.durationMs, t),
  };
  const out = [t(capture.fileName ? 'tcpcap.intro.conv' : 'tcpcap.intro.convNoFile', p)];
  out.push(t(mode.relative ? 'tcpcap.intro.relative' : 'tcpcap.intro.absolute'));
  out.push(
    capture.midConnection
      ? t('tcpcap.intro.mid')
      : t('tcpcap.intro.states', {
          client: capture.initialStates.client,
          server: capture.initialStates.server,
        }),
  );
  const counts = markCounts(capture);
  out.push(
    counts.length
      ? t('tcpcap.intro.marks', {
          list: counts.map(([m, n]) => `${n} × ${t(`tcpcap.mark.${m}`)}`).join(t('narr.list.sep')),
        })
      : t('tcpcap.intro.noMarks'),
  );
  out.push(t('tcpcap.intro.arrows', { delay: captureTime(capture.drawDelayMs, t) }));
  out.push(t('tcpcap.intro.start'));
  return out;
}

function segmentSentences(
  trace: TcpTrace,
  step: number,
  seg: Segment,
  info: CapturedSegment,
  t: Translate,
  mode: NumberMode,
): string[] {
  const seq = shownSeq(trace, seg, mode);
  const p = {
    ...actor(seg.from, t),
    seq,
    ack: shownAck(trace, seg, mode),
    len: info.len,
    last: lastByte(seq, info.len),
    win: info.win,
    flags: captureFlagsText(info.flags),
  };
  const out = [t(mainKey(trace, step, info), p)];
  if (info.flags.includes('SYN') && info.options) {
    const list = optionParts(info, t);
    if (list.length) out.push(t('tcpcap.sent.options', { list: list.join(t('narr.list.sep')) }));
  }
  const hole = trace.capture?.holes[seg.id];
  for (const m of info.analysis) out.push(markSentence(m, info, hole, p, t));
  if (info.tls?.length) {
    const list = info.tls.map((r) => recordText(r, t)).join(t('narr.list.sep'));
    out.push(t('tcpcap.tls.sentence', { list }));
  }
  if (info.http) {
    out.push(
      t(
        info.http.kind === 'request'
          ? 'tcpcap.http.requestSentence'
          : 'tcpcap.http.responseSentence',
        {
          line: info.http.line,
          status: info.http.status ?? '',
        },
      ),
    );
  }
  return out;
}

type MainKey =
  | 'tcpcap.sent.handshakeAck'
  | 'tcpcap.sent.finAck'
  | 'tcpcap.sent.syn'
  | 'tcpcap.sent.synAck'
  | 'tcpcap.sent.rst'
  | 'tcpcap.sent.rstRefused'
  | 'tcpcap.sent.dataFin'
  | 'tcpcap.sent.fin'
  | 'tcpcap.sent.data'
  | 'tcpcap.sent.ack'
  | 'tcpcap.sent.other';

/** What kind of segment this is, for its main sentence. */
function mainKey(trace: TcpTrace, step: number, s: CapturedSegment): MainKey {
  const has = (f: string) => (s.flags as string[]).includes(f);
  if (has('RST')) {
    // An RST right after the peer's bare SYN: nobody listens there.
    const prev = trace.capture?.segments[step - 2];
    const answersSyn =
      prev?.from === peerOf(s.from) && prev.flags.includes('SYN') && !prev.flags.includes('ACK');
    return answersSyn ? 'tcpcap.sent.rstRefused' : 'tcpcap.sent.rst';
  }
  if (has('SYN')) return has('ACK') ? 'tcpcap.sent.synAck' : 'tcpcap.sent.syn';
  if (has('FIN')) return s.len > 0 ? 'tcpcap.sent.dataFin' : 'tcpcap.sent.fin';
  if (s.len > 0) return 'tcpcap.sent.data';
  if (!has('ACK')) return 'tcpcap.sent.other';
  // A bare ACK that moves the peer on: it acknowledges the peer's SYN, or its FIN.
  const peer = peerOf(s.from);
  for (const e of indexTrace(trace).byStep[step] ?? []) {
    if (e.kind !== 'state.changed' || e.endpoint !== peer) continue;
    if (e.from === 'SYN-RECEIVED' && e.to === 'ESTABLISHED') return 'tcpcap.sent.handshakeAck';
    if (e.from === 'FIN-WAIT-1' || e.from === 'CLOSING' || e.from === 'LAST-ACK')
      return 'tcpcap.sent.finAck';
  }
  return 'tcpcap.sent.ack';
}

/** "MSS 1460 bytes", "window scale 7 (×128)", "SACK permitted", "timestamps". */
function optionParts(s: CapturedSegment, t: Translate): string[] {
  const o = s.options ?? {};
  const parts: string[] = [];
  if (o.mss !== undefined) parts.push(t('tcpcap.opt.mss', { n: o.mss }));
  if (o.wscale !== undefined) {
    parts.push(t('tcpcap.opt.wscale', { shift: o.wscale, factor: 2 ** Math.min(14, o.wscale) }));
  }
  if (o.sackPermitted) parts.push(t('tcpcap.opt.sackPerm'));
  if (o.timestamp) parts.push(t('tcpcap.opt.ts'));
  return parts;
}

function markSentence(
  m: AnalysisMark,
  s: CapturedSegment,
  hole: number | undefined,
  p: { who: string; peer: string; seq: number; ack: number; win: number },
  t: Translate,
): string {
  const base = { who: p.who, peer: p.peer, seq: p.seq, ack: p.ack, win: p.win };
  switch (m) {
    case 'retransmission':
    case 'fast-retransmission':
      return s.retransmits !== undefined
        ? t(`tcpcap.mark.sentence.${m}`, { ...base, of: s.retransmits })
        : t(`tcpcap.mark.sentence.${m}Unknown`, base);
    case 'dup-ack':
      return t('tcpcap.mark.sentence.dup-ack', {
        ...base,
        n: s.dupAck?.n ?? 1,
        of: s.dupAck?.of ?? '?',
      });
    case 'lost-segment':
      return hole !== undefined
        ? t('tcpcap.mark.sentence.lost-segment', { ...base, bytes: hole })
        : t('tcpcap.mark.sentence.lost-segmentUnknown', base);
    default:
      return t(`tcpcap.mark.sentence.${m}`, base);
  }
}

/** One TLS record in a sentence: its handshake messages with their fields, or its kind. */
function recordText(r: TlsRecord, t: Translate): string {
  if (r.encrypted || !r.handshakes?.length) {
    return r.encrypted
      ? t('tcpcap.tls.encryptedRecord', { type: tlsRecordName(r), length: r.length })
      : tlsRecordName(r);
  }
  return r.handshakes.map((h) => handshakeText(h, t)).join(t('narr.list.sep'));
}

function handshakeText(h: TlsHandshake, t: Translate): string {
  const parts: string[] = [];
  if (h.sni) parts.push(t('tcpcap.tls.sniPart', { sni: h.sni }));
  if (h.alpn?.length) parts.push(t('tcpcap.tls.alpnPart', { alpn: h.alpn.join(', ') }));
  if (h.cipherSuites?.length)
    parts.push(t('tcpcap.tls.suitesPart', { count: h.cipherSuites.length }));
  if (h.cipherSuite) parts.push(t('tcpcap.tls.suitePart', { suite: h.cipherSuite }));
  if (h.versions?.length)
    parts.push(t('tcpcap.tls.versionsPart', { versions: h.versions.join(', ') }));
  if (h.certificates !== undefined)
    parts.push(t('tcpcap.tls.certsPart', { count: h.certificates }));
  const name = TLS_HANDSHAKE_NAMES[h.type];
  return parts.length ? `${name} (${parts.join(' · ')})` : name;
}
