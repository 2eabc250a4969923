// Narration of the URL journey: concrete sentences with the trace's numbers for each kind of step,
// in both languages, on real engine traces; and every step of every built-in reads cleanly.
import { describe, expect, it } from 'vitest';
import type { JourneyEvent } from '../engine/journey/trace';
import { translatorFor } from '../i18n/i18n';
import { BUILTIN_JOURNEY_SCENARIOS } from '../scenarios/journeyBuiltins';
import { journeyHeading, narrateJourney } from './journey';
import { builtinJourney, customJourney, stepWhere } from './journeyTestTraces';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const first = () => builtinJourney('journey-first-visit');
/** The sentences of the step focused on the first event matching `pred`. */
const at = (
  trace: ReturnType<typeof first>,
  pred: (e: JourneyEvent) => boolean,
  t = en,
): string[] => narrateJourney(trace, stepWhere(trace, pred), t);
const tls = (type: string, sender?: string) => (e: JourneyEvent) =>
  e.kind === 'tls.message' && e.type === type && (!sender || e.sender === sender);

describe('journey narration: set-up, URL, cache', () => {
  it('sets the scene at step 0 and titles each step with its phase and time', () => {
    const trace = first();
    expect(narrateJourney(trace, 0, en)).toEqual([
      'You type https://www.example.com/index.html into the address bar and press Enter. What happens between this key press and the page on the screen?',
      'The browser’s HTTP cache has no copy of this page.',
      'Nobody has www.example.com cached: the local DNS resolver will have to ask the root, TLD and authoritative name servers.',
      'The ARP cache is empty.',
      'Addresses: the client is 192.168.1.10/24 with default gateway 192.168.1.1; the local DNS resolver is 203.0.113.53; the web server is 93.184.216.34.',
      'The server speaks HTTP/1.1 over TLS 1.3 and will answer 200.',
      'Press Play or Step forward to follow the journey one message at a time.',
    ]);
    expect(journeyHeading(trace, 0, en)).toBe('Before Enter');
    const syn = stepWhere(trace, (e) => e.kind === 'tcp.segment' && e.role === 'syn');
    expect(journeyHeading(trace, syn, en)).toBe(`Step ${syn} · TCP · t = 142 ms`);
    expect(journeyHeading(trace, syn, zh)).toBe(`第 ${syn} 步 · TCP · t = 142 毫秒`);
    const redirect = builtinJourney('journey-redirect-301');
    const second = stepWhere(redirect, (e) => e.kind === 'navigation.started' && e.journey === 2);
    expect(journeyHeading(redirect, second, en)).toBe('Navigation 2 · Start · t = 203 ms');
  });

  it('parses the URL: default port, IDN punycode, query sent, fragment kept, IP host skips DNS', () => {
    expect(narrateJourney(first(), 1, en)).toContain(
      'Port 443 is not written in the URL because it is the default for https (http: 80, https: 443); 443 is what the connection will use.',
    );
    const idn = customJourney({ url: 'http://例子.测试/a?q=1#top', dns: 'hosts' });
    const s = narrateJourney(idn, 1, en);
    expect(s).toContain(
      'The host 例子.测试 has non-ASCII letters, but DNS names are ASCII: it is sent in its punycode form xn--fsqu00a.xn--0zwm56d (IDNA).',
    );
    expect(s).toContain('The query ?q=1 is part of the request target: the server receives it.');
    expect(s).toContain(
      'The fragment #top is never sent: it only tells the browser where to scroll in the page.',
    );
    const ip = customJourney({ url: 'http://93.184.216.34/' });
    expect(narrateJourney(ip, 1, en)).toContain(
      'The host 93.184.216.34 is already an IP address: there is no name to resolve, so no DNS at all.',
    );
    expect(ip.events.some((e) => e.kind.startsWith('dns.'))).toBe(false);
  });

  it('explains a miss, a fresh hit (no network at all) and a stale entry (conditional request)', () => {
    expect(at(first(), (e) => e.kind === 'cache.lookup')).toContain(
      'The browser looks https://www.example.com/index.html up in its HTTP cache: no stored copy (a miss), so it has to ask the server.',
    );
    const fresh = builtinJourney('journey-cache-fresh');
    expect(at(fresh, (e) => e.kind === 'cache.lookup').join(' ')).toMatch(
      /it is fresh: its age of 120 s is below Cache-Control: max-age=600\. The browser uses the stored copy with no network traffic at all: no DNS, no TCP, no HTTP request/,
    );
    const stale = builtinJourney('journey-cache-stale-304');
    expect(at(stale, (e) => e.kind === 'cache.lookup')).toEqual([
      'HTTP cache: before touching the network, the browser checks whether it already has a usable copy.',
      'The HTTP cache has https://www.example.com/index.html, but it is stale: its age of 900 s has reached max-age=600. The copy may still be right, so rather than download it again the browser asks the server to revalidate it with a conditional request (negotiated cache).',
      'The request will carry If-None-Match: "67bc31f1-e1", the ETag that came with the copy: “send the page only if your version has a different tag”.',
      'If the page has not changed, the server will answer 304 Not Modified with no body, and the browser will use its copy.',
    ]);
    expect(at(stale, (e) => e.kind === 'cache.lookup', zh)[1]).toBe(
      'HTTP 缓存里有 https://www.example.com/index.html，但已经过期：它的年龄 900 秒已达到 max-age=600。副本可能仍然是对的，所以浏览器不直接重新下载，而是发送条件请求，让服务器确认它是否还能用（协商缓存）。',
    );
    const lm = customJourney({ cache: 'stale', validator: 'lastModified', status: 304 });
    expect(at(lm, (e) => e.kind === 'cache.lookup')).toContain(
      'The request will carry If-Modified-Since: Mon, 24 Feb 2025 08:00:00 GMT, the Last-Modified date of the copy: “send the page only if it changed since then”.',
    );
  });
});

