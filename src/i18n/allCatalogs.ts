// Every catalog at once (tests and tools): the start bundle plus each view's, in both languages.
import { addMessages } from './i18n';
import { baseEn } from './bundles/base.en';
import { baseZhCN } from './bundles/base.zh-CN';
import { tcpEn } from './bundles/tcp.en';
import { tcpZhCN } from './bundles/tcp.zh-CN';
import { toolsEn } from './bundles/tools.en';
import { toolsZhCN } from './bundles/tools.zh-CN';
import { embedDialogEn } from './embedDialog.en';
import { embedDialogZhCN } from './embedDialog.zh-CN';
import { captureEn } from './bundles/capture.en';
import { captureZhCN } from './bundles/capture.zh-CN';
import { congestionEn } from './bundles/congestion.en';
import { congestionZhCN } from './bundles/congestion.zh-CN';
import { journeyEn } from './bundles/journey.en';
import { journeyZhCN } from './bundles/journey.zh-CN';

/** Every English message. */
export const allEn = {
  ...baseEn,
  ...tcpEn,
  ...toolsEn,
  ...embedDialogEn,
  ...captureEn,
  ...congestionEn,
  ...journeyEn,
};
/** Every zh-CN message. */
export const allZhCN: Record<keyof typeof allEn, string> = {
  ...baseZhCN,
  ...tcpZhCN,
  ...toolsZhCN,
  ...embedDialogZhCN,
  ...captureZhCN,
  ...congestionZhCN,
  ...journeyZhCN,
};

/** Registers every catalog with the translator (as if every chunk had loaded). */
export function registerAllCatalogs(): void {
  addMessages('en', allEn);
  addMessages('zh-CN', allZhCN);
}
