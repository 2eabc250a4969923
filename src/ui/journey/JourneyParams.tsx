// The journey's situation panel: browser cache, where DNS is answered, ARP cache, TLS and HTTP
// versions, the server's answer, sub-resources, the LAN's addresses and per-hop latencies. Every
// edit re-simulates; a bad value gets an inline message and the journey on screen stays.
import { useId, useState } from 'react';
import { useJourney, useJourneyStore } from '../../store/PlayerProvider';
import type { JourneyScenarioInput } from '../../scenarios/journeySchema';
import { builtinOf, isPlayerModified } from '../../store/selectors';
import { errorMatches, fieldError, unmappedErrors } from '../params/fields';
import { useDrafts } from '../params/useDrafts';
import { NumberInput } from '../params/NumberInput';
import { InvalidBox, ResetButton } from '../params/EditStatus';
import { useT } from '../useT';
import {
  CHOICES,
  IP_FIELDS,
  JOURNEY_NUMBER_FIELDS,
  ipMessage,
  optionLabel,
  readChoice,
  readIp,
  isRedirect,
  readRedirect,
  writeChoice,
  writeIp,
  writeRedirect,
  type IpKey,
} from './journeyFields';

/** The situation panel (always open: the journey is about changing it). */
export function JourneyParams() {
  const t = useT();
  const id = useId();
  const input = useJourney((s) => s.input);
  const errors = useJourney((s) => s.errors);
  const https = useJourney(
    (s) => s.trace.kind === 'journey' && s.trace.journeys[0]?.url.scheme === 'https',
  );
  const builtinInput = useJourney((s) => builtinOf(s)?.input);
  const modified = useJourney(isPlayerModified);
  const api = useJourneyStore().getState();
  const drafts = useDrafts(input, JOURNEY_NUMBER_FIELDS, api.editInput);
  const [ipDrafts, setIpDrafts] = useState<{
    base: unknown;
    texts: Partial<Record<IpKey, string>>;
  }>({ base: input, texts: {} });
  // Drafts belong to the input they were typed against (like useDrafts): a new input from elsewhere
  // (the menu, Reset, the address bar) clears them.
  if (ipDrafts.base !== input) setIpDrafts({ base: input, texts: {} });
  const network = Object.fromEntries(
    IP_FIELDS.map((f) => [f.key, ipDrafts.texts[f.key] ?? readIp(input, f.key)]),
  ) as Record<IpKey, string>;
  const cache = readChoice(input, 'cache');

  const editIp = (key: IpKey, text: string) => {
    const texts = { ...ipDrafts.texts, [key]: text };
    const candidate = Object.entries(texts).reduce(
      (acc, [k, v]) => writeIp(acc, k as IpKey, v),
      input,
    );
    const accepted = api.editInput(candidate);
    setIpDrafts({ base: accepted ? candidate : input, texts });
  };

  return (
    <section className="ww-panel ww-params ww-journey-params" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('jp.situation')}</h2>
      <div className="ww-params-grid">
        {CHOICES.map((c) => {
          if (c.key === 'validator' && cache !== 'stale') return null;
          const hint = c.key === 'tls' && !https ? t('jp.tlsIgnored') : undefined;
          const error = errors.some((e) => errorMatches(e, c.key))
            ? errors.find((e) => errorMatches(e, c.key))!.replace(/^[^:]*: /, '')
            : null;
          return (
            <label key={c.key} className="ww-field">
              <span>{t(c.label)}</span>
              <select
                value={String(readChoice(input, c.key))}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  error ? `${id}-${c.key}-error` : hint ? `${id}-${c.key}-hint` : undefined
                }
                onChange={(e) => api.editInput(writeChoice(input, c.key, e.target.value))}
              >
                {c.options.map((o) => {
                  const l = optionLabel(c.key, o);
                  return (
                    <option key={o} value={String(o)}>
                      {'key' in l ? t(l.key) : l.text}
                    </option>
                  );
                })}
              </select>
              {error && (
                <span id={`${id}-${c.key}-error`} className="ww-error">
                  {error}
                </span>
              )}
              {hint && !error && (
                <span id={`${id}-${c.key}-hint`} className="ww-hint">
                  {hint}
                </span>
              )}
            </label>
          );
        })}
        {isRedirect(input) && (
          <RedirectInput
            input={input}
            error={errors.find((e) => errorMatches(e, 'redirectTo')) ?? null}
            onEdit={api.editInput}
          />
        )}
        {JOURNEY_NUMBER_FIELDS.slice(0, 1).map((f) => (
          <NumberInput
            key={f.id}
            label={t(f.label)}
            value={drafts.value(f)}
            integer={f.integer}
            error={fieldError(f, errors, t)}
            hint={t('jp.resourcesHint')}
            onChange={(text) => drafts.change(f, text)}
          />
        ))}
        {IP_FIELDS.map((f) => {
          const msg = ipMessage(network, f.key);
          return (
            <IpInput
              key={f.key}
              label={t(f.label)}
              value={network[f.key]}
              error={msg ? t(msg.key, msg.params) : null}
              onChange={(text) => editIp(f.key, text)}
            />
          );
        })}
      </div>
      <fieldset className="ww-latencies">
        <legend>{t('jp.latency')}</legend>
        <div className="ww-params-grid">
          {JOURNEY_NUMBER_FIELDS.slice(1).map((f) => (
            <NumberInput
              key={f.id}
              label={t(f.label)}
              value={drafts.value(f)}
              integer={f.integer}
              error={fieldError(f, errors, t)}
              onChange={(text) => drafts.change(f, text)}
            />
          ))}
        </div>
      </fieldset>
      <InvalidBox
        errors={errors}
        unmapped={unmappedErrors(errors, JOURNEY_NUMBER_FIELDS).filter(
          (e) =>
            !CHOICES.some((c) => errorMatches(e, c.key)) &&
            !IP_FIELDS.some(
              (f) => errorMatches(e, `network.${f.key}`) && ipMessage(network, f.key) !== null,
            ),
        )}
      />
      <ResetButton
        enabled={modified || errors.length > 0}
        onReset={() => {
          api.resetScenario();
          setIpDrafts({ base: input, texts: {} });
          if (builtinInput) drafts.reset(builtinInput);
        }}
      />
    </section>
  );
}

