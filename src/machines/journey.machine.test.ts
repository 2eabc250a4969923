// The journey machine: every transition through the pure transition(), and graph paths (from
// @xstate/graph) that reach every state.
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type StateValue } from 'xstate';
import { activeLeaves, journeyMachine, type JourneyMachineEvent } from './journey.machine';

const at = (value: StateValue) => journeyMachine.resolveState({ value });
const next = (value: StateValue, event: JourneyMachineEvent) =>
  activeLeaves(transition(journeyMachine, at(value), event)[0].value);
const cache = (
  result: 'fresh' | 'stale' | 'miss',
  o: { ipHost?: boolean; reusableConnection?: boolean } = {},
): JourneyMachineEvent => ({
  type: 'cache.checked',
  result,
  ipHost: o.ipHost ?? false,
  reusableConnection: o.reusableConnection ?? false,
});
const response = (redirect: boolean, keepAlive: boolean): JourneyMachineEvent => ({
  type: 'http.response',
  redirect,
  keepAlive,
});

describe('journeyMachine', () => {
  it('starts idle and enters the cache phase on Enter', () => {
    const [s] = initialTransition(journeyMachine);
    expect(activeLeaves(s.value)).toEqual(['idle']);
    expect(next('idle', { type: 'nav.start' })).toEqual(['cache']);
  });

  it.each<[string, StateValue, JourneyMachineEvent, string[]]>([
    [
      'a fresh hit renders with no connection',
      'cache',
      cache('fresh'),
      ['loaded.page.rendering', 'loaded.connection.none'],
    ],
    [
      'a fresh hit wins over an IP host',
      'cache',
      cache('fresh', { ipHost: true }),
      ['loaded.page.rendering', 'loaded.connection.none'],
    ],
    ['a stale entry needs the network: DNS', 'cache', cache('stale'), ['dns.lookup']],
    ['a miss resolves the name', 'cache', cache('miss'), ['dns.lookup']],
    ['an IP host skips DNS', 'cache', cache('miss', { ipHost: true }), ['arp']],
    [
      'an idle keep-alive connection skips to HTTP',
      'cache',
      cache('miss', { reusableConnection: true }),
      ['http'],
    ],
    ['the query waits for ARP', { dns: 'lookup' }, { type: 'dns.arpNeeded' }, ['dns.arp']],
    ['ARP done, back to the lookup', { dns: 'arp' }, { type: 'arp.resolved' }, ['dns.lookup']],
    ['the name resolved: next hop', { dns: 'lookup' }, { type: 'dns.resolved' }, ['arp']],
    ['the MAC known: connect', 'arp', { type: 'arp.resolved' }, ['tcp']],
    ['https: TLS after TCP', 'tcp', { type: 'tcp.established', https: true }, ['tls']],
    ['http: straight to HTTP', 'tcp', { type: 'tcp.established', https: false }, ['http']],
    ['TLS done: HTTP', 'tls', { type: 'tls.established' }, ['http']],
    [
      'keep-alive: render, keep the connection (final: done)',
      'http',
      response(false, true),
      ['loaded.page.rendering', 'loaded.connection.kept'],
    ],
    [
      'HTTP/1.0: render and close',
      'http',
      response(false, false),
      ['loaded.page.rendering', 'loaded.connection.closing'],
    ],
    ['a redirect with keep-alive ends this navigation', 'http', response(true, true), ['done']],
    [
      'a redirect with close waits for the close',
      'http',
      response(true, false),
      ['loaded.page.redirecting', 'loaded.connection.closing'],
    ],
    [
      'rendering done with the connection kept',
      { loaded: { page: 'rendering', connection: 'kept' } },
      { type: 'render.done' },
      ['done'],
    ],
    [
      'rendering done, still closing',
      { loaded: { page: 'rendering', connection: 'closing' } },
      { type: 'render.done' },
      ['loaded.page.rendered', 'loaded.connection.closing'],
    ],
    [
      'closed after rendering',
      { loaded: { page: 'rendered', connection: 'closing' } },
      { type: 'connection.closed' },
      ['done'],
    ],
    [
      'closed before rendering ends',
      { loaded: { page: 'rendering', connection: 'closing' } },
      { type: 'connection.closed' },
      ['loaded.page.rendering', 'loaded.connection.closed'],
    ],
  ])('%s', (_what, from, event, to) => {
    expect(next(from, event)).toEqual(to);
  });

  it('ignores events that do not belong to the phase (the engine treats that as a bug)', () => {
    expect(next('tcp', { type: 'dns.resolved' })).toEqual(['tcp']);
    expect(next('cache', { type: 'render.done' })).toEqual(['cache']);
  });

  it('reaches every state on some path', () => {
    const events: JourneyMachineEvent[] = [
      { type: 'nav.start' },
      cache('fresh'),
      cache('miss'),
      cache('miss', { ipHost: true }),
      cache('stale', { reusableConnection: true }),
      { type: 'dns.arpNeeded' },
      { type: 'arp.resolved' },
      { type: 'dns.resolved' },
      { type: 'tcp.established', https: true },
      { type: 'tcp.established', https: false },
      { type: 'tls.established' },
      response(false, true),
      response(false, false),
      response(true, true),
      response(true, false),
      { type: 'render.done' },
      { type: 'connection.closed' },
    ];
    const reached = new Set<string>();
    for (const p of getShortestPaths(journeyMachine, { events }))
      for (const step of p.steps)
        for (const leaf of activeLeaves(step.state.value)) reached.add(leaf);
    expect([...reached].sort()).toEqual(
      [
        'idle',
        'cache',
        'dns.lookup',
        'dns.arp',
        'arp',
        'tcp',
        'tls',
        'http',
        'loaded.page.rendering',
        'loaded.page.rendered',
        'loaded.page.redirecting',
        'loaded.connection.none',
        'loaded.connection.kept',
        'loaded.connection.closing',
        'loaded.connection.closed',
        'done',
      ].sort(),
    );
  });
});
