// Hand-built conversations for the TCP view's tests (the capture analysis makes real ones): an
// HTTP/1.0 exchange with handshake and close, one captured mid-connection, a refused connection,
// and a transfer with every analysis mark. Numbers are small and checkable by hand.
import { emptyCounts } from './conversations';
import type { Endpoint, TcpState } from '../engine/trace';
import type {
  AnalysisMark,
  CaptureTcpFlag,
  Conversation,
  ConversationCounts,
  ConversationSegment,
  ConversationStateChange,
} from './types';

const NO_COUNTS: ConversationCounts = emptyCounts();

/** A segment: `flags` sorted like the analysis sorts them; frames count from 1 in order. */
export function seg(
  frame: number,
  t: number,
  from: Endpoint,
  flags: CaptureTcpFlag[],
  seq: number,
  ack: number,
  more: Partial<ConversationSegment> = {},
): ConversationSegment {
  return {
    frame,
    t,
    from,
    flags: [...flags].sort(),
    seq,
    ack,
    len: 0,
    win: 65535,
    analysis: [],
    ...more,
  };
}

const change = (
  frame: number,
  t: number,
  endpoint: Endpoint,
  from: TcpState,
  to: TcpState,
): ConversationStateChange => ({ frame, t, endpoint, from, to });

/** Counts of the marks in `segments`. */
export function countMarks(segments: readonly ConversationSegment[]): ConversationCounts {
  const key: Record<AnalysisMark, keyof ConversationCounts> = {
    retransmission: 'retransmissions',
    'fast-retransmission': 'fastRetransmissions',
    'dup-ack': 'dupAcks',
    'zero-window': 'zeroWindows',
    'window-update': 'windowUpdates',
    'out-of-order': 'outOfOrder',
    'lost-segment': 'lostSegments',
    'keep-alive': 'keepAlives',
  };
  const counts = { ...NO_COUNTS };
  for (const s of segments) for (const m of s.analysis) counts[key[m]] += 1;
  return counts;
}

function conversation(
  segments: ConversationSegment[],
  rest: Partial<Conversation> & Pick<Conversation, 'initialStates' | 'finalStates'>,
): Conversation {
  const last = segments[segments.length - 1];
  return {
    id: 'conv-1',
    ipVersion: 4,
    client: { ip: '10.0.0.1', port: 40000 },
    server: { ip: '10.0.0.2', port: 80 },
    midConnection: false,
    packets: segments.length,
    bytes: segments.reduce((n, s) => n + 54 + s.len, 0),
    payloadBytes: {
      client: segments.filter((s) => s.from === 'client').reduce((n, s) => n + s.len, 0),
      server: segments.filter((s) => s.from === 'server').reduce((n, s) => n + s.len, 0),
    },
    startMs: segments[0]?.t ?? 0,
    durationMs: (last?.t ?? 0) - (segments[0]?.t ?? 0),
    firstFlags: segments[0]?.flags ?? [],
    isn: { client: 1000, server: 5000 },
    wscale: { client: null, server: null },
    handshakeRttMs: null,
    stateChanges: [],
    counts: countMarks(segments),
    ...rest,
    segments,
  };
}

/** HTTP/1.0 over a full connection: handshake (window scale 7 both ways), GET, 200, close. */
export function httpCloseConversation(): Conversation {
  const synOpts = { mss: 1460, wscale: 7, sackPermitted: true, timestamp: { value: 11, echo: 0 } };
  const segments = [
    seg(1, 0, 'client', ['SYN'], 0, 0, { win: 64240, options: synOpts }),
    seg(2, 50, 'server', ['SYN', 'ACK'], 0, 1, {
      win: 65160,
      options: { ...synOpts, timestamp: { value: 22, echo: 11 } },
    }),
    seg(3, 60, 'client', ['ACK'], 1, 1, { win: 502 * 128 }),
    seg(4, 100, 'client', ['PSH', 'ACK'], 1, 1, {
      len: 78,
      win: 502 * 128,
      http: {
        kind: 'request',
        line: 'GET / HTTP/1.0',
        method: 'GET',
        target: '/',
        version: 'HTTP/1.0',
      },
    }),
    seg(5, 150, 'server', ['ACK'], 1, 79, { win: 509 * 128 }),
    seg(6, 200, 'server', ['PSH', 'ACK'], 1, 79, {
      len: 200,
      win: 509 * 128,
      http: {
        kind: 'response',
        line: 'HTTP/1.0 200 OK',
        version: 'HTTP/1.0',
        status: 200,
        reason: 'OK',
      },
    }),
    seg(7, 210, 'server', ['FIN', 'ACK'], 201, 79, { win: 509 * 128 }),
    seg(8, 220, 'client', ['ACK'], 79, 202, { win: 501 * 128 }),
    seg(9, 230, 'client', ['FIN', 'ACK'], 79, 202, { win: 501 * 128 }),
    seg(10, 300, 'server', ['ACK'], 202, 80, { win: 509 * 128 }),
  ];
  return conversation(segments, {
    wscale: { client: 7, server: 7 },
    handshakeRttMs: 60,
    initialStates: { client: 'CLOSED', server: 'LISTEN' },
    finalStates: { client: 'CLOSED', server: 'TIME-WAIT' },
    stateChanges: [
      change(1, 0, 'client', 'CLOSED', 'SYN-SENT'),
      change(1, 0, 'server', 'LISTEN', 'SYN-RECEIVED'),
      change(2, 50, 'client', 'SYN-SENT', 'ESTABLISHED'),
      change(3, 60, 'server', 'SYN-RECEIVED', 'ESTABLISHED'),
      change(7, 210, 'server', 'ESTABLISHED', 'FIN-WAIT-1'),
      change(7, 210, 'client', 'ESTABLISHED', 'CLOSE-WAIT'),
      change(8, 220, 'server', 'FIN-WAIT-1', 'FIN-WAIT-2'),
      change(9, 230, 'client', 'CLOSE-WAIT', 'LAST-ACK'),
      change(9, 230, 'server', 'FIN-WAIT-2', 'TIME-WAIT'),
      change(10, 300, 'client', 'LAST-ACK', 'CLOSED'),
    ],
  });
}

