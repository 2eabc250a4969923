// The inspector's content, built in Node from real engine traces: DNS flags and sections, ARP
// fields and the AND with the mask, TCP numbers, TLS fields and keys, HTTP parts with their
// explanations, cache freshness, render stages; and every step of every built-in in both languages.
import { describe, expect, it } from 'vitest';
import type { JourneyEvent } from '../../engine/journey/trace';
import { translatorFor } from '../../i18n/i18n';
import { builtinJourney, customJourney, stepWhere } from '../../narration/journeyTestTraces';
import { BUILTIN_JOURNEY_SCENARIOS } from '../../scenarios/journeyBuiltins';
import { inspectStep } from './inspect';
import { explainHeader, httpParts, statusClassOf } from './inspectHttp';
import type { InspectBlock, InspectModel } from './inspectModel';
import { binaryIp } from './inspectNet';
import { stageViews } from './inspectRender';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
type Trace = ReturnType<typeof builtinJourney>;
const model = (trace: Trace, pred: (e: JourneyEvent) => boolean, t = en): InspectModel =>
  inspectStep(trace, stepWhere(trace, pred), t)!;
/** label → value of every field row. */
const fields = (m: InspectModel): Record<string, string> =>
  Object.fromEntries(
    m.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.map((r) => [r.label, r.value]) : [])),
  );
const table = (m: InspectModel, title: string) =>
  m.blocks.find(
    (b): b is Extract<InspectBlock, { kind: 'table' }> => b.kind === 'table' && b.title === title,
  );

