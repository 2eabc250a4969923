// Formatting shared by the journey's narration: times, node names, lists, hex, key names.
// Pure: values and a translate function in, strings out.
import type { JourneyNode, TlsKey, TlsSetting } from '../engine/journey/trace';
import type { Translate } from '../i18n/i18n';

/** A time or duration in ms, one decimal at most: "23.5 ms" / "23.5 毫秒". */
export function ms(value: number, t: Translate): string {
  return t('narr.unit.ms', { n: Math.round(value * 10) / 10 });
}

/** The first letter in upper case (English sentence starts; a no-op for Chinese). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "the web server" and "The web server" for a topology node. */
export function nodeName(node: JourneyNode, t: Translate): { name: string; Name: string } {
  const name = t(`jn.node.${node}`);
  return { name, Name: capitalise(name) };
}

/** Items joined with the language's list separator. */
export function list(items: readonly string[], t: Translate): string {
  return items.join(t('narr.list.sep'));
}

/** A long hex string cut to its first `chars` digits, with an ellipsis. */
export function hexShort(hex: string, chars = 16): string {
  return hex.length <= chars ? hex : `${hex.slice(0, chars)}…`;
}

/** A DNS message id as the tools show it: 0x1a2b. */
export const dnsId = (id: number): string => `0x${id.toString(16).padStart(4, '0')}`;

/** A DNS name for a sentence: without the root's trailing dot ("www.example.com"). */
export const dnsName = (fqdn: string): string => (fqdn.length > 1 ? fqdn.replace(/\.$/, '') : fqdn);

/** A zone for a sentence: "example.com", or ".com" for a top-level domain. */
export function zoneName(fqdn: string): string {
  const name = dnsName(fqdn);
  return name.includes('.') || name === '.' ? name : `.${name}`;
}

/** The names of TLS keys, or "none yet". */
export function keyList(keys: readonly TlsKey[], t: Translate): string {
  return keys.length
    ? list(
        keys.map((k) => t(`jn.key.${k}`)),
        t,
      )
    : t('jn.key.none');
}

/** "TLS 1.2 (RSA key exchange)" and the like. */
export const tlsSettingName = (setting: TlsSetting, t: Translate): string =>
  t(`jn.tlsSetting.${setting}`);

/** The last path segment of a URL ("style-1.css"), or the URL when it has none. */
export function fileOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last || url;
}