describe('journey narration: DNS and ARP', () => {
  it('walks the DNS levels: browser cache, hosts file, OS cache, resolver', () => {
    expect(
      at(builtinJourney('journey-tls12-rsa'), (e) => e.kind === 'dns.lookup' && e.result === 'hit'),
    ).toContain(
      'The browser’s own DNS cache knows www.example.com → 93.184.216.34 (42 s of its TTL left): no query leaves the machine.',
    );
    expect(
      at(
        builtinJourney('journey-cache-stale-304'),
        (e) => e.kind === 'dns.lookup' && e.where === 'os',
      ),
    ).toEqual([
      'The operating system’s DNS cache knows www.example.com → 93.184.216.34 (122 s of its TTL left): answered inside the machine.',
    ]);
    expect(
      at(
        builtinJourney('journey-same-subnet'),
        (e) => e.kind === 'dns.lookup' && e.where === 'hosts',
      ),
    ).toEqual([
      'The hosts file has the line “192.168.1.20 nas.home.example”: a static entry, used before any query is sent (and without a TTL). nas.home.example is 192.168.1.20.',
    ]);
    const cached = customJourney({ dns: 'resolver' });
    expect(at(cached, (e) => e.kind === 'dns.lookup' && e.where === 'resolver')[0]).toMatch(
      /^The local DNS resolver has www\.example\.com → 93\.184\.216\.34 in its cache \(\d+ s of its TTL left\), so it answers at once, without asking the root, TLD or authoritative servers\.$/,
    );
  });

  it('explains the recursive query over UDP 53, the referrals and the answers with their TTLs', () => {
    const trace = first();
    expect(at(trace, (e) => e.kind === 'dns.message' && e.server === 'resolver')).toEqual([
      'Back to DNS: the gateway’s MAC address is now known, so the DNS query can leave.',
      'The stub resolver sends a DNS query (ID 0xffe0) to the local DNS resolver at 203.0.113.53: “A record of www.example.com?”, with RD=1: a recursive query, “find the final answer for me”.',
      'DNS uses UDP port 53: one small question and one small answer need no connection set-up; if either is lost, the client simply asks again.',
    ]);
    expect(at(trace, (e) => e.kind === 'dns.message' && e.server === 'root')).toEqual([
      'The resolver asks the root name server a.root-servers.net (198.41.0.4) for the A record of www.example.com, with RD=0: an iterative query, “give me the answer, or tell me whom to ask next”.',
    ]);
    expect(at(trace, (e) => e.kind === 'dns.message' && e.role === 'referral')).toEqual([
      'The root name server does not know www.example.com, but it knows who is responsible for .com: it answers with a referral, 2 NS record(s) in the authority section (for example a.gtld-servers.net, TTL 172800 s) and 2 glue address record(s) in the additional section, so the resolver knows whom to ask next.',
    ]);
    expect(
      at(
        trace,
        (e) => e.kind === 'dns.message' && e.role === 'answer' && e.server === 'authoritative',
      ),
    ).toEqual([
      'The authoritative name server a.iana-servers.net answers with the record itself: www.example.com A 93.184.216.34, TTL 300 s, with AA=1 (an authoritative answer: this server is the source of the data). The resolver caches it for 300 s.',
    ]);
    expect(
      at(
        trace,
        (e) => e.kind === 'dns.message' && e.role === 'answer' && e.server === 'resolver',
        zh,
      ),
    ).toEqual([
      '本地 DNS 服务器回答存根解析器：www.example.com A 93.184.216.34，TTL 300 秒，RA=1（它提供递归服务），AA=0（它只是转述答案，并不是数据的来源）。操作系统和浏览器最多可以把它缓存 TTL 那么久：Web 服务器的地址终于知道了。',
    ]);
  });

  it('puts ARP before DNS when the query needs the gateway, with the AND shown', () => {
    const trace = first();
    const s = at(trace, (e) => e.kind === 'arp.lookup' && e.purpose === 'dns');
    expect(s[0]).toMatch(/^ARP before DNS: the DNS query is itself an IP packet/);
    expect(s).toContain(
      'Subnet test: 192.168.1.10 AND 255.255.255.0 = 192.168.1.0, 203.0.113.53 AND 255.255.255.0 = 203.0.113.0. Different networks: 203.0.113.53 is not on this LAN, so the packet goes to the default gateway 192.168.1.1. The destination IP address stays 203.0.113.53, but the destination MAC address is the gateway’s: MAC addresses only matter on one link, routers forward by IP address.',
    );
    expect(s.at(-1)).toBe(
      'The ARP cache has no entry for 192.168.1.1: the client must ask the LAN with an ARP request.',
    );
    // Later, for the web server: the gateway's MAC is cached now.
    expect(at(trace, (e) => e.kind === 'arp.lookup' && e.purpose === 'web').at(-1)).toBe(
      'The ARP cache already maps 192.168.1.1 → c8:3a:35:01:00:01: no ARP request is needed.',
    );
  });

  it('broadcasts the request and answers in unicast; on the same subnet ARP asks for the server', () => {
    const lan = builtinJourney('journey-same-subnet');
    expect(at(lan, (e) => e.kind === 'arp.lookup')).toContain(
      'Subnet test: 192.168.1.10 AND 255.255.255.0 = 192.168.1.0, 192.168.1.20 AND 255.255.255.0 = 192.168.1.0. Same network: 192.168.1.20 is on this LAN, so the frame goes straight to it and ARP must find the MAC address of 192.168.1.20 itself.',
    );
    expect(at(lan, (e) => e.kind === 'arp.message' && e.op === 'request')).toEqual([
      'The client broadcasts an ARP request, “Who has 192.168.1.20? Tell 192.168.1.10 (3c:22:fb:5a:10:0a)”, to Ethernet destination ff:ff:ff:ff:ff:ff: the switch floods it to every port and every host reads it. Its target MAC field is 00:00:00:00:00:00 because that is the question; only the owner of 192.168.1.20 will answer.',
    ]);
    expect(at(lan, (e) => e.kind === 'arp.message' && e.op === 'reply', zh)).toEqual([
      'Web 服务器回复 ARP 应答：“192.168.1.20 的 MAC 地址是 52:54:00:8e:21:22”，以单播直接发给 3c:22:fb:5a:10:0a：请求里已经告诉了它询问者的 MAC 地址。客户端把 192.168.1.20 → 52:54:00:8e:21:22 存入 ARP 缓存，等待中的数据包就可以发出了。',
    ]);
  });
});

