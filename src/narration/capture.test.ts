// Narration of captured conversations: what the capture shows at each step, in both languages,
// with Wireshark's marks and the relative numbers of the sequence diagram.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/i18n';
import { toTcpTrace } from '../capture/toTcpTrace';
import {
  httpCloseConversation,
  marksConversation,
  midConnectionConversation,
  refusedConversation,
} from '../capture/toTcpTrace.fixtures';
import { narrate } from './narrate';
import { captureHeading, captureTime } from './capture';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const rel = { relative: true };

describe('narrating a captured conversation', () => {
  const trace = toTcpTrace(httpCloseConversation(), { fileName: 'http10-close.pcap' });

  it('introduces the conversation, the numbering, the starting states and the drawing', () => {
    expect(narrate(trace, 0, en, rel)).toEqual([
      'Conversation conv-1 of http10-close.pcap: 10.0.0.1:40000 (the client) talks to 10.0.0.2:80 (the server), 10 packets in 300 ms.',
      'Sequence and acknowledgment numbers are relative, as in Wireshark: each side’s ISN counts as 0.',
      'The states are inferred from the segments, by the rules of RFC 9293: the client starts in CLOSED, the server in LISTEN.',
      'No analysis marks: no retransmission, duplicate ACK, gap or window problem was seen.',
      'The capture saw each segment once, at one point of the path: an arrow starts at that time, and its slope (10 ms) only makes it readable; it is not a measured delay.',
      'Step forward to go through the captured segments one by one.',
    ]);
    expect(narrate(trace, 0, en, { relative: false })[1]).toContain('absolute');
  });

  it('tells the SYN with its options and the state it causes on both sides', () => {
    expect(narrate(trace, 1, en, rel)).toEqual([
      'The client sends SYN with seq=0: it asks to open a connection; window 64240 bytes.',
      'Its SYN options: MSS 1460 bytes, window scale 7 (×128), SACK permitted, timestamps.',
      'The client enters SYN-SENT: it has sent its SYN and waits for the answer.',
      'The server moves from LISTEN to SYN-RECEIVED: it got a SYN and waits for the ACK of its own SYN.',
    ]);
  });

  it('tells the ACKs that complete the handshake and acknowledge a FIN', () => {
    expect(narrate(trace, 3, en, rel)[0]).toBe(
      'The client sends ACK with ack=1: it acknowledges the server’s SYN, which completes the three-way handshake; window 64256 bytes.',
    );
    expect(narrate(trace, 8, zh, rel)[0]).toBe(
      '客户端发送 ACK，ack=202：确认服务器的 FIN（FIN 和 SYN 一样要占用一个序列号）。',
    );
    expect(narrate(trace, 5, en, rel)[0]).toBe(
      'The server sends ACK with ack=79: it has every byte of the client’s stream before 79; window 65152 bytes.',
    );
  });

  it('gives data with relative numbers, scaled windows and the HTTP line', () => {
    expect(narrate(trace, 4, en, rel)).toEqual([
      'The client sends 78 bytes with seq=1 (bytes 1 to 78 of its stream), ack=1, window 64256 bytes.',
      'Its payload starts with an HTTP request line: “GET / HTTP/1.0”.',
    ]);
    expect(narrate(trace, 6, zh, rel)).toEqual([
      '服务器发送 200 字节数据，seq=1（其字节流中的第 1 到第 200 个字节），ack=79，窗口 65152 字节。',
      '它的载荷以一条 HTTP 状态行开头：“HTTP/1.0 200 OK”（状态码 200）。',
    ]);
    // Absolute numbers are the ISN plus the relative ones.
    expect(narrate(trace, 4, en, { relative: false })[0]).toContain('seq=1001');
  });

  it('ends with the inferred final states', () => {
    const last = narrate(trace, trace.steps, en, rel);
    expect(last).toContain('The client’s connection is closed normally.');
    expect(last.at(-1)).toBe(
      'This is the last captured segment: the client ends in CLOSED, the server in TIME-WAIT.',
    );
  });

  it('heads each step with its frame and capture time', () => {
    expect(captureHeading(trace, 4, en)).toBe('Step 4 · frame 4 · t = 100 ms');
    expect(captureHeading(trace, 0, zh)).toBe('第 0 步');
    expect(captureHeading(trace, 4, zh)).toBe('第 4 步 · 第 4 帧 · t = 100 毫秒');
  });
});

