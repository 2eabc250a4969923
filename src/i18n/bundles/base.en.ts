// The start bundle's English messages: the shell, the TCP view and the header's tools.
import { uiEn } from '../ui.en';
import { narrationEn } from '../narration.en';
import { vizEn } from '../viz.en';
import { exportUiEn } from '../exportUi.en';
import { embedUiEn } from '../embedUi.en';
import { a11yUiEn } from '../a11yUi.en';

/** English messages of the shell, the TCP view and the header's tools. */
export const baseEn = {
  ...uiEn,
  ...narrationEn,
  ...vizEn,
  ...exportUiEn,
  ...embedUiEn,
  ...a11yUiEn,
};
