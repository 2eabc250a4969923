// The congestion lab's catalogs, added to the translator when the lab's chunk loads.
import { addCatalogs } from './i18n';
import { cwndEn } from './cwnd.en';
import { cwndZhCN } from './cwnd.zh-CN';
import { labEn } from './lab.en';
import { labZhCN } from './lab.zh-CN';
import { ccNarrationEn } from './ccNarration.en';
import { ccNarrationZhCN } from './ccNarration.zh-CN';

/** The lab's English messages (chart, page, narration). */
export const congestionEn = { ...labEn, ...ccNarrationEn, ...cwndEn };
/** The same keys in zh-CN. */
export const congestionZhCN: Record<keyof typeof congestionEn, string> = {
  ...labZhCN,
  ...ccNarrationZhCN,
  ...cwndZhCN,
};

addCatalogs(congestionEn, congestionZhCN);
