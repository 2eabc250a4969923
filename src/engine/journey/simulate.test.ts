// The journey engine: cache, DNS, ARP, TCP (the foundation's engine), TLS, HTTP, sub-resources,
// redirects and the trace's own rules, asserted on real runs.
import { describe, expect, it } from 'vitest';
import { eventsOf, runJourney } from './testing';
import { stepRange, tcpStepAt, WATERFALL_PHASES, type JourneyTrace } from './trace';

const NETWORK_KINDS = [
  'dns.message',
  'arp.message',
  'tcp.segment',
  'tls.message',
  'http.request',
  'http.response',
];
const kinds = (t: JourneyTrace) => new Set(t.events.map((e) => e.kind));

describe('browser cache (RFC 9111)', () => {
  it('a fresh hit does no DNS, ARP, TCP, TLS or HTTP at all', () => {
    const t = runJourney({ cache: 'fresh', resources: 4 });
    for (const k of NETWORK_KINDS) expect(kinds(t).has(k as never), k).toBe(false);
    expect(eventsOf(t, 'dns.lookup')).toEqual([]);
    expect(t.connections).toEqual([]);
    expect(t.summary.dns.queries).toEqual([]);
    expect(t.summary.arp).toBeNull();
    expect(t.summary.tls).toBeNull();
    expect(t.summary.phases.map((p) => p.name)).toEqual(['cache', 'render']);
    expect(t.summary.requests).toHaveLength(5);
    expect(t.summary.requests.every((r) => r.fromCache && r.status === 200)).toBe(true);
    const [lookup] = eventsOf(t, 'cache.lookup');
    expect(lookup).toMatchObject({ result: 'fresh', entry: { ageS: 120, maxAgeS: 600 } });
  });

  it('a stale hit sends a conditional request (If-None-Match) and gets a 304 without a body', () => {
    const t = runJourney({ cache: 'stale', status: 304, validator: 'etag' });
    const [lookup] = eventsOf(t, 'cache.lookup');
    expect(lookup!.result).toBe('stale');
    expect(lookup!.entry!.ageS).toBeGreaterThan(lookup!.entry!.maxAgeS);
    const [req] = eventsOf(t, 'http.request');
    expect(req!.conditional).toBe(true);
    expect(req!.raw).toContain(`\r\nIf-None-Match: ${lookup!.entry!.etag}\r\n`);
    const [res] = eventsOf(t, 'http.response');
    expect(res!.status).toBe(304);
    expect(res!.raw.startsWith('HTTP/1.1 304 Not Modified\r\n')).toBe(true);
    expect(res!.raw.endsWith('\r\n\r\n')).toBe(true);
    expect(res!.body).toBeNull();
    expect(res!.bodyBytes).toBe(0);
    expect(res!.parts.some((p) => p.kind === 'body')).toBe(false);
    expect(res!.raw).not.toContain('Content-Length');
    expect(res!.raw).toContain(`ETag: ${lookup!.entry!.etag}`);
    // The page is still rendered, from the stored copy.
    expect(eventsOf(t, 'render.stage').map((s) => s.stage)).toEqual([
      'dom',
      'cssom',
      'renderTree',
      'layout',
      'paint',
    ]);
  });

  it('revalidates with If-Modified-Since when the validator is Last-Modified', () => {
    const t = runJourney({ cache: 'stale', status: 304, validator: 'lastModified' });
    const [req] = eventsOf(t, 'http.request');
    expect(req!.raw).toContain('\r\nIf-Modified-Since: Mon, 24 Feb 2025 08:00:00 GMT\r\n');
    expect(req!.raw).not.toContain('If-None-Match');
  });

  it('a stale entry whose page changed gets a 200 with the new body and a new ETag', () => {
    const t = runJourney({ cache: 'stale', status: 200 });
    const [lookup] = eventsOf(t, 'cache.lookup');
    const [res] = eventsOf(t, 'http.response');
    expect(res!.status).toBe(200);
    expect(res!.bodyBytes).toBeGreaterThan(0);
    const etag = res!.parts.find((p) => p.name === 'ETag')!.value;
    expect(etag).not.toBe(lookup!.entry!.etag);
  });

  it('a miss sends a plain request', () => {
    const [req] = eventsOf(runJourney(), 'http.request');
    expect(req!.conditional).toBe(false);
    expect(req!.raw).not.toMatch(/If-(None-Match|Modified-Since)/);
  });
});

