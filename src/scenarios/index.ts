// The built-in scenarios: plain scenario files (src/scenarios/builtin/*.json) with their titles
// and explanations in both languages. They are validated like any user file.
import normal from './builtin/normal.json' with { type: 'json' };
import lostSyn from './builtin/lost-syn.json' with { type: 'json' };
import lostSynAck from './builtin/lost-syn-ack.json' with { type: 'json' };
import lostThirdAck from './builtin/lost-third-ack.json' with { type: 'json' };
import lostThirdAckIdle from './builtin/lost-third-ack-idle.json' with { type: 'json' };
import simultaneousOpen from './builtin/simultaneous-open.json' with { type: 'json' };
import simultaneousClose from './builtin/simultaneous-close.json' with { type: 'json' };
import halfClose from './builtin/half-close.json' with { type: 'json' };
import lostLastAck from './builtin/lost-last-ack.json' with { type: 'json' };
import oldDuplicateSyn from './builtin/old-duplicate-syn.json' with { type: 'json' };
import portClosed from './builtin/port-closed.json' with { type: 'json' };
import synRetriesExhausted from './builtin/syn-retries-exhausted.json' with { type: 'json' };
import { loadBuiltins, type Builtin } from './common';
import { parseScenario, type TcpScenario, type TcpScenarioInput } from './schema';

export type { Bilingual } from './common';

/** A built-in TCP scenario: its id, words, the file as written, and the validated scenario. */
export type BuiltinScenario = Builtin<TcpScenarioInput, TcpScenario>;

const FILES: unknown[] = [
  normal,
  lostSyn,
  lostSynAck,
  lostThirdAck,
  lostThirdAckIdle,
  simultaneousOpen,
  simultaneousClose,
  halfClose,
  lostLastAck,
  oldDuplicateSyn,
  portClosed,
  synRetriesExhausted,
];

/** Every built-in scenario, in the order the scenario menu lists them. */
export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = loadBuiltins(FILES, parseScenario);

/** The scenario shown when nothing else is asked for. */
export const DEFAULT_SCENARIO_ID = 'normal';

/** The built-in scenario with this id, if any. */
export function getBuiltin(id: string): BuiltinScenario | undefined {
  return BUILTIN_SCENARIOS.find((b) => b.id === id);
}
