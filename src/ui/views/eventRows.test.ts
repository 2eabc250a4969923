// The event list's rows: the narration's sentences per step, who acted, a cache per trace and
// language, and the window of steps around the player's step.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/i18n';
import { narrate } from '../../narration/narrate';
import { indexTrace } from '../../narration/index';
import { lostSynTrace } from '../../viz/testFixtures';
import { eventRow, eventWindow, whoOf } from './eventRows';
import { toTcpTrace } from '../../capture/toTcpTrace';
import { marksConversation } from '../../capture/toTcpTrace.fixtures';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('eventRow', () => {
  const trace = lostSynTrace();

  it('gives each step its time and the narration’s sentences', () => {
    for (let step = 0; step <= trace.steps; step++) {
      const row = eventRow(trace, step, en, true);
      expect(row.step).toBe(step);
      expect(row.sentences).toEqual(narrate(trace, step, en, { relative: true }));
      expect(row.t).toBe(indexTrace(trace).byStep[step]?.[0]?.t ?? 0);
    }
    expect(eventRow(trace, 1, zh, false).sentences).toEqual(
      narrate(trace, 1, zh, { relative: false }),
    );
  });

  it('narrates a step once per trace, language and numbering', () => {
    expect(eventRow(trace, 2, en, true)).toBe(eventRow(trace, 2, en, true));
    expect(eventRow(trace, 2, en, false)).not.toBe(eventRow(trace, 2, en, true));
    expect(eventRow(trace, 2, zh, true)).not.toBe(eventRow(trace, 2, en, true));
  });

  it('says who acted: one endpoint, both, or the network alone', () => {
    const events = trace.events;
    const clientSent = events.filter(
      (e) => e.kind === 'segment.sent' && e.segment.from === 'client',
    );
    const serverStates = events.filter(
      (e) => e.kind === 'state.changed' && e.endpoint === 'server',
    );
    const lost = events.filter((e) => e.kind === 'segment.lost');
    expect(whoOf(clientSent)).toBe('client');
    expect(whoOf(serverStates)).toBe('server');
    expect(whoOf([...clientSent, ...serverStates, ...lost])).toBe('both');
    expect(lost.length).toBeGreaterThan(0);
    expect(whoOf(lost)).toBe('network');
    expect(whoOf([...lost, ...serverStates])).toBe('server');
  });
});

describe('eventRow of a captured conversation', () => {
  const trace = toTcpTrace(marksConversation());

  it('gives the frame, the capture time and the sender of each step', () => {
    const row = eventRow(trace, 6, en, true);
    expect(row).toMatchObject({ step: 6, frame: 6, t: 23, time: '23 ms', who: 'server' });
    expect(row.sentences[0]).toBe(
      'The server sends ACK with ack=1001: it has every byte of the client’s stream before 1001; window 65535 bytes.',
    );
    expect(row.sentences[1]).toContain('[TCP Dup ACK 2#2]');
    expect(eventRow(trace, 3, zh, true)).toMatchObject({
      frame: 3,
      time: '20 毫秒',
      who: 'client',
    });
    expect(eventRow(trace, 0, en, true).frame).toBeUndefined();
  });
});

describe('eventWindow', () => {
  it('shows every step of a short run', () => {
    expect(eventWindow(20, 6, 40, 8)).toEqual({ first: 0, last: 20 });
  });

  it('shows a fixed-size window around the step of a long run, clamped at both ends', () => {
    expect(eventWindow(5000, 100, 40, 8)).toEqual({ first: 92, last: 131 });
    expect(eventWindow(5000, 3, 40, 8)).toEqual({ first: 0, last: 39 });
    expect(eventWindow(5000, 4999, 40, 8)).toEqual({ first: 4961, last: 5000 });
  });

  it('looks earlier or later by a shift', () => {
    expect(eventWindow(5000, 100, 40, 8, 40)).toEqual({ first: 132, last: 171 });
    expect(eventWindow(5000, 100, 40, 8, -400)).toEqual({ first: 0, last: 39 });
  });
});
