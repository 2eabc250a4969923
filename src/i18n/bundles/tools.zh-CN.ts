// The header tools' zh-CN messages: the same keys as tools.en.ts.
import type { toolsEn } from './tools.en';
import { exportUiZhCN } from '../exportUi.zh-CN';
import { embedUiZhCN } from '../embedUi.zh-CN';
import { captureOpenZhCN } from '../captureOpen.zh-CN';

/** zh-CN messages of the header's tools. */
export const toolsZhCN: Record<keyof typeof toolsEn, string> = {
  ...exportUiZhCN,
  ...embedUiZhCN,
  ...captureOpenZhCN,
};
