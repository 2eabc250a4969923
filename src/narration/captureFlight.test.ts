// Narration of a captured conversation in the congestion view, in both languages: the set-up,
// each data segment with its bytes and the bytes in flight, retransmissions and why, ACKs with
// their window, duplicate ACKs and SACK blocks, the end.
import { describe, expect, it } from 'vitest';
import { captureFlightTrace } from '../capture/flight';
import { translatorFor } from '../i18n/i18n';
import { ConvBuilder, lossConversation } from '../viz/tcptrace/testConversations';
import { captureHeading, narrateCaptureFlight } from './captureFlight';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const trace = captureFlightTrace(lossConversation());

describe('capture narration (en)', () => {
  it('sets the scene: the conversation, what the charts draw, the counts, the estimate', () => {
    const intro = narrateCaptureFlight(trace, 0, en);
    expect(intro[0]).toBe(
      'Conversation conv-1 between 10.0.0.1:43210 (client) and 10.0.0.2:5001 (server): 15 segments over 80 ms.',
    );
    expect(intro[1]).toMatch(
      /^The charts show the data the client sent: each data segment is a vertical bar/,
    );
    expect(intro[2]).toBe(
      'Retransmissions by the client: 1 (1 of them fast); duplicate ACKs from the server: 3.',
    );
    expect(intro[3]).toMatch(
      /estimate cwnd as seen from the capture point.*only when the capture is made at the sender/,
    );
    expect(intro.at(-1)).toBe('Press Play or Step forward to follow it segment by segment.');
    expect(captureHeading(trace, 0, en)).toBe('Before the first segment');
    expect(captureHeading(trace, 13, en)).toBe('Frame 13 · t = 54 ms');
  });

  it('says which bytes each data segment carries and the bytes in flight after it', () => {
    expect(narrateCaptureFlight(trace, 5, en)).toEqual([
      't = 31 ms: the client sends bytes 1,449–2,896 (1,448 bytes); 2,896 bytes in flight.',
    ]);
  });

  it('names a fast retransmission and says why it happened', () => {
    const out = narrateCaptureFlight(trace, 13, en);
    expect(out[0]).toBe(
      't = 54 ms: the client sends bytes 1,449–2,896 again (a fast retransmission of frame 5); 5,792 bytes in flight.',
    );
    expect(out[1]).toMatch(/^Three duplicate ACKs told the client that this segment was lost/);
  });

  it('reads ACKs: how far they reach, the window, duplicates, SACK blocks', () => {
    expect(narrateCaptureFlight(trace, 2, en)).toEqual([
      't = 10 ms: the server answers with SYN, ACK: it acknowledges the client’s SYN (ACK = 1) and advertises a window of 65,535 bytes.',
    ]);
    expect(narrateCaptureFlight(trace, 9, en)).toEqual([
      't = 50 ms: the server acknowledges every byte up to 1,448 (ACK = 1,449) and advertises a window of 64,000 bytes: the client may send up to byte 65,448.',
      '5,792 bytes remain in flight.',
    ]);
    expect(narrateCaptureFlight(trace, 12, en).slice(1)).toEqual([
      'A duplicate ACK (#3 of the ACK in frame 9): a segment arrived above a missing one, so the ACK cannot move on.',
      'That is the third duplicate ACK: the client should now fast-retransmit the missing segment.',
      'SACK: it already holds bytes 2,897–7,240.',
      '5,792 bytes remain in flight.',
    ]);
  });

  it('ends with the totals', () => {
    expect(narrateCaptureFlight(trace, 15, en)).toEqual([
      't = 80 ms: the client sends a segment with FIN, ACK and no data.',
      'End of the conversation. Retransmissions: 1 (1 fast); most bytes in flight: 7,240.',
    ]);
  });

  it('follows the direction shown, and a retransmission after a timeout', () => {
    const server = captureFlightTrace(lossConversation(), 'server');
    expect(narrateCaptureFlight(server, 0, en)[1]).toBe(
      'The server sent no data in this conversation: there is nothing to draw in this direction.',
    );
    expect(narrateCaptureFlight(server, 5, en)).toEqual([
      't = 31 ms: the client acknowledges no data yet (ACK = 1) and advertises a window of 65,535 bytes.',
      'It also carries 1,448 bytes of the client’s own data (not drawn in this direction).',
    ]);
    const b = new ConvBuilder().handshake();
    b.data('client', 30, 1000);
    b.data('client', 330, 1000, { seq: 1, analysis: ['retransmission'], retransmits: 4 });
    b.ack('server', 350, 1001, 0, { analysis: ['zero-window'] });
    const rto = captureFlightTrace(b.build());
    expect(narrateCaptureFlight(rto, 5, en)).toEqual([
      't = 330 ms: the client sends bytes 1–1,000 again (a retransmission of frame 4); 1,000 bytes in flight.',
      'These bytes were sent before and not acknowledged in time: a retransmission after the timer (RTO) expired, or during a recovery. Drawn in its own colour and shape.',
    ]);
    expect(narrateCaptureFlight(rto, 6, en)[1]).toBe(
      'A zero window: the server’s receive buffer is full, so the client must stop sending until the window opens again.',
    );
  });
});

describe('capture narration (zh-CN)', () => {
  it('says the same in Chinese, numbers and RFC names unchanged', () => {
    expect(narrateCaptureFlight(trace, 13, zh)[0]).toBe(
      't = 54 ms：客户端再次发送字节 1,449–2,896（快速重传第 5 帧）；在途 5,792 字节。',
    );
    expect(narrateCaptureFlight(trace, 12, zh)).toContain('SACK：它已经收到字节 2,897–7,240。');
    expect(narrateCaptureFlight(trace, 9, zh)[0]).toBe(
      't = 50 ms：服务器确认第 1,448 字节及之前的所有字节（ACK = 1,449），并通告 64,000 字节的窗口：客户端最多可以发送到第 65,448 字节。',
    );
    expect(narrateCaptureFlight(trace, 0, zh)[0]).toBe(
      '会话 conv-1，在 10.0.0.1:43210（客户端）与 10.0.0.2:5001（服务器）之间：80 ms 内共 15 个报文段。',
    );
    expect(captureHeading(trace, 13, zh)).toBe('第 13 帧 · t = 54 ms');
    // Every step narrates without a missing key in either language.
    for (const t of [en, zh])
      for (let s = 0; s <= trace.steps; s++)
        for (const line of narrateCaptureFlight(trace, s, t))
          expect(line).not.toMatch(/cf\.|tt\.|\{\{/);
  });
});
