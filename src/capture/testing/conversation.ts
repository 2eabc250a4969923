// Test helper: a Conversation with only what the stores and tables read (no segments), for tests
// of what sits around the analysis (the capture store, the conversations table).
import { emptyCounts } from '../conversations';
import type { Conversation } from '../types';

/** Conversation `conv-<n>` from 10.0.0.1:4000n to 10.0.0.2:80, starting at n ms; `over` wins. */
export function fakeConversation(n: number, over: Partial<Conversation> = {}): Conversation {
  return {
    id: `conv-${n}`,
    ipVersion: 4,
    client: { ip: '10.0.0.1', port: 40000 + n },
    server: { ip: '10.0.0.2', port: 80 },
    midConnection: false,
    packets: 10,
    bytes: 1000,
    payloadBytes: { client: 100, server: 500 },
    startMs: n,
    durationMs: 5,
    firstFlags: ['SYN'],
    isn: { client: 1, server: 2 },
    wscale: { client: 7, server: 7 },
    handshakeRttMs: 0.1,
    segments: [],
    stateChanges: [],
    initialStates: { client: 'CLOSED', server: 'LISTEN' },
    finalStates: { client: 'TIME-WAIT', server: 'CLOSED' },
    counts: emptyCounts(),
    ...over,
  };
}