describe('DNS (RFC 1034 / 1035)', () => {
  const queries = (dns: 'browser' | 'os' | 'hosts' | 'resolver' | 'iterative') =>
    runJourney({ dns }).summary.dns.queries.map((q) => `${q.server}:${q.result}`);

  it('stops at the level that has the answer', () => {
    expect(queries('browser')).toEqual(['browser:hit']);
    expect(queries('hosts')).toEqual(['browser:miss', 'hosts:hit']);
    expect(queries('os')).toEqual(['browser:miss', 'hosts:miss', 'os:hit']);
    expect(queries('resolver')).toEqual(['browser:miss', 'hosts:miss', 'os:miss', 'resolver:hit']);
    expect(queries('iterative')).toEqual([
      'browser:miss',
      'hosts:miss',
      'os:miss',
      'resolver:miss',
      'root:referral',
      'tld:referral',
      'authoritative:answer',
    ]);
  });

  it('sends no DNS packet when the host answers locally; the hosts file line is shown', () => {
    for (const dns of ['browser', 'os', 'hosts'] as const) {
      const t = runJourney({ dns });
      expect(eventsOf(t, 'dns.message'), dns).toEqual([]);
    }
    const hosts = eventsOf(runJourney({ dns: 'hosts' }), 'dns.lookup').find(
      (l) => l.where === 'hosts',
    );
    expect(hosts).toMatchObject({ result: 'hit', hostsLine: '93.184.216.34 www.example.com' });
  });

  it('a resolver cache hit: one recursive query and its answer (RA set)', () => {
    const msgs = eventsOf(runJourney({ dns: 'resolver' }), 'dns.message');
    expect(msgs.map((m) => `${m.from}>${m.to}:${m.role}`)).toEqual([
      'os>resolver:query',
      'resolver>os:answer',
    ]);
    expect(msgs[0]!.message).toMatchObject({ qr: false, rd: true });
    expect(msgs[1]!.message).toMatchObject({
      qr: true,
      ra: true,
      aa: false,
      id: msgs[0]!.message.id,
    });
    expect(msgs[1]!.message.answer).toEqual([
      { name: 'www.example.com.', type: 'A', class: 'IN', ttl: 187, data: '93.184.216.34' },
    ]);
  });

  it('a full resolution asks root, TLD and authoritative in order, with referrals and glue', () => {
    const t = runJourney({ dns: 'iterative' });
    const msgs = eventsOf(t, 'dns.message');
    expect(msgs.map((m) => `${m.from}>${m.to}:${m.role}`)).toEqual([
      'os>resolver:query',
      'resolver>root:query',
      'root>resolver:referral',
      'resolver>tld:query',
      'tld>resolver:referral',
      'resolver>authoritative:query',
      'authoritative>resolver:answer',
      'resolver>os:answer',
    ]);
    // The stub asks for recursion; the resolver's own queries are iterative.
    expect(msgs[0]!.message.rd).toBe(true);
    for (const i of [1, 3, 5]) expect(msgs[i]!.message.rd).toBe(false);
    for (const i of [1, 3, 5]) expect(msgs[i + 1]!.message.id).toBe(msgs[i]!.message.id);
    const root = msgs[2]!;
    expect(root.serverName).toBe('a.root-servers.net.');
    expect(root.ip.src).toBe('198.41.0.4');
    expect(root.message.answer).toEqual([]);
    expect(root.message.aa).toBe(false);
    expect(root.message.authority[0]).toEqual({
      name: 'com.',
      type: 'NS',
      class: 'IN',
      ttl: 172800,
      data: 'a.gtld-servers.net.',
    });
    expect(root.message.additional[0]).toMatchObject({
      name: 'a.gtld-servers.net.',
      type: 'A',
      data: '192.5.6.30',
    });
    expect(msgs[4]!.message.authority[0]).toMatchObject({
      name: 'example.com.',
      data: 'a.iana-servers.net.',
    });
    const auth = msgs[6]!.message;
    expect(auth.aa).toBe(true);
    expect(auth.answer).toEqual([
      { name: 'www.example.com.', type: 'A', class: 'IN', ttl: 300, data: '93.184.216.34' },
    ]);
    // Each exchange takes its round trip: resolver 20, root 30, TLD 40, authoritative 50 ms.
    const [lookup] = t.requests;
    expect(lookup!.timings['DNS Lookup']).toBe(1 + 20 + 30 + 40 + 50);
    expect(msgs.map((m) => m.arriveAt - m.t)).toEqual([10, 15, 15, 20, 20, 25, 25, 10]);
  });

  it('a later lookup in the same zone starts at the authoritative server (cached delegation)', () => {
    const t = runJourney({ url: 'https://example.com/', status: 301, dns: 'iterative' });
    const second = t.summary.dns.queries.slice(7).map((q) => `${q.server}:${q.result}`);
    expect(second).toEqual([
      'browser:miss',
      'hosts:miss',
      'os:miss',
      'resolver:miss',
      'authoritative:answer',
    ]);
  });

  it('an IPv4 host needs no DNS at all', () => {
    const t = runJourney({ url: 'http://93.184.216.34/' });
    expect(t.summary.dns.queries).toEqual([]);
    expect(t.summary.phases.map((p) => p.name)).not.toContain('dns');
  });
});

