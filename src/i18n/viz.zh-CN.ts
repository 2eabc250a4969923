// 视图文案（时序图、状态图）的简体中文版本，键与 viz.en.ts 完全相同。
// Protocol names (SYN, ACK, RTO, MSL …) keep their RFC spelling; the text around them is Chinese.
import type { VizKey } from './viz.en';

/** View strings in Simplified Chinese; same keys as `vizEn`. */
export const vizZhCN = {
  'viz.unit.ms': '{{value}} 毫秒',
  'viz.unit.s': '{{value}} 秒',
  'seq.aria': '时序图',
  'seq.client': '客户端',
  'seq.server': '服务器',
  'seq.timer.rto': 'RTO {{duration}}',
  'seq.timer.timeWait': '2MSL {{duration}}',
  'seq.gap': '+{{duration}}',
  'seq.badge.retransmission': '重传',
  'seq.badge.injected': '注入',
  'seq.badge.duplicate': '重复',
  'seq.aria.segment': '{{text}}：{{from}} → {{to}}',
  'seq.aria.lost': '已丢失',
  'seq.aria.inFlight': '传输中',
  'sd.aria': '{{endpoint}}的 TCP 状态图，当前状态 {{state}}',
  'sd.note.toClosed': '任意状态：收 RST、ABORT 或重传次数用尽 → CLOSED',
  'sd.edge.passiveOpen': '被动打开',
  'sd.edge.activeOpen': '主动打开 / 发 SYN',
  'sd.edge.rcvSynSndSynAck': '收 SYN / 发 SYN,ACK',
  'sd.edge.rcvSynAckSndAck': '收 SYN,ACK / 发 ACK',
  'sd.edge.rcvAckOfSyn': '收到 SYN 的 ACK',
  'sd.edge.rcvRst': '收 RST',
  'sd.edge.closeSndFin': '关闭 / 发 FIN',
  'sd.edge.rcvFinSndAck': '收 FIN / 发 ACK',
  'sd.edge.rcvAckOfFin': '收到 FIN 的 ACK',
  'sd.edge.rcvFinAckSndAck': '收 FIN,ACK / 发 ACK',
  'sd.edge.timeout2msl': '2MSL 超时',
  'sd.edge.closeOrTimeout': '关闭或超时',
  'sd.edge.close': '关闭',
  'sd.edge.sendSndSyn': '发送数据 / 发 SYN',
} as const satisfies Record<VizKey, string>;
