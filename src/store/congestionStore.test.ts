// The lab store drives the real rounds engine: clicks toggle losses at the same round, edits
// re-simulate, stepping never does; the workspace switches views and carries the language.
import { describe, expect, it, vi } from 'vitest';
import { simulateRounds } from '../engine/congestion/rounds';
import type { CongestionScenario } from '../scenarios/congestionSchema';
import {
  BUILTIN_CONGESTION_SCENARIOS,
  getCongestionBuiltin,
} from '../scenarios/congestionBuiltins';
import { createCongestionStore, parseCongestion, toggleLoss, withList } from './congestionStore';
import { activeStore, createWorkspace } from './workspace';
import { TCP_KIND } from './kinds';
import { loadView } from './loadKind';
import { lossConversation } from '../viz/tcptrace/testConversations';

function setup(id = 'cc-classic', step = 0) {
  const simulate = vi.fn((s: CongestionScenario) => simulateRounds(s));
  const entry = getCongestionBuiltin(id)!;
  const store = createCongestionStore(
    { builtins: BUILTIN_CONGESTION_SCENARIOS, simulate },
    { scenarioId: id, input: entry.input, step, lang: 'en' },
  );
  const s = () => store.getState();
  /** The rounds of the simulated trace on screen. */
  const rounds = () => {
    const trace = s().trace;
    if (trace.model === 'capture') throw new Error('a capture, not a simulation');
    return trace.summary.rounds;
  };
  return { simulate, s, rounds, store };
}

describe('losses', () => {
  it('a click adds a loss of the chosen type, a second click removes it', () => {
    expect(toggleLoss([{ round: 9, type: 'timeout' }], 4, 'tripleDupAck')).toEqual([
      { round: 4, type: 'tripleDupAck' },
      { round: 9, type: 'timeout' },
    ]);
    expect(toggleLoss([{ round: 9, type: 'timeout' }], 9, 'tripleDupAck')).toEqual([]);
  });

  it('leaves an emptied list out of the input', () => {
    expect(withList({ kind: 'congestion', losses: [] }, 'losses', [])).toEqual({
      kind: 'congestion',
    });
    expect(withList({ kind: 'congestion' }, 'compare', ['cubic'])).toEqual({
      kind: 'congestion',
      compare: ['cubic'],
    });
  });

  it('rejects another kind with a readable error', () => {
    expect(parseCongestion(TCP_KIND.builtins[0]!.input)).toEqual({
      ok: false,
      errors: ['kind: must be "congestion"'],
    });
  });
});

describe('congestion store', () => {
  it('steps without re-simulating; the cursor is a round', () => {
    const { s, simulate } = setup('cc-classic', 99);
    expect(s().step).toBe(16);
    s().stepBack();
    s().seek(3);
    s().stepForward();
    expect(s().step).toBe(4);
    expect(simulate).toHaveBeenCalledTimes(1);
  });

  it('toggles a loss at a clicked round, re-simulating at the same round', () => {
    const { s, simulate, rounds } = setup('cc-classic', 8);
    s().toggleLossAt(5);
    expect(s().input.losses).toEqual([{ round: 5, type: 'tripleDupAck' }]);
    expect(s().step).toBe(8);
    expect(rounds()[5]).toMatchObject({
      cwnd: 7,
      ssthresh: 4,
      phase: 'fastRecovery',
    });
    s().setClickLossType('timeout');
    s().toggleLossAt(7);
    expect(rounds()[7]).toMatchObject({ cwnd: 1, phase: 'slowStart' });
    s().toggleLossAt(5);
    s().removeLoss(0);
    expect(s().input.losses).toBeUndefined();
    expect(rounds()[5]?.cwnd).toBe(10);
    s().toggleLossAt(0);
    expect(simulate).toHaveBeenCalledTimes(5);
  });

  it('keeps the last good trace on a bad edit; Reset and select restore built-ins', () => {
    const { s } = setup('cc-reno-vs-tahoe', 13);
    const before = s().trace;
    expect(s().editInput({ ...s().input, rounds: 10 })).toBe(false);
    expect(s().errors).toEqual(['losses[0].round: must be ≤ rounds (10)']);
    expect(s().trace).toBe(before);
    s().editInput({ ...s().input, initialSsthresh: 4 });
    s().resetScenario();
    expect(s().input).toBe(getCongestionBuiltin('cc-reno-vs-tahoe')!.input);
    expect(s().step).toBe(13);
    s().selectScenario('cc-timeout');
    expect(s()).toMatchObject({ scenarioId: 'cc-timeout', step: 0, errors: [] });
  });
});

