// The TCP narration's zh-CN messages: the same keys as tcp.en.ts.
import type { tcpEn } from './tcp.en';
import { narrationZhCN } from '../narration.zh-CN';

/** zh-CN messages of the TCP narration. */
export const tcpZhCN: Record<keyof typeof tcpEn, string> = { ...narrationZhCN };
