// Both endpoints' current TCP states as text, and how the run ended when it ended abnormally.
import type { Endpoint } from '../engine/trace';
import { useTcp } from '../store/PlayerProvider';
import { endpointStateAt, outcomeAt } from '../store/selectors';
import type { Translate } from '../i18n/i18n';
import { useT } from './useT';

const ENDPOINT_KEY = { client: 'endpoint.client', server: 'endpoint.server' } as const;

function OutcomeLine({ endpoint, t }: { endpoint: Endpoint; t: Translate }) {
  // Primitive slices: a selector returning a fresh object would re-render forever.
  const outcome = useTcp((s) => outcomeAt(s.trace, s.step, endpoint)?.outcome);
  const retries = useTcp((s) => outcomeAt(s.trace, s.step, endpoint)?.retries ?? 0);
  if (!outcome || outcome === 'closed') return null;
  const text = outcome === 'failed' ? t('outcome.failed', { retries }) : t(`outcome.${outcome}`);
  return (
    <p className={`ww-outcome ww-outcome-${outcome}`} data-testid={`${endpoint}-outcome`}>
      {t('outcome.line', { endpoint: t(ENDPOINT_KEY[endpoint]), outcome: text })}
    </p>
  );
}

/** "Client: ESTABLISHED" / "Server: SYN-RECEIVED", plus abnormal outcomes. */
export function EndpointStatus() {
  const t = useT();
  const client = useTcp((s) => endpointStateAt(s.trace, s.step, 'client'));
  const server = useTcp((s) => endpointStateAt(s.trace, s.step, 'server'));
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