describe('journey narration: TCP and TLS', () => {
  it('narrates the handshake with the foundation’s seq/ack sentences and both states', () => {
    const trace = first();
    expect(at(trace, (e) => e.kind === 'tcp.segment' && e.role === 'syn')).toEqual([
      'TCP: the browser opens a reliable connection to 93.184.216.34 port 443 with the three-way handshake.',
      'The browser asks the operating system to connect to 93.184.216.34 port 443; the OS picks local port 56446 (conn-1).',
      'The client sends SYN with seq=0: it picks its initial sequence number (ISN) and asks to open a connection.',
      'The client is now SYN-SENT; the server is SYN-RECEIVED once it has processed the segment.',
    ]);
    expect(at(trace, (e) => e.kind === 'tcp.segment' && e.role === 'handshakeAck', zh)[0]).toBe(
      '客户端发送 ACK，ack=1：确认服务器的 SYN，三次握手至此完成。',
    );
  });

  it('tears an HTTP/1.0 connection down: active close, passive close, TIME-WAIT', () => {
    const trace = builtinJourney('journey-http10-close');
    const fin = at(trace, (e) => e.kind === 'tcp.segment' && e.role === 'fin');
    expect(fin).toContain(
      'The server closes first: with HTTP/1.0 (Connection: close) the connection ends with the response. Whoever closes first will wait in TIME-WAIT at the end.',
    );
    expect(fin).toContain(
      'The server is now FIN-WAIT-1; the client is CLOSE-WAIT once it has processed the segment.',
    );
    expect(
      at(trace, (e) => e.kind === 'tcp.segment' && e.role === 'fin' && e.from === 'browser'),
    ).toContain(
      'The client had received the FIN (CLOSE-WAIT) and has nothing more to send, so it closes too (passive close) and waits in LAST-ACK for the last ACK.',
    );
    const last = at(
      trace,
      (e) => e.kind === 'tcp.segment' && e.role === 'finAck' && e.senderState === 'TIME-WAIT',
    );
    expect(last).toContain(
      'The server waits in TIME-WAIT for 2·MSL before forgetting the connection: if its last ACK is lost, the FIN comes again and it can still answer.',
    );
  });

  it('TLS 1.3: the key share in ClientHello saves a round trip; the keys that exist', () => {
    const trace = first();
    const hello = at(trace, tls('ClientHello'));
    expect(hello).toContain(
      'This is why TLS 1.3 needs one round trip fewer: the key exchange starts in the very first message, so the server can answer with its own key share and both sides have keys after one round trip.',
    );
    expect(hello.join(' ')).toMatch(
      /the 10 cipher suites it supports, and server_name \(SNI\) www\.example\.com/,
    );
    expect(at(trace, tls('ServerHello'))).toContain(
      'Keys now: the client has (EC)DHE shared secret, handshake traffic keys; the server has (EC)DHE shared secret, handshake traffic keys.',
    );
    const done = at(trace, tls('Finished', 'client'));
    expect(done.at(-1)).toBe(
      'The TLS handshake is complete after 1 round trip (TLS 1.2 needs 2): HTTP can now be sent, encrypted with TLS_AES_128_GCM_SHA256 (symmetric encryption, fast; the asymmetric part only served to agree on the keys).',
    );
    expect(at(trace, tls('Certificate'))).toContain(
      'In TLS 1.3 the certificate is encrypted: an eavesdropper does not even learn which site’s certificate was sent.',
    );
  });

  it('TLS 1.2: RSA has no forward secrecy, ECDHE has; Finished proves the handshake', () => {
    const rsa = builtinJourney('journey-tls12-rsa');
    const cke = at(rsa, tls('ClientKeyExchange'));
    expect(cke[0]).toMatch(
      /^ClientKeyExchange \(RSA\): the client makes up a 48-byte pre-master secret/,
    );
    expect(cke[1]).toMatch(/^No forward secrecy/);
    expect(cke[2]).toBe(
      'Keys now: the client has pre-master secret, master secret, session keys; the server has pre-master secret, master secret, session keys.',
    );
    expect(at(rsa, tls('Finished', 'server')).at(-1)).toMatch(
      /^The TLS handshake is complete after 2 round trips: HTTP can now be sent, encrypted with TLS_RSA_WITH_AES_128_GCM_SHA256/,
    );
    expect(at(rsa, tls('Finished', 'client'))[0]).toMatch(
      /^Finished from the client: verify_data \([0-9a-f]{16}…\) is a MAC over every handshake message so far/,
    );
    const ecdhe = builtinJourney('journey-tls12-ecdhe');
    expect(at(ecdhe, tls('ServerKeyExchange'))[0]).toBe(
      'ServerKeyExchange: the server sends a fresh ephemeral public key on x25519, signed with its certificate’s private key (rsa_pss_rsae_sha256), so the client knows it comes from the owner of the certificate.',
    );
    expect(at(ecdhe, tls('ClientKeyExchange'), zh)[1]).toBe(
      '前向保密：临时密钥在握手后就被丢弃，所以即使服务器证书的私钥日后泄露，也无法解密这段被录下的会话。',
    );
  });
});

