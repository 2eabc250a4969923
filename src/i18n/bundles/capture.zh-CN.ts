// Real traffic's zh-CN messages: the same keys as capture.en.ts.
import type { captureEn } from './capture.en';
import { captureZhCN as tcpCaptureZhCN } from '../capture.zh-CN';
import { flightZhCN } from '../flight.zh-CN';
import { harZhCN } from '../har.zh-CN';
import { captureUiZhCN } from '../captureUi.zh-CN';

/** zh-CN messages of real traffic in the views. */
export const captureZhCN: Record<keyof typeof captureEn, string> = {
  ...captureUiZhCN,
  ...tcpCaptureZhCN,
  ...flightZhCN,
  ...harZhCN,
};
