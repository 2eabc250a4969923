// Narration of the built-in scenarios as the engine runs them: concrete sentences at chosen steps.
import { describe, expect, it } from 'vitest';
import { simulateTcp } from '../engine/tcp/simulate';
import { BUILTIN_SCENARIOS, getBuiltin } from '../scenarios';
import { translatorFor } from '../i18n/i18n';
import { narrate } from './narrate';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('narrate: built-in scenarios run by the engine', () => {
  const traceOf = (id: string) => simulateTcp(getBuiltin(id)!.scenario);

  it('normal: the handshake, the data ACK and TIME-WAIT', () => {
    const trace = traceOf('normal');
    expect(narrate(trace, 3, en)).toContain(
      'The server answers SYN, ACK with seq=0, ack=1: it picks its own ISN, and since a SYN consumes one sequence number, the next byte it expects is ISN+1.',
    );
    expect(narrate(trace, 7, en)).toContain(
      'The server sends ACK with ack=101 because 100 bytes starting at seq=1 arrived.',
    );
    expect(narrate(trace, 16, zh)).toContain(
      '客户端进入 TIME-WAIT：服务器的 FIN 已到达并已被确认。',
    );
  });

  it('lost-third-ack-idle: the duplicate SYN, ACK is re-ACKed', () => {
    const lines = narrate(traceOf('lost-third-ack-idle'), 7, en);
    expect(lines).toEqual([
      'The client receives SYN, ACK again (a retransmission, since its ACK was lost): it is already ESTABLISHED, so it simply ACKs it again.',
      'The client repeats its ACK (ack=1) for the duplicate, so the server can stop retransmitting.',
    ]);
  });

  it('syn-retries-exhausted: backoff capped at the maximum RTO, then failure', () => {
    const trace = traceOf('syn-retries-exhausted');
    expect(narrate(trace, 14, en)).toContain(
      'The client would double its RTO but caps it at the maximum: 32 s → 60 s (RFC 6298), and waits again.',
    );
    expect(narrate(trace, trace.steps, zh)).toEqual([
      '客户端的重传计时器再次超时：已经重传了 6 次，仍未收到 ACK。',
      '客户端从 SYN-SENT 进入 CLOSED：重试次数已用完。',
      '客户端重试 6 次后放弃：连接失败（超时）。',
      '本次运行到此结束。',
    ]);
  });

  it('old-duplicate-syn: the stale SYN keeps its absolute number and is reset', () => {
    const trace = traceOf('old-duplicate-syn');
    expect(narrate(trace, 2, en)).toEqual([
      'An old duplicate SYN (seq=90) from an earlier connection shows up in the network.',
    ]);
    expect(narrate(trace, 5, en, { relative: false })[1]).toBe(
      'The client answers with RST (seq=91): the segment acknowledges a sequence number it never sent, so it must come from an old connection.',
    );
  });

  it('port-closed: connection refused', () => {
    expect(narrate(traceOf('port-closed'), 2, en)[1]).toBe(
      'The server answers with RST: no application listens on that port, so the connection is refused.',
    );
  });
});

describe('narrate: every step of every built-in scenario', () => {
  it('gives real sentences (no placeholder, raw key or empty step) in both languages', () => {
    const bad: string[] = [];
    for (const b of BUILTIN_SCENARIOS) {
      const trace = simulateTcp(b.scenario);
      for (let step = 0; step <= trace.steps; step++) {
        for (const t of [en, zh]) {
          const lines = narrate(trace, step, t);
          if (lines.length === 0) bad.push(`${b.id}@${step}: no sentence`);
          for (const line of lines)
            if (/\{\{|narr\.|undefined|^$/.test(line)) bad.push(`${b.id}@${step}: ${line}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
