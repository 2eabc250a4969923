// Simplified Chinese strings of export, open and print: the keys of the English catalog.
import type { exportUiEn } from './exportUi.en';

/** Messages, the same keys and {{variables}} as the English catalog. */
export const exportUiZhCN = {} as const satisfies Record<keyof typeof exportUiEn, string>;
