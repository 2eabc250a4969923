// 拥塞控制实验视图（cwnd 曲线图、逐轮表格）的简体中文文案，键与 cwnd.en.ts 完全相同。
// cwnd、ssthresh、rwnd、ACK 与算法名（Tahoe、Reno、NewReno、CUBIC）保持原样。
import type { CwndKey } from './cwnd.en';

/** Congestion-view strings in Simplified Chinese; same keys as `cwndEn`. */
export const cwndZhCN = {
  'cw.aria': '拥塞窗口 (cwnd) 变化图',
  'cw.axis.round': '传输轮次',
  'cw.axis.segments': '报文段数',
  'cw.phase.slowStart': '慢启动',
  'cw.phase.congestionAvoidance': '拥塞避免',
  'cw.phase.fastRecovery': '快速恢复',
  'cw.legend.aria': '图例',
  'cw.legend.cwnd': 'cwnd · {{algorithm}}',
  'cw.legend.ssthresh': 'ssthresh',
  'cw.legend.rwnd': 'rwnd',
  'cw.loss.tripleDupAck': '三个重复 ACK',
  'cw.loss.timeout': '超时',
  'cw.above': '↑ ssthresh = {{value}}',
  'cw.rwndLabel': 'rwnd = {{value}}',
  'cw.round': '第 {{round}} 轮',
  'cw.hit.add': '第 {{round}} 轮：添加丢包',
  'cw.hit.remove': '第 {{round}} 轮：移除丢包',
  'cw.tip.run': '{{algorithm}} · cwnd {{cwnd}} · ssthresh {{ssthresh}} · {{phase}}',
  'cw.tip.loss': '检测到丢包：{{type}}',
  'cw.tip.rwndLimited': '流量控制：每轮发送 min(cwnd, rwnd) = {{rwnd}} 个报文段',
  'cw.curve.label': 'cwnd 画法',
  'cw.curve.points': '折线',
  'cw.curve.step': '阶梯',
  'cw.table.aria': '逐轮数值',
  'cw.table.round': '轮次',
  'cw.table.cwnd': 'cwnd',
  'cw.table.ssthresh': 'ssthresh',
  'cw.table.phase': '阶段',
  'cw.table.firstSegment': '首个报文段',
  'cw.table.lastSegment': '末个报文段',
  'cw.table.download': '下载 CSV',
} as const satisfies Record<CwndKey, string>;
