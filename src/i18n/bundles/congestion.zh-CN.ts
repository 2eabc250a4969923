// The congestion lab's zh-CN messages: the same keys as congestion.en.ts.
import type { congestionEn } from './congestion.en';
import { cwndZhCN } from '../cwnd.zh-CN';
import { labZhCN } from '../lab.zh-CN';
import { ccNarrationZhCN } from '../ccNarration.zh-CN';

export const congestionZhCN: Record<keyof typeof congestionEn, string> = {
  ...labZhCN,
  ...ccNarrationZhCN,
  ...cwndZhCN,
};
