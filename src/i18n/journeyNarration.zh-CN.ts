// Simplified Chinese strings of the URL journey's narration: the keys of the English catalog.
// 协议名、标志位和 RFC 状态名保持 RFC 拼写；术语与 GLOSSARY.md 一致。
import type { journeyNarrationEn } from './journeyNarration.en';

/** Messages, the same keys and {{variables}} as the English catalog. */
export const journeyNarrationZhCN = {
  'jn.node.browser': '浏览器',
  'jn.node.os': '操作系统',
  'jn.node.switch': '交换机',
  'jn.node.gateway': '网关',
  'jn.node.resolver': '本地 DNS 服务器',
  'jn.node.root': '根域名服务器',
  'jn.node.tld': '顶级域名服务器',
  'jn.node.authoritative': '权威域名服务器',
  'jn.node.server': 'Web 服务器',

  'jn.key.preMasterSecret': '预主密钥 (pre-master secret)',
  'jn.key.masterSecret': '主密钥 (master secret)',
  'jn.key.sessionKeys': '会话密钥',
  'jn.key.sharedSecret': '(EC)DHE 共享密钥',
  'jn.key.handshakeTrafficKeys': '握手流量密钥',
  'jn.key.applicationTrafficKeys': '应用流量密钥',
  'jn.key.resumptionMasterSecret': '会话恢复主密钥',
  'jn.key.none': '还没有任何密钥',

  'jn.tlsSetting.1.2-rsa': 'TLS 1.2（RSA 密钥交换）',
  'jn.tlsSetting.1.2-ecdhe': 'TLS 1.2（ECDHE 密钥交换）',
  'jn.tlsSetting.1.3': 'TLS 1.3',

  'jn.heading.start': '按下回车之前',
  'jn.heading': '第 {{step}} 步 · {{phase}} · t = {{time}}',
  'jn.heading.hop': '第 {{n}} 次导航 · {{phase}} · t = {{time}}',
  'jn.phaseName.start': '开始',
  'jn.phaseName.cache': 'HTTP 缓存',
  'jn.phaseName.dns': 'DNS',
  'jn.phaseName.arp': 'ARP',
  'jn.phaseName.tcp': 'TCP',
  'jn.phaseName.tls': 'TLS',
  'jn.phaseName.http': 'HTTP',
  'jn.phaseName.render': '渲染',
  'jn.phaseName.close': '断开连接',

  'jn.intro.typed':
    '你在地址栏输入 {{input}} 并按下回车。从按键到页面出现在屏幕上，中间发生了什么？',
  'jn.intro.cache.miss': '浏览器缓存里没有这个页面的副本。',
  'jn.intro.cache.fresh': '浏览器缓存里有这个页面的副本，而且仍然新鲜（未过期）。',
  'jn.intro.cache.stale':
    '浏览器缓存里有这个页面的副本，但已经过期；同时保存了验证字段 {{validator}}。',
  'jn.intro.dns.browser': '浏览器自己还记得 {{host}} 的 IP 地址。',
  'jn.intro.dns.os': '操作系统的 DNS 缓存里有 {{host}}。',
  'jn.intro.dns.hosts': 'hosts 文件里有一行写着 {{host}}。',
  'jn.intro.dns.resolver': '本地 DNS 服务器的缓存里有 {{host}}。',
  'jn.intro.dns.iterative':
    '哪里都没有缓存 {{host}}：本地 DNS 服务器要依次去问根域名服务器、顶级域名服务器和权威域名服务器。',
  'jn.intro.arp.hit': 'ARP 缓存里已经有客户端需要的所有 MAC 地址。',
  'jn.intro.arp.miss': 'ARP 缓存是空的。',
  'jn.intro.net':
    '地址：客户端是 {{client}}/{{prefix}}，默认网关 {{gateway}}；本地 DNS 服务器是 {{resolver}}；Web 服务器是 {{server}}。',
  'jn.intro.tls': '服务器在 {{tls}} 之上使用 {{http}}，将返回 {{status}}。',
  'jn.intro.plain': '服务器使用不加密的 {{http}}（没有 TLS），将返回 {{status}}。',
  'jn.intro.freshSkips': '所以这次根本用不到网络：没有 DNS、没有 ARP、没有连接，也没有请求。',
  'jn.intro.resources': '页面引用了 {{count}} 个子资源（样式表、脚本、图片）。',
  'jn.intro.start': '点击“播放”或“下一步”，一条消息一条消息地跟着走完全程。',

  'jn.phase.cache': 'HTTP 缓存：在动用网络之前，浏览器先看看自己是否已经有可用的副本。',
  'jn.phase.dns':
    'DNS：IP 数据包里写的是地址而不是名字，所以浏览器必须先把 {{host}} 解析成 IPv4 地址。',
  'jn.phase.dnsArp':
    '先 ARP，后 DNS：DNS 查询本身也是装在以太网帧里的 IP 数据包，发出之前客户端需要知道下一跳的 MAC 地址。教材通常把 ARP 放在 DNS 之后；但 ARP 缓存为空时，它反而最先发生。',
  'jn.phase.dnsResume': '回到 DNS：网关的 MAC 地址已经知道了，DNS 查询终于可以发出。',
  'jn.phase.arp':
    'ARP：服务器的地址 {{ip}} 已经知道了，但在局域网里帧是按 MAC 地址投递的，所以客户端要查出下一跳的 MAC 地址。',
  'jn.phase.tcp': 'TCP：浏览器通过三次握手，与 {{ip}} 的 {{port}} 端口建立可靠的连接。',
  'jn.phase.tls':
    'TLS：URL 是 https，所以在发送任何 HTTP 之前，双方先进行 TLS 握手（{{version}}）：验证服务器的身份，并协商出密钥。',
  'jn.phase.http': 'HTTP：连接已经就绪，浏览器发送请求。',
  'jn.phase.render': '渲染：浏览器把拿到的 HTML 变成屏幕上的像素。',
  'jn.phase.close': '断开连接：用 FIN 报文段拆除连接（四次挥手）。',

  'jn.nav.typed': '你输入了 {{input}} 并按下回车。',
  'jn.nav.schemeAdded': '你没有输入协议，所以地址栏像现在的浏览器一样，自动补上了 https://。',
  'jn.nav.parse':
    '浏览器先解析 URL：协议 {{scheme}}，主机 {{host}}，端口 {{port}}，路径 {{path}}。',
  'jn.nav.portDefault':
    'URL 里没有写端口 {{port}}，因为它是 {{scheme}} 的默认端口（http 为 80，https 为 443）；连接将使用 {{default}}。',
  'jn.nav.portExplicit': 'URL 指定了端口 {{port}}，它取代了 {{scheme}} 的默认端口 {{default}}。',
  'jn.nav.idn':
    '主机名 {{unicode}} 含有非 ASCII 字符，而 DNS 里的域名只能是 ASCII：实际发送的是它的 punycode 形式 {{host}}（IDNA）。',
  'jn.nav.query': '查询字符串 {{query}} 是请求目标的一部分：会发送给服务器。',
  'jn.nav.fragment': '片段 {{fragment}} 永远不会发送出去：它只告诉浏览器滚动到页面的哪个位置。',
  'jn.nav.ipHost': '主机 {{host}} 本身就是 IP 地址：没有域名要解析，所以完全不需要 DNS。',
  'jn.nav.https':
    'https：在发送任何 HTTP 之前，TLS 会先在 TCP 连接上运行，路径上的任何人都无法读取或篡改页面。',
  'jn.nav.http': 'http：页面以明文传输，路径上的任何人都可能读取或篡改它。',
  'jn.nav.redirect':
    '第 {{n}} 次导航：浏览器跟随从 {{from}} 发来的 {{status}} 重定向，对 {{url}} 从头再来一遍：HTTP 缓存、DNS、连接和请求，能复用的才复用。',
  'jn.nav.redirect301':
    '301 Moved Permanently 是永久重定向：浏览器可以记住它，下次直接访问新的 URL。',
  'jn.nav.redirect302': '302 Found 是临时重定向：下次浏览器仍然先请求原来的 URL。',

  'jn.cache.miss': '浏览器在 HTTP 缓存中查找 {{url}}：没有存储的副本（未命中），只能向服务器请求。',
  'jn.cache.fresh':
    'HTTP 缓存里有 {{url}}，而且是新鲜的：它的年龄 {{age}} 秒小于 Cache-Control: max-age={{maxAge}}。浏览器直接使用存储的副本，完全不产生网络流量：没有 DNS、没有 TCP、也没有 HTTP 请求（强缓存命中，开发者工具里显示为“from cache”）。',
  'jn.cache.stale':
    'HTTP 缓存里有 {{url}}，但已经过期：它的年龄 {{age}} 秒已达到 max-age={{maxAge}}。副本可能仍然是对的，所以浏览器不直接重新下载，而是发送条件请求，让服务器确认它是否还能用（协商缓存）。',
  'jn.cache.etag':
    '请求会带上 If-None-Match: {{etag}}，即副本附带的 ETag：“只有当你那边的版本标签不同时，才把页面发过来”。',
  'jn.cache.lastModified':
    '请求会带上 If-Modified-Since: {{date}}，即副本的 Last-Modified 时间：“只有在那之后改过，才把页面发过来”。',
  'jn.cache.expect304':
    '如果页面没有变化，服务器会返回不带正文的 304 Not Modified，浏览器继续使用自己的副本。',
  'jn.cache.sub.fresh': 'HTTP 缓存：{{list}}（共 {{count}} 个）都是新鲜的，直接使用，不发请求。',
  'jn.cache.sub.stale':
    'HTTP 缓存：{{list}}（共 {{count}} 个）已经过期：每个都要用条件请求向服务器确认。',
  'jn.cache.sub.miss': 'HTTP 缓存里没有 {{list}}（共 {{count}} 个）：每个都要向服务器请求。',

  'jn.dnsl.browser.hit':
    '浏览器自己的 DNS 缓存里有 {{name}} → {{ip}}（TTL 还剩 {{ttl}} 秒）：不需要发出任何查询。',
  'jn.dnsl.browser.miss':
    '浏览器的 DNS 缓存里没有 {{name}}，于是交给操作系统的存根解析器 (stub resolver)。',
  'jn.dnsl.os.hit':
    '操作系统的 DNS 缓存里有 {{name}} → {{ip}}（TTL 还剩 {{ttl}} 秒）：在本机内部就得到了答案。',
  'jn.dnsl.os.miss': '操作系统的 DNS 缓存里也没有 {{name}}。',
  'jn.dnsl.hosts.hit':
    'hosts 文件里有这一行：“{{line}}”。这是静态映射，在发出任何查询之前就会使用（也没有 TTL）。{{name}} 的地址是 {{ip}}。',
  'jn.dnsl.hosts.miss':
    'hosts 文件里没有 {{name}}：操作系统只能去问网络，也就是本地 DNS 服务器 {{resolver}}。',
  'jn.dnsl.resolver.hit':
    '本地 DNS 服务器的缓存里有 {{name}} → {{ip}}（TTL 还剩 {{ttl}} 秒），所以它立即回答，不必再问根、顶级和权威域名服务器。',
  'jn.dnsl.resolver.miss':
    '本地 DNS 服务器没有 {{name}} 的缓存：它要自己通过迭代查询来解析，从根域名服务器开始（根服务器的地址来自它预置的根提示 root hints）。',

  'jn.dns.queryStub':
    '存根解析器向{{server}} {{ip}} 发送 DNS 查询（ID {{id}}）：“{{name}} 的 {{type}} 记录是什么？”，并设置 RD=1：这是递归查询，意思是“请替我找到最终答案”。',
  'jn.dns.whyUdp':
    'DNS 使用 UDP 53 端口：一个小小的问题加一个小小的回答，不值得先建立连接；万一丢了，客户端再问一次就行。',
  'jn.dns.queryIterative':
    '本地 DNS 服务器向{{server}} {{serverName}}（{{ip}}）询问 {{name}} 的 {{type}} 记录，RD=0：这是迭代查询，意思是“告诉我答案，或者告诉我下一步该问谁”。',
  'jn.dns.referral':
    '{{Server}}不知道 {{name}} 的地址，但知道谁负责 {{zone}}：它返回一个引荐 (referral)，在权威部分 (authority) 给出 {{count}} 条 NS 记录（例如 {{nsName}}，TTL {{ttl}} 秒），在附加部分 (additional) 给出 {{glue}} 条粘合 (glue) 地址记录，让本地 DNS 服务器知道下一步去问谁。',
  'jn.dns.answerAuthoritative':
    '{{Server}} {{serverName}} 直接给出记录：{{name}} A {{address}}，TTL {{ttl}} 秒，并设置 AA=1（权威应答：这台服务器就是这条数据的来源）。本地 DNS 服务器把它缓存 {{ttl}} 秒。',
  'jn.dns.answerResolver':
    '本地 DNS 服务器回答存根解析器：{{name}} A {{address}}，TTL {{ttl}} 秒，RA=1（它提供递归服务），AA=0（它只是转述答案，并不是数据的来源）。操作系统和浏览器最多可以把它缓存 TTL 那么久：Web 服务器的地址终于知道了。',

  'jn.arpl.forDns':
    '要发出 DNS 查询，客户端需要下一跳的 MAC 地址：在域名解析出来之前就已经需要 ARP 了。',
  'jn.arpl.same':
    '判断是否同一子网：{{clientIp}} AND {{mask}} = {{clientNet}}，{{dest}} AND {{mask}} = {{destNet}}。网络号相同：{{dest}} 就在这个局域网里，帧直接发给它，ARP 要查的就是 {{hop}} 本身的 MAC 地址。',
  'jn.arpl.other':
    '判断是否同一子网：{{clientIp}} AND {{mask}} = {{clientNet}}，{{dest}} AND {{mask}} = {{destNet}}。网络号不同：{{dest}} 不在这个局域网里，数据包要交给默认网关 {{hop}}。目的 IP 地址仍然是 {{dest}}，但目的 MAC 地址是网关的：MAC 地址只在一段链路上有意义，路由器是按 IP 地址转发的。',
  'jn.arpl.hit': 'ARP 缓存里已经有 {{hop}} → {{mac}}：不需要发送 ARP 请求。',
  'jn.arpl.miss': 'ARP 缓存里没有 {{hop}}：客户端必须在局域网里发送 ARP 请求来询问。',

  'jn.arp.request':
    '客户端广播一个 ARP 请求：“谁是 {{targetIp}}？请告诉 {{senderIp}}（{{senderMac}}）”，以太网目的地址为 {{dst}}：交换机把它泛洪到所有端口，局域网里每台主机都会收到。其中的目标 MAC 字段是 {{targetMac}}，因为这正是要问的问题；只有 {{targetIp}} 的主人才会回答。',
  'jn.arp.reply':
    '{{Owner}}回复 ARP 应答：“{{senderIp}} 的 MAC 地址是 {{senderMac}}”，以单播直接发给 {{targetMac}}：请求里已经告诉了它询问者的 MAC 地址。客户端把 {{senderIp}} → {{senderMac}} 存入 ARP 缓存，等待中的数据包就可以发出了。',

  'jn.tcp.connect':
    '浏览器请求操作系统连接 {{ip}} 的 {{port}} 端口；操作系统选了本地端口 {{cport}}（{{conn}}）。',
  'jn.tcp.parallel':
    '这是连往 {{host}} 的第 {{n}} 条连接：浏览器会并行打开多条连接（每个主机最多 6 条），因为一条 HTTP/1.1 连接一次只能处理一个请求。',
  'jn.tcp.close10':
    '{{Who}}先关闭：在 HTTP/1.0（Connection: close）下，响应结束，连接也就结束。先关闭的一方最后要在 TIME-WAIT 中等待。',
  'jn.tcp.closeFirst':
    '{{Who}}先关闭连接（主动关闭）：它将经过 FIN-WAIT-1、FIN-WAIT-2，最后进入 TIME-WAIT。',
  'jn.tcp.passiveClose':
    '{{Who}}之前已收到 FIN（处于 CLOSE-WAIT），现在也没有数据要发了，于是也关闭（被动关闭），在 LAST-ACK 中等待最后一个 ACK。',
  'jn.tcp.segment': '{{Who}}发送 {{flags}}，seq={{seq}}，ack={{ack}}。',
  'jn.tcp.states':
    '发送后{{Sender}}处于 {{senderState}}；{{receiver}}处理完这个报文段后处于 {{receiverState}}。',
  'jn.tcp.whyThree':
    '为什么是三次而不是两次：双方都要确认对方收到了自己的 ISN。第三个报文段告诉服务器它的 SYN, ACK 已经到达，同时防止一个过时的重复 SYN 打开一个没人要的连接。',
  'jn.tcp.timeWait':
    '{{Who}}在 TIME-WAIT 中等待 2·MSL 再释放连接：如果最后这个 ACK 丢了，对方会重发 FIN，它还能再回应。',

  'jn.tls.clientHello':
    '客户端发送 ClientHello 开始 TLS 握手，此时还没有任何密钥，所以是明文：其中有 32 字节的客户端随机数（{{random}}）、它支持的 {{count}} 个密码套件，以及 server_name (SNI) {{sni}}，让服务器知道该出示哪张证书。',
  'jn.tls.clientHelloShare':
    '它还带着 key_share：客户端的 {{group}} 公钥，即 (EC)DHE 密钥交换中客户端的那一半，在服务器做出任何选择之前就先猜好发出。',
  'jn.tls.clientHello13':
    '这就是 TLS 1.3 少一个往返的原因：密钥交换在第一条消息里就开始了，服务器可以直接回复自己的 key share，一个往返之后双方就都有了密钥。',
  'jn.tls.clientHello12':
    '服务器只支持 TLS 1.2，会忽略这个 key share：密钥交换要等服务器做出选择之后才能进行，因此多花一个往返。',
  'jn.tls.serverHello12':
    '服务器回复 ServerHello：选定 {{version}} 和密码套件 {{suite}}，并发送自己的随机数。两个随机数都会参与生成密钥，所以每次会话的密钥都不一样。',
  'jn.tls.serverHello13':
    '服务器回复 ServerHello，选定密码套件 {{suite}}，并带上自己的 {{group}} key_share。双方各自用自己的私钥和对方的公钥计算，得到同一个共享密钥，而它从未在网络上传输过；再由它导出握手流量密钥。这条消息之后的一切都是加密的。',
  'jn.tls.encryptedExtensions':
    'EncryptedExtensions：服务器的其余协商结果（ALPN：{{alpn}}），已经用握手流量密钥加密；在 TLS 1.2 中这些是明文发送的。',
  'jn.tls.certificate':
    '服务器发送由 {{count}} 张证书组成的证书链：{{chain}}，由 {{root}} 签发。浏览器逐级验证签名，直到它信任的根证书颁发机构 (CA)，检查有效期，并确认 {{host}} 在证书的名称 (SAN) 之中。没有这一步，任何人都可以冒充服务器。',
  'jn.tls.certificate13': '在 TLS 1.3 中证书是加密的：窃听者甚至不知道发送的是哪个网站的证书。',
  'jn.tls.certificate12': '在 TLS 1.2 中证书是明文传输的。',
  'jn.tls.serverKeyExchange':
    'ServerKeyExchange：服务器发送一个新生成的、基于 {{curve}} 的临时公钥，并用证书的私钥签名（{{alg}}），让客户端确信它来自证书的主人。',
  'jn.tls.certificateVerify':
    'CertificateVerify：服务器用证书的私钥对到目前为止的握手消息签名（{{alg}}），证明它确实拥有刚发送的证书对应的私钥。',
  'jn.tls.serverHelloDone': 'ServerHelloDone：服务器这一轮的消息发完了，等待客户端的密钥交换。',
  'jn.tls.ckeRsa':
    'ClientKeyExchange（RSA）：客户端生成 48 字节的预主密钥，用服务器证书里的 RSA 公钥加密后发送；只有私钥的持有者才能解密。双方再用预主密钥和两个随机数算出主密钥和会话密钥。',
  'jn.tls.noForwardSecrecy':
    '没有前向保密：谁录下了这个连接，日后一旦拿到服务器的私钥，就能解出预主密钥，进而解密整个会话。',
  'jn.tls.ckeEcdhe':
    'ClientKeyExchange（ECDHE）：客户端发送自己的临时公钥。双方各自用自己的私钥和对方的公钥计算，得到同一个预主密钥，而它从不在网络上传输；再由它和两个随机数导出主密钥和会话密钥。',
  'jn.tls.forwardSecrecy':
    '前向保密：临时密钥在握手后就被丢弃，所以即使服务器证书的私钥日后泄露，也无法解密这段被录下的会话。',
  'jn.tls.ccs12': 'ChangeCipherSpec：{{who}}宣布“从现在起，我发送的记录都用会话密钥加密”。',
  'jn.tls.ccs13':
    '{{who}}的 ChangeCipherSpec 在 TLS 1.3 中没有任何作用：只是因为某些中间设备期待看到它才发送（兼容模式）。',
  'jn.tls.finished':
    '{{who}}的 Finished：verify_data（{{verify}}）是用新密钥对之前所有握手消息计算出的 MAC。对方验证通过，就知道双方算出了相同的密钥、看到了相同的消息：握手没有被篡改。',
  'jn.tls.finished12': '这是第一条用会话密钥加密的记录。',
  'jn.tls.finished13': '它用握手流量密钥加密；从这里开始，应用数据改用应用流量密钥加密。',
  'jn.tls.newSessionTicket':
    'NewSessionTicket：握手之后，服务器给客户端一张会话票据（有效期 {{lifetime}} 秒），以后可以用更短的握手恢复会话。',
  'jn.tls.alert':
    '{{who}}发出 Alert {{description}}：表示它不会再发送任何数据，这样被中途切断的连接就不会被误当成完整的响应。',
  'jn.tls.keys': '现在的密钥——客户端：{{client}}；服务器：{{server}}。',
  'jn.tls.done12':
    'TLS 握手经过 {{rt}} 个往返后完成：现在可以发送 HTTP 了，用 {{suite}} 加密（对称加密，速度快；非对称加密只用来协商密钥）。',
  'jn.tls.done13':
    'TLS 握手经过 {{rt}} 个往返后完成（TLS 1.2 需要 2 个）：现在可以发送 HTTP 了，用 {{suite}} 加密（对称加密，速度快；非对称加密只用来协商密钥）。',

  'jn.http.request':
    '浏览器发送请求行 {{line}}：方法、请求目标 {{target}} 和版本。Host 首部写明站点 {{host}}：一个 IP 地址上可能有很多网站，服务器需要靠这个名字区分（HTTP/1.1 规定必须带上）。',
  'jn.http.ifNoneMatch':
    '这是条件请求：If-None-Match: {{etag}} 的意思是“只有当你的版本 ETag 不同时才发送正文”。',
  'jn.http.ifModifiedSince':
    '这是条件请求：If-Modified-Since: {{date}} 的意思是“只有在那之后修改过才发送正文”。',
  'jn.http.reused': '不需要新的握手：请求走的是 {{conn}}，一个已经承载过请求的持久连接（长连接）。',
  'jn.http.keepAlive':
    'Connection: {{connection}}：HTTP/1.1 的连接默认是持久连接，响应之后这条连接还可以承载下一个请求。',
  'jn.http.close10': 'HTTP/1.0：没有 keep-alive，响应之后连接就关闭，每个请求都要重新握手。',
  'jn.http.sizePlain':
    '请求共 {{bytes}} 字节，装在 {{segments}} 个 TCP 报文段里，没有加密：路径上的任何人都能读到。',
  'jn.http.sizeEncrypted':
    '请求共 {{bytes}} 字节；在网络上它是一个 {{wire}} 字节的 TLS application_data 记录，装在 {{segments}} 个 TCP 报文段里：只有浏览器和服务器能读懂。',
  'jn.http.response':
    '服务器用状态行 {{line}} 作答。响应的第一个字节在请求发出 {{ttfb}}后到达 (TTFB)：大约一个往返（{{rtt}}）加上服务器 {{server}}的处理时间。',
  'jn.http.class1': '1xx 表示提示信息：这是中间回答，最终的回答还在后面。',
  'jn.http.class2': '2xx 表示成功：这就是你要的东西。',
  'jn.http.class3': '3xx 表示重定向：客户端还要做点别的，比如访问另一个 URL，或者使用缓存的副本。',
  'jn.http.class4': '4xx 表示客户端错误：请求要的东西服务器给不了。',
  'jn.http.class5': '5xx 表示服务器错误：请求本身没问题，但服务器处理失败了。',
  'jn.http.versionNote':
    '请求用的是 {{request}}，服务器却用 {{response}} 回答：服务器写的是它自己支持的、主版本号相同的版本 (RFC 9110 §2.5)，并且只使用客户端能理解的功能。',
  'jn.http.status304':
    '304 Not Modified 故意不带正文：浏览器手里已经有这些字节了，条件请求的意义就在于不必再传一遍。返回的只有首部（新的 Date、相同的 ETag、新的 max-age）；浏览器更新副本的新鲜度，然后直接使用它。',
  'jn.http.redirect':
    'Location: {{location}}：浏览器不渲染这个响应，而是对这个 URL 发起一次新的导航。',
  'jn.http.status404':
    '404 Not Found：{{path}} 在这台服务器上不存在。服务器仍然会发送一个错误页面，浏览器把它显示出来。',
  'jn.http.status500': '500 Internal Server Error：服务器在处理请求时内部出错了。',
  'jn.http.status503':
    '503 Service Unavailable：服务器过载或正在维护；Retry-After 告诉客户端多久之后再试。',
  'jn.http.body':
    '正文共 {{bytes}} 字节的 {{type}}，装在 {{segments}} 个 TCP 报文段里；Content-Length 告诉浏览器正文在哪里结束。',
  'jn.http.respKeepAlive': 'Connection: keep-alive：响应之后连接继续保持打开。',
  'jn.http.respClose': 'Connection: close：发完这个响应后，服务器将关闭 TCP 连接。',

  'jn.res.css': '{{count}} 个样式表',
  'jn.res.js': '{{count}} 个脚本',
  'jn.res.img': '{{count}} 张图片',
  'jn.res.found': '解析 HTML 时，浏览器发现了 {{count}} 个子资源（{{list}}）：每个都需要单独请求。',
  'jn.res.queued':
    '浏览器对同一个主机最多同时打开 {{max}} 个连接，而一个 HTTP/1.1 连接一次只能处理一个请求，所以有 {{queued}} 个请求要排队等待（瀑布图中的“Queueing”），直到有连接空闲出来。',
  'jn.res.noQueue': '没有超过每个主机 {{max}} 个连接的限制：不需要排队。',

  'jn.render.dom': '解析 HTML → DOM：字节被解码、切分成标签，构建成 DOM 树（{{duration}}）。',
  'jn.render.cssom':
    '解析 CSS → CSSOM：所有样式规则，为层叠计算做好准备（{{duration}}）。CSS 会阻塞渲染：在样式确定之前就绘制，页面会先闪现一下没有样式的样子。',
  'jn.render.renderTree':
    'DOM + CSSOM → 渲染树：只包含会显示出来的内容（没有 <head>，也没有 display: none 的元素），每个节点带上计算后的样式（{{duration}}）。',
  'jn.render.layout': '布局：按当前窗口宽度，算出每个盒子的确切位置和大小（{{duration}}）。',
  'jn.render.paint':
    '绘制：盒子变成像素（{{duration}}）。首次绘制发生在 t = {{time}}：用户看到了页面。',
  'jn.render.repaint': '重绘：图片到了，浏览器带着图片再绘制一遍（{{duration}}）。',
  'jn.render.waited': '这一阶段需要等待 {{list}}。',

  'jn.kept':
    '长连接 (keep-alive)：{{conn}} 在处理了 {{requests}} 个请求之后仍然保持 {{state}}，现在不进行四次挥手。下一个发往 {{host}} 的请求可以省去 TCP 握手；浏览器会在连接空闲一段时间后再关闭它。',
  'jn.kept.tls':
    '长连接 (keep-alive)：{{conn}} 在处理了 {{requests}} 个请求之后仍然保持 {{state}}，现在不进行四次挥手。下一个发往 {{host}} 的请求可以同时省去 TCP 握手和 TLS 握手；浏览器会在连接空闲一段时间后再关闭它。',

  'jn.ended.rendered':
    '第 {{n}} 次导航完成：{{url}}（{{status}}）已显示在屏幕上，距它开始 {{time}}。',
  'jn.ended.redirected':
    '第 {{n}} 次导航在 {{time}} 后以 {{status}} 重定向结束：{{url}} 不会被渲染，浏览器转向新的地址。',
  'jn.end':
    '这就是完整的旅程：共 {{time}}，{{requests}} 个请求，使用了 {{connections}} 条 TCP 连接。',
} as const satisfies Record<keyof typeof journeyNarrationEn, string>;
