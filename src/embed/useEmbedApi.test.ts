// The embed's API against real player stores: commands, origin and source checks, the events in
// order, and the per-view summaries; autoplay and loop decisions.
import { describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { CONGESTION_KIND, JOURNEY_KIND, TCP_KIND, defaultEntry } from '../store/kinds';
import { createPlayerStore } from '../store/playerStore';
import { createCongestionStore } from '../store/congestionStore';
import { createJourneyStore } from '../store/journeyStore';
import type { PlayerCore } from '../store/playerCore';
import { connectEmbedApi, runCommand, type Host } from './useEmbedApi';
import { loadNarrator, summaryOf } from './summary';
import { LOOP_HOLD_MS, loopPlayback, reachedEnd, shouldAutoplay, type Timers } from './useEmbed';
import type { EmbedMessage } from './protocol';

const env = { source: 'wirewalk', version: 1 } as const;

function tcpStore(id = 'port-closed', step = 0): StoreApi<PlayerCore> {
  const entry = TCP_KIND.builtins.find((b) => b.id === id)!;
  return createPlayerStore(TCP_KIND, { scenarioId: id, input: entry.input, step, lang: 'en' });
}

function fakeHost() {
  const posts: { message: EmbedMessage; target: string }[] = [];
  const host: Host = {
    postMessage: ((message: EmbedMessage, target: string) => {
      posts.push({ message, target });
    }) as Host['postMessage'],
  };
  return { host, posts, types: () => posts.map((p) => p.message.type) };
}

describe('runCommand', () => {
  it('plays, pauses and goes to a clamped step', () => {
    const store = tcpStore('normal');
    const total = store.getState().trace.steps;
    runCommand(store, { ...env, type: 'play' });
    expect(store.getState().playing).toBe(true);
    runCommand(store, { ...env, type: 'pause' });
    expect(store.getState().playing).toBe(false);
    runCommand(store, { ...env, type: 'goto', step: 5 });
    expect(store.getState().step).toBe(5);
    runCommand(store, { ...env, type: 'goto', step: 10_000 });
    expect(store.getState().step).toBe(total);
    runCommand(store, { ...env, type: 'goto', step: -4 });
    expect(store.getState().step).toBe(0);
  });

  it('loads a valid scenario (object or JSON text) at step 0 or the step asked', () => {
    const store = tcpStore('normal', 4);
    const input = { kind: 'tcp', client: { open: { at: 0 } }, server: { listen: true }, rttMs: 40 };
    expect(runCommand(store, { ...env, type: 'load', scenario: input })).toBeNull();
    expect(store.getState().input).toEqual(input);
    expect(store.getState().step).toBe(0);
    const text = JSON.stringify({ ...input, rttMs: 80 });
    expect(runCommand(store, { ...env, type: 'load', scenario: text, step: 2 })).toBeNull();
    expect(store.getState().input).toMatchObject({ rttMs: 80 });
    expect(store.getState().step).toBe(2);
  });

  it('changes nothing for an invalid scenario and says why', () => {
    const store = tcpStore('normal', 3);
    const before = store.getState();
    const error = runCommand(store, {
      ...env,
      type: 'load',
      scenario: { kind: 'tcp', client: { open: { at: 0 } }, rttMs: -5 },
    });
    expect(error).toMatch(/rttMs/);
    const after = store.getState();
    expect(after.input).toBe(before.input);
    expect(after.trace).toBe(before.trace);
    expect(after.step).toBe(3);
    expect(after.errors).toEqual([]);
    // Another view's scenario is invalid here too.
    expect(runCommand(store, { ...env, type: 'load', scenario: { kind: 'congestion' } })).toEqual(
      expect.any(String),
    );
    expect(runCommand(store, { ...env, type: 'load', scenario: 'not json' })).toMatch(/JSON/);
  });
});

describe('connectEmbedApi', () => {
  it('posts ready, then the current step, then every step change and ended', async () => {
    const store = tcpStore();
    const { host, posts, types } = fakeHost();
    const api = connectEmbedApi(store, host, { hostOrigin: null }, vi.fn());
    const stop = api.start(await loadNarrator('tcp'));
    const total = store.getState().trace.steps;
    expect(posts[0]).toEqual({
      target: '*',
      message: {
        ...env,
        type: 'ready',
        view: 'tcp',
        scenario: 'port-closed',
        step: 0,
        total,
        lang: 'en',
      },
    });
    expect(posts[1]!.message).toMatchObject({ type: 'step', index: 0, total });
    for (let i = 0; i < total; i++) store.getState().stepForward();
    expect(types()).toEqual(['ready', 'step', ...Array<string>(total).fill('step'), 'ended']);
    const last = posts[posts.length - 2]!.message;
    expect(last).toMatchObject({ type: 'step', index: total });
    if (last.type === 'step') expect(last.summary.length).toBeGreaterThan(5);
    stop();
    store.getState().seek(0);
    expect(posts).toHaveLength(total + 3);
  });

  it('obeys only its host, only from the host origin, and warns about the rest', () => {
    const store = tcpStore('normal');
    const { host, posts } = fakeHost();
    const warn = vi.fn();
    const api = connectEmbedApi(store, host, { hostOrigin: 'https://school.example' }, warn);
    const goto = { ...env, type: 'goto', step: 3 };
    api.receive({ source: {}, origin: 'https://school.example', data: goto });
    expect(store.getState().step).toBe(0);
    api.receive({ source: host, origin: 'https://evil.example', data: goto });
    expect(store.getState().step).toBe(0);
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('https://evil.example'));
    api.receive({ source: host, origin: 'https://school.example', data: goto });
    expect(store.getState().step).toBe(3);
    api.receive({
      source: host,
      origin: 'https://school.example',
      data: { ...env, type: 'load', scenario: 1 },
    });
    expect(posts.at(-1)).toEqual({
      target: 'https://school.example',
      message: { ...env, type: 'error', command: 'load', message: expect.stringMatching(/object/) },
    });
  });

  it('ignores malformed messages with a warning (foreign ones once)', () => {
    const store = tcpStore('normal');
    const { host } = fakeHost();
    const warn = vi.fn();
    const api = connectEmbedApi(store, host, { hostOrigin: null }, warn);
    const from = (data: unknown) =>
      api.receive({ source: host, origin: 'https://any.example', data });
    from({ hello: 1 });
    from('play');
    from({ ...env, type: 'goto', step: 'x' });
    from({ ...env, version: 2, type: 'play' });
    from({ ...env, type: 'explode' });
    expect(warn).toHaveBeenCalledTimes(4);
    expect(store.getState().step).toBe(0);
    expect(store.getState().playing).toBe(false);
  });

  it('does nothing when the page is not framed', async () => {
    const store = tcpStore('normal');
    const api = connectEmbedApi(store, null, { hostOrigin: null }, vi.fn());
    api.receive({ source: null, origin: 'x', data: { ...env, type: 'play' } });
    expect(store.getState().playing).toBe(false);
    expect(api.start(await loadNarrator('tcp'))).toBeTypeOf('function');
  });
});

