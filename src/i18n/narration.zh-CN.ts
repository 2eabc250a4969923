// 简体中文 narration sentences (keys mirror narration.en.ts exactly; RFC names stay in RFC spelling).
import type { NarrationKey } from './narration.en';

/** Narration messages in zh-CN; the type forces exactly the keys of the English catalog. */
export const narrationZhCN: Record<NarrationKey, string> = {
  'narr.intro.listen': '{{Who}}正在监听端口，等待连接 (LISTEN)。',
  'narr.intro.open': '{{Who}}将在 t = {{time}} 时发起连接。',
  'narr.intro.drops': '本次运行中将有 {{count}} 个报文段在途中丢失。',
  'narr.intro.start': '点击“播放”或“下一步”，看报文段如何往来。',
  'narr.end': '本次运行到此结束。',

  'narr.app.listen': '{{Who}}的应用在端口上监听：这是被动打开。',
  'narr.app.open': '{{Who}}的应用请求 TCP 建立连接：这是主动打开。',
  'narr.app.send': '{{Who}}的应用把 {{bytes}} 字节数据交给 TCP 发送。',
  'narr.app.close':
    '{{Who}}的应用调用 CLOSE：它没有更多数据要发了，TCP 会在已排队的数据之后发送 FIN。',
  'narr.app.abort': '{{Who}}的应用中止连接：TCP 发送 RST，并直接丢弃这个连接。',

  'narr.sent.syn': '{{Who}}发送 SYN，seq={{seq}}：它选定自己的初始序列号 (ISN)，请求建立连接。',
  'narr.sent.synAck':
    '{{Who}}回复 SYN, ACK，seq={{seq}}，ack={{ack}}：它也选定自己的 ISN；由于 SYN 要占用一个序列号，它期望收到的下一个字节是 ISN+1。',
  'narr.sent.handshakeAck': '{{Who}}发送 ACK，ack={{ack}}：确认{{peer}}的 SYN，三次握手至此完成。',
  'narr.sent.dataAck':
    '{{Who}}发送 ACK，ack={{ack}}：因为从 seq={{start}} 开始的 {{bytes}} 字节已经收到。',
  'narr.sent.finAck': '{{Who}}确认 FIN，ack={{ack}}：FIN 和 SYN 一样要占用一个序列号。',
  'narr.sent.ack': '{{Who}}发送 ACK，ack={{ack}}：这是它期望从{{peer}}收到的下一个字节。',
  'narr.sent.data':
    '{{Who}}发送 {{len}} 字节数据，seq={{seq}}：它们是其字节流中的第 {{seq}} 到第 {{last}} 个字节。',
  'narr.sent.fin': '{{Who}}发送 FIN，seq={{seq}}：它已没有数据要发送（这个方向的传输就此关闭）。',
  'narr.sent.rstRefused': '{{Who}}回复 RST：该端口上没有应用在监听，所以连接被拒绝。',
  'narr.sent.rstNoConnection': '{{Who}}回复 RST：它没有这个报文段所属的连接。',
  'narr.sent.rstUnacceptable':
    '{{Who}}回复 RST (seq={{seq}})：这个报文段确认的是它从未发送过的序列号，一定来自某个旧连接。',
  'narr.sent.rstAbort': '{{Who}}发送 RST：不经过 FIN，连接立即中止。',
  'narr.sent.rst': '{{Who}}发送 RST，seq={{seq}}。',
  'narr.sent.challengeAck':
    '{{Who}}发送挑战 ACK，ack={{ack}} (RFC 5961)：刚收到的报文段对不上，于是重申自己期望的序列号。',
  'narr.sent.fastRetransmit':
    '{{Who}}立即重传 seq={{seq}} 的 {{flags}}（快速重传）：三个重复 ACK 都指向它，所以不必等待重传超时。',
  'narr.sent.partialRetransmit':
    '{{Who}}重传 seq={{seq}} 的 {{flags}}：部分确认 (partial ACK) 指向的正是下一个缺失的报文段。',
  'narr.sent.goBackN':
    '{{Who}}重发 seq={{seq}} 的 {{flags}}：超时之后它回到第一个未确认的字节，在 cwnd 允许的范围内重新发送后面的数据（回退 N 步）。',
  'narr.sent.retransmit':
    '{{Who}}重传 {{flags}}，seq={{seq}}：在超时重传 (RTO) 时间内没有收到 ACK。',
  'narr.sent.reAck': '{{Who}}针对这个重复报文段再次发送 ACK (ack={{ack}})，好让{{peer}}停止重传。',
  'narr.sent.injected': '网络中出现了一个来自旧连接的重复 {{flags}} (seq={{seq}})。',
  'narr.sent.duplicate': '网络把 {{flags}} (seq={{seq}}) 多投递了一份副本。',

  'narr.lost.fault': '{{Who}}的 {{flags}} ({{num}}) 在途中丢失：{{peer}}根本没有收到。',
  'narr.lost.queue': '{{Who}}的 {{flags}} ({{num}}) 在瓶颈处被丢弃：路由器队列已满（尾部丢弃）。',
  'narr.lost.random': '{{Who}}的 {{flags}} ({{num}}) 在途中随机丢失：{{peer}}根本没有收到。',

  'narr.arrived.accepted': '{{Who}}收到 {{flags}} ({{num}})。',
  'narr.arrived.duplicateSynAck':
    '{{Who}}再次收到 SYN, ACK（它的 ACK 丢了，对方重传了）：它已处于 ESTABLISHED，只需再回一个 ACK。',
  'narr.arrived.duplicate':
    '{{Who}}收到 seq={{seq}} 的 {{flags}}，这部分它已经收到过：是重复报文段，于是丢弃并再次发送 ACK。',
  'narr.arrived.outOfOrder':
    '{{Who}}收到 seq={{seq}} 的 {{flags}}，超出了它期望的下一个字节：先缓存起来，并再次发送 ACK。',
  'narr.arrived.unacceptableAck':
    '{{Who}}收到 {{flags}}，ack={{ack}}，确认的却是它从未发送过的数据。',
  'narr.arrived.reset': '{{Who}}收到并接受了 RST：连接立即被拆除。',
  'narr.arrived.ignored': '{{Who}}收到 {{flags}} (seq={{seq}}) 后将其忽略：它与当前状态不符。',
  'narr.arrived.noListener': '{{Who}}收到 {{flags}}，但该端口上没有应用在监听。',

  'narr.state.generic': '{{Who}}从 {{from}} 进入 {{to}}。',
  'narr.state.CLOSED.LISTEN': '{{Who}}进入 LISTEN：准备接受连接。',
  'narr.state.CLOSED.SYN-SENT': '{{Who}}进入 SYN-SENT：它已发出 SYN，正在等待回应。',
  'narr.state.LISTEN.SYN-RECEIVED':
    '{{Who}}从 LISTEN 进入 SYN-RECEIVED：它收到了 SYN，正在等待对方用 ACK 确认自己的 SYN。',
  'narr.state.SYN-SENT.SYN-RECEIVED':
    '{{Who}}从 SYN-SENT 进入 SYN-RECEIVED：对方的 SYN 与自己的 SYN 在途中交错（同时打开）。',
  'narr.state.SYN-SENT.ESTABLISHED':
    '{{Who}}进入 ESTABLISHED：它的 SYN 已被确认，也收到了{{peer}}的 SYN，连接建立。',
  'narr.state.SYN-RECEIVED.ESTABLISHED':
    '{{Who}}进入 ESTABLISHED：它的 SYN 已被确认，这一端的握手也完成了。',
  'narr.state.SYN-RECEIVED.LISTEN': '{{Who}}回到 LISTEN：一个 RST 取消了这个半打开的连接。',
  'narr.state.ESTABLISHED.FIN-WAIT-1': '{{Who}}进入 FIN-WAIT-1：它已发出 FIN，正在等待对方确认。',
  'narr.state.ESTABLISHED.CLOSE-WAIT':
    '{{Who}}进入 CLOSE-WAIT：{{peer}}不会再发送数据，但在自己的应用关闭之前，{{who}}仍可以继续发送。',
  'narr.state.FIN-WAIT-1.FIN-WAIT-2':
    '{{Who}}进入 FIN-WAIT-2：它的 FIN 已被确认，现在等待{{peer}}的 FIN。',
  'narr.state.FIN-WAIT-1.CLOSING':
    '{{Who}}进入 CLOSING：{{peer}}的 FIN 先于确认自己 FIN 的 ACK 到达（同时关闭）。',
  'narr.state.FIN-WAIT-1.TIME-WAIT':
    '{{Who}}进入 TIME-WAIT：{{peer}}的 FIN 与确认自己 FIN 的 ACK 一起到达。',
  'narr.state.FIN-WAIT-2.TIME-WAIT': '{{Who}}进入 TIME-WAIT：{{peer}}的 FIN 已到达并已被确认。',
  'narr.state.CLOSING.TIME-WAIT': '{{Who}}进入 TIME-WAIT：它的 FIN 终于被确认了。',
  'narr.state.CLOSE-WAIT.LAST-ACK':
    '{{Who}}进入 LAST-ACK：它的应用也关闭了，于是发出自己的 FIN，等待最后一个 ACK。',
  'narr.state.LAST-ACK.CLOSED': '{{Who}}进入 CLOSED：它的 FIN 已被确认，这一端的连接就此结束。',
  'narr.state.TIME-WAIT.CLOSED':
    '{{Who}}进入 CLOSED：等待 2·MSL 期间没有收到重传的 FIN，连接彻底关闭。',
  'narr.state.toClosed.rto': '{{Who}}从 {{from}} 进入 CLOSED：重试次数已用完。',
  'narr.state.toClosed.rst': '{{Who}}从 {{from}} 进入 CLOSED：一个 RST 终止了连接。',
  'narr.state.toClosed.close': '{{Who}}从 {{from}} 进入 CLOSED：连接还没建立，它的应用就关闭了。',
  'narr.state.toClosed.abort': '{{Who}}从 {{from}} 进入 CLOSED：它的应用中止了连接。',

  'narr.timer.rto': '{{Who}}启动重传计时器，RTO = {{rto}}：如果超时仍未收到 ACK，就重新发送。',
  'narr.timer.rtoBackoff':
    '{{Who}}把 RTO 加倍：{{prev}} → {{rto}}（指数退避，RFC 6298），然后继续等待。',
  'narr.timer.rtoCapped':
    '{{Who}}本应把 RTO 加倍，但已到上限：{{prev}} → {{rto}} (RFC 6298)，然后继续等待。',
  'narr.timer.timeWait':
    '{{Who}}在 TIME-WAIT 中等待 2·MSL = {{duration}}：如果最后一个 ACK 丢了，{{peer}}会重传 FIN，{{who}}还能再回一个 ACK；同时让旧连接的重复报文段在网络中消失，之后才能复用同一对端口。',
  'narr.cancel.rto': '{{Who}}停止重传计时器：它发出的内容都已被确认。',
  'narr.cancel.rtoGone': '{{Who}}停止重传计时器：连接已经不存在了。',
  'narr.cancel.timeWait': '{{Who}}停止 TIME-WAIT 计时器。',
  'narr.fired.rto': '{{Who}}的重传计时器超时：在 RTO 内没有收到 ACK。',
  'narr.fired.rtoAgain': '{{Who}}的重传计时器再次超时：已经重传了 {{n}} 次，仍未收到 ACK。',
  'narr.fired.timeWait': '{{Who}}的 TIME-WAIT 计时器到期：已经过了 2·MSL。',

  'narr.delivered': '{{Who}}的 TCP 按顺序把 {{bytes}} 字节交给应用（累计 {{total}} 字节）。',
  'narr.rtt':
    '{{Who}}测得一次 RTT 为 {{sample}}：平滑 RTT 为 {{srtt}}，因此 RTO 变为 {{rto}} (RFC 6298)。',

  'narr.ended.closed': '{{Who}}的连接已正常关闭。',
  'narr.ended.refused': '{{Who}}的应用收到“连接被拒绝”：它的 SYN 被 RST 回绝了。',
  'narr.ended.reset': '{{Who}}的应用收到“连接被重置”：一个 RST 终止了连接。',
  'narr.ended.failed': '{{Who}}重试 {{retries}} 次后放弃：连接失败（超时）。',
  'narr.ended.aborted': '{{Who}}的连接被其应用中止。',

  'narr.cc.phase.slowStart': '慢启动',
  'narr.cc.phase.congestionAvoidance': '拥塞避免',
  'narr.cc.phase.fastRecovery': '快速恢复',
  'narr.cc.newAck':
    '{{Who}}的拥塞窗口 (cwnd) 现在为 {{cwnd}} 字节（{{phase}}，慢启动阈值 ssthresh 为 {{ssthresh}} 字节）。',
  'narr.cc.dupAck': '快速恢复中又收到一个重复 ACK：{{who}}把拥塞窗口膨胀到 {{cwnd}} 字节。',
  'narr.cc.tripleDupAck':
    '第三个重复 ACK：{{who}}进行快速重传，把慢启动阈值设为 {{ssthresh}} 字节，拥塞窗口设为 {{cwnd}} 字节（{{phase}}）。',
  'narr.cc.partialAck':
    '部分确认 (partial ACK)：{{who}}留在快速恢复中并重传下一个缺失的报文段；拥塞窗口 {{cwnd}} 字节。',
  'narr.cc.fullAck':
    '丢包时未确认的数据已全部确认：{{who}}退出快速恢复，拥塞窗口为 {{cwnd}} 字节（{{phase}}）。',
  'narr.cc.timeout':
    '超时后{{who}}把慢启动阈值设为 {{ssthresh}} 字节，拥塞窗口回到一个 MSS（{{cwnd}} 字节）：重新慢启动。',
};