describe('ARP (RFC 826) and the next hop', () => {
  it('an off-subnet server: the AND with the mask differs, so ARP asks for the gateway', () => {
    const t = runJourney({ dns: 'browser' });
    const [lookup] = eventsOf(t, 'arp.lookup');
    expect(lookup).toMatchObject({
      purpose: 'web',
      clientIp: '192.168.1.10',
      destIp: '93.184.216.34',
      mask: '255.255.255.0',
      clientNetwork: '192.168.1.0',
      destNetwork: '93.184.216.0',
      sameSubnet: false,
      nextHopIp: '192.168.1.1',
      viaGateway: true,
      result: 'miss',
    });
    const [request, reply] = eventsOf(t, 'arp.message');
    expect(request).toMatchObject({
      op: 'request',
      broadcast: true,
      ethernet: { src: '3c:22:fb:5a:10:0a', dst: 'ff:ff:ff:ff:ff:ff' },
      senderMac: '3c:22:fb:5a:10:0a',
      senderIp: '192.168.1.10',
      targetMac: '00:00:00:00:00:00',
      targetIp: '192.168.1.1',
      from: 'os',
      to: 'gateway',
    });
    expect(reply).toMatchObject({
      op: 'reply',
      broadcast: false,
      senderIp: '192.168.1.1',
      senderMac: 'c8:3a:35:01:00:01',
      targetMac: '3c:22:fb:5a:10:0a',
    });
    expect(t.summary.arp).toEqual({ targetIp: '192.168.1.1', viaGateway: true });
    // The frames to the server carry the gateway's MAC, the packets the server's IP.
    const [syn] = eventsOf(t, 'tcp.segment');
    expect(syn!.ethernet.dst).toBe('c8:3a:35:01:00:01');
    expect(syn!.ip.dst).toBe('93.184.216.34');
    expect(syn!.path).toEqual(['browser', 'os', 'switch', 'gateway', 'server']);
  });

  it('a server on the subnet: ARP asks for the server itself and the path skips the gateway', () => {
    const t = runJourney({ dns: 'hosts', network: { serverIp: '192.168.1.20' } });
    expect(t.summary.arp).toEqual({ targetIp: '192.168.1.20', viaGateway: false });
    const [syn] = eventsOf(t, 'tcp.segment');
    expect(syn!.path).toEqual(['browser', 'os', 'switch', 'server']);
    expect(syn!.ethernet.dst).toBe('52:54:00:8e:21:22');
  });

  it('the mask decides: 10.0.200.7 is on 10.0.5.10/16 but not on 10.0.5.10/24', () => {
    const net = (mask: string) => ({
      clientIp: '10.0.5.10',
      mask,
      gateway: '10.0.0.1',
      serverIp: '10.0.200.7',
    });
    const wide = runJourney({ dns: 'browser', network: net('255.255.0.0') });
    expect(eventsOf(wide, 'arp.lookup')[0]).toMatchObject({
      clientNetwork: '10.0.0.0',
      destNetwork: '10.0.0.0',
      sameSubnet: true,
    });
    expect(wide.summary.arp).toEqual({ targetIp: '10.0.200.7', viaGateway: false });
    const narrow = runJourney({
      dns: 'browser',
      network: { ...net('255.255.255.0'), gateway: '10.0.5.1' },
    });
    expect(eventsOf(narrow, 'arp.lookup')[0]).toMatchObject({
      clientNetwork: '10.0.5.0',
      destNetwork: '10.0.200.0',
      sameSubnet: false,
    });
    expect(narrow.summary.arp).toEqual({ targetIp: '10.0.5.1', viaGateway: true });
  });

  it('ARP comes before DNS when the resolver is off the subnet (the query needs the gateway MAC)', () => {
    const t = runJourney({ dns: 'iterative', arp: 'miss' });
    const first = t.events.findIndex((e) => e.kind === 'arp.message');
    const dns = t.events.findIndex((e) => e.kind === 'dns.message');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(dns);
    expect(eventsOf(t, 'arp.lookup').map((l) => `${l.purpose}:${l.result}`)).toEqual([
      'dns:miss',
      'web:hit',
    ]);
    // The DNS query leaves once the reply is in: LAN round trip 1 ms after the lookups at 1 ms.
    expect(eventsOf(t, 'dns.message')[0]!.t).toBe(2);
  });

  it('a resolver on the LAN: ARP for the resolver, then for the gateway', () => {
    const t = runJourney({ dns: 'resolver', network: { resolverIp: '192.168.1.53' } });
    expect(
      eventsOf(t, 'arp.message')
        .filter((m) => m.op === 'request')
        .map((m) => m.targetIp),
    ).toEqual(['192.168.1.53', '192.168.1.1']);
    expect(t.summary.arp).toEqual({ targetIp: '192.168.1.1', viaGateway: true });
  });

  it('an ARP cache hit sends no ARP packet', () => {
    const t = runJourney({ arp: 'hit' });
    expect(eventsOf(t, 'arp.message')).toEqual([]);
    expect(t.summary.arp).toBeNull();
    expect(
      eventsOf(t, 'arp.lookup').every((l) => l.result === 'hit' && l.mac === 'c8:3a:35:01:00:01'),
    ).toBe(true);
  });
});