describe('summaries', () => {
  it('give the first narration sentence of each view', async () => {
    const stores: StoreApi<PlayerCore>[] = [
      tcpStore('normal', 1),
      createCongestionStore(CONGESTION_KIND, {
        scenarioId: defaultEntry(CONGESTION_KIND).id,
        input: defaultEntry(CONGESTION_KIND).input,
        step: 2,
        lang: 'zh-CN',
      }),
      createJourneyStore(JOURNEY_KIND, {
        scenarioId: defaultEntry(JOURNEY_KIND).id,
        input: defaultEntry(JOURNEY_KIND).input,
        step: 3,
        lang: 'en',
      }),
    ];
    for (const store of stores) {
      const s = store.getState();
      const summary = summaryOf(await loadNarrator(s.view), s);
      expect(summary.length, s.view).toBeGreaterThan(5);
    }
  });

  it('never throw', () => {
    expect(
      summaryOf(() => {
        throw new Error('x');
      }, tcpStore().getState()),
    ).toBe('');
  });
});

describe('autoplay and loop', () => {
  it('autoplays unless the reader asks for reduced motion', () => {
    expect(shouldAutoplay(true, false)).toBe(true);
    expect(shouldAutoplay(true, true)).toBe(false);
    expect(shouldAutoplay(false, false)).toBe(false);
  });

  function fakeTimers() {
    const pending: { run: () => void; ms: number }[] = [];
    const timers: Timers = {
      set: (run, ms) => {
        const t = { run, ms };
        pending.push(t);
        return t;
      },
      clear: (h) => void pending.splice(pending.indexOf(h as (typeof pending)[number]), 1),
    };
    return { timers, pending };
  }

  it('plays again from step 0 after holding the last step', () => {
    const store = tcpStore();
    const total = store.getState().trace.steps;
    const { timers, pending } = fakeTimers();
    const stop = loopPlayback(store, timers);
    store.getState().play();
    store.getState().advance(10 * 60_000);
    expect(store.getState()).toMatchObject({ step: total, playing: false });
    expect(pending).toHaveLength(1);
    expect(pending[0]!.ms).toBe(LOOP_HOLD_MS);
    pending.shift()!.run();
    expect(store.getState()).toMatchObject({ step: 0, playing: true });
    stop();
  });

  it('lets the viewer win: a move during the hold cancels the restart', () => {
    const store = tcpStore();
    const { timers, pending } = fakeTimers();
    loopPlayback(store, timers);
    store.getState().play();
    store.getState().advance(10 * 60_000);
    store.getState().stepBack();
    expect(pending).toHaveLength(0);
  });

  it('knows a play-through from a pause', () => {
    const s = tcpStore().getState();
    const total = s.trace.steps;
    expect(reachedEnd({ ...s, step: total, playing: false }, { ...s, playing: true })).toBe(true);
    expect(reachedEnd({ ...s, step: 2, playing: false }, { ...s, playing: true })).toBe(false);
    expect(reachedEnd({ ...s, step: total, playing: false }, { ...s, playing: false })).toBe(false);
  });
});
