// The URL journey's catalogs, added to the translator when the journey's chunk loads.
import { addCatalogs } from './i18n';
import { journeyVizEn } from './journeyViz.en';
import { journeyVizZhCN } from './journeyViz.zh-CN';
import { journeyNarrationEn } from './journeyNarration.en';
import { journeyNarrationZhCN } from './journeyNarration.zh-CN';
import { journeyUiEn } from './journeyUi.en';
import { journeyUiZhCN } from './journeyUi.zh-CN';
import { journeyPageEn } from './journeyPage.en';
import { journeyPageZhCN } from './journeyPage.zh-CN';

/** The journey's English messages (views, narration, inspector, page). */
export const journeyEn = {
  ...journeyVizEn,
  ...journeyNarrationEn,
  ...journeyUiEn,
  ...journeyPageEn,
};
/** The same keys in zh-CN. */
export const journeyZhCN: Record<keyof typeof journeyEn, string> = {
  ...journeyVizZhCN,
  ...journeyNarrationZhCN,
  ...journeyUiZhCN,
  ...journeyPageZhCN,
};

addCatalogs(journeyEn, journeyZhCN);
