// 简体中文: a captured conversation in the TCP view (keys mirror capture.en.ts exactly). Wireshark
// shows its marks in English whatever the language, so the narration names them as Wireshark
// does ([TCP Retransmission]) and says what they mean in Chinese; badges and fields are Chinese.
import type { CaptureKey } from './capture.en';

/** Capture messages in zh-CN; the type forces exactly the keys of the English catalog. */
export const captureZhCN: Record<CaptureKey, string> = {
  'tcpcap.badge.retransmission': '[TCP 重传]',
  'tcpcap.badge.fast-retransmission': '[TCP 快速重传]',
  'tcpcap.badge.dup-ack': '[TCP 重复 ACK {{of}}#{{n}}]',
  'tcpcap.badge.zero-window': '[TCP 零窗口]',
  'tcpcap.badge.window-update': '[TCP 窗口更新]',
  'tcpcap.badge.out-of-order': '[TCP 乱序]',
  'tcpcap.badge.lost-segment': '[TCP 前一报文段未捕获]',
  'tcpcap.badge.keep-alive': '[TCP 保活]',
  'tcpcap.seq.hole': '{{bytes}} 字节未捕获',
  'tcpcap.seq.holeUnknown': '有字节未捕获',
  'tcpcap.seq.assumed': '{{state}}（假定）',

  'tcpcap.mark.retransmission': '重传',
  'tcpcap.mark.fast-retransmission': '快速重传',
  'tcpcap.mark.dup-ack': '重复确认 (重复 ACK)',
  'tcpcap.mark.zero-window': '零窗口',
  'tcpcap.mark.window-update': '窗口更新',
  'tcpcap.mark.out-of-order': '乱序',
  'tcpcap.mark.lost-segment': '丢失报文段',
  'tcpcap.mark.keep-alive': '保活',
  'tcpcap.expert.retransmission': '此帧（疑似）是一次重传',
  'tcpcap.expert.fast-retransmission': '此帧（疑似）是一次快速重传',
  'tcpcap.expert.dup-ack': '帧 {{of}} 的第 {{n}} 个重复 ACK',
  'tcpcap.expert.zero-window': 'TCP 零窗口报文段',
  'tcpcap.expert.window-update': 'TCP 窗口更新',
  'tcpcap.expert.out-of-order': '此帧（疑似）是一个乱序报文段',
  'tcpcap.expert.lost-segment': '前面的报文段未被捕获（捕获刚开始时很常见）',
  'tcpcap.expert.keep-alive': 'TCP 保活报文段',

  'tcpcap.header.title': '捕获的会话',
  'tcpcap.header.conv': '{{file}} 中的会话 {{conv}}',
  'tcpcap.header.convNoFile': '会话 {{conv}}',
  'tcpcap.header.packets': '{{count}} 个数据包',
  'tcpcap.header.bytes': '{{count}} 字节',
  'tcpcap.header.count': '{{name}}：{{count}}',
  'tcpcap.header.noMarks': '没有分析标记',
  'tcpcap.header.marks': '分析标记',
  'tcpcap.header.mid': '从连接中途开始捕获：假定两端都处于 ESTABLISHED',
  'tcpcap.header.back': '返回模拟',
  'tcpcap.header.backHint': '离开捕获文件，重新显示场景',

  'tcpcap.unit.us': '{{n}} 微秒',

  'tcpcap.insp.heading': '报文段查看器',
  'tcpcap.insp.empty': '点击“下一步”：每个捕获到的报文段的首部、选项和载荷都会显示在这里。',
  'tcpcap.insp.title': '第 {{frame}} 帧：{{from}} → {{to}}',
  'tcpcap.insp.time': 't = {{time}}',
  'tcpcap.insp.tcp': 'TCP 首部',
  'tcpcap.insp.options': '选项',
  'tcpcap.insp.analysis': '分析（与 Wireshark 的标记一致）',
  'tcpcap.insp.tls': 'TLS',
  'tcpcap.insp.http': 'HTTP',
  'tcpcap.f.flags': '标志位',
  'tcpcap.f.seq': '序列号',
  'tcpcap.f.nextSeq': '下一个序列号',
  'tcpcap.f.ack': '确认号',
  'tcpcap.f.len': '载荷长度',
  'tcpcap.f.window': '窗口',
  'tcpcap.f.winScale': '窗口缩放因子',
  'tcpcap.f.mss': 'MSS',
  'tcpcap.f.wscale': '窗口缩放',
  'tcpcap.f.sackPerm': '允许 SACK',
  'tcpcap.f.sack': 'SACK 块',
  'tcpcap.f.ts': '时间戳',
  'tcpcap.f.retransmits': '重传的是',
  'tcpcap.f.hole': '此前缺失',
  'tcpcap.v.relative': '{{value}}（相对值）',
  'tcpcap.v.raw': '原始值 {{value}}',
  'tcpcap.v.noAck': '未设置（没有 ACK 标志）',
  'tcpcap.v.bytes': '{{n}} 字节',
  'tcpcap.v.frame': '第 {{frame}} 帧',
  'tcpcap.v.yes': '是',
  'tcpcap.v.scale': '×{{factor}}（移位 {{shift}}，来自 SYN 选项）',
  'tcpcap.v.scaleSyn': 'SYN 上不缩放 (RFC 7323 §2.2)',
  'tcpcap.v.scaleNone': '未启用（两个 SYN 都必须带这个选项）',
  'tcpcap.v.scaleUnknown': '未知（没有捕获到握手）',
  'tcpcap.v.winScaled': '{{bytes}} 字节 = {{raw}} × {{factor}}',
  'tcpcap.v.wscale': '{{shift}}（乘以 {{factor}}）',
  'tcpcap.v.encrypted': '已加密',
  'tcpcap.tls.record': '记录 {{n}}',
  'tcpcap.tls.recordValue': '{{type}}，{{version}}，{{length}} 字节',
  'tcpcap.tls.sni': '服务器名称 (SNI)',
  'tcpcap.tls.alpn': 'ALPN',
  'tcpcap.tls.suites': '提供的密码套件（{{count}} 个）',
  'tcpcap.tls.suite': '选定的密码套件',
  'tcpcap.tls.versions': '支持的版本',
  'tcpcap.tls.version': '选定的版本',
  'tcpcap.tls.certificates': '证书链中的证书数',
  'tcpcap.http.request': '请求行',
  'tcpcap.http.response': '状态行',
  'tcpcap.http.method': '方法',
  'tcpcap.http.target': '请求目标',
  'tcpcap.http.version': '版本',
  'tcpcap.http.status': '状态码',

  'tcpcap.events.frame': '第 {{frame}} 帧',

  'tcpcap.narr.heading': '第 {{step}} 步 · 第 {{frame}} 帧 · t = {{time}}',
  'tcpcap.intro.conv':
    '{{file}} 中的会话 {{conv}}：{{client}}（客户端）与 {{server}}（服务器）通信，{{duration}} 内共 {{packets}} 个数据包。',
  'tcpcap.intro.convNoFile':
    '会话 {{conv}}：{{client}}（客户端）与 {{server}}（服务器）通信，{{duration}} 内共 {{packets}} 个数据包。',
  'tcpcap.intro.relative': '序列号和确认号显示为相对值，与 Wireshark 一样：每一方的 ISN 记为 0。',
  'tcpcap.intro.absolute': '序列号和确认号显示为绝对值，即线路上的原始数值。',
  'tcpcap.intro.states':
    '各端的状态是按 RFC 9293 的规则从报文段推断出来的：客户端起始于 {{client}}，服务器起始于 {{server}}。',
  'tcpcap.intro.mid':
    '没有捕获到 SYN：开始捕获时连接已经建立，所以假定两端都处于 ESTABLISHED；没有 SYN 就不知道窗口缩放因子，因此窗口按报文中的原始值显示。',
  'tcpcap.intro.marks': '分析标记（与 Wireshark 的判定一致）：{{list}}。',
  'tcpcap.intro.noMarks': '没有分析标记：没有看到重传、重复 ACK、缺口或窗口问题。',
  'tcpcap.intro.arrows':
    '捕获点只在路径上的一个位置看到每个报文段一次：箭头从这个时刻出发，它的斜度（{{delay}}）只是为了便于阅读，并不是测得的时延。',
  'tcpcap.intro.start': '点击“下一步”，逐个查看捕获到的报文段。',
  'tcpcap.narr.end':
    '这是捕获到的最后一个报文段：客户端最终处于 {{client}}，服务器处于 {{server}}。',

  'tcpcap.sent.syn': '{{Who}}发送 SYN，seq={{seq}}：请求建立连接；窗口 {{win}} 字节。',
  'tcpcap.sent.synAck':
    '{{Who}}回复 SYN, ACK，seq={{seq}}，ack={{ack}}：它接受连接，并确认对方的 SYN（SYN 占用一个序列号）；窗口 {{win}} 字节。',
  'tcpcap.sent.options': '它的 SYN 选项：{{list}}。',
  'tcpcap.opt.mss': 'MSS {{n}} 字节',
  'tcpcap.opt.wscale': '窗口缩放 {{shift}}（×{{factor}}）',
  'tcpcap.opt.sackPerm': '允许 SACK',
  'tcpcap.opt.ts': '时间戳',
  'tcpcap.sent.data':
    '{{Who}}发送 {{len}} 字节数据，seq={{seq}}（其字节流中的第 {{seq}} 到第 {{last}} 个字节），ack={{ack}}，窗口 {{win}} 字节。',
  'tcpcap.sent.handshakeAck':
    '{{Who}}发送 ACK，ack={{ack}}：确认{{peer}}的 SYN，三次握手至此完成；窗口 {{win}} 字节。',
  'tcpcap.sent.finAck':
    '{{Who}}发送 ACK，ack={{ack}}：确认{{peer}}的 FIN（FIN 和 SYN 一样要占用一个序列号）。',
  'tcpcap.sent.ack':
    '{{Who}}发送 ACK，ack={{ack}}：{{peer}}字节流中 {{ack}} 之前的字节它都已收到；窗口 {{win}} 字节。',
  'tcpcap.sent.fin': '{{Who}}发送 FIN，seq={{seq}}，ack={{ack}}：它已没有数据要发送。',
  'tcpcap.sent.dataFin':
    '{{Who}}在同一个报文段里发送最后 {{len}} 字节数据（seq={{seq}}）和 FIN：它已没有数据要发送。',
  'tcpcap.sent.rst': '{{Who}}发送 RST，seq={{seq}}：连接立即中止。',
  'tcpcap.sent.rstRefused': '{{Who}}用 RST 回复 SYN：该端口上没有应用在监听，所以连接被拒绝。',
  'tcpcap.sent.other': '{{Who}}发送 {{flags}}，seq={{seq}}，ack={{ack}}。',
  'tcpcap.mark.sentence.retransmission':
    'Wireshark 将它标为 [TCP Retransmission]（重传）：它重复了第 {{of}} 帧首次发送的字节；通常是超时重传 (RTO) 时间内没有收到 ACK。',
  'tcpcap.mark.sentence.retransmissionUnknown':
    'Wireshark 将它标为 [TCP Retransmission]（重传）：它重复了已经发送过的字节；通常是超时重传 (RTO) 时间内没有收到 ACK。',
  'tcpcap.mark.sentence.fast-retransmission':
    'Wireshark 将它标为 [TCP Fast Retransmission]（快速重传）：紧接在重复 ACK 之后，它重发了第 {{of}} 帧首次发送的字节，没有等待 RTO。',
  'tcpcap.mark.sentence.fast-retransmissionUnknown':
    'Wireshark 将它标为 [TCP Fast Retransmission]（快速重传）：紧接在重复 ACK 之后，它重发了已经发送过的字节，没有等待 RTO。',
  'tcpcap.mark.sentence.dup-ack':
    'Wireshark 将它标为 [TCP Dup ACK {{of}}#{{n}}]（重复确认）：这是第 {{of}} 帧的第 {{n}} 个重复 ACK，{{who}}仍在等待字节 {{ack}}，说明很可能缺了一个报文段；第三个重复 ACK 会触发快速重传。',
  'tcpcap.mark.sentence.zero-window':
    'Wireshark 将它标为 [TCP ZeroWindow]（零窗口）：{{who}}通告的窗口为 0，接收缓冲区已满，{{peer}}必须停止发送（流量控制）。',
  'tcpcap.mark.sentence.window-update':
    'Wireshark 将它标为 [TCP Window Update]（窗口更新）：既没有新数据也没有新的确认，{{who}}只是告诉{{peer}}窗口现在是 {{win}} 字节。',
  'tcpcap.mark.sentence.out-of-order':
    'Wireshark 将它标为 [TCP Out-Of-Order]（乱序）：它的 seq 低于{{who}}已发送过的字节，却又不像重传：它是乱序经过捕获点的。',
  'tcpcap.mark.sentence.lost-segment':
    'Wireshark 将它标为 [TCP Previous segment not captured]（前一报文段未捕获）：seq={{seq}} 之前的 {{bytes}} 字节没有经过捕获点：要么在途中丢失，要么被捕获漏掉了。',
  'tcpcap.mark.sentence.lost-segmentUnknown':
    'Wireshark 将它标为 [TCP Previous segment not captured]（前一报文段未捕获）：seq={{seq}} 之前有字节没有经过捕获点：要么在途中丢失，要么被捕获漏掉了。',
  'tcpcap.mark.sentence.keep-alive':
    'Wireshark 将它标为 [TCP Keep-Alive]（保活）：它重发了{{peer}}已经确认过的一个字节，只为确认{{peer}}还在。',
  'tcpcap.tls.sentence': '它携带 TLS：{{list}}。',
  'tcpcap.tls.encryptedRecord': '{{type}}（{{length}} 字节，已加密）',
  'tcpcap.tls.sniPart': '服务器名称 {{sni}}',
  'tcpcap.tls.alpnPart': 'ALPN {{alpn}}',
  'tcpcap.tls.suitesPart': '提供 {{count}} 个密码套件',
  'tcpcap.tls.suitePart': '密码套件 {{suite}}',
  'tcpcap.tls.versionsPart': '版本 {{versions}}',
  'tcpcap.tls.certsPart': '{{count}} 张证书',
  'tcpcap.http.requestSentence': '它的载荷以一条 HTTP 请求行开头：“{{line}}”。',
  'tcpcap.http.responseSentence':
    '它的载荷以一条 HTTP 状态行开头：“{{line}}”（状态码 {{status}}）。',
};