describe('TLS (RFC 8446, RFC 5246)', () => {
  const flights = (tls: '1.2-rsa' | '1.2-ecdhe' | '1.3') => {
    const t = runJourney({ tls, dns: 'browser', arp: 'hit' });
    return { t, msgs: eventsOf(t, 'tls.message') };
  };

  it('TLS 1.3: one round trip; keys at each moment', () => {
    const { t, msgs } = flights('1.3');
    expect(t.summary.tls).toEqual({
      version: 'TLS 1.3',
      roundTrips: 1,
      messages: [
        { from: 'client', type: 'ClientHello' },
        { from: 'server', type: 'ServerHello' },
        { from: 'server', type: 'EncryptedExtensions' },
        { from: 'server', type: 'Certificate' },
        { from: 'server', type: 'CertificateVerify' },
        { from: 'server', type: 'Finished' },
        { from: 'client', type: 'Finished' },
        { from: 'server', type: 'NewSessionTicket' },
      ],
    });
    expect(msgs.map((m) => `${m.flight}:${m.type}:${m.encrypted ? 'enc' : 'plain'}`)).toEqual([
      '1:ClientHello:plain',
      '2:ServerHello:plain',
      '2:EncryptedExtensions:enc',
      '2:Certificate:enc',
      '2:CertificateVerify:enc',
      '2:Finished:enc',
      '3:Finished:enc',
      '4:NewSessionTicket:enc',
    ]);
    const ch = msgs[0]!.detail;
    expect(ch.type === 'ClientHello' && ch.keyShares[0]!.group).toBe('x25519');
    expect(ch.type === 'ClientHello' && ch.random).toMatch(/^[0-9a-f]{64}$/);
    expect(msgs[0]!.keys.client).toEqual([]);
    expect(msgs[1]!.keys).toMatchObject({
      client: ['sharedSecret', 'handshakeTrafficKeys'],
      serverSends: 'handshakeTrafficKeys',
    });
    expect(msgs[5]!.keys.client).toContain('applicationTrafficKeys');
    expect(msgs[6]!.keys).toMatchObject({
      clientSends: 'applicationTrafficKeys',
      serverSends: 'applicationTrafficKeys',
    });
    // The server's flight (2,951 bytes) takes three segments; the request rides with the Finished.
    expect(msgs.slice(1, 6).reduce((s, m) => s + m.wireBytes, 0)).toBe(2951);
    expect(new Set(msgs.slice(1, 6).flatMap((m) => m.segIds)).size).toBe(3);
    const [req] = eventsOf(t, 'http.request');
    expect(req!.t).toBe(msgs[6]!.t);
    expect(t.requests[0]!.timings.SSL).toBe(80 + 3);
  });

  it('TLS 1.2 RSA: two round trips, no ServerKeyExchange, the encrypted pre-master secret', () => {
    const { t, msgs } = flights('1.2-rsa');
    expect(t.summary.tls!.roundTrips).toBe(2);
    expect(msgs.map((m) => `${m.sender}:${m.type}`)).toEqual([
      'client:ClientHello',
      'server:ServerHello',
      'server:Certificate',
      'server:ServerHelloDone',
      'client:ClientKeyExchange',
      'client:ChangeCipherSpec',
      'client:Finished',
      'server:ChangeCipherSpec',
      'server:Finished',
    ]);
    const cke = msgs[4]!.detail;
    expect(cke).toMatchObject({ type: 'ClientKeyExchange', keyExchange: 'RSA', publicKey: null });
    expect(cke.type === 'ClientKeyExchange' && cke.encryptedPreMasterSecret).toMatch(
      /^[0-9a-f]{512}$/,
    );
    expect(msgs[4]!.keys.server).toEqual(['preMasterSecret', 'masterSecret', 'sessionKeys']);
    expect(msgs[5]!.keys.clientSends).toBe('sessionKeys');
    expect(msgs[5]!.keys.serverSends).toBe('none');
    expect(msgs[8]!.keys.serverSends).toBe('sessionKeys');
    expect(msgs.filter((m) => m.encrypted).map((m) => m.type)).toEqual(['Finished', 'Finished']);
    expect(t.connections[0]!.tls).toEqual({
      version: 'TLS 1.2',
      keyExchange: 'RSA',
      cipherSuite: 'TLS_RSA_WITH_AES_128_GCM_SHA256',
    });
    expect(t.requests[0]!.timings.SSL).toBe(2 * 80 + 5);
  });

  it('TLS 1.2 ECDHE: a signed ServerKeyExchange and the client public key, still two round trips', () => {
    const { t, msgs } = flights('1.2-ecdhe');
    expect(t.summary.tls!.messages.map((m) => m.type)).toEqual([
      'ClientHello',
      'ServerHello',
      'Certificate',
      'ServerKeyExchange',
      'ServerHelloDone',
      'ClientKeyExchange',
      'ChangeCipherSpec',
      'Finished',
      'ChangeCipherSpec',
      'Finished',
    ]);
    const ske = msgs[3]!.detail;
    expect(ske).toMatchObject({
      type: 'ServerKeyExchange',
      curve: 'x25519',
      signatureAlgorithm: 'rsa_pss_rsae_sha256',
    });
    expect(msgs[5]!.detail).toMatchObject({ keyExchange: 'ECDHE', encryptedPreMasterSecret: null });
    expect(t.requests[0]!.timings.SSL).toBe(2 * 80 + 5);
  });

  it('http URLs skip TLS whatever the tls setting', () => {
    const t = runJourney({ url: 'http://www.example.com/', tls: '1.2-rsa' });
    expect(eventsOf(t, 'tls.message')).toEqual([]);
    expect(t.summary.tls).toBeNull();
    expect(t.requests[0]!.timings.SSL).toBe(0);
  });
});

