// Narration of the opt-in congestion control: cc.changed and bottleneck queue drops, in both languages.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/i18n';
import { parseScenario } from '../scenarios/schema';
import { simulateTcp } from '../engine/tcp/simulate';
import { narrate } from './narrate';

function run() {
  const r = parseScenario({
    kind: 'tcp',
    mss: 960,
    bandwidthBps: 1_000_000,
    queuePackets: 6,
    client: { open: { at: 0 }, send: [{ at: 0, bytes: 200 * 960 }], close: { at: 200 } },
    server: { listen: true, close: { at: 120_000 } },
    congestion: { algorithm: 'newreno', initialCwnd: 2 },
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return simulateTcp(r.value);
}

describe('congestion narration', () => {
  const trace = run();
  const stepOf = (pred: (e: (typeof trace.events)[number]) => boolean): number =>
    trace.events.find(pred)!.step;

  it('says what each congestion change means, in English and Chinese', () => {
    const causes = ['newAck', 'tripleDupAck', 'dupAck', 'partialAck', 'fullAck'] as const;
    for (const cause of causes) {
      const step = stepOf((e) => e.kind === 'cc.changed' && e.cause === cause);
      const en = narrate(trace, step, translatorFor('en')).join(' ');
      const zh = narrate(trace, step, translatorFor('zh-CN')).join(' ');
      expect(en, cause).not.toMatch(/\{\{|narr\.cc/);
      expect(zh, cause).not.toMatch(/\{\{|narr\.cc/);
    }
    const triple = stepOf((e) => e.kind === 'cc.changed' && e.cause === 'tripleDupAck');
    expect(narrate(trace, triple, translatorFor('en')).join(' ')).toMatch(
      /third duplicate ACK.*fast retransmit.*fast recovery/,
    );
    expect(narrate(trace, triple, translatorFor('zh-CN')).join(' ')).toMatch(/快速重传.*快速恢复/);
  });

  it('names a drop at the full bottleneck queue', () => {
    const step = stepOf((e) => e.kind === 'segment.lost' && e.reason === 'queue');
    expect(narrate(trace, step, translatorFor('en')).join(' ')).toMatch(/queue is full/);
    expect(narrate(trace, step, translatorFor('zh-CN')).join(' ')).toMatch(/队列已满/);
  });
});