describe('inspector content', () => {
  it('is empty before Enter', () => {
    expect(inspectStep(builtinJourney('journey-first-visit'), 0, en)).toBeNull();
  });

  it('DNS referral: header flags, question, authority NS and additional glue with TTLs', () => {
    const m = model(
      builtinJourney('journey-first-visit'),
      (e) => e.kind === 'dns.message' && e.role === 'referral',
    );
    expect(m.title).toBe('DNS response: referral');
    expect(m.route).toBe('Root server → Local DNS resolver');
    const f = fields(m);
    expect(f).toMatchObject({ QR: '1', AA: '0', RD: '0', RA: '0', 'QD/AN/NS/AR': '1 / 0 / 2 / 2' });
    expect(f['Server']).toBe('Root server a.root-servers.net.');
    expect(table(m, 'Question')?.rows).toEqual([['www.example.com.', 'A', 'IN']]);
    expect(table(m, 'Authority')?.rows[0]).toEqual([
      'com.',
      'NS',
      'IN',
      '172800 s',
      'a.gtld-servers.net.',
    ]);
    expect(table(m, 'Additional')?.rows[0]).toEqual([
      'a.gtld-servers.net.',
      'A',
      'IN',
      '172800 s',
      '192.5.6.30',
    ]);
    expect(table(m, 'Answer')).toBeUndefined();
    const stub = model(
      builtinJourney('journey-first-visit'),
      (e) => e.kind === 'dns.message' && e.server === 'resolver',
    );
    expect(fields(stub)).toMatchObject({
      QR: '0',
      RD: '1',
      Addresses: expect.stringMatching(/^UDP 192\.168\.1\.10:\d+ → 203\.0\.113\.53:53$/),
    });
  });

  it('ARP: the AND with the mask in decimal and binary; broadcast request, unicast reply', () => {
    const trace = builtinJourney('journey-first-visit');
    const lookup = model(trace, (e) => e.kind === 'arp.lookup');
    expect(table(lookup, 'Subnet test (AND with the mask)')?.rows[1]!.slice(0, 2)).toEqual([
      'Destination',
      '203.0.113.53 AND 255.255.255.0 = 203.0.113.0',
    ]);
    expect(fields(lookup)).toMatchObject({
      'Same subnet': 'no',
      'Next hop': '192.168.1.1',
      'ARP cache': 'miss',
    });
    expect(binaryIp('192.168.1.10')).toBe('11000000.10101000.00000001.00001010');
    const req = model(trace, (e) => e.kind === 'arp.message' && e.op === 'request');
    expect(fields(req)).toMatchObject({
      'Destination MAC': 'ff:ff:ff:ff:ff:ff',
      Operation: '1 (request)',
      'Target MAC': '00:00:00:00:00:00',
      'Target IP': '192.168.1.1',
    });
    const reply = model(trace, (e) => e.kind === 'arp.message' && e.op === 'reply', zh);
    expect(fields(reply)).toMatchObject({ 操作码: '2 (应答)', '发送方 MAC': 'c8:3a:35:01:00:01' });
  });

  it('TCP: flags, relative and absolute numbers, window, both states', () => {
    const trace = builtinJourney('journey-first-visit');
    const m = model(trace, (e) => e.kind === 'tcp.segment' && e.role === 'synAck');
    const e = trace.events.find((x) => x.kind === 'tcp.segment' && x.role === 'synAck')!;
    if (e.kind !== 'tcp.segment') throw new Error();
    expect(fields(m)).toMatchObject({
      Flags: 'ACK, SYN',
      'Sequence number': `0 (absolute ${e.seq})`,
      'Acknowledgment number': `1 (absolute ${e.ack})`,
    });
    expect(table(m, 'States after this segment')?.rows).toEqual([
      ['Sender (Web server)', 'SYN-RECEIVED'],
      ['Receiver (Browser)', 'ESTABLISHED'],
    ]);
  });

  it('TLS: ClientHello fields, certificate chain, and the keys each side holds now', () => {
    const trace = builtinJourney('journey-first-visit');
    const hello = model(trace, (e) => e.kind === 'tls.message' && e.type === 'ClientHello');
    expect(fields(hello)).toMatchObject({
      Encrypted: 'no',
      'server_name (SNI)': 'www.example.com',
      'key_share (x25519)': expect.stringMatching(/^[0-9a-f]{32}…$/),
    });
    expect(table(hello, 'Keys now')?.note).toBe('no keys yet');
    const cert = model(trace, (e) => e.kind === 'tls.message' && e.type === 'Certificate');
    expect(table(cert, 'Certificate chain (2)')?.rows[0]!.slice(0, 3)).toEqual([
      'CN=www.example.com',
      "C=US, O=Let's Encrypt, CN=R11",
      'www.example.com',
    ]);
    expect(fields(cert).Encrypted).toBe('yes');
    expect(table(cert, 'Keys now')?.rows).toEqual([
      ['(EC)DHE shared secret', '✓', '✓'],
      ['handshake traffic keys', '✓', '✓'],
      ['Its records are protected by', 'handshake traffic keys', 'handshake traffic keys'],
    ]);
    const rsa = builtinJourney('journey-tls12-rsa');
    const ccs = model(rsa, (e) => e.kind === 'tls.message' && e.type === 'ChangeCipherSpec');
    expect(table(ccs, 'Keys now')?.rows.at(-1)).toEqual([
      'Its records are protected by',
      'session keys',
      'nothing (plain text)',
    ]);
    const cke = model(rsa, (e) => e.kind === 'tls.message' && e.type === 'ClientKeyExchange');
    expect(fields(cke)['Encrypted pre-master secret']).toMatch(/^[0-9a-f]{32}…$/);
  });

  it('HTTP: each part labelled and explained, the status code by its class', () => {
    const trace = builtinJourney('journey-cache-stale-304');
    const req = trace.events.find((e) => e.kind === 'http.request')!;
    if (req.kind !== 'http.request') throw new Error();
    const parts = httpParts(req, en);
    expect(parts[0]).toMatchObject({
      kind: 'requestLine',
      display: 'GET /index.html HTTP/1.1',
      crlf: true,
      label: 'Request line',
    });
    expect(parts.find((p) => p.label === 'If-None-Match')?.explanation).toBe(
      'Conditional: send the body only if the ETag is no longer "67bc31f1-e1".',
    );
    expect(parts.at(-1)).toMatchObject({ kind: 'emptyLine', display: '', label: 'Empty line' });
    const res = model(trace, (e) => e.kind === 'http.response');
    const http = res.blocks.find((b) => b.kind === 'http');
    if (http?.kind !== 'http') throw new Error();
    expect(http.parts[0]!.explanation).toBe(
      'Version HTTP/1.1, status code 304, reason phrase “Not Modified”. 3xx means redirection: the client has more to do, such as going to another URL or using its cached copy.',
    );
    expect(http.parts.some((p) => p.kind === 'body')).toBe(false);
    expect(fields(res)).toMatchObject({ Status: '304 Not Modified', Body: '0 bytes' });
    expect(statusClassOf(503)).toBe(5);
    expect(explainHeader('X-Custom', '1', zh)).toBe('一个首部字段：X-Custom，值为 1。');
    // An image's body is not text: a placeholder stands for it.
    const sub = builtinJourney('journey-subresources');
    const img = sub.events.find(
      (e) => e.kind === 'http.response' && e.contentType === 'image/jpeg',
    )!;
    if (img.kind !== 'http.response') throw new Error();
    expect(httpParts(img, en).at(-1)!.display).toMatch(/^\[\d+ bytes of image\/jpeg\]$/);
  });

  it('cache freshness, URL parts, render stages', () => {
    const stale = model(
      builtinJourney('journey-cache-stale-304'),
      (e) => e.kind === 'cache.lookup',
    );
    expect(fields(stale)).toMatchObject({
      Freshness: '900 s ≥ 600 s: stale',
      ETag: '"67bc31f1-e1"',
    });
    const nav = inspectStep(
      customJourney({ url: 'http://例子.测试:8080/a?q=1#top', dns: 'hosts' }),
      1,
      en,
    )!;
    expect(fields(nav)).toMatchObject({
      Host: '例子.测试',
      'Host as sent': 'xn--fsqu00a.xn--0zwm56d',
      Port: '8080',
      Query: '?q=1',
      Fragment: '#top',
    });
    const sub = builtinJourney('journey-subresources');
    const paint2 = model(
      sub,
      (e) => e.kind === 'render.stage' && e.stage === 'paint' && e.pass === 2,
    );
    expect(fields(paint2).Pass).toBe('repaint with the images');
    expect(fields(paint2)['Waited for']).toMatch(/^photo-3\.jpg, /);
  });

  it('render stages: done, current, future as the player passes them', () => {
    const trace = builtinJourney('journey-subresources');
    const cssom = stepWhere(trace, (e) => e.kind === 'render.stage' && e.stage === 'cssom');
    expect(stageViews(trace, 1).map((s) => s.status)).toEqual(Array(5).fill('future'));
    expect(stageViews(trace, cssom).map((s) => s.status)).toEqual([
      'done',
      'current',
      'future',
      'future',
      'future',
    ]);
    const end = stageViews(trace, trace.steps);
    expect(end.map((s) => s.status)).toEqual(Array(5).fill('done'));
    expect(end[4]!.passes).toBe(2);
  });

  it.each(BUILTIN_JOURNEY_SCENARIOS.map((b) => b.id))(
    '%s: every step has readable content',
    (id) => {
      const trace = builtinJourney(id);
      for (const t of [en, zh])
        for (let step = 1; step <= trace.steps; step++) {
          const text = JSON.stringify(inspectStep(trace, step, t));
          expect(text, `${id} step ${step}`).not.toMatch(/\{\{|"(insp|jn)\.[a-zA-Z]|undefined|NaN/);
        }
    },
  );
});