describe('journey narration: HTTP, sub-resources, rendering, the end', () => {
  it('explains the request line, Host, keep-alive and the response with its TTFB and class', () => {
    const trace = first();
    expect(at(trace, (e) => e.kind === 'http.request')).toEqual([
      'HTTP: the connection is ready, the browser sends its request.',
      'The browser sends the request line GET /index.html HTTP/1.1: method, target /index.html and version. The Host header names the site, www.example.com: one IP address can serve many sites, so the server needs the name (HTTP/1.1 requires it).',
      'Connection: keep-alive: HTTP/1.1 connections are persistent by default, so after the response this one can carry the next request.',
      'The request is 275 bytes; on the wire it is a TLS application_data record of 297 bytes in 1 TCP segment(s): only the browser and the server can read it.',
    ]);
    expect(at(trace, (e) => e.kind === 'http.response').slice(0, 2)).toEqual([
      'The server answers with the status line HTTP/1.1 200 OK. Its first byte arrives 100 ms after the request was sent (the TTFB): about one round trip (80 ms) plus the server’s 20 ms of processing.',
      '2xx means success: here is what you asked for.',
    ]);
    expect(at(trace, (e) => e.kind === 'connection.kept')).toEqual([
      'Keep-alive: conn-1 stays ESTABLISHED after 1 request(s), with no four-way teardown now. The next request to www.example.com can skip both the TCP and the TLS handshakes; the browser closes the connection later, once it has been idle for a while.',
    ]);
  });

  it('says why a 304 has no body, and what a conditional request asks', () => {
    const trace = builtinJourney('journey-cache-stale-304');
    expect(at(trace, (e) => e.kind === 'http.request')).toContain(
      'A conditional request: If-None-Match: "67bc31f1-e1" means “send the body only if your version has a different ETag”.',
    );
    const res = at(trace, (e) => e.kind === 'http.response');
    expect(res).toContain(
      '304 Not Modified has no body, on purpose: the browser already holds the bytes, and not sending them again was the whole point of the conditional request. Only headers come (a new Date, the same ETag, a new max-age); the browser refreshes its copy’s freshness and uses it.',
    );
    expect(res.some((s) => s.startsWith('The body is'))).toBe(false);
  });

  it('follows a 301 into a second navigation', () => {
    const trace = builtinJourney('journey-redirect-301');
    expect(at(trace, (e) => e.kind === 'http.response')).toContain(
      'Location: https://www.example.com/: the browser does not render this response; it starts a new navigation to that URL.',
    );
    expect(at(trace, (e) => e.kind === 'navigation.ended' && e.outcome === 'redirected')).toEqual([
      'Navigation 1 ends with a 301 redirect after 203 ms: http://www.example.com/ is not rendered; the browser goes on to the new location.',
    ]);
    expect(
      at(trace, (e) => e.kind === 'navigation.started' && e.journey === 2).slice(0, 2),
    ).toEqual([
      'Navigation 2: following the 301 redirect from http://www.example.com/, the browser starts over with https://www.example.com/: HTTP cache, DNS, connection and request again, reusing only what it can.',
      '301 Moved Permanently: the browser may remember this redirect and go straight to the new URL next time.',
    ]);
  });

  it('explains each status class: 302, 404, 500, 503', () => {
    const res = (status: 302 | 404 | 500 | 503) =>
      at(
        customJourney({
          url: 'http://www.example.com/x',
          status,
          redirectTo: 'http://www.example.com/y',
        }),
        (e) => e.kind === 'http.response',
      );
    expect(res(302)).toContain(
      '3xx means redirection: the client has more to do, such as going to another URL or using its cached copy.',
    );
    expect(res(404)).toContain(
      '404 Not Found: /x names nothing on this server. The server still sends an error page, and the browser shows it.',
    );
    expect(res(500)).toContain(
      '5xx is a server error: the request was fine, but the server failed to handle it.',
    );
    expect(res(503)).toContain(
      '503 Service Unavailable: the server is overloaded or down for maintenance; Retry-After says when to try again.',
    );
  });

  it('queues sub-resources beyond 6 connections and opens parallel connections', () => {
    const trace = builtinJourney('journey-subresources');
    const found = at(trace, (e) => e.kind === 'resources.discovered');
    expect(found).toContain(
      'Parsing the HTML, the browser finds 10 sub-resources (2 stylesheet(s), 2 script(s), 6 image(s)): each needs its own request.',
    );
    expect(found).toContain(
      'A browser opens at most 6 connections per host, and an HTTP/1.1 connection carries one request at a time, so 4 request(s) wait in the queue (“Queueing” in the waterfall) until a connection is free.',
    );
    expect(found.at(-1)).toMatch(
      /^HTTP cache: no copy of style-1\.css, app-2\.js, .*photo-10\.jpg \(10\), so each must be requested from the server\.$/,
    );
    expect(
      at(trace, (e) => e.kind === 'tcp.segment' && e.role === 'syn' && e.conn === 'conn-2'),
    ).toContain(
      'This is connection 2 to www.example.com: the browser opens several in parallel (at most 6 per host), because an HTTP/1.1 connection carries only one request at a time.',
    );
  });

  it('renders: DOM, CSSOM (CSS blocks rendering), render tree, layout, paint, repaint', () => {
    const trace = first();
    const stage = (s: string, t = en) =>
      at(trace, (e) => e.kind === 'render.stage' && e.stage === s, t);
    expect(stage('cssom')).toEqual([
      'Parse CSS → CSSOM: every style rule, ready for the cascade (4 ms). CSS blocks rendering: painting before the styles are known would flash an unstyled page.',
    ]);
    expect(stage('paint')).toEqual([
      'Paint: the boxes become pixels (4 ms). First paint at t = 429 ms: the user sees the page.',
    ]);
    expect(stage('layout', zh)).toEqual([
      '布局：按当前窗口宽度，算出每个盒子的确切位置和大小（6 毫秒）。',
    ]);
    const sub = builtinJourney('journey-subresources');
    const repaint = at(
      sub,
      (e) => e.kind === 'render.stage' && e.stage === 'paint' && e.pass === 2,
    );
    expect(repaint[0]).toMatch(
      /^Repaint: the images have arrived, so the browser paints again with them \(\d+(\.\d)? ms\)\.$/,
    );
    expect(repaint[1]).toMatch(/^This stage had to wait for photo-3\.jpg, /);
  });

  it('ends with the whole journey in numbers', () => {
    const trace = first();
    expect(narrateJourney(trace, trace.steps, en)).toEqual([
      'Navigation 1 is complete: https://www.example.com/index.html (200) is on the screen, 429 ms after it started.',
      'That is the whole journey: 429 ms in all, 1 request(s) over 1 TCP connection(s).',
    ]);
  });
});