/**
 * The Location of a 301/302 (the second journey's URL). Typed text stays on screen; the schema's
 * message (an invalid URL, a loop) is shown under it.
 */
function RedirectInput(props: {
  input: JourneyScenarioInput;
  error: string | null;
  onEdit: (candidate: JourneyScenarioInput) => boolean;
}) {
  const t = useT();
  const id = useId();
  // Like useDrafts: the typed text belongs to the input it was typed against; a new input from
  // elsewhere (the menu, Reset) shows its own Location again.
  const [own, setOwn] = useState<{ base: JourneyScenarioInput; draft: string | null }>({
    base: props.input,
    draft: null,
  });
  if (own.base !== props.input) setOwn({ base: props.input, draft: null });
  const draft = own.base === props.input ? own.draft : null;
  return (
    <label className="ww-field">
      <span>{t('jp.redirectTo')}</span>
      <input
        type="text"
        inputMode="url"
        spellCheck={false}
        value={draft ?? readRedirect(props.input)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => {
          const candidate = writeRedirect(props.input, e.target.value);
          const accepted = props.onEdit(candidate);
          setOwn({ base: accepted ? candidate : props.input, draft: e.target.value });
        }}
      />
      <span id={`${id}-msg`} className={props.error ? 'ww-error' : 'ww-hint'}>
        {props.error ? props.error.replace(/^[^:]*: /, '') : t('jp.redirectToHint')}
      </span>
    </label>
  );
}

/** A labelled IPv4 text field with its inline message. */
function IpInput(props: {
  label: string;
  value: string;
  error: string | null;
  onChange: (text: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <label className="ww-field">
      <span>{props.label}</span>
      <input
        type="text"
        inputMode="decimal"
        spellCheck={false}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <span id={`${id}-msg`} className={props.error ? 'ww-error' : 'ww-hint'}>
        {props.error ?? t('jp.ipHint')}
      </span>
    </label>
  );
}