describe('a captured conversation', () => {
  const source = {
    fileName: 'bulk-loss.pcapng',
    format: 'pcapng' as const,
    conversation: 'conv-1',
  };

  it('shows it at step 0, one step per segment, the bulk sender’s data, without simulating', () => {
    const { s, simulate } = setup('cc-classic', 9);
    s().play();
    s().showConversation(lossConversation(), source);
    expect(s()).toMatchObject({ step: 0, playing: false, capture: source, errors: [] });
    const trace = s().trace;
    if (trace.model !== 'capture') throw new Error('not a capture');
    expect(trace).toMatchObject({ steps: 15, sender: 'client' });
    expect(trace.flight.counts.fastRetransmissions).toBe(1);
    s().seek(13);
    expect(s().step).toBe(13);
    expect(simulate).toHaveBeenCalledTimes(1);
  });

  it('switches the direction drawn at the same step', () => {
    const { s } = setup();
    s().showConversation(lossConversation(), source);
    s().seek(7);
    s().setCaptureSender('server');
    const trace = s().trace;
    expect(trace.model === 'capture' && trace.flight.sender).toBe('server');
    expect(s().step).toBe(7);
    expect(s().capture).toEqual(source);
  });

  it('goes back to the simulation it left (edits kept), and any scenario action leaves it', () => {
    const { s, simulate } = setup('cc-classic', 4);
    s().editInput({ ...s().input, initialSsthresh: 4 });
    const edited = s().input;
    s().showConversation(lossConversation(), source);
    s().setCaptureSender('client');
    s().leaveCapture();
    expect(s()).toMatchObject({ capture: null, step: 0, input: edited });
    expect(s().trace.model).toBe('rounds');
    expect(simulate).toHaveBeenCalledTimes(3);
    s().leaveCapture(); // not in a capture: nothing to do
    expect(simulate).toHaveBeenCalledTimes(3);
    s().setCaptureSender('server'); // a simulation has no direction
    expect(s().trace.model).toBe('rounds');
    s().showConversation(lossConversation(), source);
    s().selectScenario('cc-timeout');
    expect(s()).toMatchObject({ capture: null, scenarioId: 'cc-timeout' });
  });
});

describe('workspace', () => {
  it('opens the other view at its default, carries the language, keeps each player', async () => {
    const tcp = TCP_KIND.builtins[0]!;
    const ws = createWorkspace(
      { view: 'tcp', scenarioId: tcp.id, input: tcp.input, step: 3, lang: 'zh-CN' },
      await loadView('tcp'),
    );
    activeStore(ws.getState()).getState().play();
    ws.getState().switchView('congestion');
    // The lab's module loads first (a chunk in the browser): the view changes once it is there.
    expect(ws.getState()).toMatchObject({ view: 'tcp', loading: 'congestion' });
    await vi.waitFor(() => expect(ws.getState().view).toBe('congestion'));
    expect(ws.getState().loading).toBeNull();
    const lab = activeStore(ws.getState()).getState();
    expect(lab).toMatchObject({
      view: 'congestion',
      scenarioId: 'cc-classic',
      step: 0,
      lang: 'zh-CN',
    });
    expect(ws.getState().tcp?.getState().playing).toBe(false);
    lab.seek(5);
    lab.setLang('en');
    ws.getState().switchView('tcp');
    expect(activeStore(ws.getState()).getState()).toMatchObject({
      view: 'tcp',
      step: 3,
      lang: 'en',
    });
    ws.getState().switchView('congestion');
    expect(activeStore(ws.getState()).getState().step).toBe(5);
  });
});
