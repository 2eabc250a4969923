// Both endpoints' current TCP states as text, and how the run ended when it ended abnormally.
// Each step asks cached per-trace indexes (O(log n)), so a 100,000-segment capture steps as fast
// as a short simulation. For a capture the states are inferred; an assumed one says so.
import type { Endpoint, Outcome, TcpTrace } from '../engine/trace';
import { useTcp } from '../store/PlayerProvider';
import { stateAtStep } from '../viz/stateDiagram/states';
import type { Translate } from '../i18n/i18n';
import { useT } from './useT';

const ENDPOINT_KEY = { client: 'endpoint.client', server: 'endpoint.server' } as const;

interface Ended {
  step: number;
  outcome: Outcome;
  retries: number;
}
const endedCache = new WeakMap<TcpTrace, Record<Endpoint, Ended[]>>();

/** How an endpoint's connection ended, if it has by `step` (binary search of a cached index). */
export function endedAt(trace: TcpTrace, step: number, ep: Endpoint): Ended | null {
  let index = endedCache.get(trace);
  if (!index) {
    index = { client: [], server: [] };
    for (const e of trace.events) {
      if (e.kind === 'connection.ended')
        index[e.endpoint].push({ step: e.step, outcome: e.outcome, retries: e.retries ?? 0 });
    }
    endedCache.set(trace, index);
  }
  const list = index[ep];
  let lo = 0;
  let hi = list.length - 1;
  let found: Ended | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid]!;
    if (item.step <= step) {
      found = item;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function OutcomeLine({ endpoint, t }: { endpoint: Endpoint; t: Translate }) {
  // Primitive slices: a selector returning a fresh object would re-render forever.
  const outcome = useTcp((s) => endedAt(s.trace, s.step, endpoint)?.outcome);
  const retries = useTcp((s) => endedAt(s.trace, s.step, endpoint)?.retries ?? 0);
  if (!outcome || outcome === 'closed') return null;
  const text = outcome === 'failed' ? t('outcome.failed', { retries }) : t(`outcome.${outcome}`);
  return (
    <p className={`ww-outcome ww-outcome-${outcome}`} data-testid={`${endpoint}-outcome`}>
      {t('outcome.line', { endpoint: t(ENDPOINT_KEY[endpoint]), outcome: text })}
    </p>
  );
}

/** The state of `ep` at `step` as shown: "ESTABLISHED (assumed)" before a mid-connection
 * capture's first change. */
function useStateText(ep: Endpoint, t: Translate): string {
  const state = useTcp((s) => stateAtStep(s.trace, ep, s.step).current);
  const assumed = useTcp(
    (s) =>
      s.trace.capture?.midConnection === true &&
      stateAtStep(s.trace, ep, s.step).lastTransition === undefined,
  );
  return assumed ? t('tcpcap.seq.assumed', { state }) : state;
}

/** "Client: ESTABLISHED" / "Server: SYN-RECEIVED", plus abnormal outcomes. */
export function EndpointStatus() {
  const t = useT();
  const client = useStateText('client', t);
  const server = useStateText('server', t);
  const truncated = useTcp((s) => s.trace.truncated && s.step === s.trace.steps);
  return (
    <div className="ww-status">
      <p className="ww-state" data-testid="client-state">
        {t('endpoint.stateLine', { endpoint: t('endpoint.client'), state: client })}
      </p>
      <p className="ww-state" data-testid="server-state">
        {t('endpoint.stateLine', { endpoint: t('endpoint.server'), state: server })}
      </p>
      <OutcomeLine endpoint="client" t={t} />
      <OutcomeLine endpoint="server" t={t} />
      {truncated && <p className="ww-outcome">{t('outcome.truncated')}</p>}
    </div>
  );
}
