// What the Export menu says after an item or an opened file: a status (info) or an alert (warning,
// error) in a corner of the page, with its list (e.g. a file's validation errors), a second
// paragraph when it has one, and a Dismiss button. Text from files is only ever shown as text.
import { useT } from '../useT';
import type { ToolMessage } from '../capture/captureMessages';

/** Props: the message (nothing is shown without one) and what Dismiss does. */
export interface ExportMessageProps {
  message: ToolMessage | null;
  onDismiss: () => void;
}

/** The menu's message box. */
export function ExportMessage({ message, onDismiss }: ExportMessageProps) {
  const t = useT();
  if (!message) return null;
  return (
    <div
      className={`ww-corner-panel ww-export-message is-${message.tone}`}
      role={message.tone === 'info' ? 'status' : 'alert'}
    >
      <p>{t(message.key, message.params)}</p>
      {message.note && <p className="ww-muted">{t(message.note)}</p>}
      {message.list && message.list.length > 0 && (
        <ul>
          {message.list.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {message.more ? <li>{t('export.open.moreErrors', { count: message.more })}</li> : null}
        </ul>
      )}
      <button type="button" className="ww-small" onClick={onDismiss}>
        {t('export.dismiss')}
      </button>
    </div>
  );
}