/** A capture that starts in the middle of a transfer: no SYN, both sides assumed ESTABLISHED. */
export function midConnectionConversation(): Conversation {
  const segments = [
    seg(1, 5, 'client', ['PSH', 'ACK'], 0, 0, { len: 100, win: 501 }),
    seg(2, 6, 'server', ['ACK'], 0, 100, { win: 509 }),
    seg(3, 9, 'client', ['PSH', 'ACK'], 100, 0, { len: 50, win: 501 }),
  ];
  return conversation(segments, {
    midConnection: true,
    isn: { client: 3_000_000_000, server: 4_294_967_000 },
    initialStates: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    finalStates: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  });
}

/** A SYN to a closed port, answered with RST, ACK. */
export function refusedConversation(): Conversation {
  const segments = [
    seg(1, 0, 'client', ['SYN'], 0, 0, { options: { mss: 65495 } }),
    seg(2, 0.04, 'server', ['RST', 'ACK'], 0, 1, { win: 0 }),
  ];
  return conversation(segments, {
    server: { ip: '127.0.0.1', port: 9 },
    client: { ip: '127.0.0.1', port: 51000 },
    initialStates: { client: 'CLOSED', server: 'CLOSED' },
    finalStates: { client: 'CLOSED', server: 'CLOSED' },
    stateChanges: [
      change(1, 0, 'client', 'CLOSED', 'SYN-SENT'),
      change(2, 0.04, 'client', 'SYN-SENT', 'CLOSED'),
    ],
  });
}

/**
 * A transfer already established (mid-connection) with every mark: a segment not captured, three
 * duplicate ACKs, a fast retransmission, a retransmission, out-of-order, zero window, window update,
 * keep-alive.
 */
export function marksConversation(): Conversation {
  const d = { len: 1000, win: 8000 };
  const segments = [
    seg(1, 0, 'client', ['ACK'], 1, 1, d),
    seg(2, 10, 'server', ['ACK'], 1, 1001),
    seg(3, 20, 'client', ['ACK'], 2001, 1, { ...d, analysis: ['lost-segment'] }),
    seg(4, 21, 'server', ['ACK'], 1, 1001, { analysis: ['dup-ack'], dupAck: { n: 1, of: 2 } }),
    seg(5, 22, 'client', ['ACK'], 3001, 1, d),
    seg(6, 23, 'server', ['ACK'], 1, 1001, { analysis: ['dup-ack'], dupAck: { n: 2, of: 2 } }),
    seg(7, 24, 'client', ['ACK'], 4001, 1, d),
    seg(8, 25, 'server', ['ACK'], 1, 1001, { analysis: ['dup-ack'], dupAck: { n: 3, of: 2 } }),
    seg(9, 26, 'client', ['ACK'], 1001, 1, {
      ...d,
      analysis: ['fast-retransmission'],
      retransmits: 3,
    }),
    seg(10, 30, 'server', ['ACK'], 1, 5001, { win: 0, analysis: ['zero-window'] }),
    seg(11, 60, 'server', ['ACK'], 1, 5001, { win: 4000, analysis: ['window-update'] }),
    seg(12, 70, 'client', ['ACK'], 6001, 1, d),
    seg(13, 71, 'client', ['ACK'], 5001, 1, { ...d, analysis: ['out-of-order'] }),
    seg(14, 1200, 'client', ['ACK'], 5001, 1, {
      ...d,
      analysis: ['retransmission'],
      retransmits: 13,
    }),
    seg(15, 1300, 'server', ['ACK'], 1, 7001),
    seg(16, 9000, 'client', ['ACK'], 7000, 1, { len: 1, analysis: ['keep-alive'] }),
  ];
  return conversation(segments, {
    midConnection: true,
    initialStates: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    finalStates: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  });
}
