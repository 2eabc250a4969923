// 抓包会话在拥塞视图中的中文文本：与 flight.en.ts 相同的键与 {{变量}}；ACK、SACK、cwnd、RTO 等
// 名称保持 RFC 拼写。
import type { flightEn } from './flight.en';

export const flightZhCN: Record<keyof typeof flightEn, string> = {
  'tt.aria': '抓包会话：时间/序号图与在途字节',
  'tt.aria.seq': '时间/序号图',
  'tt.aria.flight': '在途字节',
  'tt.heading.seq': '时间 / 序号（Stevens 图）',
  'tt.heading.flight': '在途字节——对 cwnd 的估计',
  'tt.who.client': '客户端',
  'tt.who.server': '服务器',
  'tt.legend.aria': '图例',
  'tt.legend.data': '数据报文段',
  'tt.legend.retransmission': '重传',
  'tt.legend.fast-retransmission': '快速重传',
  'tt.legend.ack': 'ACK',
  'tt.legend.rwnd': 'ACK + 窗口',
  'tt.legend.sack': 'SACK 块',
  'tt.legend.flight': '在途字节',
  'tt.legend.win': '通告窗口',
  'tt.axis.time.ms': '自第一帧起的时间（ms）',
  'tt.axis.time.s': '自第一帧起的时间（s）',
  'tt.axis.seq': '相对序号（{{unit}}）',
  'tt.axis.flight': '在途字节（{{unit}}）',
  'tt.unit.1': '字节',
  'tt.unit.1000': 'kB',
  'tt.unit.1000000': 'MB',
  'tt.cursor': '{{ms}} ms',
  'tt.rwndAbove.seq': '↑ ACK + 窗口最高到 {{value}}',
  'tt.rwndAbove.flight': '↑ 窗口最高到 {{value}} 字节',
  'tt.tip.head': '第 {{frame}} 帧 · t = {{ms}} ms',
  'tt.tip.bytes': '字节 {{first}}–{{last}}（{{len}} 字节）',
  'tt.tip.retransmission': '重传',
  'tt.tip.retransmission.of': '重传第 {{frame}} 帧',
  'tt.tip.fast-retransmission': '快速重传',
  'tt.tip.fast-retransmission.of': '快速重传第 {{frame}} 帧',
  'tt.tip.ack': '{{who}}最近的 ACK：{{ack}} · 窗口 {{win}} 字节',
  'tt.tip.flight': '发送后在途：{{bytes}} 字节',
  'tt.hit':
    '{{chart}}：第 {{frame}} 帧，第 {{step}} 步。方向键在可见的报文段之间移动；Enter 跳到这一段。',
  'tt.zoom.label': '时间范围',
  'tt.zoom.in': '放大',
  'tt.zoom.out': '缩小',
  'tt.zoom.reset': '整个会话',
  'tt.zoom.range': '{{from}}–{{to}} ms',
  'tt.zoom.hint': '在图上横向拖动可放大到那段时间；点击报文段可跳到它的那一步。',
  'tt.summary.noData': '{{who}}在这个会话中没有发送数据：这个方向没有可画的内容。',
  'tt.summary.seq':
    '{{who}}发送的数据报文段：{{segments}} 个（{{bytes}} 字节，含重传），从 {{from}} ms 到 {{to}} ms，最高到第 {{top}} 字节。',
  'tt.summary.retx': '其中重传：{{retx}} 个（快速重传：{{fast}} 个）。',
  'tt.summary.ack': '{{who}}的 ACK 最终到达 {{ack}}；重复 ACK：{{dups}} 个。',
  'tt.summary.sack': '报告的 SACK 块：{{blocks}} 个。',
  'tt.summary.flight': '在途字节在 {{ms}} ms 时达到峰值 {{max}} 字节。',
  'tt.summary.rwnd': '最大的通告窗口为 {{win}} 字节。',
  'tt.estimate':
    '在途字节（已发送的最高字节 + 1 − 最高 ACK）是从抓包点看到的 cwnd 估计：它同时受接收窗口和应用写入数据量的限制，只有在发送方抓包、且发送方受 cwnd 限制时才等于 cwnd。',

  'cf.heading.start': '第一个报文段之前',
  'cf.heading': '第 {{frame}} 帧 · t = {{ms}} ms',
  'cf.intro.conv':
    '会话 {{id}}，在 {{client}}（客户端）与 {{server}}（服务器）之间：{{ms}} ms 内共 {{segments}} 个报文段。',
  'cf.intro.mid':
    '抓包从连接中途开始（没有看到 SYN）：每一方的编号从它在抓包中的第一个报文段算起。',
  'cf.intro.chart':
    '图中显示{{who}}发送的数据：每个数据报文段是一条竖线，从它的第一个字节到最后一个字节，画在它经过的时刻。{{peer}}的 ACK 画成 ACK 线，ACK 加上它通告的窗口画成上方那条线：{{who}}最多可以发送到的字节。',
  'cf.intro.counts':
    '{{who}}的重传：{{retx}} 次（其中快速重传 {{fast}} 次）；{{peer}}的重复 ACK：{{dups}} 个。',
  'cf.intro.go': '按“播放”或“前进一步”逐个报文段地跟随它。',
  'cf.data.new':
    't = {{ms}} ms：{{who}}发送字节 {{first}}–{{last}}（{{len}} 字节）；在途 {{flight}} 字节。',
  'cf.data.retx':
    't = {{ms}} ms：{{who}}再次发送字节 {{first}}–{{last}}（重传）；在途 {{flight}} 字节。',
  'cf.data.retx.of':
    't = {{ms}} ms：{{who}}再次发送字节 {{first}}–{{last}}（重传第 {{frame}} 帧）；在途 {{flight}} 字节。',
  'cf.data.fast':
    't = {{ms}} ms：{{who}}再次发送字节 {{first}}–{{last}}（快速重传）；在途 {{flight}} 字节。',
  'cf.data.fast.of':
    't = {{ms}} ms：{{who}}再次发送字节 {{first}}–{{last}}（快速重传第 {{frame}} 帧）；在途 {{flight}} 字节。',
  'cf.why.fast':
    '三个重复 ACK 告诉{{who}}：这个报文段丢了，而后面的报文段到达了；于是它立即重发，而不等重传定时器（RFC 5681，快速重传）。图中用单独的颜色和形状标出。',
  'cf.why.retx':
    '这些字节之前发送过，但没有及时得到确认：是重传定时器（RTO）超时后的重传，或恢复过程中的重传。图中用单独的颜色和形状标出。',
  'cf.data.fin': '这个报文段还带有 FIN：{{who}}没有更多数据要发送了。',
  'cf.mark.lostSegment':
    '抓包没有看到这个报文段之前的字节（有空缺）：它们在抓包点之前丢失了，或者抓包漏掉了它们。',
  'cf.mark.outOfOrder': '它是乱序经过的：它的字节低于已经看到的最高字节，但它不是重传。',
  'cf.keepAlive':
    't = {{ms}} ms：{{who}}发送一个保活报文段（一个对方已确认过的字节），检查连接是否还在。',
  'cf.control': 't = {{ms}} ms：{{who}}发送一个带 {{flags}}、不带数据的报文段。',
  'cf.control.flags': '它的标志位：{{flags}}。',
  'cf.ack':
    't = {{ms}} ms：{{who}}确认第 {{last}} 字节及之前的所有字节（ACK = {{ack}}），并通告 {{win}} 字节的窗口：{{peer}}最多可以发送到第 {{limit}} 字节。',
  'cf.ack.syn':
    't = {{ms}} ms：{{who}}以 {{flags}} 应答：它确认{{peer}}的 SYN（ACK = {{ack}}），并通告 {{win}} 字节的窗口。',
  'cf.ack.noData':
    't = {{ms}} ms：{{who}}还没有确认任何数据（ACK = {{ack}}），并通告 {{win}} 字节的窗口。',
  'cf.dupAck':
    '这是一个重复 ACK（第 {{of}} 帧那个 ACK 的第 {{n}} 个重复）：有报文段越过缺失的那一段先到了，所以 ACK 无法前进。',
  'cf.dupAckPlain': '这是一个重复 ACK：有报文段越过缺失的那一段先到了，所以 ACK 无法前进。',
  'cf.dupAck3': '这是第三个重复 ACK：{{peer}}现在应当快速重传缺失的报文段。',
  'cf.sack': 'SACK：它已经收到字节 {{blocks}}。',
  'cf.zeroWindow': '零窗口：{{who}}的接收缓冲区满了，{{peer}}必须停止发送，直到窗口重新打开。',
  'cf.windowUpdate': '窗口更新：窗口重新打开（{{win}} 字节）。',
  'cf.ackData': '它还带有{{who}}自己的 {{len}} 字节数据（这个方向不画出）。',
  'cf.inFlight': '仍有 {{flight}} 字节在途。',
  'cf.end': '会话结束。重传：{{retx}} 次（快速重传 {{fast}} 次）；在途字节最多：{{max}}。',

  'cf.ui.aria': '抓包会话',
  'cf.ui.source': '{{file}} · {{id}}',
  'cf.ui.endpoints': '{{client}}（客户端）↔ {{server}}（服务器）',
  'cf.ui.mid': '抓包从连接中途开始',
  'cf.ui.direction': '数据发送方',
  'cf.ui.direction.client': '客户端（{{bytes}} 字节）',
  'cf.ui.direction.server': '服务器（{{bytes}} 字节）',
  'cf.ui.counts':
    '重传：{{retx}} 次（快速 {{fast}} 次）· 重复 ACK：{{dups}} 个 · SACK 块：{{sacks}} 个',
  'cf.ui.back': '回到模拟',
  'cf.ui.backHint': '这是抓到的真实会话，不是模拟：实验室的模型、参数和丢包设置只作用于模拟。',
};