/** Sentences and headings of every step of `trace` in both languages, checked for leftovers. */
function expectClean(trace: ReturnType<typeof first>, name: string): void {
  for (const t of [en, zh]) {
    for (let step = 0; step <= trace.steps; step++) {
      const sentences = narrateJourney(trace, step, t);
      const where = `${name} step ${step}`;
      expect(sentences.length, where).toBeGreaterThan(0);
      for (const s of [journeyHeading(trace, step, t), ...sentences]) {
        expect(s, where).not.toMatch(/\{\{|\}\}|\b(jn|narr|insp)\.[a-zA-Z]|undefined|NaN|null/);
        expect(s.trim(), where).not.toBe('');
      }
    }
  }
}

describe('every step of every built-in', () => {
  it.each(BUILTIN_JOURNEY_SCENARIOS.map((b) => b.id))('%s reads cleanly in both languages', (id) =>
    expectClean(builtinJourney(id), id),
  );

  it('so do journeys the built-ins do not cover (TLS close_notify, resolver cache, IP host)', () => {
    const https10 = customJourney({ http: '1.0', tls: '1.2-ecdhe', dns: 'resolver', resources: 7 });
    expect(
      narrateJourney(
        https10,
        stepWhere(https10, (e) => e.kind === 'tls.message' && e.type === 'Alert'),
        en,
      )[1],
    ).toMatch(/^Alert close_notify from the server: it will send nothing more/);
    expectClean(https10, 'https10');
    expectClean(customJourney({ url: 'http://93.184.216.34/x', status: 500, arp: 'hit' }), 'ip');
  });
});
