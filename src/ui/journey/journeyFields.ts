// The journey's situation panel as pure reads and writes of a journey input: the choices
// (cache, DNS, ARP, TLS, HTTP, status), the numeric fields (sub-resources, latencies) and the
// IPv4 fields with their messages. Tested in Node.
import {
  HTTP_STATUSES,
  MAX_RESOURCES,
  ipToInt,
  intToIp,
  journeyScenarioSchema,
  prefixLength,
  type JourneyScenarioInput,
} from '../../scenarios/journeySchema';
import type { MessageKey, MessageParams } from '../../i18n/i18n';
import type { NumberField } from '../params/fields';
import { parseJourneyUrl } from '../../scenarios/journeyUrl';
import { redirectChain } from '../../scenarios/journeySchema';

type Input = JourneyScenarioInput;

/** The schema's defaults, read once, for fields the input leaves out. */
export const JOURNEY_DEFAULTS = journeyScenarioSchema.parse({ kind: 'journey' });

/** A select of the panel: the input key, its options and how each is named. */
export interface ChoiceField {
  key: 'cache' | 'validator' | 'dns' | 'arp' | 'tls' | 'http' | 'status';
  label: MessageKey;
  options: readonly (string | number)[];
}

export const CHOICES: readonly ChoiceField[] = [
  { key: 'cache', label: 'jp.cache', options: ['miss', 'fresh', 'stale'] },
  { key: 'validator', label: 'jp.validator', options: ['etag', 'lastModified'] },
  { key: 'dns', label: 'jp.dns', options: ['browser', 'os', 'hosts', 'resolver', 'iterative'] },
  { key: 'arp', label: 'jp.arp', options: ['hit', 'miss'] },
  { key: 'tls', label: 'jp.tls', options: ['1.2-rsa', '1.2-ecdhe', '1.3'] },
  { key: 'http', label: 'jp.http', options: ['1.0', '1.1'] },
  { key: 'status', label: 'jp.status', options: HTTP_STATUSES },
];

/** The value a select shows (the schema's default when the input leaves it out). */
export const readChoice = (input: Input, key: ChoiceField['key']): string | number =>
  input[key] ?? JOURNEY_DEFAULTS[key];

/** Sets a choice (statuses are numbers in the schema). */
export function writeChoice(input: Input, key: ChoiceField['key'], value: string): Input {
  return { ...input, [key]: key === 'status' ? Number(value) : value };
}

const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** How an option is named: a catalog key, or for a status its code and reason phrase. */
export function optionLabel(
  key: ChoiceField['key'],
  value: string | number,
): { key: MessageKey } | { text: string } {
  if (key === 'status') return { text: `${value} ${REASONS[value as number] ?? ''}`.trim() };
  return { key: `jp.${key}.${value}` as MessageKey };
}

type LatencyKey = keyof NonNullable<Input['latency']>;
const LATENCIES: readonly LatencyKey[] = [
  'lanRttMs',
  'resolverRttMs',
  'rootRttMs',
  'tldRttMs',
  'authoritativeRttMs',
  'serverRttMs',
  'serverMs',
];

const latencyField = (key: LatencyKey): NumberField<Input> => ({
  id: `latency.${key}`,
  label: `jp.latency.${key}` as MessageKey,
  path: `latency.${key}`,
  min: 0.01,
  max: 60_000,
  integer: false,
  optional: false,
  read: (input) => input.latency?.[key] ?? JOURNEY_DEFAULTS.latency[key],
  write: (input, v) => ({ ...input, latency: { ...input.latency, [key]: v } }),
});

/** The numeric fields: sub-resources, then the latencies. */
export const JOURNEY_NUMBER_FIELDS: readonly NumberField<Input>[] = [
  {
    id: 'resources',
    label: 'jp.resources',
    path: 'resources',
    min: 0,
    max: MAX_RESOURCES,
    integer: true,
    optional: false,
    read: (input) => input.resources ?? JOURNEY_DEFAULTS.resources,
    write: (input, v) => ({ ...input, resources: v as number }),
  },
  ...LATENCIES.map(latencyField),
];

/** The IPv4 fields of `network`. */
export type IpKey = 'clientIp' | 'mask' | 'gateway' | 'serverIp' | 'resolverIp';
export const IP_FIELDS: readonly { key: IpKey; label: MessageKey }[] = [
  { key: 'clientIp', label: 'jp.clientIp' },
  { key: 'mask', label: 'jp.mask' },
  { key: 'gateway', label: 'jp.gateway' },
  { key: 'serverIp', label: 'jp.serverIp' },
  { key: 'resolverIp', label: 'jp.resolverIp' },
];

export const readIp = (input: Input, key: IpKey): string =>
  input.network?.[key] ?? JOURNEY_DEFAULTS.network[key];

export function writeIp(input: Input, key: IpKey, text: string): Input {
  return { ...input, network: { ...JOURNEY_DEFAULTS.network, ...input.network, [key]: text } };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * The message of an IPv4 field in the UI's language, from the values typed: format, a contiguous
 * mask (/8 … /30), the gateway in the client's subnet; null when the field is fine (other rules,
 * such as two equal addresses, come from the schema and are shown in the panel's error box).
 */
export function ipMessage(
  network: Record<IpKey, string>,
  key: IpKey,
): { key: MessageKey; params?: MessageParams } | null {
  const v = network[key];
  if (!IPV4.test(v)) return { key: 'jp.error.ip' };
  if (key === 'mask') {
    const prefix = prefixLength(ipToInt(v));
    if (prefix === null || prefix < 8 || prefix > 30) return { key: 'jp.error.mask' };
  }
  if (key === 'gateway' && IPV4.test(network.clientIp) && IPV4.test(network.mask)) {
    const mask = ipToInt(network.mask);
    const prefix = prefixLength(mask);
    if (prefix === null) return null;
    const net = (ipToInt(network.clientIp) & mask) >>> 0;
    if ((ipToInt(v) & mask) >>> 0 !== net)
      return { key: 'jp.error.gateway', params: { network: intToIp(net), prefix } };
  }
  return null;
}

/** Whether the status is a redirect (the panel then offers the Location). */
export const isRedirect = (input: Input): boolean => {
  const status = readChoice(input, 'status');
  return status === 301 || status === 302;
};

/** The Location a 301/302 leads to: the input's first one, else the default target. */
export function readRedirect(input: Input): string {
  const first = Array.isArray(input.redirectTo) ? input.redirectTo[0] : input.redirectTo;
  if (first !== undefined) return first;
  const url = parseJourneyUrl(input.url ?? JOURNEY_DEFAULTS.url);
  return url.ok ? (redirectChain(url.url, undefined)[0] ?? '') : '';
}

/** Sets the Location (one hop); empty text goes back to the default target. */
export function writeRedirect(input: Input, text: string): Input {
  const rest = { ...input };
  delete rest.redirectTo;
  return text.trim() === '' ? rest : { ...rest, redirectTo: text.trim() };
}
