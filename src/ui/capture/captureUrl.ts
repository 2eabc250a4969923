// The address bar while a capture or HAR file is on screen. The file never leaves this computer,
// so the URL cannot name it: it keeps the view, the step and the language, and drops `scenario`
// and `s`, which would claim a simulation that is not on screen. A reload shows the view's
// default scenario (the capture UI says so).
import type { Lang } from '../../i18n/i18n';
import type { ViewId } from '../../store/playerCore';

/** The query string for a capture on screen; `extra`: the page options, appended as they are. */
export function captureSearch(
  shown: { view: ViewId; step: number; lang: Lang },
  extra: readonly string[] = [],
): string {
  const parts = [`view=${shown.view}`, `step=${shown.step}`, `lang=${shown.lang}`];
  return `?${[...parts, ...extra].join('&')}`;
}