describe('HTTP/1.x text (RFC 9110 / 9112)', () => {
  it('the request: request line, headers, the empty line', () => {
    const [req] = eventsOf(runJourney(), 'http.request');
    expect(req!.raw).toBe(
      'GET /index.html HTTP/1.1\r\n' +
        'Host: www.example.com\r\n' +
        'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n' +
        'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n' +
        'Accept-Language: en-US,en;q=0.5\r\n' +
        'Connection: keep-alive\r\n' +
        '\r\n',
    );
    expect(req!.parts.map((p) => p.kind)).toEqual([
      'requestLine',
      'header',
      'header',
      'header',
      'header',
      'header',
      'emptyLine',
    ]);
    expect(req!.parts.map((p) => req!.raw.slice(p.start, p.end)).join('')).toBe(req!.raw);
    expect(req!.bytes).toBe(req!.raw.length);
    // Inside TLS 1.3: one application_data record adds 22 bytes.
    expect(req!.wireBytes).toBe(req!.bytes + 22);
  });

  it('the response: status line, headers, the empty line and the HTML body of Content-Length bytes', () => {
    const [res] = eventsOf(runJourney(), 'http.response');
    expect(res!.raw.split('\r\n').slice(0, 9)).toEqual([
      'HTTP/1.1 200 OK',
      'Server: nginx/1.26.2',
      'Date: Mon, 03 Mar 2025 09:00:00 GMT',
      'Content-Type: text/html; charset=utf-8',
      `Content-Length: ${res!.bodyBytes}`,
      'Last-Modified: Mon, 24 Feb 2025 08:00:00 GMT',
      expect.stringMatching(/^ETag: "[0-9a-f]+-[0-9a-f]+"$/),
      'Cache-Control: max-age=600',
      'Connection: keep-alive',
    ]);
    expect(res!.statusClass).toBe(2);
    expect(res!.body!.startsWith('<!doctype html>')).toBe(true);
    expect(new TextEncoder().encode(res!.body!).length).toBe(res!.bodyBytes);
    const body = res!.parts.at(-1)!;
    expect(body.kind).toBe('body');
    expect(res!.parts.at(-2)!.kind).toBe('emptyLine');
    expect(res!.raw.slice(body.start)).toBe(res!.body);
  });

  it('HTTP/1.0: the request says 1.0 without keep-alive; the server answers Connection: close and closes first', () => {
    const t = runJourney({
      url: 'http://www.example.com/index.html',
      http: '1.0',
      dns: 'browser',
      arp: 'hit',
    });
    const [req] = eventsOf(t, 'http.request');
    expect(req!.raw.startsWith('GET /index.html HTTP/1.0\r\n')).toBe(true);
    expect(req!.raw).not.toContain('Connection:');
    const [res] = eventsOf(t, 'http.response');
    expect(res!.raw).toContain('\r\nConnection: close\r\n');
    expect(res!.keepAlive).toBe(false);
    const closing = eventsOf(t, 'tcp.segment').filter(
      (s) => s.role === 'fin' || s.role === 'finAck',
    );
    expect(closing.map((s) => `${s.from}:${s.role}:${s.senderState}>${s.receiverState}`)).toEqual([
      'server:fin:FIN-WAIT-1>CLOSE-WAIT',
      'browser:finAck:CLOSE-WAIT>FIN-WAIT-2',
      'browser:fin:LAST-ACK>TIME-WAIT',
      'server:finAck:TIME-WAIT>CLOSED',
    ]);
    expect(t.connections[0]).toMatchObject({ kept: false, closedAt: 263 });
    expect(t.summary.phases.find((p) => p.name === 'close')).toEqual({
      name: 'close',
      start: 142,
      end: 263,
    });
  });

  it('HTTP/1.1 keeps the connection: ESTABLISHED at the end, no FIN', () => {
    const t = runJourney();
    expect(eventsOf(t, 'tcp.segment').map((s) => s.role)).toEqual([
      'syn',
      'synAck',
      'handshakeAck',
    ]);
    expect(eventsOf(t, 'connection.kept')[0]).toMatchObject({
      conn: 'conn-1',
      state: 'ESTABLISHED',
    });
    expect(t.connections[0]!.tcp.summary.finalStates).toEqual({
      client: 'ESTABLISHED',
      server: 'ESTABLISHED',
    });
    expect(t.summary.phases.map((p) => p.name)).not.toContain('close');
  });

  it.each([
    [404, 4, 'Not Found'],
    [500, 5, 'Internal Server Error'],
    [503, 5, 'Service Unavailable'],
  ])('status %i: class %ix and an error page', (status, cls, reason) => {
    const t = runJourney({ status: status as 404 | 500 | 503, resources: 5 });
    const [res] = eventsOf(t, 'http.response');
    expect(res).toMatchObject({ status, statusClass: cls, reason });
    expect(res!.body).toContain(`${status} ${reason}`);
    if (status === 503) expect(res!.raw).toContain('\r\nRetry-After: 120\r\n');
    // An error page has no sub-resources.
    expect(t.requests).toHaveLength(1);
  });
});

