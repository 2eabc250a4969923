// The end of a parameters panel: the error box (errors no field owns) and the Reset button.
import { useT } from '../useT';

/** The "fix the highlighted fields" alert with the errors no field shows inline. */
export function InvalidBox({
  errors,
  unmapped,
}: {
  errors: readonly string[];
  unmapped: readonly string[];
}) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div className="ww-error-box" role="alert">
      <p>{t('params.invalid')}</p>
      {unmapped.map((e) => (
        <p key={e}>{t('params.error.other', { message: e })}</p>
      ))}
    </div>
  );
}

/** Restores the built-in scenario; disabled when there is nothing to undo. */
export function ResetButton({ enabled, onReset }: { enabled: boolean; onReset: () => void }) {
  const t = useT();
  return (
    <button type="button" onClick={onReset} disabled={!enabled} title={t('params.resetHint')}>
      {t('params.reset')}
    </button>
  );
}
