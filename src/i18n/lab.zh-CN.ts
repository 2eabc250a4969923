// 拥塞控制实验页面（面板、参数、丢包）的简体中文文案，键与 lab.en.ts 完全相同。
import type { LabKey } from './lab.en';

/** Lab UI messages in Simplified Chinese; same keys as `labEn`. */
export const labZhCN = {
  'lab.round0': '第一轮之前',
  'lab.round': '第 {{round}} 轮',
  'lab.params.algorithm': '算法',
  'lab.params.compare': '对比算法',
  'lab.params.compareHint': '在相同丢包下画在同一张图和表格中。',
  'lab.params.initialCwnd': '初始 cwnd（报文段）',
  'lab.params.initialSsthresh': '初始 ssthresh（报文段）',
  'lab.params.rwnd': 'rwnd（报文段）',
  'lab.params.rwndUnlimited': '不限',
  'lab.params.rounds': '轮数',
  'lab.params.rtt': 'RTT（毫秒）',
  'lab.params.rttHint':
    '只有 CUBIC 会用到：它的曲线 W(t) 按真实时间计算，RTT 越长，每轮增长越多。Tahoe 和 Reno 每轮的增长与 RTT 无关。',
  'lab.params.inflation': '快速恢复时膨胀窗口（cwnd = ssthresh + 3）',
  'lab.params.inflationHint':
    '收到三个重复 ACK 后，Reno 和 NewReno 设 cwnd = ssthresh + 3 (RFC 5681)。关闭时 cwnd = ssthresh，这是一些课程采用的讲法。',
  'lab.model': '模型',
  'lab.model.rounds': '教科书：按轮',
  'lab.model.segments': '逐 ACK：按报文段',
  'lab.model.hint':
    '按轮：每步一个 RTT，窗口以整个报文段计，和教科书的画法一样。按报文段：真实的 TCP 发送方逐个 ACK 运行，经过一条队列会溢出的瓶颈链路。',
  'lab.params.mss': 'MSS（字节）',
  'lab.params.bandwidth': '瓶颈带宽（Mbit/s）',
  'lab.params.bandwidthNone': '不限',
  'lab.params.queue': '队列（分组）',
  'lab.params.queueNone': '不限',
  'lab.params.rttHintSegments':
    '路径在没有排队时的往返时间。一轮是从第一个数据报文段起的一个 RTT。',
  'lab.params.rwndSegments':
    '通告窗口：min(rwnd × MSS, 65,535) 字节 = {{bytes}} 字节（没有窗口扩大选项）。',
  'lab.sequence': '报文段与 ACK',
  'lab.sequence.zoomIn': '放大',
  'lab.sequence.zoomOut': '缩小',
  'lab.sequence.zoom': '缩放：{{zoom}}×',
  'lab.losses.hintSegments':
    '点击图上的某一轮即可在该轮放置丢包；再次点击则移除。“三个重复 ACK”丢掉该轮第一个新报文段；“超时”从该轮开始切断路径，直到计时器超时。',
  'lab.losses': '丢包',
  'lab.losses.none': '没有丢包：每一轮都被确认。',
  'lab.losses.item.tripleDupAck': '第 {{round}} 轮：三个重复 ACK',
  'lab.losses.item.timeout': '第 {{round}} 轮：超时',
  'lab.losses.remove': '移除',
  'lab.losses.removeLabel': '移除第 {{round}} 轮的丢包',
  'lab.losses.clickType': '点击图表时放置',
  'lab.losses.type.tripleDupAck': '三个重复 ACK',
  'lab.losses.type.timeout': '超时',
  'lab.losses.hint': '点击图上的某一轮，在该轮结束时放置一次丢包；再次点击即可移除。',
  'lab.losses.here': '当前轮（第 {{round}} 轮）丢包',
  'lab.error.roundsLoss': '第 {{round}} 轮放置了丢包：轮数至少要保留 {{round}}，或先移除那次丢包。',
} as const satisfies Record<LabKey, string>;
