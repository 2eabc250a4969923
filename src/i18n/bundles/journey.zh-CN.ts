// The URL journey's zh-CN messages: the same keys as journey.en.ts.
import type { journeyEn } from './journey.en';
import { journeyVizZhCN } from '../journeyViz.zh-CN';
import { journeyNarrationZhCN } from '../journeyNarration.zh-CN';
import { journeyUiZhCN } from '../journeyUi.zh-CN';
import { journeyPageZhCN } from '../journeyPage.zh-CN';

export const journeyZhCN: Record<keyof typeof journeyEn, string> = {
  ...journeyVizZhCN,
  ...journeyNarrationZhCN,
  ...journeyUiZhCN,
  ...journeyPageZhCN,
};
