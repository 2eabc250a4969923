// The capture UI's pure parts: the conversations table's filter, sort and formats, the URL while a
// capture is on screen, and the messages for each way a file can fail.
import { emptyCounts } from '../../capture/conversations';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/i18n';
import {
  MAX_ROWS,
  endpointText,
  formatMs,
  formatSeconds,
  formatSize,
  ipSortKey,
  matchesFilter,
  otherMarks,
  sortConversations,
  visibleConversations,
} from './conversationRows';
import { fakeConversation as conv } from '../../capture/testing/conversation';
import { captureSearch } from './captureUrl';
import { failureMessage, harMessage, shownMessage } from './captureMessages';

const zero = emptyCounts();

describe('ipSortKey', () => {
  it('sorts IPv4 numerically, then IPv6 numerically', () => {
    const ips = [
      '10.0.0.10',
      '::1',
      '10.0.0.9',
      '2001:db8::2',
      '9.255.0.1',
      '2001:db8::10',
      'fe80::1',
    ];
    expect([...ips].sort((a, b) => (ipSortKey(a) < ipSortKey(b) ? -1 : 1))).toEqual([
      '9.255.0.1',
      '10.0.0.9',
      '10.0.0.10',
      '::1',
      '2001:db8::2',
      '2001:db8::10',
      'fe80::1',
    ]);
  });

  it('expands "::" and a dotted IPv4 tail', () => {
    expect(ipSortKey('::ffff:1.2.3.4')).toBe(ipSortKey('0:0:0:0:0:ffff:102:304'));
    expect(ipSortKey('1::')).toBe(`6${'0001'}${'0000'.repeat(7)}`);
  });
});

describe('the conversations table', () => {
  const list = [
    conv(1, {
      bytes: 500,
      client: { ip: '10.0.0.1', port: 5000 },
      server: { ip: '10.0.0.2', port: 443 },
    }),
    conv(2, { bytes: 9000, client: { ip: '::1', port: 6000 }, server: { ip: '::1', port: 8080 } }),
    conv(3, {
      bytes: 500,
      client: { ip: '10.0.0.3', port: 7000 },
      server: { ip: '10.0.4.43', port: 80 },
    }),
  ];

  it('filters by port (exactly) and by address:port text', () => {
    expect(list.filter((c) => matchesFilter(c, '443')).map((c) => c.id)).toEqual(['conv-1']);
    expect(list.filter((c) => matchesFilter(c, '10.0.0.2:443')).map((c) => c.id)).toEqual([
      'conv-1',
    ]);
    expect(list.filter((c) => matchesFilter(c, '[::1]')).map((c) => c.id)).toEqual(['conv-2']);
    expect(list.filter((c) => matchesFilter(c, '10.0 80')).map((c) => c.id)).toEqual(['conv-3']);
    expect(list.filter((c) => matchesFilter(c, '  ')).length).toBe(3);
    expect(list.filter((c) => matchesFilter(c, 'conv-2')).map((c) => c.id)).toEqual(['conv-2']);
  });

  it('sorts by a column, ties in file order, either way', () => {
    expect(sortConversations(list, { key: 'bytes', dir: 'desc' }).map((c) => c.id)).toEqual([
      'conv-2',
      'conv-1',
      'conv-3',
    ]);
    expect(sortConversations(list, { key: 'bytes', dir: 'asc' }).map((c) => c.id)).toEqual([
      'conv-1',
      'conv-3',
      'conv-2',
    ]);
    expect(sortConversations(list, { key: 'a', dir: 'asc' }).map((c) => c.id)).toEqual([
      'conv-1',
      'conv-3',
      'conv-2',
    ]);
    expect(sortConversations(list, { key: 'portB', dir: 'desc' }).map((c) => c.id)).toEqual([
      'conv-2',
      'conv-1',
      'conv-3',
    ]);
  });

  it('renders at most MAX_ROWS rows and says how many match', () => {
    const many = Array.from({ length: MAX_ROWS + 20 }, (_, i) => conv(i + 1));
    const v = visibleConversations(many, { key: 'start', dir: 'desc' }, '');
    expect(v.rows).toHaveLength(MAX_ROWS);
    expect(v.matching).toBe(MAX_ROWS + 20);
    expect(v.rows[0]!.id).toBe(`conv-${MAX_ROWS + 20}`);
  });

  it('lists the other marks with their counts', () => {
    expect(otherMarks({ ...zero, zeroWindows: 2, lostSegments: 1 })).toEqual([
      { key: 'zeroWindows', count: 2 },
      { key: 'lostSegments', count: 1 },
    ]);
    expect(otherMarks(zero)).toEqual([]);
  });

  it('writes endpoints, times and sizes', () => {
    expect(endpointText('10.0.0.1', 80)).toBe('10.0.0.1:80');
    expect(endpointText('::1', 443)).toBe('[::1]:443');
    expect(formatMs(0.1234)).toBe('0.123 ms');
    expect(formatMs(45.67)).toBe('45.7 ms');
    expect(formatMs(2345.6)).toBe('2.346 s');
    expect(formatSeconds(2063.4121)).toBe('2.063412');
    expect(formatSeconds(0.01)).toBe('0.000010');
    expect(formatSize(812)).toBe('812 B');
    expect(formatSize(12.3 * 1024)).toBe('12.3 KB');
    expect(formatSize(4.5 * 1024 ** 2)).toBe('4.5 MB');
  });
});

