// The address bar of the URL journey: type a URL (or pick an example) and press Enter. The text is
// parsed with the WHATWG URL parser; an invalid one gets an inline message and nothing else
// changes. Below it, the parts of the URL the journey runs: scheme, host (and its punycode),
// port (default or not), path, query, fragment (never sent). While a HAR file is shown, the bar
// holds the recorded page's URL and says where it comes from; Enter simulates a URL again.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { JourneyUrl } from '../../scenarios/journeyUrl';
import { useJourney, useJourneyStore } from '../../store/PlayerProvider';
import { useT } from '../useT';

/** URLs worth trying: a first visit, plain http, a port and query, an IDN, an IPv4 host. */
export const EXAMPLE_URLS: readonly string[] = [
  'https://www.example.com/index.html',
  'http://www.example.com/',
  'https://shop.example.org:8443/cart?item=42#reviews',
  'https://例子.测试/首页',
  'http://93.184.216.34/',
];

/** The address bar with its parsed parts. */
export function AddressBar() {
  const t = useT();
  const id = useId();
  const url = useJourney((s) =>
    s.trace.kind === 'har'
      ? s.trace.pageUrl
      : (s.input.url ?? s.trace.journeys[0]?.url.input ?? ''),
  );
  const parsed = useJourney((s) => (s.trace.kind === 'journey' ? s.trace.journeys[0]?.url : null));
  const harFile = useJourney((s) => (s.capture?.format === 'har' ? s.capture.fileName : null));
  const urlError = useJourney((s) => s.urlError);
  const api = useJourneyStore().getState();
  const [text, setText] = useState(url);
  // A new scenario (the menu, Reset, a redirect chain's first URL) shows its URL.
  useEffect(() => setText(url), [url]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    api.navigate(text);
  };
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <section className="ww-panel ww-address" aria-label={t('jp.address')}>
      <form className="ww-address-form" onSubmit={submit} role="search">
        <label htmlFor={`${id}-input`} className="ww-address-label">
          {t('jp.address')}
        </label>
        <input
          id={`${id}-input`}
          className="ww-address-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={text}
          list={`${id}-examples`}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? errorId : hintId}
          onChange={(e) => {
            setText(e.target.value);
            if (urlError) api.clearUrlError();
          }}
        />
        <datalist id={`${id}-examples`}>
          {EXAMPLE_URLS.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <button type="submit" className="ww-primary">
          {t('jp.go')}
        </button>
      </form>
      {urlError ? (
        <p id={errorId} className="ww-error" role="alert">
          {t(`jp.urlError.${urlError.code}`, urlError.params)}
        </p>
      ) : harFile !== null ? (
        <p id={hintId} className="ww-hint ww-address-har" data-testid="har-source">
          <strong>{t('har.address.source', { file: harFile })}</strong> {t('har.address.enter')}
        </p>
      ) : (
        <p id={hintId} className="ww-hint">
          {t('jp.addressHint')}
        </p>
      )}
      {parsed && <UrlParts url={parsed} />}
    </section>
  );
}

/** The parsed URL as labelled parts (text only: user input is never markup). */
function UrlParts({ url }: { url: JourneyUrl }) {
  const t = useT();
  const host =
    url.hostUnicode !== url.host ? (
      <>
        {url.hostUnicode}{' '}
        <span className="ww-muted">({t('jp.url.punycode', { ascii: url.host })})</span>
      </>
    ) : (
      url.host
    );
  const port = t(url.defaultPort ? 'jp.url.portDefault' : 'jp.url.portExplicit', {
    port: url.port,
    scheme: url.scheme,
  });
  return (
    <dl className="ww-url-parts" data-testid="url-parts">
      <div>
        <dt>{t('jp.url.scheme')}</dt>
        <dd>{url.scheme}</dd>
      </div>
      <div>
        <dt>{t('jp.url.host')}</dt>
        <dd>{host}</dd>
      </div>
      <div>
        <dt>{t('jp.url.port')}</dt>
        <dd>{port}</dd>
      </div>
      <div>
        <dt>{t('jp.url.path')}</dt>
        <dd>{url.path}</dd>
      </div>
      {url.query && (
        <div>
          <dt>{t('jp.url.query')}</dt>
          <dd>{url.query}</dd>
        </div>
      )}
      {url.fragment && (
        <div>
          <dt>{t('jp.url.fragment')}</dt>
          <dd>
            {url.fragment} <span className="ww-muted">({t('jp.url.fragmentNote')})</span>
          </dd>
        </div>
      )}
      {url.schemeAdded && <p className="ww-hint">{t('jp.url.schemeAdded')}</p>}
    </dl>
  );
}
