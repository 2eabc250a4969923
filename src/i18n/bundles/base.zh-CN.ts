// The start bundle's zh-CN messages: the same keys as base.en.ts.
import type { baseEn } from './base.en';
import { uiZhCN } from '../ui.zh-CN';
import { vizZhCN } from '../viz.zh-CN';
import { a11yUiZhCN } from '../a11yUi.zh-CN';

/** zh-CN messages of the shell, the player and the views' shared labels. */
export const baseZhCN: Record<keyof typeof baseEn, string> = {
  ...uiZhCN,
  ...vizZhCN,
  ...a11yUiZhCN,
};
