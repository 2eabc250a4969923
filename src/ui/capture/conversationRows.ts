// The conversations table's data work, apart from React: the filter (addresses, ports), the sort
// (addresses in numeric order, IPv4 before IPv6), and the formats of sizes and times.
import type { Conversation, ConversationCounts } from '../../capture/types';
import type { ConversationSort, ConversationSortKey } from '../../store/captureStore';

/** The most rows the table renders at once (a capture can hold tens of thousands). */
export const MAX_ROWS = 500;

/** An IP address as a key that sorts numerically: the version, then 32 hex digits. */
export function ipSortKey(ip: string): string {
  if (!ip.includes(':')) {
    const parts = ip.split('.').map((p) => Number(p));
    if (parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n < 256))
      return `4${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    return `9${ip}`;
  }
  // IPv6 (RFC 5952 text, maybe with "::" and a dotted IPv4 tail): expand to 8 groups.
  let text = ip.toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length));
  const groups = [...left, ...fill.fill('0'), ...right];
  return `6${groups.map((g) => g.padStart(4, '0')).join('')}`;
}

/** An endpoint as people write it: `10.0.0.1:80`, `[::1]:443`. */
export function endpointText(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * Does `conv` match the filter text? Each word must match: a number is a port of either side; any
 * other word is part of either side's `address:port` (or of the conversation's id).
 */
export function matchesFilter(conv: Conversation, filter: string): boolean {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const sides = [conv.client, conv.server].map((s) => endpointText(s.ip, s.port).toLowerCase());
  return words.every((w) =>
    /^\d+$/.test(w)
      ? conv.client.port === Number(w) || conv.server.port === Number(w)
      : sides.some((s) => s.includes(w)) || conv.id === w,
  );
}

const numberOf = (n: string): number => Number(/\d+$/.exec(n)?.[0] ?? 0);

/** The value a column sorts by. */
function sortValue(conv: Conversation, key: ConversationSortKey): string | number {
  switch (key) {
    case 'a':
      return ipSortKey(conv.client.ip);
    case 'b':
      return ipSortKey(conv.server.ip);
    case 'portA':
      return conv.client.port;
    case 'portB':
      return conv.server.port;
    case 'packets':
      return conv.packets;
    case 'bytes':
      return conv.bytes;
    case 'start':
      return conv.startMs;
    case 'duration':
      return conv.durationMs;
    case 'retransmissions':
      return conv.counts.retransmissions;
    case 'dupAcks':
      return conv.counts.dupAcks;
  }
}

/** `list` in the table's order (a new array); ties keep the file's order (conversation number). */
export function sortConversations(
  list: readonly Conversation[],
  sort: ConversationSort,
): Conversation[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return list
    .map((conv) => ({ conv, value: sortValue(conv, sort.key), n: numberOf(conv.id) }))
    .sort((x, y) => {
      const by =
        typeof x.value === 'number' && typeof y.value === 'number'
          ? x.value - y.value
          : String(x.value) < String(y.value)
            ? -1
            : String(x.value) > String(y.value)
              ? 1
              : 0;
      return by !== 0 ? sign * by : x.n - y.n;
    })
    .map((r) => r.conv);
}

/** The conversations the table shows: filtered, sorted, at most {@link MAX_ROWS}. */
export function visibleConversations(
  list: readonly Conversation[],
  sort: ConversationSort,
  filter: string,
): { rows: Conversation[]; matching: number } {
  const matching = sortConversations(
    list.filter((c) => matchesFilter(c, filter)),
    sort,
  );
  return { rows: matching.slice(0, MAX_ROWS), matching: matching.length };
}

/** The marks other than retransmissions and duplicate ACKs that a conversation has, with counts. */
export function otherMarks(counts: ConversationCounts): {
  key: 'zeroWindows' | 'windowUpdates' | 'outOfOrder' | 'lostSegments' | 'keepAlives';
  count: number;
}[] {
  const keys = [
    'zeroWindows',
    'windowUpdates',
    'outOfOrder',
    'lostSegments',
    'keepAlives',
  ] as const;
  return keys.filter((k) => counts[k] > 0).map((key) => ({ key, count: counts[key] }));
}

/** A time in ms, to the precision that tells: 0.123 ms, 45.6 ms, 2.345 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (Math.abs(ms) < 10) return `${ms.toFixed(3)} ms`;
  if (Math.abs(ms) < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(3)} s`;
}

/** A time in ms as seconds to the microsecond, as Wireshark's conversation table shows them. */
export function formatSeconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(6) : '—';
}

/** A file size: 812 B, 12.3 KB, 4.5 MB (binary units, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
