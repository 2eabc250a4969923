// Page header: product name, view tabs, scenario combobox (the built-ins of the current view, or
// the file a capture on screen came from), language select.
import { LANGS, ensureLanguage, isLang } from '../i18n/i18n';
import { usePlayer } from '../store/PlayerProvider';
import { useT } from './useT';
import { ViewTabs, type ViewTabsProps } from './ViewTabs';
import { ShareEmbed } from './header/ShareEmbed';
import { ExportMenu } from './header/ExportMenu';
import { ThemeSelect } from './header/ThemeSelect';
import { HelpButton } from './header/HelpButton';

export { tabId } from './ViewTabs';

/** The header bar with the controls that change what the whole page shows. */
export function Header(props: ViewTabsProps) {
  const t = useT();
  const lang = usePlayer((s) => s.lang);
  const builtins = usePlayer((s) => s.builtins);
  const scenarioId = usePlayer((s) => s.scenarioId);
  const selectScenario = usePlayer((s) => s.selectScenario);
  const capture = usePlayer((s) => s.capture);
  const setLang = usePlayer((s) => s.setLang);
  return (
    <header className="ww-header">
      <div className="ww-brand">
        <h1>{t('app.name')}</h1>
        <ViewTabs {...props} />
      </div>
      <div className="ww-header-controls">
        <div className="ww-header-tools">
          <ShareEmbed />
          <ExportMenu />
          <ThemeSelect />
          <HelpButton />
        </div>
        <label className="ww-field ww-field-inline">
          <span>{t('app.scenario')}</span>
          <select
            aria-label={t('app.scenario')}
            value={capture ? '' : scenarioId}
            onChange={(e) => selectScenario(e.target.value)}
          >
            {/* A capture or HAR on screen is no built-in: say so; picking one goes back. */}
            {capture && (
              <option value="" disabled>
                {t('app.scenario.fromFile', { file: capture.fileName })}
              </option>
            )}
            {builtins.map((b) => (
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
            onChange={(e) => {
              const next = e.target.value;
              // The other language's messages load first (its chunk), then everything switches.
              if (isLang(next)) void ensureLanguage(next).then(() => setLang(next));
            }}
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
