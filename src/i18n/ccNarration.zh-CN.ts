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
  'ccs.heading.handshake': '握手 · {{time}} ms',
  'ccs.heading.round': '第 {{round}} 轮 · {{time}} ms',
  'ccs.intro.setup':
    '{{alg}} 在 {{rounds}} 轮（每轮 {{rtt}} ms）里持续发送大量数据，MSS = {{mss}} 字节，初始 cwnd = {{cwnd}}、ssthresh = {{ssthresh}} 个报文段。和教科书的“按轮”模型不同，这里逐个 ACK 真实模拟：每个 ACK 都会让 cwnd 变化一点。',
  'ccs.intro.pipe':
    '瓶颈链路速率为 {{bw}}：链路本身约能容纳 {{bdp}} 个报文段（带宽 × RTT），路由器队列还能再放 {{queue}} 个。cwnd 超过约 {{pipe}} 个报文段时队列溢出，尾部丢弃 (drop-tail)：丢包由负载自然产生。',
  'ccs.intro.noQueue':
    '瓶颈链路速率为 {{bw}}，链路约能容纳 {{bdp}} 个报文段（带宽 × RTT）；队列没有上限，更大的 cwnd 只会增加时延。',
  'ccs.intro.noBottleneck': '链路没有带宽限制：除非放置丢包，否则不会丢失报文段。',
  'ccs.intro.rwnd':
    '接收方通告 rwnd = {{rwnd}} 个报文段（{{bytes}} 字节）：发送方在途的数据最多为有效窗口 min(cwnd, rwnd)。',
  'ccs.intro.losses':
    '放置的丢包：{{list}}。“3 个重复 ACK”丢掉该轮第一个新报文段；“超时”从该轮开始丢掉所有报文段，直到重传计时器超时。',
  'ccs.intro.start': '按“播放”或“下一步”，逐个报文段跟随这次运行。',

  'ccs.why.dup3':
    '为什么不退回 cwnd = 1？3 个重复 ACK 说明后面的 3 个报文段已经到达：路径仍在传送，只缺一个报文段。所以 {{alg}} 设 ssthresh = 在途数据量 / 2 = {{ssthresh}} 个报文段，并以 cwnd = ssthresh + 3 = {{cwnd}} 进入快速恢复。',
  'ccs.why.dup3.tahoe':
    'Tahoe 没有快速恢复：快速重传之后设 ssthresh = 在途数据量 / 2 = {{ssthresh}} 个报文段、cwnd = 1，重新慢启动，与超时后相同。',
  'ccs.why.dup3.cubic':
    'CUBIC 以 β = 0.7 减小窗口而不是减半：ssthresh = 0.7 × cwnd = {{ssthresh}} 个报文段，并记住丢包时的窗口 W_max = {{wMax}}。恢复后它先快速增长回 W_max，在其附近放缓，然后再向上探测。',
  'ccs.why.timeout':
    '计时器超时：整整一个 RTO 没有任何 ACK 返回，发送方对路径状况一无所知。ssthresh = {{ssthresh}} 个报文段，cwnd = 1 个报文段：从头慢启动（RFC 5681）。',
  'ccs.why.partialAck':
    '这个 ACK 只确认了丢包时在途数据的一部分：同一窗口里还有报文段丢失。NewReno 立即重传它并留在快速恢复中（Reno 在这里就会退出快速恢复，常常最后只能等超时）。',
  'ccs.why.fullAck':
    '丢包前发出的数据已全部确认：快速恢复结束，cwnd 收缩为 ssthresh = {{cwnd}} 个报文段，从这里继续拥塞避免。',
  'ccs.why.renoExit':
    '第一个新 ACK 就结束了 Reno 的快速恢复：cwnd 收缩为 ssthresh = {{cwnd}} 个报文段。如果同一窗口还丢了别的报文段，Reno 需要新的重复 ACK，甚至超时，才能发现它们。',
  'ccs.why.rwnd':
    'cwnd = {{cwnd}} 个报文段，但 rwnd = {{rwnd}}：有效窗口 min(cwnd, rwnd) = {{rwnd}} 个报文段。限制发送方的是接收方，而不是网络。',
  'ccs.end':
    '运行结束：{{rounds}} 轮里发送了 {{sent}} 个新报文段、{{retx}} 次重传；{{fr}} 次快速重传、{{to}} 次超时，队列丢弃了 {{drops}} 个报文段。有效吞吐量 {{goodput}}。',
} as const satisfies Record<CcNarrationKey, string>;
