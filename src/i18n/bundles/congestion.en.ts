// The congestion lab's English messages (chart, page, narration).
import { cwndEn } from '../cwnd.en';
import { labEn } from '../lab.en';
import { ccNarrationEn } from '../ccNarration.en';

export const congestionEn = { ...labEn, ...ccNarrationEn, ...cwndEn };
