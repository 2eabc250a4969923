// Properties over generated scenarios (fast-check): determinism, JSON round trip, ack never
// decreases, every byte delivered exactly once and in order when no loss is permanent.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario, type TcpScenarioInput } from '../../scenarios/schema';
import { simulateTcp } from './simulate';
import { relSeq } from './seq';

const writes = fc.array(
  fc.record({ at: fc.integer({ min: 0, max: 1500 }), bytes: fc.integer({ min: 1, max: 12_000 }) }),
  { maxLength: 3 },
);

/** Scenarios whose losses are all recoverable: retries far above what the loss rate can exhaust. */
const scenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    rttMs: fc.integer({ min: 1, max: 400 }),
    mss: fc.integer({ min: 100, max: 1460 }),
    clientWrites: writes,
    serverWrites: writes,
    clientCloseAt: fc.integer({ min: 1600, max: 4000 }),
    serverCloseAt: fc.integer({ min: 1600, max: 4000 }),
    window: fc.integer({ min: 1460, max: 65535 }),
    lossRate: fc.constantFrom(0, 0, 0.05, 0.2),
    delay: fc.option(
      fc.record({ index: fc.integer({ min: 1, max: 20 }), byMs: fc.integer({ min: 1, max: 300 }) }),
      { nil: undefined },
    ),
    duplicate: fc.option(fc.record({ index: fc.integer({ min: 1, max: 20 }) }), { nil: undefined }),
    isn: fc.option(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { nil: undefined }),
  })
  .map((g): TcpScenarioInput => ({
    kind: 'tcp',
    seed: g.seed,
    rttMs: g.rttMs,
    mss: g.mss,
    mslMs: 1000,
    synRetries: 20,
    synAckRetries: 20,
    dataRetries: 30,
    client: {
      isn: g.isn,
      open: { at: 0 },
      send: g.clientWrites,
      close: { at: g.clientCloseAt },
      window: g.window,
    },
    server: {
      listen: true,
      send: g.serverWrites,
      close: { at: g.serverCloseAt },
      window: g.window,
    },
    faults: [
      ...(g.lossRate ? [{ randomLoss: { rate: g.lossRate } }] : []),
      ...(g.delay ? [{ delay: g.delay }] : []),
      ...(g.duplicate ? [{ duplicate: { index: g.duplicate.index } }] : []),
    ],
  }));

function parse(input: TcpScenarioInput) {
  const p = parseScenario(input);
  if (!p.ok) throw new Error(p.errors.join('\n'));
  return p.value;
}

describe('engine properties', () => {
  it('is deterministic: same scenario and seed, byte-identical trace', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const sc = parse(input);
        expect(JSON.stringify(simulateTcp(sc))).toBe(JSON.stringify(simulateTcp(parse(input))));
      }),
      { numRuns: 40, seed: 2 },
    );
  });

  it('produces plain JSON: a round trip changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const tr = simulateTcp(parse(input));
        expect(JSON.parse(JSON.stringify(tr))).toStrictEqual(tr);
      }),
      { numRuns: 20, seed: 3 },
    );
  });

  it('never lets a side’s acknowledgment number go backwards', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const tr = simulateTcp(parse(input));
        for (const side of ['client', 'server'] as const) {
          const acks = tr.events.flatMap((e) =>
            e.kind === 'segment.sent' &&
            e.segment.from === side &&
            e.segment.flags.includes('ACK') &&
            !e.segment.flags.includes('RST')
              ? [relSeq(e.segment.ack, tr.iss[e.segment.to])]
              : [],
          );
          for (let i = 1; i < acks.length; i++)
            expect(acks[i]!).toBeGreaterThanOrEqual(acks[i - 1]!);
        }
      }),
      { numRuns: 60, seed: 1 },
    );
  });

  it('delivers every byte exactly once, in order, and closes cleanly', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const sc = parse(input);
        const tr = simulateTcp(sc);
        expect(tr.truncated).toBe(false);
        // Closing before the handshake completes legitimately aborts (e.g. CLOSE in SYN-SENT):
        // this property is about connections that were established before either side closed.
        const establishedAt = (side: 'client' | 'server') =>
          tr.summary.stateChanges.find((c) => c.endpoint === side && c.to === 'ESTABLISHED')?.t ??
          Infinity;
        fc.pre(
          establishedAt('client') < sc.client.close!.at &&
            establishedAt('server') < sc.server.close!.at,
        );
        for (const [from, to] of [
          ['client', 'server'],
          ['server', 'client'],
        ] as const) {
          const written = sc[from].send.reduce((n, w) => n + w.bytes, 0);
          const delivered = tr.events.filter(
            (e) => e.kind === 'data.delivered' && e.endpoint === to,
          );
          // In order and once: the running total grows by exactly each delivery and ends at `written`.
          let total = 0;
          for (const d of delivered) {
            if (d.kind !== 'data.delivered') continue;
            expect(d.bytes).toBeGreaterThan(0);
            total += d.bytes;
            expect(d.total).toBe(total);
          }
          expect(total).toBe(written);
        }
        expect(tr.summary.finalStates).toEqual({ client: 'CLOSED', server: 'CLOSED' });
        expect(tr.summary.outcomes).toEqual({ client: 'closed', server: 'closed' });
      }),
      { numRuns: 80, seed: 20261121 },
    );
  });
});