describe('sub-resources and the 6-connection limit', () => {
  it('10 resources: 6 connections, 4 requests queue for a free one', () => {
    const t = runJourney({ resources: 10, dns: 'browser', arp: 'hit' });
    expect(t.connections).toHaveLength(6);
    const [found] = eventsOf(t, 'resources.discovered');
    expect(found!.resources.map((r) => r.type)).toEqual([
      'css',
      'js',
      'img',
      'img',
      'img',
      'css',
      'js',
      'img',
      'img',
      'img',
    ]);
    expect(found!.queued).toEqual(['req-8', 'req-9', 'req-10', 'req-11']);
    const subs = t.requests.slice(1);
    const queued = subs.filter((r) => r.timings.Queueing > 1);
    expect(queued.map((r) => r.id)).toEqual(found!.queued);
    // A queued request starts when a connection frees up: after some response has fully arrived.
    const ends = subs.map((r) => r.end);
    for (const q of queued) expect(ends).toContain(q.start + q.timings.Queueing);
    // The page's connection is reused (keep-alive); queued requests reuse connections too.
    expect(t.requests[1]!.conn).toBe('conn-1');
    expect(eventsOf(t, 'http.request').filter((r) => r.reused)).toHaveLength(5);
    for (const r of queued) expect(r.timings['Initial connection'] + r.timings.SSL).toBe(0);
    // Never more than 6 connections open at once to the host.
    expect(new Set(t.requests.map((r) => r.conn)).size).toBe(6);
  });

  it('HTTP/1.0 opens one connection per request, at most 6 at a time', () => {
    const t = runJourney({ resources: 10, http: '1.0', dns: 'browser', arp: 'hit' });
    expect(t.connections).toHaveLength(11);
    expect(t.connections.every((c) => c.requestIds.length === 1 && !c.kept)).toBe(true);
    const opened = t.connections.slice(1).map((c) => c.openedAt);
    const closedByThen = (at: number) =>
      t.connections.slice(1).filter((c) => t.requests.find((r) => r.conn === c.id)!.end <= at)
        .length;
    for (const at of opened)
      expect(opened.filter((o) => o <= at).length - closedByThen(at)).toBeLessThanOrEqual(6);
  });

  it('CSS blocks the CSSOM; the last paint waits for the images', () => {
    const t = runJourney({ resources: 10, dns: 'browser', arp: 'hit' });
    const stages = eventsOf(t, 'render.stage');
    const cssom = stages.find((s) => s.stage === 'cssom')!;
    const cssEnds = t.requests.filter((r) => r.type === 'css').map((r) => r.end);
    expect(cssom.t).toBe(Math.max(...cssEnds));
    expect(cssom.waitedFor).toEqual(t.requests.filter((r) => r.type === 'css').map((r) => r.id));
    const paints = stages.filter((s) => s.stage === 'paint');
    expect(paints.map((p) => p.pass)).toEqual([1, 2]);
    expect(paints[1]!.t).toBe(
      Math.max(...t.requests.filter((r) => r.type !== 'css').map((r) => r.end)),
    );
  });
});

