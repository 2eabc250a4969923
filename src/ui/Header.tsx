// Page header: product name, scenario combobox, language select.
import { BUILTIN_SCENARIOS } from '../scenarios';
import { LANGS, isLang } from '../i18n/i18n';
import { usePlayer } from '../store/PlayerProvider';
import { useT } from './useT';

/** The header bar with the two selects that change what the whole page shows. */
export function Header() {
  const t = useT();
  const lang = usePlayer((s) => s.lang);
  const scenarioId = usePlayer((s) => s.scenarioId);
  const selectScenario = usePlayer((s) => s.selectScenario);
  const setLang = usePlayer((s) => s.setLang);
  return (
    <header className="ww-header">
      <div className="ww-brand">
        <h1>{t('app.name')}</h1>
        <p className="ww-tagline">{t('app.tagline')}</p>
      </div>
      <div className="ww-header-controls">
        <label className="ww-field ww-field-inline">
          <span>{t('app.scenario')}</span>
          <select
            aria-label={t('app.scenario')}
            value={scenarioId}
            onChange={(e) => selectScenario(e.target.value)}
          >
            {BUILTIN_SCENARIOS.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="ww-field ww-field-inline">
          <span>{t('app.language')}</span>
          <select
            aria-label={t('app.language')}
            value={lang}
            onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
