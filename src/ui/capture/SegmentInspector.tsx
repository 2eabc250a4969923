// The message inspector of the TCP view while a captured conversation is shown: the current
// step's segment as Wireshark's packet details would show it — flags, relative and raw seq/ack,
// length, window with its scale factor, options, analysis marks, TLS records and handshake
// fields, the HTTP line. The content is built by inspectCaptured (pure); every value is text.
import { memo, useMemo } from 'react';
import type { TcpTrace } from '../../engine/trace';
import type { Translate } from '../../i18n/i18n';
import { inspectCaptured, type FieldBlock, type FieldRow } from './segmentFields';
import '../views/inspector.css';
import './captureTcp.css';

/** Props of {@link SegmentInspector}. */
export interface SegmentInspectorProps {
  trace: TcpTrace;
  step: number;
  /** Relative (Wireshark's default) or raw numbers first. */
  relative: boolean;
  t: Translate;
}

/** The inspector of the player's current captured segment (memo: trace, step, numbering, language). */
export const SegmentInspector = memo(function SegmentInspector({
  trace,
  step,
  relative,
  t,
}: SegmentInspectorProps) {
  const model = useMemo(
    () => inspectCaptured(trace, step, t, relative),
    [trace, step, t, relative],
  );
  return (
    <section className="ww-panel ww-seginsp" aria-label={t('tcpcap.insp.heading')}>
      <h2 className="ww-insp-h">{t('tcpcap.insp.heading')}</h2>
      {model ? (
        <>
          <h3 className="ww-insp-title">{model.title}</h3>
          <p className="ww-insp-meta">
            <span className="ww-seginsp-route">{model.route}</span>
            <span>{model.time}</span>
          </p>
          {model.blocks.map((b) => (
            <Block key={`${model.id}-${b.id}`} block={b} />
          ))}
        </>
      ) : (
        <p className="ww-insp-empty">{t('tcpcap.insp.empty')}</p>
      )}
    </section>
  );
});

function Block({ block }: { block: FieldBlock }) {
  return (
    <section className="ww-insp-block" data-block={block.id}>
      <h4>{block.title}</h4>
      <dl className="ww-insp-fields">
        {block.rows.map((r, i) => (
          <Field key={i} row={r} />
        ))}
      </dl>
      {block.note && <p className="ww-insp-note">{block.note}</p>}
    </section>
  );
}

function Field({ row }: { row: FieldRow }) {
  return (
    <div className={row.mark ? `ww-insp-field is-mark is-${row.mark}` : 'ww-insp-field'}>
      <dt>{row.label}</dt>
      <dd>
        <span className={row.mono ? 'ww-insp-mono' : undefined}>{row.value}</span>
        {row.note && (
          <span className={row.mark ? 'ww-insp-note ww-insp-mono' : 'ww-insp-note'}>
            {row.note}
          </span>
        )}
      </dd>
    </div>
  );
}
