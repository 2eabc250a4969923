// The message inspector's content for a step: its focus event (the first event of the step) read
// into a title, the route the message takes, its time, and blocks of fields, tables and raw HTTP
// text. Pure: trace + step + translate function in, plain data out (tested in Node).
import type { JourneyEvent, JourneyEventOf, JourneyTrace } from '../../engine/journey/trace';
import { isHarTrace, type JourneyViewTrace } from '../../capture/harTraceTypes';
import type { Translate } from '../../i18n/i18n';
import { fileOf, ms } from '../../narration/journeyFormat';
import { focusAt, indexJourney } from '../../narration/journeyIndex';
import { httpParts, statusClassOf } from './inspectHttp';
import type { InspectBlock, InspectModel, InspectRow } from './inspectModel';
import {
  arpLookupBlocks,
  arpMessageBlocks,
  cacheBlocks,
  dnsLookupBlocks,
  dnsMessageBlocks,
  navigationBlocks,
} from './inspectNet';
import { tlsBlocks } from './inspectTls';

const row = (label: string, value: string, extra: Partial<InspectRow> = {}): InspectRow => ({
  label,
  value,
  ...extra,
});

/** The inspector's content for `step`, or null when the step has no event (step 0). */
export function inspectStep(
  trace: JourneyViewTrace,
  step: number,
  t: Translate,
): InspectModel | null {
  // A HAR file's requests: inspectHar.ts, passed in by its own layout (HarJourney.tsx).
  if (isHarTrace(trace)) return null;
  const e = focusAt(trace, step);
  if (!e) return null;
  return {
    id: e.id,
    kind: e.kind,
    title: titleOf(e, t),
    route: 'path' in e ? e.path.map((n) => t(`insp.node.${n}`)).join(' → ') : null,
    time:
      'arriveAt' in e
        ? t('insp.timeTransit', { sent: ms(e.t, t), arrives: ms(e.arriveAt, t) })
        : e.kind === 'render.stage'
          ? t('insp.timeSpan', { start: ms(e.t, t), end: ms(e.end, t) })
          : t('insp.time', { time: ms(e.t, t) }),
    blocks: blocksOf(trace, e, t),
  };
}

/** The inspector's title of an event ("DNS response: referral", "TLS ClientHello", …). */
export function titleOf(e: JourneyEvent, t: Translate): string {
  switch (e.kind) {
    case 'navigation.started':
      return t('insp.title.navigation', { n: e.journey });
    case 'phase.entered':
      return t('insp.title.phase', { phase: t(`jn.phaseName.${e.phase}`) });
    case 'cache.lookup':
      return t('insp.title.cache');
    case 'dns.lookup':
      return t('insp.title.dnsLookup', { where: t(`insp.dns.where.${e.where}`) });
    case 'dns.message':
      return t(`insp.title.dns.${e.role}`);
    case 'arp.lookup':
      return t('insp.title.arpLookup');
    case 'arp.message':
      return t(e.op === 'request' ? 'insp.title.arpRequest' : 'insp.title.arpReply');
    case 'tcp.segment':
      return t('insp.title.tcp', { flags: e.flags.join(', ') });
    case 'tls.message':
      return t('insp.title.tls', { type: e.type });
    case 'http.request':
      return t('insp.title.httpRequest', { method: e.method, target: e.target });
    case 'http.response':
      return t('insp.title.httpResponse', { status: e.status, reason: e.reason });
    case 'resources.discovered':
      return t('insp.title.resources', { count: e.resources.length });
    case 'render.stage':
      return t('insp.title.render', { stage: t(`insp.stage.${e.stage}`) });
    case 'connection.kept':
      return t('insp.title.kept', { conn: e.conn });
    case 'navigation.ended':
      return t('insp.title.ended', { n: e.journey });
  }
}

function blocksOf(trace: JourneyTrace, e: JourneyEvent, t: Translate): InspectBlock[] {
  switch (e.kind) {
    case 'navigation.started':
      return navigationBlocks(e, t);
    case 'phase.entered':
      return [{ kind: 'fields', rows: [row(t('insp.phase.state'), e.state, { mono: true })] }];
    case 'cache.lookup':
      return cacheBlocks(e, t);
    case 'dns.lookup':
      return dnsLookupBlocks(e, t);
    case 'dns.message':
      return dnsMessageBlocks(e, t);
    case 'arp.lookup':
      return arpLookupBlocks(e, t);
    case 'arp.message':
      return arpMessageBlocks(e, t);
    case 'tcp.segment':
      return tcpBlocks(e, t);
    case 'tls.message':
      return tlsBlocks(e, t);
    case 'http.request':
    case 'http.response':
      return httpBlocks(trace, e, t);
    case 'resources.discovered':
      return resourceBlocks(e, t);
    case 'render.stage':
      return renderBlocks(trace, e, t);
    case 'connection.kept':
      return [
        {
          kind: 'fields',
          rows: [
            row(t('insp.conn'), e.conn, { mono: true }),
            row(t('insp.tcp.state'), e.state, { mono: true, note: t('insp.kept.note') }),
            row(t('insp.kept.requests'), String(e.requests)),
          ],
        },
      ];
    case 'navigation.ended':
      return [
        {
          kind: 'fields',
          rows: [
            row(t('insp.ended.outcome'), t(`insp.ended.${e.outcome}`)),
            row(t('insp.cache.url'), e.url, { mono: true }),
            row(t('insp.http.status'), String(e.status), { mono: true }),
          ],
        },
      ];
  }
}

