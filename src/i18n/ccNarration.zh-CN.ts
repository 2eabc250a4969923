// 拥塞控制实验讲解的简体中文文案：每一轮发送了什么，以及这一轮结束时 cwnd、ssthresh 为什么变化。
// 键与 ccNarration.en.ts 完全相同；cwnd、ssthresh、rwnd、ACK、RTO、RTT 保持原样。
import type { CcNarrationKey } from './ccNarration.en';

/** Congestion narration in Simplified Chinese; same keys as `ccNarrationEn`. */
export const ccNarrationZhCN = {
  'ccn.phase.slowStart': '慢启动',
  'ccn.phase.congestionAvoidance': '拥塞避免',
  'ccn.phase.fastRecovery': '快速恢复',
  'ccn.loss.tripleDupAck': '第 {{round}} 轮（三个重复 ACK）',
  'ccn.loss.timeout': '第 {{round}} 轮（超时）',

  'ccn.intro.setup':
    '{{alg}} 从 cwnd = {{cwnd}}、ssthresh = {{ssthresh}} 个报文段开始，处于{{phase}}阶段。每一步是一个传输轮次：一个 RTT（{{rtt}} ms），发送方在其中发出整个窗口，并等待它们的 ACK。',
  'ccn.intro.rwnd':
    '接收方通告 rwnd = {{rwnd}} 个报文段：发送方每轮最多发送 min(cwnd, rwnd) 个报文段。',
  'ccn.intro.losses': '丢包在以下轮次结束时被检测到：{{list}}。',
  'ccn.intro.noLoss': '本次运行没有丢包：点击图上的某一轮即可在那里放置一次丢包。',
  'ccn.intro.compare': '图中还画出了 {{list}} 在相同丢包下的曲线，便于对比。',
  'ccn.intro.start': '点击“播放”或“下一步”，逐轮查看。',

  'ccn.sent':
    '第 {{round}} 轮（{{phase}}）：cwnd = {{cwnd}}，发送方发出 {{count}} 个报文段，#{{first}}–#{{last}}。',
  'ccn.sent.one':
    '第 {{round}} 轮（{{phase}}）：cwnd = {{cwnd}}，发送方只发出 1 个报文段，#{{first}}。',
  'ccn.sent.rwnd':
    '第 {{round}} 轮（{{phase}}）：cwnd = {{cwnd}}，但接收方通告 rwnd = {{rwnd}}，所以发送方只发出 min(cwnd, rwnd) = {{count}} 个报文段，#{{first}}–#{{last}}。限制这一轮的是流量控制（接收方的缓存），而不是拥塞控制（网络）。',

  'ccn.grow.slowStart':
    '所有 ACK 都回来了。慢启动阶段每收到一个 ACK，cwnd 就加一个报文段，所以一整个窗口的 ACK 使它翻倍：cwnd {{from}} → {{to}}。',
  'ccn.grow.capped':
    '所有 ACK 都回来了。翻倍本应得到 {{double}}，但慢启动到 ssthresh 为止：cwnd {{from}} → {{to}}。',
  'ccn.grow.enterCa':
    'cwnd 已达到 ssthresh = {{ssthresh}}：从下一轮起进入拥塞避免，每轮只加一个报文段，不再翻倍。',
  'ccn.grow.ca':
    '所有 ACK 都回来了。拥塞避免阶段每个 ACK 只加 1/cwnd 个报文段，所以一整个窗口的 ACK 共加一个报文段：cwnd {{from}} → {{to}}。',
  'ccn.grow.exitFr':
    '重传的报文段被一个新的 ACK（不是重复 ACK）确认：快速恢复结束，{{alg}} 继续进行拥塞避免。',
  'ccn.grow.cubic':
    'CUBIC 按 W(t) = C·(t − K)³ + W_max 增长 cwnd，其中 t 是距上次减小窗口的时间（所以 RTT 有影响）：远低于 W_max 时增长快，接近它时变平缓，越过它后又加快。cwnd {{from}} → {{to}}。',
  'ccn.grow.cubicProbe':
    'CUBIC 从慢启动结束时的窗口出发，沿三次曲线增长 cwnd：开始较慢，随时间推移越来越快。cwnd {{from}} → {{to}}。',
  'ccn.grow.same': 'cwnd 保持 {{cwnd}} 不变。',

  'ccn.dup3':
    '第 {{round}} 轮结束时收到三个重复 ACK：有一个报文段丢失了，但它后面的报文段都到达了。发送方立即重传丢失的报文段（快速重传），而不是等待 RTO 超时。',
  'ccn.timeout':
    '第 {{round}} 轮结束时重传计时器超时 (RTO)：一个 ACK 都没有回来，说明网络严重拥塞。',
  'ccn.ssthresh.halve': 'ssthresh = ⌊cwnd/2⌋ = ⌊{{cwnd}}/2⌋ = {{ssthresh}}。',
  'ccn.ssthresh.floor': 'ssthresh = max(⌊cwnd/2⌋, 2) = max(⌊{{cwnd}}/2⌋, 2) = {{ssthresh}}。',
  'ccn.ssthresh.cubic':
    'CUBIC 不是减半，而是乘以 β = {{beta}}：ssthresh = max({{beta}} × {{cwnd}}, 2) = {{ssthresh}}（Reno 会设为 {{reno}}）。它记住丢包前的窗口 W_max，之后再增长回去。',
  'ccn.fr.inflate':
    '{{alg}} 进入快速恢复，cwnd = ssthresh + 3 = {{cwnd}}：三个重复 ACK 中的每一个都说明又有一个报文段离开了网络。',
  'ccn.fr.noInflate':
    '{{alg}} 进入快速恢复，cwnd = ssthresh = {{cwnd}}（不加 3，这是一些课程采用的讲法）。',
  'ccn.fr.cubic': 'CUBIC 进入快速恢复，cwnd = ssthresh = {{cwnd}}。',
  'ccn.fr.why':
    '它不会退回 cwnd = 1：重复 ACK 证明数据仍在流动，拥塞并不严重。只有超时（一个 ACK 都没有）才从 1 重新开始。',
  'ccn.tahoe.dup3':
    'Tahoe 没有快速恢复：快速重传之后它把 cwnd 设为 1，重新慢启动，和超时后完全一样。',
  'ccn.timeout.reset':
    'cwnd = 1：发送方重新从慢启动开始，再次指数增长，直到新的 ssthresh = {{ssthresh}}。',
  'ccn.compare':
    '{{alg}} 面对同一次丢包：cwnd {{from}} → {{to}}，ssthresh {{ssthresh}}，随后进入{{phase}}。',
  'ccn.end': '这是本次运行的最后一轮。',
} as const satisfies Record<CcNarrationKey, string>;
