// The postMessage protocol: which messages are commands, which are ignored and why, what leaves.
import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIO_CHARS,
  MAX_SUMMARY_CHARS,
  acceptsOrigin,
  endedMessage,
  errorMessage,
  firstSentence,
  parseCommand,
  readScenarioPayload,
  readyMessage,
  stepMessage,
  targetOrigin,
} from './protocol';

const env = { source: 'wirewalk', version: 1 } as const;

describe('parseCommand', () => {
  it('accepts the four commands', () => {
    expect(parseCommand({ ...env, type: 'play' })).toEqual({
      ok: true,
      command: { ...env, type: 'play' },
    });
    expect(parseCommand({ ...env, type: 'pause' })).toMatchObject({ ok: true });
    expect(parseCommand({ ...env, type: 'goto', step: 7 })).toEqual({
      ok: true,
      command: { ...env, type: 'goto', step: 7 },
    });
    // Out-of-range steps are valid commands: the player clamps them.
    expect(parseCommand({ ...env, type: 'goto', step: -3 })).toMatchObject({ ok: true });
    expect(parseCommand({ ...env, type: 'load', scenario: { kind: 'tcp' } })).toMatchObject({
      ok: true,
      command: { type: 'load', scenario: { kind: 'tcp' } },
    });
    expect(parseCommand({ ...env, type: 'load', scenario: '{}', step: 2 })).toMatchObject({
      ok: true,
      command: { step: 2 },
    });
  });

  it('calls anything without source "wirewalk" foreign', () => {
    for (const data of [null, undefined, 42, 'play', [], {}, { type: 'play' }, { source: 'x' }]) {
      expect(parseCommand(data)).toMatchObject({ ok: false, reason: 'foreign' });
    }
  });

  it('rejects other versions', () => {
    expect(parseCommand({ ...env, version: 2, type: 'play' })).toMatchObject({
      ok: false,
      reason: 'version',
    });
    expect(parseCommand({ source: 'wirewalk', type: 'play' })).toMatchObject({
      ok: false,
      reason: 'version',
    });
    expect(parseCommand({ ...env, version: '1', type: 'play' })).toMatchObject({
      reason: 'version',
    });
  });

  it('rejects unknown types, including the events the embed itself posts', () => {
    for (const type of ['ready', 'step', 'ended', 'error', 'eval', undefined, 3]) {
      expect(parseCommand({ ...env, type })).toMatchObject({ ok: false, reason: 'unknown' });
    }
  });

  it('rejects malformed commands with the field at fault', () => {
    for (const step of ['3', 1.5, null, Number.NaN, Infinity, 2 ** 60, undefined]) {
      const r = parseCommand({ ...env, type: 'goto', step });
      expect(r).toMatchObject({ ok: false, reason: 'malformed' });
      if (!r.ok) expect(r.detail).toContain('step');
    }
    expect(parseCommand({ ...env, type: 'load', scenario: {}, step: 'x' })).toMatchObject({
      reason: 'malformed',
    });
  });

  it('keeps warnings short whatever arrives', () => {
    const r = parseCommand({ ...env, type: 'x'.repeat(10_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail.length).toBeLessThan(100);
  });
});

describe('readScenarioPayload', () => {
  it('takes an object or JSON text of an object', () => {
    expect(readScenarioPayload({ kind: 'tcp' })).toEqual({ ok: true, value: { kind: 'tcp' } });
    expect(readScenarioPayload('{"kind":"tcp"}')).toEqual({ ok: true, value: { kind: 'tcp' } });
  });

  it('says what is wrong otherwise', () => {
    expect(readScenarioPayload('{nope')).toMatchObject({ ok: false, message: /not valid JSON/ });
    expect(readScenarioPayload('[1]')).toMatchObject({ ok: false, message: /JSON object/ });
    expect(readScenarioPayload(42)).toMatchObject({ ok: false, message: /JSON object/ });
    expect(readScenarioPayload(null)).toMatchObject({ ok: false });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readScenarioPayload(cyclic)).toMatchObject({ ok: false, message: /JSON/ });
  });

  it('refuses oversized scenarios, as text or as objects', () => {
    const big = 'x'.repeat(MAX_SCENARIO_CHARS);
    expect(readScenarioPayload({ kind: 'tcp', big })).toMatchObject({ message: /too large/ });
    expect(readScenarioPayload(JSON.stringify({ big }))).toMatchObject({ message: /too large/ });
  });
});

describe('origins', () => {
  it('accepts any origin without a host origin, else only that one', () => {
    expect(acceptsOrigin(null, 'https://evil.example')).toBe(true);
    expect(acceptsOrigin('https://school.example', 'https://school.example')).toBe(true);
    expect(acceptsOrigin('https://school.example', 'https://evil.example')).toBe(false);
    expect(acceptsOrigin('https://school.example', 'http://school.example')).toBe(false);
    expect(acceptsOrigin('https://school.example', 'null')).toBe(false);
  });

  it('posts to the host origin, else to any', () => {
    expect(targetOrigin(null)).toBe('*');
    expect(targetOrigin('https://school.example')).toBe('https://school.example');
  });
});

describe('outgoing messages', () => {
  it('are versioned', () => {
    expect(
      readyMessage({ view: 'tcp', scenario: 'normal', step: 0, total: 18, lang: 'en' }),
    ).toEqual({
      ...env,
      type: 'ready',
      view: 'tcp',
      scenario: 'normal',
      step: 0,
      total: 18,
      lang: 'en',
    });
    expect(stepMessage(3, 18, 'Client sends a SYN. More.')).toEqual({
      ...env,
      type: 'step',
      index: 3,
      total: 18,
      summary: 'Client sends a SYN.',
    });
    expect(endedMessage(18)).toEqual({ ...env, type: 'ended', total: 18 });
    expect(errorMessage('load', 'rttMs: must be > 0 ms')).toEqual({
      ...env,
      type: 'error',
      command: 'load',
      message: 'rttMs: must be > 0 ms',
    });
  });

  it('can be cloned for postMessage (plain data)', () => {
    const m = stepMessage(1, 2, 'x');
    expect(structuredClone(m)).toEqual(m);
  });
});

describe('firstSentence', () => {
  it('cuts at the first sentence end, not inside numbers', () => {
    expect(firstSentence('RTO is 1.5 s. Then it doubles.')).toBe('RTO is 1.5 s.');
    expect(firstSentence('Why? Because.')).toBe('Why?');
    expect(firstSentence('客户端发送 SYN。服务器回复。')).toBe('客户端发送 SYN。');
    expect(firstSentence('  no end  ')).toBe('no end');
    expect(firstSentence('')).toBe('');
  });

  it('caps the length', () => {
    const s = firstSentence('a'.repeat(1000));
    expect(s.length).toBe(MAX_SUMMARY_CHARS);
    expect(s.endsWith('…')).toBe(true);
  });
});
