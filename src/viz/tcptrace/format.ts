// Number and address wording of the capture charts and narration: byte counts with thousands
// separators, times in ms, the unit of an axis, "ip:port" (IPv6 in brackets). Pure; runs in Node.
import type { Address } from '../../capture/types';

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const msFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A whole number with thousands separators: "14,481". */
export function formatInt(v: number): string {
  return intFormat.format(v);
}

/** A capture time in ms, to 0.1 ms: "412.3", "6,094.1". */
export function formatMs(v: number): string {
  return msFormat.format(v);
}

/** "10.0.0.1:5001", "[2001:db8::1]:443" (RFC 5952 §6). */
export function formatAddress(a: Address): string {
  return a.ip.includes(':') ? `[${a.ip}]:${a.port}` : `${a.ip}:${a.port}`;
}

/** The unit of a byte axis reaching `max`: bytes, kB or MB (powers of 1000). */
export type ByteUnit = 1 | 1000 | 1000000;

/** The unit that keeps tick labels short for an axis up to `max` bytes. */
export function byteUnit(max: number): ByteUnit {
  return max >= 1e7 ? 1e6 : max >= 1e5 ? 1e3 : 1;
}

/** A tick value in `unit` with as many decimals as the tick step needs: "1,400", "2.5". */
export function formatTick(value: number, unit: number, step: number): string {
  const inUnit = step / unit;
  const decimals = inUnit >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(inUnit) - 1e-9));
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value / unit);
}
