// One navigation (the typed URL or a redirect's Location), driven by the journey machine: the
// engine does the work of the phase the machine is in, then feeds it the facts it found
// (XState's pure transition()) and goes where the machine says. Also the render stages.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import {
  activeLeaves,
  journeyMachine,
  type JourneyMachineEvent,
} from '../../machines/journey.machine';
import type { JourneyUrl } from '../../scenarios/journeyUrl';
import type { Conn, Ctx, ReqRecord } from './context';
import { etagOf, htmlOf, LAST_MODIFIED, resourcesOf, utf8Length, type Resource } from './http';
import { openConn } from './connect';
import { conditionalOf, exchange, fetchResources, newRequest } from './pool';
import { addStep, attach, phaseEntered } from './recorder';
import { resolveHost, resolveMac } from './resolve';
import type { JourneyPhase, JourneyPhaseSpan, RenderStage } from './trace';

type Snapshot = SnapshotFrom<typeof journeyMachine>;

/** Which phase a machine leaf state stands for. */
const PHASE_OF: Record<string, JourneyPhase> = {
  cache: 'cache',
  'dns.lookup': 'dns',
  'dns.arp': 'arp',
  arp: 'arp',
  tcp: 'tcp',
  tls: 'tls',
  http: 'http',
  'loaded.page.rendering': 'render',
  'loaded.connection.closing': 'close',
};

/** The machine of one navigation, fed on the engine's clock. */
export interface Nav {
  journey: number;
  snapshot: Snapshot;
  /** Feeds the machine; a phase it enters starts at `t` unless `startOf` says otherwise. */
  send(
    event: JourneyMachineEvent,
    t: number,
    startOf?: Partial<Record<JourneyPhase, number>>,
  ): void;
  in(leaf: string): boolean;
  /** Records a phase's span for the summary. */
  span(name: JourneyPhase, start: number, end: number): void;
  phases: JourneyPhaseSpan[];
}

function newNav(ctx: Ctx, journey: number): Nav {
  const nav: Nav = {
    journey,
    snapshot: initialTransition(journeyMachine)[0],
    send(event, t, startOf) {
      const before = activeLeaves(nav.snapshot.value);
      const [next] = transition(journeyMachine, nav.snapshot, event);
      const after = activeLeaves(next.value);
      if (before.join() === after.join())
        throw new Error(`journey: the machine ignored ${event.type} in ${before.join(', ')}`);
      nav.snapshot = next;
      for (const leaf of after)
        if (!before.includes(leaf) && PHASE_OF[leaf])
          phaseEntered(ctx.rec, startOf?.[PHASE_OF[leaf]!] ?? t, journey, PHASE_OF[leaf]!, leaf);
    },
    in: (leaf) => activeLeaves(nav.snapshot.value).includes(leaf),
    phases: [],
    span: (name, start, end) => void nav.phases.push({ name, start, end }),
  };
  return nav;
}

/** What a navigation asks the server and how it ends. */
export interface HopInput {
  index: number;
  url: JourneyUrl;
  start: number;
  status: number;
  cache: 'fresh' | 'stale' | 'miss';
  /** Location of this hop's 301/302 (null on the last hop). */
  location: string | null;
  redirectedFrom: string | null;
  redirectStatus: number | null;
}

