// Every catalog at once (tests and tools): the page's start catalogs plus each view's.
import { enCatalog as baseEn, zhCNCatalog as baseZhCN } from './i18n';
import { congestionEn, congestionZhCN } from './congestionCatalogs';
import { journeyEn, journeyZhCN } from './journeyCatalogs';

/** Every English message. */
export const allEn = { ...baseEn, ...congestionEn, ...journeyEn };
/** Every zh-CN message. */
export const allZhCN: Record<keyof typeof allEn, string> = {
  ...baseZhCN,
  ...congestionZhCN,
  ...journeyZhCN,
};
