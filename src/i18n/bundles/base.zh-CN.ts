// The start bundle's zh-CN messages: the same keys as base.en.ts.
import type { baseEn } from './base.en';
import { uiZhCN } from '../ui.zh-CN';
import { narrationZhCN } from '../narration.zh-CN';
import { vizZhCN } from '../viz.zh-CN';
import { exportUiZhCN } from '../exportUi.zh-CN';
import { embedUiZhCN } from '../embedUi.zh-CN';
import { a11yUiZhCN } from '../a11yUi.zh-CN';

/** zh-CN messages of the shell, the TCP view and the header's tools. */
export const baseZhCN: Record<keyof typeof baseEn, string> = {
  ...uiZhCN,
  ...narrationZhCN,
  ...vizZhCN,
  ...exportUiZhCN,
  ...embedUiZhCN,
  ...a11yUiZhCN,
};
