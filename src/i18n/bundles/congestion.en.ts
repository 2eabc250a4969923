// The congestion lab's English messages (chart, page, narration; a captured conversation's charts).
import { cwndEn } from '../cwnd.en';
import { labEn } from '../lab.en';
import { ccNarrationEn } from '../ccNarration.en';

export const congestionEn = { ...labEn, ...ccNarrationEn, ...cwndEn };
