// The header's theme select: System (the system's preference) / Light / Dark, bound to the
// workspace's page options. main.tsx applies the theme as <html data-theme> and useUrlSync keeps
// it in the URL (`theme=`), so a shared link opens in the same theme.
import { useWorkspace } from '../../store/PlayerProvider';
import { THEMES, type Theme } from '../../store/pageOptions';
import { useT } from '../useT';

const isTheme = (v: string): v is Theme => (THEMES as readonly string[]).includes(v);

/** A labelled select of the colour theme. */
export function ThemeSelect() {
  const t = useT();
  const theme = useWorkspace((s) => s.page.theme);
  const setTheme = useWorkspace((s) => s.setTheme);
  return (
    <label className="ww-field ww-field-inline">
      <span>{t('theme.label')}</span>
      <select
        aria-label={t('theme.label')}
        value={theme}
        onChange={(e) => isTheme(e.target.value) && setTheme(e.target.value)}
      >
        {THEMES.map((v) => (
          <option key={v} value={v}>
            {t(`theme.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
