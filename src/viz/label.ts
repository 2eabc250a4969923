// The translation function every renderer receives, and wording helpers built on it.
import { durationParts } from './sequence/labels';

/** Looks up a view string by key (see src/i18n/viz.en.ts), `{{name}}` params. */
export type LabelFn = (key: string, params?: Record<string, unknown>) => string;

/** "1 s", "60 s", "200 ms" (or "1 秒" …) through the catalog's unit strings. */
export function durationText(label: LabelFn, ms: number, fixed = false): string {
  const { unit, value } = durationParts(ms, fixed);
  return label(`viz.unit.${unit}`, { value });
}