/** Runs one navigation; returns when it ended (the redirect arrived, or the last paint). */
export function navigate(ctx: Ctx, hop: HopInput): number {
  const { sc, rec } = ctx;
  const j = hop.index;
  const nav = newNav(ctx, j);
  const phases = nav.phases;
  const span = nav.span;
  const t0 = hop.start;
  addStep(rec, t0, j, null, {
    kind: 'navigation.started',
    url: hop.url,
    redirectedFrom: hop.redirectedFrom,
    redirectStatus: hop.redirectStatus,
  });
  nav.send({ type: 'nav.start' }, t0);

  // The page and what the HTTP cache holds for it (RFC 9111 §4.2: fresh while age < max-age).
  // Only the page itself references sub-resources (not a redirect's or an error's page).
  const page = hop.location === null && (hop.status === 200 || hop.status === 304);
  const resources = page ? resourcesOf(sc.resources) : [];
  const html = htmlOf(
    hop.status === 304 ? 200 : hop.status,
    hop.url.hostUnicode,
    resources,
    hop.location,
  );
  const docEtag = etagOf(hop.url.path, utf8Length(html));
  // A stale entry whose content changed on the server (status 200) had another entity tag.
  const storedEtag = hop.status === 304 ? docEtag : etagOf(`${hop.url.path}?v1`, utf8Length(html));
  const req = newRequest(
    ctx,
    j,
    hop.url.href.replace(/#.*$/, ''),
    'document',
    t0,
    hop.cache === 'stale',
  );
  addStep(rec, t0, j, 'cache', {
    kind: 'cache.lookup',
    requestId: req.id,
    url: req.url,
    result: hop.cache,
    entry:
      hop.cache === 'miss'
        ? null
        : {
            ageS: hop.cache === 'fresh' ? 120 : 900,
            maxAgeS: 600,
            etag: storedEtag,
            lastModified: LAST_MODIFIED,
          },
  });
  const tc = t0 + sc.latency.cacheMs;
  span('cache', t0, tc);
  const reusable =
    ctx.conns.find((c) => c.origin === hop.url.origin && !c.closing && c.http === '1.1') ?? null;
  nav.send(
    {
      type: 'cache.checked',
      result: hop.cache,
      ipHost: hop.url.hostType === 'ipv4',
      reusableConnection: reusable !== null,
    },
    tc,
  );

  if (nav.in('loaded.page.rendering')) {
    // A fresh hit: the stored page and its sub-resources, no network at all.
    req.fromCache = true;
    req.status = 200;
    Object.assign(req.times, {
      queuedUntil: tc,
      dnsEnd: tc,
      lastRequestSentAt: tc,
      firstByteAt: tc,
      end: tc,
    });
    const end = renderPage(ctx, nav, hop, resources, null, tc, 'fresh', 200);
    span('render', tc, end);
    return finish(ctx, hop, phases, end, 'rendered', 200, []);
  }

  let conn: Conn;
  let dnsEnd = tc;
  if (nav.in('dns.lookup')) {
    dnsEnd = resolveHost(ctx, nav, hop.url.host, tc);
    span('dns', tc, dnsEnd);
    nav.send({ type: 'dns.resolved' }, dnsEnd);
  }
  if (nav.in('arp')) {
    const synAt = resolveMac(ctx, nav, 'web', ctx.net.serverIp, dnsEnd);
    span('arp', dnsEnd, synAt);
    nav.send({ type: 'arp.resolved' }, synAt);
    conn = openConn(ctx, j, hop.url, dnsEnd, synAt);
    span('tcp', synAt, conn.establishedAt);
    nav.send({ type: 'tcp.established', https: conn.https }, conn.establishedAt);
    if (conn.secureAt !== null) {
      span('tls', conn.establishedAt + sc.latency.hostMs, conn.secureAt);
      nav.send({ type: 'tls.established' }, conn.secureAt);
    }
  } else conn = reusable!;
  req.times.dnsEnd = dnsEnd;

  const redirect = hop.location !== null;
  exchange(
    ctx,
    conn,
    req,
    {
      target: hop.url.path + hop.url.query,
      type: 'document',
      referer: null,
      conditional: hop.cache === 'stale' ? conditionalOf(sc.validator, storedEtag) : null,
    },
    {
      status: hop.status,
      contentType: 'text/html; charset=utf-8',
      body: html,
      bodyBytes: 0,
      etag: docEtag,
      maxAgeS: 600,
      location: hop.location,
    },
    tc,
  );
  const end = req.times.end;
  span('http', req.times.lastRequestSentAt, end);
  const keepAlive = conn.http === '1.1';
  // HTTP/1.0: the server closes right after writing the response (its close_notify and FIN
  // follow the response's last byte): the close phase starts then, before the browser knows.
  const closeStart = conn.serverCloseAt ?? end;
  nav.send({ type: 'http.response', redirect, keepAlive }, end, { close: closeStart });
  if (keepAlive)
    addStep(rec, end, j, null, {
      kind: 'connection.kept',
      conn: conn.id,
      state: 'ESTABLISHED',
      requests: conn.used,
    });
  else {
    span('close', closeStart, conn.closedAt!);
    nav.send({ type: 'connection.closed' }, conn.closedAt!);
  }
  if (redirect) return finish(ctx, hop, phases, end, 'redirected', hop.status, []);
  const pageEnd = renderPage(
    ctx,
    nav,
    hop,
    resources,
    keepAlive ? conn : null,
    end,
    hop.cache,
    hop.status,
  );
  span('render', end, pageEnd);
  const kept = ctx.conns.filter((c) => c.journey === j && c !== conn && !c.closing);
  return finish(ctx, hop, phases, pageEnd, 'rendered', hop.status, kept);
}

function finish(
  ctx: Ctx,
  hop: HopInput,
  phases: JourneyPhaseSpan[],
  end: number,
  outcome: 'rendered' | 'redirected',
  status: number,
  kept: Conn[],
): number {
  const item = addStep(ctx.rec, end, hop.index, null, {
    kind: 'navigation.ended',
    outcome,
    url: hop.url.href,
    status,
  });
  for (const c of kept)
    attach(item, { kind: 'connection.kept', conn: c.id, state: 'ESTABLISHED', requests: c.used });
  ctx.hops.push({ index: hop.index, url: hop.url, start: hop.start, end, status, outcome, phases });
  return end;
}

/**
 * The browser side: parse HTML → DOM (the parser finds the sub-resources, fetched meanwhile),
 * CSS → CSSOM (waits for every stylesheet: CSS is render-blocking), render tree, layout, first
 * paint; then a repaint once the images and (deferred) scripts have arrived. Returns the end.
 */
function renderPage(
  ctx: Ctx,
  nav: Nav,
  hop: HopInput,
  resources: Resource[],
  docConn: Conn | null,
  t0: number,
  cache: 'fresh' | 'stale' | 'miss',
  status: number,
): number {
  const { sc, rec } = ctx;
  const j = hop.index;
  const r = sc.render;
  const stage = (s: RenderStage, start: number, dur: number, waitedFor: ReqRecord[], pass = 1) => {
    addStep(rec, start, j, 'render', {
      kind: 'render.stage',
      stage: s,
      end: start + dur,
      waitedFor: waitedFor.map((q) => q.id),
      pass,
    });
    return start + dur;
  };
  const domEnd = stage('dom', t0, r.domMs, []);
  let fetched: { req: ReqRecord; resource: Resource }[] = [];
  if (resources.length) {
    const res = fetchResources(ctx, j, hop.url, resources, docConn, t0, cache, status);
    fetched = res.reqs;
    const item = addStep(rec, t0, j, 'render', {
      kind: 'resources.discovered',
      resources: res.reqs.map(({ req, resource }) => ({
        requestId: req.id,
        url: req.url,
        type: resource.type,
      })),
      queued: res.queued,
      maxConnectionsPerHost: 6,
    });
    for (const { req } of res.reqs)
      attach(item, {
        kind: 'cache.lookup',
        requestId: req.id,
        url: req.url,
        result: cache,
        entry:
          cache === 'miss'
            ? null
            : {
                ageS: cache === 'fresh' ? 120 : 4000,
                maxAgeS: 3600,
                etag: null,
                lastModified: null,
              },
      });
  }
  const of = (type: Resource['type']) =>
    fetched.filter((f) => f.resource.type === type).map((f) => f.req);
  const css = of('css');
  const cssReady = Math.max(t0, ...css.map((q) => q.times.end));
  const cssomEnd = stage('cssom', cssReady, r.cssomMs, css);
  const treeEnd = stage('renderTree', Math.max(domEnd, cssomEnd), r.renderTreeMs, []);
  const layoutEnd = stage('layout', treeEnd, r.layoutMs, []);
  let end = stage('paint', layoutEnd, r.paintMs, []);
  const late = [...of('img'), ...of('js')];
  const lastLate = Math.max(0, ...late.map((q) => q.times.end));
  if (late.length && lastLate > layoutEnd)
    end = stage('paint', Math.max(lastLate, end), r.paintMs, late, 2);
  nav.send({ type: 'render.done' }, end);
  return end;
}
