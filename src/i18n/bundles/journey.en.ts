// The URL journey's English messages (views, narration, inspector, page).
import { journeyVizEn } from '../journeyViz.en';
import { journeyNarrationEn } from '../journeyNarration.en';
import { journeyUiEn } from '../journeyUi.en';
import { journeyPageEn } from '../journeyPage.en';

export const journeyEn = {
  ...journeyVizEn,
  ...journeyNarrationEn,
  ...journeyUiEn,
  ...journeyPageEn,
};
