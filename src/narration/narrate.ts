// Step narration: the sentences that say what happened at one step of a trace, and why.
// Pure: trace + step + translate function in, strings out. Runs in Node.
import type { EventOf, TcpTrace, TraceEvent } from '../engine/trace';
import type { Translate } from '../i18n/i18n';
import type { NarrationKey } from '../i18n/narration.en';
import { actor, duration, type NumberMode } from './format';
import { indexTrace } from './index';
import { narrateArrival, narrateLost, narrateSent } from './segments';
import { narrateStateChange } from './states';
import { narrateCapture } from './capture';

/** Options of the narration; numbers follow the same relative/absolute choice as the views. */
export type NarrateOptions = NumberMode;

/**
 * The sentences for `step` of `trace`: step 0 introduces the scenario's set-up; step k narrates
 * each event of step k in order; the last step adds a closing sentence. A trace made from a
 * capture is told as what the capture shows (narration/capture.ts).
 */
export function narrate(
  trace: TcpTrace,
  step: number,
  t: Translate,
  options: NarrateOptions = { relative: true },
): string[] {
  if (trace.capture) return narrateCapture(trace, step, t, options);
  if (step <= 0) return intro(trace, t);
  const events = indexTrace(trace).byStep[step] ?? [];
  const sentences = events.flatMap((e, i) => sentence(trace, events, i, e, t, options));
  if (step === trace.steps) sentences.push(t('narr.end'));
  return sentences;
}

function intro(trace: TcpTrace, t: Translate): string[] {
  const s = trace.scenario;
  const out: string[] = [];
  for (const ep of ['server', 'client'] as const) {
    if (s[ep].listen) out.push(t('narr.intro.listen', actor(ep, t)));
  }
  for (const ep of ['client', 'server'] as const) {
    const open = s[ep].open;
    if (open) out.push(t('narr.intro.open', { ...actor(ep, t), time: duration(open.at, t) }));
  }
  const drops = trace.events.filter((e) => e.kind === 'segment.sent' && e.drop).length;
  if (drops > 0) out.push(t('narr.intro.drops', { count: drops }));
  out.push(t('narr.intro.start'));
  return out;
}

function sentence(
  trace: TcpTrace,
  stepEvents: TraceEvent[],
  i: number,
  e: TraceEvent,
  t: Translate,
  mode: NumberMode,
): string[] {
  switch (e.kind) {
    case 'app':
      return [t(`narr.app.${e.action}`, { ...actor(e.endpoint, t), bytes: e.bytes ?? 0 })];
    case 'segment.sent':
      return [narrateSent(trace, stepEvents.slice(0, i), e, t, mode)];
    case 'segment.lost':
      return [narrateLost(trace, e, t, mode)];
    case 'segment.arrived':
      return [narrateArrival(trace, e, t, mode)];
    case 'state.changed':
      return [narrateStateChange(e, t)];
    case 'timer.set':
      return [timerSet(trace, e, t)];
    case 'timer.cancelled':
      return [t(cancelKey(stepEvents, e), actor(e.endpoint, t))];
    case 'timer.fired':
      return [
        e.timer === 'timeWait'
          ? t('narr.fired.timeWait', actor(e.endpoint, t))
          : e.retries
            ? t('narr.fired.rtoAgain', { ...actor(e.endpoint, t), n: e.retries })
            : t('narr.fired.rto', actor(e.endpoint, t)),
      ];
    case 'data.delivered':
      return [t('narr.delivered', { ...actor(e.endpoint, t), bytes: e.bytes, total: e.total })];
    case 'rtt.sample':
      return [
        t('narr.rtt', {
          ...actor(e.endpoint, t),
          sample: duration(e.sampleMs, t),
          srtt: duration(e.srttMs, t),
          rto: duration(e.rtoMs, t),
        }),
      ];
    case 'connection.ended':
      return [t(`narr.ended.${e.outcome}`, { ...actor(e.endpoint, t), retries: e.retries ?? 0 })];
    case 'cc.changed':
      return [
        t(`narr.cc.${e.cause}`, {
          ...actor(e.endpoint, t),
          cwnd: e.cwndBytes,
          ssthresh: e.ssthreshBytes,
          phase: t(`narr.cc.phase.${e.phase}`),
        }),
      ];
  }
}

/** A stopped RTO means "all acknowledged" unless the connection ended in the same step. */
function cancelKey(stepEvents: readonly TraceEvent[], e: EventOf<'timer.cancelled'>): NarrationKey {
  if (e.timer === 'timeWait') return 'narr.cancel.timeWait';
  const gone = stepEvents.some(
    (o) =>
      (o.kind === 'connection.ended' && o.endpoint === e.endpoint) ||
      (o.kind === 'state.changed' && o.endpoint === e.endpoint && o.to === 'CLOSED'),
  );
  return gone ? 'narr.cancel.rtoGone' : 'narr.cancel.rto';
}

/** RTO set: a first arm, or a doubled (maybe capped) one after a timeout (RFC 6298 §5.5). */
function timerSet(trace: TcpTrace, e: EventOf<'timer.set'>, t: Translate): string {
  const who = actor(e.endpoint, t);
  if (e.timer === 'timeWait') {
    return t('narr.timer.timeWait', { ...who, duration: duration(e.durationMs, t) });
  }
  const prev = (e.retries ?? 0) > 0 ? previousRto(trace, e) : undefined;
  if (prev !== undefined && prev < e.durationMs) {
    return t(e.durationMs < 2 * prev ? 'narr.timer.rtoCapped' : 'narr.timer.rtoBackoff', {
      ...who,
      prev: duration(prev, t),
      rto: duration(e.durationMs, t),
    });
  }
  return t('narr.timer.rto', { ...who, rto: duration(e.durationMs, t) });
}

function previousRto(trace: TcpTrace, e: EventOf<'timer.set'>): number | undefined {
  const at = trace.events.indexOf(e);
  for (let j = at - 1; j >= 0; j--) {
    const p = trace.events[j];
    if (p?.kind === 'timer.set' && p.timer === 'rto' && p.endpoint === e.endpoint)
      return p.durationMs;
  }
  return undefined;
}