/** A TCP control segment: addresses, flags, numbers absolute and relative, window, states. */
function tcpBlocks(e: JourneyEventOf<'tcp.segment'>, t: Translate): InspectBlock[] {
  const hasAck = e.flags.includes('ACK');
  return [
    {
      kind: 'fields',
      rows: [
        row(t('insp.conn'), `${e.conn} · ${e.segId}`, { mono: true }),
        row(t('insp.transport'), `TCP ${e.ip.src}:${e.ip.srcPort} → ${e.ip.dst}:${e.ip.dstPort}`, {
          mono: true,
        }),
        row('Ethernet', `${e.ethernet.src} → ${e.ethernet.dst}`, { mono: true }),
      ],
    },
    {
      kind: 'fields',
      title: t('insp.tcp.header'),
      rows: [
        row(t('insp.tcp.flags'), e.flags.join(', '), { mono: true }),
        row(t('insp.tcp.seq'), t('insp.tcp.number', { rel: e.relSeq, abs: e.seq }), {
          mono: true,
          note: t('insp.tcp.relNote'),
        }),
        row(t('insp.tcp.ack'), hasAck ? t('insp.tcp.number', { rel: e.relAck, abs: e.ack }) : '—', {
          mono: true,
          note: hasAck ? undefined : t('insp.tcp.noAck'),
        }),
        row(t('insp.tcp.window'), t('insp.bytes', { bytes: e.window })),
        row(t('insp.tcp.len'), t('insp.bytes', { bytes: e.len }), {
          note: e.flags.some((f) => f === 'SYN' || f === 'FIN')
            ? t('insp.tcp.consumes')
            : undefined,
        }),
      ],
    },
    {
      kind: 'table',
      title: t('insp.tcp.states'),
      columns: [t('insp.tcp.side'), t('insp.tcp.state')],
      rows: [
        [t('insp.tcp.sender', { node: t(`insp.node.${e.from}`) }), e.senderState],
        [t('insp.tcp.receiver', { node: t(`insp.node.${e.to}`) }), e.receiverState],
      ],
    },
  ];
}

function httpBlocks(
  trace: JourneyTrace,
  e: JourneyEventOf<'http.request'> | JourneyEventOf<'http.response'>,
  t: Translate,
): InspectBlock[] {
  const req = indexJourney(trace).requests.get(e.requestId);
  const rows: InspectRow[] = [
    row(t('insp.conn'), e.conn, { mono: true }),
    row(t('insp.cache.url'), req?.url ?? e.requestId, { mono: true }),
  ];
  if (e.kind === 'http.request') {
    rows.push(
      row(t('insp.http.conditional'), e.conditional ? t('insp.yes') : t('insp.no')),
      row(t('insp.http.reused'), e.reused ? t('insp.yes') : t('insp.no')),
    );
  } else {
    const cls = statusClassOf(e.status);
    rows.push(
      row(t('insp.http.status'), `${e.status} ${e.reason}`, {
        mono: true,
        note: `${t(`insp.status.class${cls}`)}: ${t(`jn.http.class${cls}`)}`,
      }),
      row(t('insp.http.bodyBytes'), t('insp.bytes', { bytes: e.bodyBytes })),
      row(t('insp.http.keepAlive'), e.keepAlive ? t('insp.yes') : t('insp.no')),
    );
  }
  rows.push(
    row(t('insp.http.messageBytes'), t('insp.bytes', { bytes: e.bytes })),
    row(t('insp.wireBytes'), t('insp.bytesIn', { bytes: e.wireBytes, segments: e.segIds.length }), {
      note: e.encrypted ? t('insp.http.inTls') : t('insp.http.plain'),
    }),
  );
  return [
    { kind: 'fields', rows },
    { kind: 'http', title: t('insp.http.raw'), parts: httpParts(e, t) },
  ];
}

function resourceBlocks(e: JourneyEventOf<'resources.discovered'>, t: Translate): InspectBlock[] {
  const queued = new Set(e.queued);
  return [
    {
      kind: 'fields',
      rows: [
        row(t('insp.res.max'), String(e.maxConnectionsPerHost)),
        row(t('insp.res.queued'), String(e.queued.length)),
      ],
    },
    {
      kind: 'table',
      title: t('insp.res.list'),
      columns: [t('insp.cache.url'), t('insp.res.type'), t('insp.res.waits')],
      rows: e.resources.map((r) => [
        r.url,
        t(`insp.res.type.${r.type}`),
        queued.has(r.requestId) ? t('insp.res.queuedYes') : '—',
      ]),
    },
  ];
}

function renderBlocks(
  trace: JourneyTrace,
  e: JourneyEventOf<'render.stage'>,
  t: Translate,
): InspectBlock[] {
  const requests = indexJourney(trace).requests;
  const rows: InspectRow[] = [
    row(t('insp.render.builds'), t(`insp.render.builds.${e.stage}`)),
    row(t('insp.render.duration'), ms(e.end - e.t, t)),
  ];
  if (e.stage === 'paint')
    rows.push(
      row(t('insp.render.pass'), t(e.pass > 1 ? 'insp.render.repaint' : 'insp.render.first')),
    );
  rows.push(
    row(
      t('insp.render.waited'),
      e.waitedFor.length
        ? e.waitedFor.map((id) => fileOf(requests.get(id)?.url ?? id)).join(', ')
        : t('insp.render.nothing'),
      { mono: e.waitedFor.length > 0 },
    ),
  );
  return [{ kind: 'fields', rows }];
}
