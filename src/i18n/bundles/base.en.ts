// The start bundle's English messages: the shell, the player and the views' shared labels.
import { uiEn } from '../ui.en';
import { vizEn } from '../viz.en';
import { a11yUiEn } from '../a11yUi.en';

/** English messages of the shell, the player and the views' shared labels. */
export const baseEn = {
  ...uiEn,
  ...vizEn,
  ...a11yUiEn,
};