describe('captureSearch', () => {
  it('keeps view, step and language, and the page options; never scenario or s', () => {
    expect(captureSearch({ view: 'tcp', step: 7, lang: 'zh-CN' }, ['theme=dark'])).toBe(
      '?view=tcp&step=7&lang=zh-CN&theme=dark',
    );
    expect(captureSearch({ view: 'journey', step: 0, lang: 'en' })).toBe(
      '?view=journey&step=0&lang=en',
    );
  });
});

describe('capture messages', () => {
  const en = translatorFor('en');
  const zh = translatorFor('zh-CN');

  it('words each failure in both languages, with the reader’s detail under it', () => {
    const m = failureMessage({
      fileName: 'bad-magic.pcap',
      code: 'not-a-capture',
      message: 'Not a pcap or pcapng file (it starts with 3c 21 44 4f).',
      params: {},
    });
    expect(m.tone).toBe('error');
    expect(en(m.key, m.params)).toBe(
      'Could not open “bad-magic.pcap”: it is not a pcap or pcapng file.',
    );
    expect(zh(m.key, m.params)).toBe('无法打开“bad-magic.pcap”：它不是 pcap 或 pcapng 文件。');
    expect(m.list).toEqual(['Not a pcap or pcapng file (it starts with 3c 21 44 4f).']);
  });

  it('says the size limit in MB, and a cancel politely', () => {
    const big = failureMessage({
      fileName: 'huge.pcap',
      code: 'tooLarge',
      message: 'x',
      params: { bytes: 1.5 * 1024 ** 3, max: 1024 ** 3 },
    });
    expect(en(big.key, big.params)).toBe(
      'Could not open “huge.pcap”: it is 1536.0 MB; files up to 1024 MB can be opened.',
    );
    expect(big.list).toBeUndefined();
    const stop = failureMessage({
      fileName: 'a.pcap',
      code: 'cancelled',
      message: 'Cancelled.',
      params: {},
    });
    expect(stop.tone).toBe('info');
    expect(en(stop.key, stop.params)).toBe('Stopped opening “a.pcap”.');
  });

  it('has a message for every failure code', () => {
    const codes = [
      'empty',
      'not-a-capture',
      'truncated',
      'damaged',
      'unsupported',
      'internal',
      'har',
      'gzipTooLarge',
      'gzip',
      'unknown-format',
      'read',
      'worker',
      'tooLarge',
      'cancelled',
    ] as const;
    for (const code of codes) {
      const m = failureMessage({ fileName: 'f', code, message: 'detail', params: {} });
      expect(en(m.key, m.params)).not.toBe(m.key);
      expect(zh(m.key, m.params)).not.toBe(m.key);
    }
  });

  it('says how large a gzip file may decompress to', () => {
    const gz = failureMessage({
      fileName: 'bomb.pcap.gz',
      code: 'gzipTooLarge',
      message: 'x',
      params: { max: 1024 ** 3 },
    });
    expect(en(gz.key, gz.params)).toBe(
      'Could not open “bomb.pcap.gz”: decompressed, it would be larger than 1024 MB, the most that can be opened.',
    );
    expect(zh(gz.key, gz.params)).toContain('1024');
    expect(gz.list).toBeUndefined();
  });

  it('says what is shown, and that the address bar does not hold the file', () => {
    const m = shownMessage('http11-keepalive.pcapng', 'conv-1', 'tcp');
    expect(en(m.key, m.params)).toBe(
      'Showing conv-1 of “http11-keepalive.pcapng” in the TCP view.',
    );
    expect(en(m.note!)).toContain('a reload shows a simulation again');
    expect(zh(m.note!)).toContain('重新加载页面会回到模拟场景');
    const h = harMessage('page.har');
    expect(en(h.key, h.params)).toContain('“page.har”');
  });
});