describe('narrating analysis marks', () => {
  const trace = toTcpTrace(marksConversation());

  it('counts the marks in the introduction', () => {
    expect(narrate(trace, 0, en, rel)).toContain(
      'Analysis marks, as Wireshark sets them: 1 × Retransmission, 1 × Fast retransmission, 3 × Duplicate ACK, 1 × Zero window, 1 × Window update, 1 × Out-of-order, 1 × Lost segment, 1 × Keep-alive.',
    );
  });

  it('explains a duplicate ACK with Wireshark’s mark and the relative ack, in both languages', () => {
    const [, mark] = narrate(trace, 6, en, rel);
    expect(mark).toBe(
      'Wireshark marks it [TCP Dup ACK 2#2]: duplicate ACK #2 of frame 2: the server still expects byte 1001, so a segment is probably missing; the third duplicate ACK triggers a fast retransmit.',
    );
    const zhMark = narrate(trace, 6, zh, rel)[1];
    expect(zhMark).toContain('[TCP Dup ACK 2#2]（重复确认）');
    expect(zhMark).toContain('字节 1001');
  });

  it('explains retransmissions with the frame they repeat, gaps with the bytes missing', () => {
    expect(narrate(trace, 9, en, rel)[1]).toBe(
      'Wireshark marks it [TCP Fast Retransmission]: it repeats bytes first sent in frame 3 right after duplicate ACKs, without waiting for the RTO (fast retransmit).',
    );
    expect(narrate(trace, 14, en, rel)[1]).toContain(
      '[TCP Retransmission]: it repeats bytes first sent in frame 13',
    );
    expect(narrate(trace, 3, en, rel)[1]).toBe(
      'Wireshark marks it [TCP Previous segment not captured]: 1000 bytes before seq=2001 never passed the capture point: lost on the way, or missed by the capture.',
    );
    expect(narrate(trace, 3, zh, rel)[1]).toContain('seq=2001 之前的 1000 字节');
  });

  it('explains zero window, window update, out-of-order and keep-alive', () => {
    expect(narrate(trace, 10, en, rel)[1]).toContain(
      '[TCP ZeroWindow]: the server advertises a window of 0',
    );
    expect(narrate(trace, 11, en, rel)[1]).toContain('its window is now 4000 bytes');
    expect(narrate(trace, 13, en, rel)[1]).toContain('[TCP Out-Of-Order]');
    expect(narrate(trace, 16, zh, rel)[1]).toContain('[TCP Keep-Alive]（保活）');
  });
});

describe('narrating other openings', () => {
  it('says a mid-connection capture assumes ESTABLISHED', () => {
    const intro = narrate(toTcpTrace(midConnectionConversation()), 0, zh, rel);
    expect(intro[0]).toMatch(/^会话 conv-1：/);
    expect(intro[2]).toContain('假定两端都处于 ESTABLISHED');
  });

  it('tells a refused connection', () => {
    const trace = toTcpTrace(refusedConversation());
    expect(narrate(trace, 2, en, rel)).toEqual([
      'The server answers the SYN with RST: nothing listens on that port, so the connection is refused.',
      'The client moves from SYN-SENT to CLOSED: an RST ended the connection.',
      'The client’s application is told “connection refused”: its SYN was answered with RST.',
      'This is the last captured segment: the client ends in CLOSED, the server in CLOSED.',
    ]);
  });
});

describe('captureTime', () => {
  it('keeps the precision of capture timestamps', () => {
    expect(captureTime(0.034, en)).toBe('34 µs');
    expect(captureTime(0.0345, zh)).toBe('34.5 微秒');
    expect(captureTime(12.3456, en)).toBe('12.346 ms');
    expect(captureTime(0, en)).toBe('0 ms');
    expect(captureTime(61_234.5678, en)).toBe('61.234568 s');
  });
});
