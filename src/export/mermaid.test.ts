// @vitest-environment jsdom
// The Mermaid export: the exact text of a known run, and Mermaid's own parser reads every message.
import { describe, expect, it } from 'vitest';
import { getBuiltin } from '../scenarios';
import { simulateTcp } from '../engine/tcp/simulate';
import type { TcpTrace } from '../engine/trace';
import { mermaidText, tcpMermaid } from './mermaid';

const run = (id: string): TcpTrace => {
  const b = getBuiltin(id);
  if (!b) throw new Error(`no built-in ${id}`);
  return simulateTcp(b.scenario);
};

/** Messages and notes as Mermaid's sequence database holds them after parsing. */
async function parseWithMermaid(text: string) {
  const mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  await mermaid.parse(text); // throws on a syntax error
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getMessages(): {
      from?: string;
      to?: string;
      message: string | { text: string };
      type: number;
    }[];
  };
  return db.getMessages();
}

describe('tcpMermaid', () => {
  it('writes the lost SYN scenario message by message', () => {
    const text = tcpMermaid(run('lost-syn'), { relative: true });
    expect(text.split('\n').slice(0, 10)).toEqual([
      'sequenceDiagram',
      '    participant Client',
      '    participant Server',
      '    Note right of Server: LISTEN',
      '    Note left of Client: SYN-SENT',
      '    Client-xServer: SYN seq=0',
      '    Note left of Client: RTO expired',
      '    Client->>Server: SYN seq=0 (retransmission)',
      '    Note right of Server: SYN-RECEIVED',
      '    Server->>Client: SYN, ACK seq=0 ack=1',
    ]);
    expect(text.endsWith('    Note left of Client: CLOSED\n')).toBe(true);
  });

  it('has one message per segment, lost ones as -x only', () => {
    const trace = run('lost-syn-ack');
    const text = tcpMermaid(trace, { relative: true });
    const sent = trace.events.filter((e) => e.kind === 'segment.sent');
    const lost = sent.filter((e) => e.arriveAt === null);
    expect(lost.length).toBeGreaterThan(0);
    expect(text.match(/^ {4}(Client|Server)(->>|-x)(Client|Server): /gm)).toHaveLength(sent.length);
    expect(text.match(/^ {4}\w+-x\w+: /gm)).toHaveLength(lost.length);
  });

  it('writes absolute numbers when asked', () => {
    const trace = run('normal');
    const text = tcpMermaid(trace, { relative: false });
    expect(text).toContain(`Client->>Server: SYN seq=${trace.iss.client}\n`);
  });

  it('escapes what Mermaid would read as syntax', () => {
    expect(mermaidText('a;b #1\nc')).toBe('a#59;b #35;1 c');
  });

  it('parses with Mermaid: every segment is a message, lost ones end in a cross', async () => {
    const trace = run('lost-syn');
    const messages = await parseWithMermaid(tcpMermaid(trace, { relative: true }));
    const arrows = messages.filter((m) => m.from && m.to && m.from !== m.to);
    const sent = trace.events.filter((e) => e.kind === 'segment.sent');
    expect(arrows).toHaveLength(sent.length);
    const text = (m: (typeof messages)[number]) =>
      typeof m.message === 'string' ? m.message : m.message.text;
    expect(text(arrows[0]!)).toBe('SYN seq=0');
    // Mermaid's line types: SOLID = 0, SOLID_CROSS = 3 (sequenceDb LINETYPE).
    expect(arrows.map((m) => m.type)).toEqual(
      sent.map((e) => (e.kind === 'segment.sent' && e.arriveAt === null ? 3 : 0)),
    );
  }, 30_000);
});
