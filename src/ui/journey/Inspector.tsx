// The message inspector: the current step's focus event (a DNS or ARP message, a TCP segment, a
// TLS message, an HTTP request or response, a lookup or a render stage) as readable fields and
// tables; HTTP as its raw text, each part explained on hover or focus. The content is built by
// inspectStep (pure); this component only draws it. Every value is rendered as text.
import { memo, useId, useMemo, useState } from 'react';
import type { JourneyViewTrace } from '../../capture/harTraceTypes';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../useT';
import { inspectStep } from './inspect';
import type { HttpPartView } from './inspectHttp';
import type { InspectBlock, InspectModel, InspectRow } from './inspectModel';
import '../views/inspector.css';
import './inspector.css';

/** Props of the message inspector. */
export interface InspectorProps {
  /** A simulated journey, or a HAR file's trace. */
  trace: JourneyViewTrace;
  step: number;
  /** Translate function; omitted, the player store's language is used. */
  t?: Translate;
  /** What the step shows; a simulated journey's by default (HAR files bring their own). */
  inspect?: (trace: JourneyViewTrace, step: number, t: Translate) => InspectModel | null;
}

/** The inspector of the player's current step. */
export function Inspector({ t, ...props }: InspectorProps) {
  return t ? <InspectorView {...props} t={t} /> : <InspectorWithStoreLanguage {...props} />;
}

function InspectorWithStoreLanguage(props: Omit<InspectorProps, 't'>) {
  const t = useT();
  return <InspectorView {...props} t={t} />;
}

// Memo: the content depends only on the trace, the step and the language.
const InspectorView = memo(function InspectorView({
  trace,
  step,
  t,
  inspect = inspectStep,
}: InspectorProps & { t: Translate }) {
  const model = useMemo(() => inspect(trace, step, t), [inspect, trace, step, t]);
  return (
    <div className="ww-insp" data-kind={model?.kind}>
      <h2 className="ww-insp-h">{t('insp.heading')}</h2>
      {model ? (
        <>
          <h3 className="ww-insp-title">{model.title}</h3>
          <p className="ww-insp-meta">
            {model.route && <span className="ww-insp-route">{model.route}</span>}
            <span className="ww-insp-time">{model.time}</span>
          </p>
          {model.blocks.map((b, i) => (
            <Block key={`${model.id}-${i}`} block={b} />
          ))}
        </>
      ) : (
        <p className="ww-insp-empty">{t('insp.empty')}</p>
      )}
    </div>
  );
});

function Block({ block }: { block: InspectBlock }) {
  switch (block.kind) {
    case 'fields':
      return (
        <section className="ww-insp-block">
          {block.title && <h4>{block.title}</h4>}
          <dl className="ww-insp-fields">
            {block.rows.map((r, i) => (
              <Field key={i} row={r} />
            ))}
          </dl>
        </section>
      );
    case 'table':
      return (
        <section className="ww-insp-block">
          <table className="ww-insp-table">
            <caption>{block.title}</caption>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((cells, i) => (
                <tr key={i}>
                  {cells.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {block.note && <p className="ww-insp-note">{block.note}</p>}
        </section>
      );
    case 'http':
      return <HttpRaw title={block.title} parts={block.parts} />;
  }
}

function Field({ row }: { row: InspectRow }) {
  return (
    <div className="ww-insp-field">
      <dt>{row.label}</dt>
      <dd>
        <span className={row.mono ? 'ww-insp-mono' : undefined} title={row.full}>
          {row.value}
        </span>
        {row.note && <span className="ww-insp-note">{row.note}</span>}
      </dd>
    </div>
  );
}

/** The raw HTTP text; hovering or focusing a part shows what it is (state resets per message:
 * the parent keys blocks by event id). */
function HttpRaw({ title, parts }: { title: string; parts: HttpPartView[] }) {
  const [active, setActive] = useState(0);
  const explainId = useId();
  const shown = parts[active] ?? parts[0];
  return (
    <figure className="ww-insp-block ww-insp-http">
      <figcaption>{title}</figcaption>
      <pre className="ww-insp-raw">
        {parts.map((p, i) => (
          <span
            key={i}
            className={`ww-insp-part is-${p.kind}${i === active ? ' is-active' : ''}`}
            data-part={p.kind}
            tabIndex={0}
            aria-describedby={i === active ? explainId : undefined}
            onMouseEnter={() => setActive(i)}
            onFocus={() => setActive(i)}
          >
            {p.display}
            {p.crlf && (
              <span className="ww-insp-crlf" aria-hidden="true">
                ␍␊
              </span>
            )}
            {p.crlf && '\n'}
          </span>
        ))}
      </pre>
      {shown && (
        <p className="ww-insp-explain" id={explainId} aria-live="polite">
          <strong>{shown.label}</strong> {shown.explanation}
        </p>
      )}
    </figure>
  );
}
