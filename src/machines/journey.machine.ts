// The phases of one navigation ("type a URL → page rendered"): cache → dns → arp → tcp → tls →
// http → render / close. Like the TCP and congestion machines it holds only control state; the
// engine (src/engine/journey/navigate.ts) does each phase's work, feeds the machine the facts it
// found, and asks where to go next through XState's pure `transition()`.
//
// - A fresh cache hit goes straight to rendering: no DNS, no TCP, no HTTP (RFC 9111 §4.2).
// - An IPv4 host skips DNS; an idle keep-alive connection to the same origin skips DNS to TLS.
// - dns.arp: the query to an off-LAN resolver needs the next hop's MAC first (ARP before DNS).
// - After the response two things run in parallel: the page (render, or follow the redirect)
//   and the connection (kept alive, or closed: HTTP/1.0 closes after the response).
import { setup } from 'xstate';

export type JourneyMachineEvent =
  /** The user pressed Enter (or the browser follows a redirect). */
  | { type: 'nav.start' }
  /** The HTTP cache answered. `ipHost`: the URL's host is an IP address (nothing to resolve). */
  | {
      type: 'cache.checked';
      result: 'fresh' | 'stale' | 'miss';
      ipHost: boolean;
      reusableConnection: boolean;
    }
  /** The stub resolver must send a query but lacks the next hop's MAC: ARP first. */
  | { type: 'dns.arpNeeded' }
  /** The MAC address is known (ARP reply arrived, or the ARP cache had it). */
  | { type: 'arp.resolved' }
  /** The name resolved to an address. */
  | { type: 'dns.resolved' }
  /** The client reached ESTABLISHED. */
  | { type: 'tcp.established'; https: boolean }
  /** The TLS handshake is done on the client (it may send application data). */
  | { type: 'tls.established' }
  /** The whole response arrived. */
  | { type: 'http.response'; redirect: boolean; keepAlive: boolean }
  /** The last render stage ended. */
  | { type: 'render.done' }
  /** The connection's teardown finished. */
  | { type: 'connection.closed' };

const LOADED = '#journey.loaded';

/** The navigation machine. Guards read only the event's facts. */
export const journeyMachine = setup({
  types: { events: {} as JourneyMachineEvent },
  guards: {
    /** RFC 9111 §4.2: a fresh stored response is used without contacting the server. */
    fresh: ({ event }) => event.type === 'cache.checked' && event.result === 'fresh',
    /** RFC 9112 §9.3: an idle persistent connection to the origin can carry the request. */
    reusable: ({ event }) => event.type === 'cache.checked' && event.reusableConnection,
    /** RFC 1123 §2.1 / WHATWG URL: a dotted-quad host is an address, not a name to resolve. */
    ipHost: ({ event }) => event.type === 'cache.checked' && event.ipHost,
    /** RFC 8446 / RFC 5246: https runs TLS over the connection before HTTP. */
    https: ({ event }) => event.type === 'tcp.established' && event.https,
    /** RFC 9110 §15.4: a 301/302 with Location makes the browser navigate again. */
    redirectClose: ({ event }) =>
      event.type === 'http.response' && event.redirect && !event.keepAlive,
    redirect: ({ event }) => event.type === 'http.response' && event.redirect,
    /** RFC 9112 §9.3: HTTP/1.0 (no keep-alive) closes the connection after the response. */
    close: ({ event }) => event.type === 'http.response' && !event.keepAlive,
  },
}).createMachine({
  id: 'journey',
  initial: 'idle',
  states: {
    idle: { on: { 'nav.start': 'cache' } },
    cache: {
      on: {
        'cache.checked': [
          {
            guard: 'fresh',
            target: [`${LOADED}.page.rendering`, `${LOADED}.connection.none`],
          },
          { guard: 'reusable', target: 'http' },
          { guard: 'ipHost', target: 'arp' },
          { target: 'dns' },
        ],
      },
    },
    dns: {
      initial: 'lookup',
      states: {
        lookup: { on: { 'dns.arpNeeded': 'arp' } },
        arp: { on: { 'arp.resolved': 'lookup' } },
      },
      on: { 'dns.resolved': 'arp' },
    },
    arp: { on: { 'arp.resolved': 'tcp' } },
    tcp: {
      on: { 'tcp.established': [{ guard: 'https', target: 'tls' }, { target: 'http' }] },
    },
    tls: { on: { 'tls.established': 'http' } },
    http: {
      on: {
        'http.response': [
          {
            guard: 'redirectClose',
            target: [`${LOADED}.page.redirecting`, `${LOADED}.connection.closing`],
          },
          {
            guard: 'redirect',
            target: [`${LOADED}.page.redirecting`, `${LOADED}.connection.kept`],
          },
          {
            guard: 'close',
            target: [`${LOADED}.page.rendering`, `${LOADED}.connection.closing`],
          },
          { target: [`${LOADED}.page.rendering`, `${LOADED}.connection.kept`] },
        ],
      },
    },
    loaded: {
      type: 'parallel',
      states: {
        page: {
          initial: 'rendering',
          states: {
            rendering: { on: { 'render.done': 'rendered' } },
            rendered: { type: 'final' },
            /** The next navigation is a new run of the machine. */
            redirecting: { type: 'final' },
          },
        },
        connection: {
          initial: 'none',
          states: {
            /** Served from the cache: no connection was used. */
            none: { type: 'final' },
            kept: { type: 'final' },
            closing: { on: { 'connection.closed': 'closed' } },
            closed: { type: 'final' },
          },
        },
      },
      onDone: 'done',
    },
    done: { type: 'final' },
  },
});

/** The active leaf states as dotted paths, e.g. ["dns.arp"] or ["loaded.page.rendering", "loaded.connection.kept"]. */
export function activeLeaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>))
    out.push(...activeLeaves(v, `${prefix}${k}.`));
  return out;
}