describe('redirects', () => {
  it('301 http → https starts a second navigation to the Location', () => {
    const t = runJourney({ url: 'http://www.example.com/', status: 301 });
    expect(t.journeys.map((j) => `${j.index}:${j.url.href}:${j.status}:${j.outcome}`)).toEqual([
      '1:http://www.example.com/:301:redirected',
      '2:https://www.example.com/:200:rendered',
    ]);
    const [res] = eventsOf(t, 'http.response');
    expect(res!.location).toBe('https://www.example.com/');
    expect(res!.raw).toContain('\r\nLocation: https://www.example.com/\r\n');
    const navs = eventsOf(t, 'navigation.started');
    expect(navs[1]).toMatchObject({
      journey: 2,
      redirectedFrom: 'http://www.example.com/',
      redirectStatus: 301,
    });
    expect(navs[1]!.t).toBe(t.journeys[0]!.end);
    expect(t.summary.requests.map((r) => r.status)).toEqual([301, 200]);
    // A different origin (port 443): a new connection with TLS; the name is in the browser cache now.
    expect(t.connections.map((c) => `${c.serverPort}:${c.https}`)).toEqual([
      '80:false',
      '443:true',
    ]);
    expect(t.summary.dns.queries.at(-1)).toEqual({ server: 'browser', result: 'hit' });
  });

  it('a chain of 302s: every hop and its Location, then the page', () => {
    const t = runJourney({
      url: 'https://a.example.com/',
      status: 302,
      redirectTo: ['https://b.example.com/x', 'https://www.example.com/final'],
    });
    expect(t.summary.requests.map((r) => `${r.status} ${r.url}`)).toEqual([
      '302 https://a.example.com/',
      '302 https://b.example.com/x',
      '200 https://www.example.com/final',
    ]);
    expect(eventsOf(t, 'http.response').map((r) => r.location)).toEqual([
      'https://b.example.com/x',
      'https://www.example.com/final',
      null,
    ]);
    expect(eventsOf(t, 'navigation.ended').map((e) => e.outcome)).toEqual([
      'redirected',
      'redirected',
      'rendered',
    ]);
  });

  it('a redirect within the same origin reuses the keep-alive connection', () => {
    const t = runJourney({
      url: 'https://www.example.com/old',
      status: 301,
      redirectTo: 'https://www.example.com/new',
    });
    expect(t.connections).toHaveLength(1);
    const reqs = eventsOf(t, 'http.request');
    expect(reqs.map((r) => `${r.target}:${r.reused}`)).toEqual(['/old:false', '/new:true']);
    expect(t.journeys[1]!.phases.map((p) => p.name)).toEqual(['cache', 'http', 'render']);
  });
});

