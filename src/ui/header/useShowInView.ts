// Showing what a file holds in its own view, which may first have to be switched to: a view's
// store is made on first use, so the file waits until that view's player is the one provided.
// A scenario or a simulated trace becomes the player's input (and the menu says whether a trace
// re-simulates the same); real traffic goes through its view store's own action, as the capture
// flow does.
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { PlayerCore } from '../../store/playerCore';
import type { PlayerStore } from '../../store/playerStore';
import type { CongestionStore } from '../../store/congestionStore';
import type { JourneyStore } from '../../store/journeyStore';
import { usePlayer, usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import type { SimulationTarget } from '../../export/openFile';
import { openedMessage, rejectedMessage } from '../../export/messages';
import type { ToolMessage } from '../capture/captureMessages';

/** A scenario or simulated trace read and checked, and how to compare traces (from openFile.ts,
 * which is loaded on first use). */
export interface InputShow {
  target: SimulationTarget;
  name: string;
  same: (a: unknown, b: unknown) => boolean;
}

/** Real traffic for a view: what to do with that view's store. */
export type TrafficShow =
  | { view: 'tcp'; run: (store: PlayerStore) => void }
  | { view: 'congestion'; run: (store: CongestionStore) => void }
  | { view: 'journey'; run: (store: JourneyStore) => void };

/** Applies a checked file to the player of its view, then says what happened. */
function applyInput(
  player: StoreApi<PlayerCore>,
  p: InputShow,
  say: (m: ToolMessage) => void,
): void {
  if (!player.getState().editInput(p.target.input)) {
    say(rejectedMessage(p.name, player.getState().errors));
    return;
  }
  player.getState().restart();
  const same = p.target.source === 'trace' && p.same(player.getState().trace, p.target.trace);
  say(openedMessage(p.name, p.target.source, same));
}

/** Shows files in their views (switching first when needed); `say` tells what happened. */
export function useShowInView(say: (m: ToolMessage) => void) {
  const switchView = useWorkspace((s) => s.switchView);
  const tcpStore = useWorkspace((s) => s.tcp);
  const congestionStore = useWorkspace((s) => s.congestion);
  const journeyStore = useWorkspace((s) => s.journey);
  const store = usePlayerStore();
  const playerView = usePlayer((s) => s.view);
  const [input, setInput] = useState<InputShow | null>(null);
  const [traffic, setTraffic] = useState<TrafficShow | null>(null);

  // After a view switch, the file waits until that view's player is the one provided.
  useEffect(() => {
    if (!input || playerView !== input.target.view) return;
    setInput(null);
    applyInput(store, input, say);
  }, [input, playerView, store, say]);

  // Real traffic, once its view's store is the one on screen (a view loads on first use).
  useEffect(() => {
    if (!traffic || playerView !== traffic.view) return;
    if (traffic.view === 'tcp' && tcpStore) traffic.run(tcpStore);
    else if (traffic.view === 'congestion' && congestionStore) traffic.run(congestionStore);
    else if (traffic.view === 'journey' && journeyStore) traffic.run(journeyStore);
    else return;
    setTraffic(null);
  }, [traffic, playerView, tcpStore, congestionStore, journeyStore]);

  return {
    /** Applies a scenario or simulated trace in its view. */
    showInput(p: InputShow): void {
      setTraffic(null);
      if (p.target.view === store.getState().view) applyInput(store, p, say);
      else {
        setInput(p);
        switchView(p.target.view);
      }
    },
    /** Shows real traffic in `show.view`. */
    showTraffic(show: TrafficShow): void {
      setInput(null);
      setTraffic(show);
      switchView(show.view);
    },
  };
}
