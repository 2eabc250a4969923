// English strings of the URL journey's narration. This catalog defines the keys.
// {{Who}} is the capitalised TCP/TLS actor ("The client"), {{who}} the same mid-sentence.

/** Messages (flat keys, `{{x}}` interpolation). */
export const journeyNarrationEn = {
  'jn.node.browser': 'the browser',
  'jn.node.os': 'the operating system',
  'jn.node.switch': 'the switch',
  'jn.node.gateway': 'the gateway',
  'jn.node.resolver': 'the local DNS resolver',
  'jn.node.root': 'the root name server',
  'jn.node.tld': 'the TLD name server',
  'jn.node.authoritative': 'the authoritative name server',
  'jn.node.server': 'the web server',

  'jn.key.preMasterSecret': 'pre-master secret',
  'jn.key.masterSecret': 'master secret',
  'jn.key.sessionKeys': 'session keys',
  'jn.key.sharedSecret': '(EC)DHE shared secret',
  'jn.key.handshakeTrafficKeys': 'handshake traffic keys',
  'jn.key.applicationTrafficKeys': 'application traffic keys',
  'jn.key.resumptionMasterSecret': 'resumption master secret',
  'jn.key.none': 'no keys yet',

  'jn.tlsSetting.1.2-rsa': 'TLS 1.2 with RSA key exchange',
  'jn.tlsSetting.1.2-ecdhe': 'TLS 1.2 with ECDHE key exchange',
  'jn.tlsSetting.1.3': 'TLS 1.3',

  'jn.heading.start': 'Before Enter',
  'jn.heading': 'Step {{step}} · {{phase}} · t = {{time}}',
  'jn.heading.hop': 'Navigation {{n}} · {{phase}} · t = {{time}}',
  'jn.phaseName.start': 'Start',
  'jn.phaseName.cache': 'HTTP cache',
  'jn.phaseName.dns': 'DNS',
  'jn.phaseName.arp': 'ARP',
  'jn.phaseName.tcp': 'TCP',
  'jn.phaseName.tls': 'TLS',
  'jn.phaseName.http': 'HTTP',
  'jn.phaseName.render': 'Rendering',
  'jn.phaseName.close': 'Closing',

  'jn.intro.typed':
    'You type {{input}} into the address bar and press Enter. What happens between this key press and the page on the screen?',
  'jn.intro.cache.miss': 'The browser’s HTTP cache has no copy of this page.',
  'jn.intro.cache.fresh': 'The browser’s HTTP cache holds a copy of this page that is still fresh.',
  'jn.intro.cache.stale':
    'The browser’s HTTP cache holds a copy of this page that has expired (stale); it was stored with the validator {{validator}}.',
  'jn.intro.dns.browser': 'The browser itself still remembers the address of {{host}}.',
  'jn.intro.dns.os': 'The operating system’s DNS cache knows {{host}}.',
  'jn.intro.dns.hosts': 'The hosts file has a line for {{host}}.',
  'jn.intro.dns.resolver': 'The local DNS resolver has {{host}} in its cache.',
  'jn.intro.dns.iterative':
    'Nobody has {{host}} cached: the local DNS resolver will have to ask the root, TLD and authoritative name servers.',
  'jn.intro.arp.hit': 'The ARP cache already holds every MAC address the client needs.',
  'jn.intro.arp.miss': 'The ARP cache is empty.',
  'jn.intro.net':
    'Addresses: the client is {{client}}/{{prefix}} with default gateway {{gateway}}; the local DNS resolver is {{resolver}}; the web server is {{server}}.',
  'jn.intro.tls': 'The server speaks {{http}} over {{tls}} and will answer {{status}}.',
  'jn.intro.plain': 'The server speaks {{http}} without TLS and will answer {{status}}.',
  'jn.intro.freshSkips':
    'So the network will not be needed for it: no DNS, no ARP, no connection, no request.',
  'jn.intro.resources':
    'The page references {{count}} sub-resources (stylesheets, scripts, images).',
  'jn.intro.start': 'Press Play or Step forward to follow the journey one message at a time.',

  'jn.phase.cache':
    'HTTP cache: before touching the network, the browser checks whether it already has a usable copy.',
  'jn.phase.dns':
    'DNS: IP packets carry addresses, not names, so the browser must first turn {{host}} into an IPv4 address.',
  'jn.phase.dnsArp':
    'ARP before DNS: the DNS query is itself an IP packet in an Ethernet frame, so the client needs a MAC address for its first hop before the query can leave. Textbooks put ARP after DNS; with an empty ARP cache it comes first.',
  'jn.phase.dnsResume':
    'Back to DNS: the gateway’s MAC address is now known, so the DNS query can leave.',
  'jn.phase.arp':
    'ARP: the server’s address {{ip}} is known, but on the LAN frames are delivered by MAC address, so the client must find the MAC address of the next hop.',
  'jn.phase.tcp':
    'TCP: the browser opens a reliable connection to {{ip}} port {{port}} with the three-way handshake.',
  'jn.phase.tls':
    'TLS: the URL is https, so before any HTTP both sides run the TLS handshake ({{version}}): they authenticate the server and agree on keys.',
  'jn.phase.http': 'HTTP: the connection is ready, the browser sends its request.',
  'jn.phase.render': 'Rendering: the browser turns the HTML it got into pixels.',
  'jn.phase.close': 'Closing: the connection is torn down with FIN segments (four-way handshake).',

  'jn.nav.typed': 'You typed {{input}} and pressed Enter.',
  'jn.nav.schemeAdded':
    'You typed no scheme, so the address bar assumed https://, as current browsers do.',
  'jn.nav.parse':
    'The browser parses the URL: scheme {{scheme}}, host {{host}}, port {{port}}, path {{path}}.',
  'jn.nav.portDefault':
    'Port {{port}} is not written in the URL because it is the default for {{scheme}} (http: 80, https: 443); {{default}} is what the connection will use.',
  'jn.nav.portExplicit':
    'The URL names port {{port}}, which replaces the {{scheme}} default {{default}}.',
  'jn.nav.idn':
    'The host {{unicode}} has non-ASCII letters, but DNS names are ASCII: it is sent in its punycode form {{host}} (IDNA).',
  'jn.nav.query': 'The query {{query}} is part of the request target: the server receives it.',
  'jn.nav.fragment':
    'The fragment {{fragment}} is never sent: it only tells the browser where to scroll in the page.',
  'jn.nav.ipHost':
    'The host {{host}} is already an IP address: there is no name to resolve, so no DNS at all.',
  'jn.nav.https':
    'https: TLS will run over the TCP connection before any HTTP, so nobody on the path can read or change the page.',
  'jn.nav.http':
    'http: the page will travel in plain text; anyone on the path could read or change it.',
  'jn.nav.redirect':
    'Navigation {{n}}: following the {{status}} redirect from {{from}}, the browser starts over with {{url}}: HTTP cache, DNS, connection and request again, reusing only what it can.',
  'jn.nav.redirect301':
    '301 Moved Permanently: the browser may remember this redirect and go straight to the new URL next time.',
  'jn.nav.redirect302': '302 Found is temporary: next time the browser asks the old URL again.',

  'jn.cache.miss':
    'The browser looks {{url}} up in its HTTP cache: no stored copy (a miss), so it has to ask the server.',
  'jn.cache.fresh':
    'The HTTP cache has {{url}} and it is fresh: its age of {{age}} s is below Cache-Control: max-age={{maxAge}}. The browser uses the stored copy with no network traffic at all: no DNS, no TCP, no HTTP request (a strong cache hit; the developer tools show it as “from cache”).',
  'jn.cache.stale':
    'The HTTP cache has {{url}}, but it is stale: its age of {{age}} s has reached max-age={{maxAge}}. The copy may still be right, so rather than download it again the browser asks the server to revalidate it with a conditional request (negotiated cache).',
  'jn.cache.etag':
    'The request will carry If-None-Match: {{etag}}, the ETag that came with the copy: “send the page only if your version has a different tag”.',
  'jn.cache.lastModified':
    'The request will carry If-Modified-Since: {{date}}, the Last-Modified date of the copy: “send the page only if it changed since then”.',
  'jn.cache.expect304':
    'If the page has not changed, the server will answer 304 Not Modified with no body, and the browser will use its copy.',
  'jn.cache.sub.fresh':
    'HTTP cache: {{list}} ({{count}}) are fresh, so they are used without any request.',
  'jn.cache.sub.stale':
    'HTTP cache: {{list}} ({{count}}) are stale: each will be revalidated with a conditional request.',
  'jn.cache.sub.miss':
    'HTTP cache: no copy of {{list}} ({{count}}), so each must be requested from the server.',

  'jn.dnsl.browser.hit':
    'The browser’s own DNS cache knows {{name}} → {{ip}} ({{ttl}} s of its TTL left): no query leaves the machine.',
  'jn.dnsl.browser.miss':
    'The browser’s DNS cache has no entry for {{name}}, so it asks the operating system’s stub resolver.',
  'jn.dnsl.os.hit':
    'The operating system’s DNS cache knows {{name}} → {{ip}} ({{ttl}} s of its TTL left): answered inside the machine.',
  'jn.dnsl.os.miss': 'The operating system’s DNS cache has no entry for {{name}} either.',
  'jn.dnsl.hosts.hit':
    'The hosts file has the line “{{line}}”: a static entry, used before any query is sent (and without a TTL). {{name}} is {{ip}}.',
  'jn.dnsl.hosts.miss':
    'The hosts file has no line for {{name}}: the operating system must ask the network, that is the local DNS resolver {{resolver}}.',
  'jn.dnsl.resolver.hit':
    'The local DNS resolver has {{name}} → {{ip}} in its cache ({{ttl}} s of its TTL left), so it answers at once, without asking the root, TLD or authoritative servers.',
  'jn.dnsl.resolver.miss':
    'The local DNS resolver has no cached answer for {{name}}: it resolves the name itself, iteratively, starting at a root server (whose addresses it knows from its root hints).',

  'jn.dns.queryStub':
    'The stub resolver sends a DNS query (ID {{id}}) to {{server}} at {{ip}}: “{{type}} record of {{name}}?”, with RD=1: a recursive query, “find the final answer for me”.',
  'jn.dns.whyUdp':
    'DNS uses UDP port 53: one small question and one small answer need no connection set-up; if either is lost, the client simply asks again.',
  'jn.dns.queryIterative':
    'The resolver asks {{server}} {{serverName}} ({{ip}}) for the {{type}} record of {{name}}, with RD=0: an iterative query, “give me the answer, or tell me whom to ask next”.',
  'jn.dns.referral':
    '{{Server}} does not know {{name}}, but it knows who is responsible for {{zone}}: it answers with a referral, {{count}} NS record(s) in the authority section (for example {{nsName}}, TTL {{ttl}} s) and {{glue}} glue address record(s) in the additional section, so the resolver knows whom to ask next.',
  'jn.dns.answerAuthoritative':
    '{{Server}} {{serverName}} answers with the record itself: {{name}} A {{address}}, TTL {{ttl}} s, with AA=1 (an authoritative answer: this server is the source of the data). The resolver caches it for {{ttl}} s.',
  'jn.dns.answerResolver':
    'The resolver answers the stub: {{name}} A {{address}}, TTL {{ttl}} s, with RA=1 (it offers recursion) and AA=0 (it relays the answer, it is not its source). The operating system and the browser may cache it for at most the TTL: the web server’s address is known.',

  'jn.arpl.forDns':
    'To send the DNS query the client needs the MAC address of its next hop: ARP is needed even before the name is resolved.',
  'jn.arpl.same':
    'Subnet test: {{clientIp}} AND {{mask}} = {{clientNet}}, {{dest}} AND {{mask}} = {{destNet}}. Same network: {{dest}} is on this LAN, so the frame goes straight to it and ARP must find the MAC address of {{hop}} itself.',
  'jn.arpl.other':
    'Subnet test: {{clientIp}} AND {{mask}} = {{clientNet}}, {{dest}} AND {{mask}} = {{destNet}}. Different networks: {{dest}} is not on this LAN, so the packet goes to the default gateway {{hop}}. The destination IP address stays {{dest}}, but the destination MAC address is the gateway’s: MAC addresses only matter on one link, routers forward by IP address.',
  'jn.arpl.hit': 'The ARP cache already maps {{hop}} → {{mac}}: no ARP request is needed.',
  'jn.arpl.miss':
    'The ARP cache has no entry for {{hop}}: the client must ask the LAN with an ARP request.',

  'jn.arp.request':
    'The client broadcasts an ARP request, “Who has {{targetIp}}? Tell {{senderIp}} ({{senderMac}})”, to Ethernet destination {{dst}}: the switch floods it to every port and every host reads it. Its target MAC field is {{targetMac}} because that is the question; only the owner of {{targetIp}} will answer.',
  'jn.arp.reply':
    '{{Owner}} answers with an ARP reply, “{{senderIp}} is at {{senderMac}}”, sent unicast straight to {{targetMac}}: the request told it the asker’s MAC address. The client stores {{senderIp}} → {{senderMac}} in its ARP cache, and the waiting packet can leave.',

  'jn.tcp.connect':
    'The browser asks the operating system to connect to {{ip}} port {{port}}; the OS picks local port {{cport}} ({{conn}}).',
  'jn.tcp.parallel':
    'This is connection {{n}} to {{host}}: the browser opens several in parallel (at most 6 per host), because an HTTP/1.1 connection carries only one request at a time.',
  'jn.tcp.close10':
    '{{Who}} closes first: with HTTP/1.0 (Connection: close) the connection ends with the response. Whoever closes first will wait in TIME-WAIT at the end.',
  'jn.tcp.closeFirst':
    '{{Who}} closes the connection first (active close): it will go through FIN-WAIT-1 and FIN-WAIT-2 to TIME-WAIT.',
  'jn.tcp.passiveClose':
    '{{Who}} had received the FIN (CLOSE-WAIT) and has nothing more to send, so it closes too (passive close) and waits in LAST-ACK for the last ACK.',
  'jn.tcp.segment': '{{Who}} sends {{flags}} with seq={{seq}}, ack={{ack}}.',
  'jn.tcp.states':
    '{{Sender}} is now {{senderState}}; {{receiver}} is {{receiverState}} once it has processed the segment.',
  'jn.tcp.whyThree':
    'Why three segments and not two: each side must know that the other received its ISN. The third one tells the server its SYN, ACK arrived, and it keeps an old duplicate SYN from opening a connection nobody asked for.',
  'jn.tcp.timeWait':
    '{{Who}} waits in TIME-WAIT for 2·MSL before forgetting the connection: if its last ACK is lost, the FIN comes again and it can still answer.',

  'jn.tls.clientHello':
    'The client opens the TLS handshake with ClientHello, in plain text since no keys exist yet: a 32-byte client random ({{random}}), the {{count}} cipher suites it supports, and server_name (SNI) {{sni}}, so the server knows which certificate to present.',
  'jn.tls.clientHelloShare':
    'It also carries a key_share: its {{group}} public key, the client’s half of an (EC)DHE key exchange, guessed before the server has chosen anything.',
  'jn.tls.clientHello13':
    'This is why TLS 1.3 needs one round trip fewer: the key exchange starts in the very first message, so the server can answer with its own key share and both sides have keys after one round trip.',
  'jn.tls.clientHello12':
    'The server speaks only TLS 1.2, which ignores the key share: the key exchange waits for the server’s choice, which costs a second round trip.',
  'jn.tls.serverHello12':
    'The server answers ServerHello: it chooses {{version}} and the cipher suite {{suite}}, and sends its own random. Both randoms go into the keys, so every session gets new keys.',
  'jn.tls.serverHello13':
    'The server answers ServerHello with the cipher suite {{suite}} and its own {{group}} key_share. Each side combines its private key with the other’s public key: both get the same shared secret, which never crossed the wire, and derive the handshake traffic keys. Everything after this message is encrypted.',
  'jn.tls.encryptedExtensions':
    'EncryptedExtensions: the server’s other answers (ALPN: {{alpn}}), already encrypted with the handshake traffic keys; in TLS 1.2 these were sent in clear.',
  'jn.tls.certificate':
    'The server sends its certificate chain of {{count}}: {{chain}}, issued by {{root}}. The browser checks each signature up to a root CA it trusts, the validity dates, and that {{host}} is among the certificate’s names (SAN). Without this check anyone could pretend to be the server.',
  'jn.tls.certificate13':
    'In TLS 1.3 the certificate is encrypted: an eavesdropper does not even learn which site’s certificate was sent.',
  'jn.tls.certificate12': 'In TLS 1.2 the certificate travels in clear.',
  'jn.tls.serverKeyExchange':
    'ServerKeyExchange: the server sends a fresh ephemeral public key on {{curve}}, signed with its certificate’s private key ({{alg}}), so the client knows it comes from the owner of the certificate.',
  'jn.tls.certificateVerify':
    'CertificateVerify: the server signs the handshake so far with its certificate’s private key ({{alg}}): proof that it owns the key of the certificate it just sent.',
  'jn.tls.serverHelloDone':
    'ServerHelloDone: the server’s flight is complete; it waits for the client’s key exchange.',
  'jn.tls.ckeRsa':
    'ClientKeyExchange (RSA): the client makes up a 48-byte pre-master secret, encrypts it with the RSA public key of the server’s certificate and sends it; only the owner of the private key can decrypt it. From the pre-master secret and the two randoms both sides compute the master secret and the session keys.',
  'jn.tls.noForwardSecrecy':
    'No forward secrecy: anyone who records this connection and later obtains the server’s private key can decrypt the pre-master secret, and with it the whole session.',
  'jn.tls.ckeEcdhe':
    'ClientKeyExchange (ECDHE): the client sends its own ephemeral public key. Each side combines its private key with the other’s public key and gets the same pre-master secret, which never crosses the wire; from it and the two randoms come the master secret and the session keys.',
  'jn.tls.forwardSecrecy':
    'Forward secrecy: the ephemeral keys are thrown away after the handshake, so even a later leak of the server’s certificate key cannot decrypt this recorded session.',
  'jn.tls.ccs12':
    'ChangeCipherSpec: {{who}} says “from now on my records are encrypted with the session keys”.',
  'jn.tls.ccs13':
    'ChangeCipherSpec from {{who}} means nothing in TLS 1.3: it is sent only because some middleboxes expect it (compatibility mode).',
  'jn.tls.finished':
    'Finished from {{who}}: verify_data ({{verify}}) is a MAC over every handshake message so far, made with the new keys. When the other side checks it, it knows both computed the same keys and saw the same messages: nobody tampered with the handshake.',
  'jn.tls.finished12': 'It is the first record encrypted with the session keys.',
  'jn.tls.finished13':
    'It is encrypted with the handshake traffic keys; from here on, application data uses the application traffic keys.',
  'jn.tls.newSessionTicket':
    'NewSessionTicket: after the handshake the server gives the client a ticket (valid {{lifetime}} s) to resume the session later with a shorter handshake.',
  'jn.tls.alert':
    'Alert {{description}} from {{who}}: it will send nothing more, so a cut-off connection cannot pass for a complete response.',
  'jn.tls.keys': 'Keys now: the client has {{client}}; the server has {{server}}.',
  'jn.tls.done12':
    'The TLS handshake is complete after {{rt}} round trips: HTTP can now be sent, encrypted with {{suite}} (symmetric encryption, fast; the asymmetric part only served to agree on the keys).',
  'jn.tls.done13':
    'The TLS handshake is complete after {{rt}} round trip (TLS 1.2 needs 2): HTTP can now be sent, encrypted with {{suite}} (symmetric encryption, fast; the asymmetric part only served to agree on the keys).',

  'jn.http.request':
    'The browser sends the request line {{line}}: method, target {{target}} and version. The Host header names the site, {{host}}: one IP address can serve many sites, so the server needs the name (HTTP/1.1 requires it).',
  'jn.http.ifNoneMatch':
    'A conditional request: If-None-Match: {{etag}} means “send the body only if your version has a different ETag”.',
  'jn.http.ifModifiedSince':
    'A conditional request: If-Modified-Since: {{date}} means “send the body only if it changed since then”.',
  'jn.http.reused':
    'No new handshake: the request goes on {{conn}}, a persistent connection that already carried a request.',
  'jn.http.keepAlive':
    'Connection: {{connection}}: HTTP/1.1 connections are persistent by default, so after the response this one can carry the next request.',
  'jn.http.close10':
    'HTTP/1.0: without keep-alive the connection is closed after the response, and each request pays for a new handshake.',
  'jn.http.sizePlain':
    'The request is {{bytes}} bytes in {{segments}} TCP segment(s), unencrypted: anyone on the path can read it.',
  'jn.http.sizeEncrypted':
    'The request is {{bytes}} bytes; on the wire it is a TLS application_data record of {{wire}} bytes in {{segments}} TCP segment(s): only the browser and the server can read it.',
  'jn.http.response':
    'The server answers with the status line {{line}}. Its first byte arrives {{ttfb}} after the request was sent (the TTFB): about one round trip ({{rtt}}) plus the server’s {{server}} of processing.',
  'jn.http.class1': '1xx is informational: an interim answer, the final one follows.',
  'jn.http.class2': '2xx means success: here is what you asked for.',
  'jn.http.class3':
    '3xx means redirection: the client has more to do, such as going to another URL or using its cached copy.',
  'jn.http.class4': '4xx is a client error: the request asks for something the server cannot give.',
  'jn.http.class5':
    '5xx is a server error: the request was fine, but the server failed to handle it.',
  'jn.http.versionNote':
    'The request said {{request}}, the server answers {{response}}: a server writes its own version of the same major number (RFC 9110 §2.5) and keeps to what the client understands.',
  'jn.http.status304':
    '304 Not Modified has no body, on purpose: the browser already holds the bytes, and not sending them again was the whole point of the conditional request. Only headers come (a new Date, the same ETag, a new max-age); the browser refreshes its copy’s freshness and uses it.',
  'jn.http.redirect':
    'Location: {{location}}: the browser does not render this response; it starts a new navigation to that URL.',
  'jn.http.status404':
    '404 Not Found: {{path}} names nothing on this server. The server still sends an error page, and the browser shows it.',
  'jn.http.status500':
    '500 Internal Server Error: something broke inside the server while it handled the request.',
  'jn.http.status503':
    '503 Service Unavailable: the server is overloaded or down for maintenance; Retry-After says when to try again.',
  'jn.http.body':
    'The body is {{bytes}} bytes of {{type}} in {{segments}} TCP segment(s); Content-Length tells the browser where it ends.',
  'jn.http.respKeepAlive': 'Connection: keep-alive: the connection stays open after the response.',
  'jn.http.respClose':
    'Connection: close: the server will close the TCP connection after this response.',

  'jn.res.css': '{{count}} stylesheet(s)',
  'jn.res.js': '{{count}} script(s)',
  'jn.res.img': '{{count}} image(s)',
  'jn.res.found':
    'Parsing the HTML, the browser finds {{count}} sub-resources ({{list}}): each needs its own request.',
  'jn.res.queued':
    'A browser opens at most {{max}} connections per host, and an HTTP/1.1 connection carries one request at a time, so {{queued}} request(s) wait in the queue (“Queueing” in the waterfall) until a connection is free.',
  'jn.res.noQueue':
    'That is within the limit of {{max}} connections per host: no request has to queue.',

  'jn.render.dom':
    'Parse HTML → DOM: the bytes are decoded, split into tags and built into the DOM tree ({{duration}}).',
  'jn.render.cssom':
    'Parse CSS → CSSOM: every style rule, ready for the cascade ({{duration}}). CSS blocks rendering: painting before the styles are known would flash an unstyled page.',
  'jn.render.renderTree':
    'DOM + CSSOM → render tree: only what will be visible (no <head>, nothing with display: none), each node with its computed style ({{duration}}).',
  'jn.render.layout':
    'Layout: the exact position and size of every box for this window’s width ({{duration}}).',
  'jn.render.paint':
    'Paint: the boxes become pixels ({{duration}}). First paint at t = {{time}}: the user sees the page.',
  'jn.render.repaint':
    'Repaint: the images have arrived, so the browser paints again with them ({{duration}}).',
  'jn.render.waited': 'This stage had to wait for {{list}}.',

  'jn.kept':
    'Keep-alive: {{conn}} stays {{state}} after {{requests}} request(s), with no four-way teardown now. The next request to {{host}} can skip the TCP handshake; the browser closes the connection later, once it has been idle for a while.',
  'jn.kept.tls':
    'Keep-alive: {{conn}} stays {{state}} after {{requests}} request(s), with no four-way teardown now. The next request to {{host}} can skip both the TCP and the TLS handshakes; the browser closes the connection later, once it has been idle for a while.',

  'jn.ended.rendered':
    'Navigation {{n}} is complete: {{url}} ({{status}}) is on the screen, {{time}} after it started.',
  'jn.ended.redirected':
    'Navigation {{n}} ends with a {{status}} redirect after {{time}}: {{url}} is not rendered; the browser goes on to the new location.',
  'jn.end':
    'That is the whole journey: {{time}} in all, {{requests}} request(s) over {{connections}} TCP connection(s).',
} as const;

/** A key of the journey narration catalog. */
export type JourneyNarrationKey = keyof typeof journeyNarrationEn;