describe('the trace', () => {
  it('is deterministic: the same scenario twice gives the same JSON', () => {
    const input = { resources: 7, tls: '1.2-ecdhe' as const, seed: 42 };
    expect(JSON.stringify(runJourney(input))).toBe(JSON.stringify(runJourney(input)));
    const other = runJourney({ ...input, seed: 43 });
    // The seed changes random values (TLS randoms, DNS ids, ports, ISNs), not the timings.
    expect(JSON.stringify(other.summary)).toBe(JSON.stringify(runJourney(input).summary));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(runJourney(input)));
  });

  it('numbers events and steps in order; a step never starts with an attendant', () => {
    const t = runJourney({ resources: 10, http: '1.0' });
    t.events.forEach((e, i) => expect(e.id).toBe(`ev-${i + 1}`));
    for (let i = 1; i < t.events.length; i++) {
      const [a, b] = [t.events[i - 1]!, t.events[i]!];
      expect(b.step - a.step === 0 || b.step - a.step === 1).toBe(true);
      expect(b.t).toBeGreaterThanOrEqual(a.t);
    }
    expect(t.steps).toBe(t.events.at(-1)!.step);
    for (let s = 1; s <= t.steps; s++) {
      const [from, to] = stepRange(t, s);
      expect(to).toBeGreaterThan(from);
      expect(t.events[from]!.kind).not.toBe('phase.entered');
    }
    const phases = eventsOf(t, 'phase.entered').map((p) => p.phase);
    expect(phases).toEqual([
      'cache',
      'dns',
      'arp',
      'dns',
      'arp',
      'tcp',
      'tls',
      'http',
      'close',
      'render',
    ]);
  });

  it('waterfall phases are consecutive: they add up to each request’s duration', () => {
    for (const t of [
      runJourney({ resources: 10 }),
      runJourney({ resources: 3, http: '1.0', tls: '1.2-rsa' }),
      runJourney({ resources: 6, network: { bandwidthMbps: 20 }, cache: 'stale', status: 304 }),
    ])
      for (const r of t.requests) {
        const sum = WATERFALL_PHASES.reduce((s, k) => s + r.timings[k], 0);
        expect(sum).toBeCloseTo(r.end - r.start, 6);
        expect(Object.keys(r.timings)).toEqual([...WATERFALL_PHASES]);
        for (const k of WATERFALL_PHASES) expect(r.timings[k]).toBeGreaterThanOrEqual(0);
      }
  });

  it('the TCP part is the foundation engine: segment ids, seq/ack and states of each TcpTrace', () => {
    const t = runJourney({ resources: 2 });
    for (const c of t.connections) {
      expect(c.tcp.kind).toBe('tcp');
      const sent = new Map(
        c.tcp.events.flatMap((e) =>
          e.kind === 'segment.sent' ? [[e.segment.id, e.segment] as const] : [],
        ),
      );
      for (const s of eventsOf(t, 'tcp.segment').filter((s) => s.conn === c.id)) {
        const seg = sent.get(s.segId)!;
        expect([seg.seq, seg.ack, seg.flags]).toEqual([s.seq, s.ack, s.flags]);
      }
      for (const m of [
        ...eventsOf(t, 'tls.message'),
        ...eventsOf(t, 'http.request'),
        ...eventsOf(t, 'http.response'),
      ])
        if (m.conn === c.id)
          for (const id of m.segIds) expect(sent.get(id)!.len).toBeGreaterThan(0);
      expect(c.tcp.summary.bytesDelivered.server).toBe(
        [...eventsOf(t, 'tls.message'), ...eventsOf(t, 'http.request')]
          .filter((m) => m.conn === c.id && m.from === 'browser')
          .reduce((s, m) => s + m.wireBytes, 0),
      );
    }
    const [syn, synAck, ack] = eventsOf(t, 'tcp.segment');
    expect([syn!.relSeq, synAck!.relSeq, synAck!.relAck, ack!.relSeq, ack!.relAck]).toEqual([
      0, 0, 1, 1, 1,
    ]);
    expect(syn!.flags).toEqual(['SYN']);
    expect(synAck!.flags).toEqual(['ACK', 'SYN']);
    expect(tcpStepAt(t.connections[0]!.tcp, syn!.t)).toBeGreaterThan(0);
    expect(tcpStepAt(t.connections[0]!.tcp, -1)).toBe(0);
  });

  it('the default: phases in order and the numbers of a realistic first visit', () => {
    const t = runJourney();
    expect(t.summary.phases).toEqual([
      { name: 'cache', start: 0, end: 1 },
      { name: 'dns', start: 1, end: 142 },
      { name: 'arp', start: 1, end: 2 },
      { name: 'arp', start: 142, end: 142 },
      { name: 'tcp', start: 142, end: 222 },
      { name: 'tls', start: 223, end: 305 },
      { name: 'http', start: 305, end: 405 },
      { name: 'render', start: 405, end: 429 },
    ]);
    expect(t.summary.requests[0]!.timings).toEqual({
      Queueing: 1,
      Stalled: 0,
      'DNS Lookup': 141,
      'Initial connection': 80,
      SSL: 83,
      'Request sent': 0,
      'Waiting (TTFB)': 100,
      'Content Download': 0,
    });
    expect(t.topology.links).toContainEqual(['switch', 'gateway']);
    expect(t.topology.subnet).toEqual({
      network: '192.168.1.0',
      mask: '255.255.255.0',
      prefix: 24,
      broadcast: '192.168.1.255',
    });
  });
});
