// The header tools' English messages (Share, Embed dialog, Export menu, opening captures and HAR
// files): the app's chrome only; the embed shell never loads them.
import { exportUiEn } from '../exportUi.en';
import { embedUiEn } from '../embedUi.en';
import { captureOpenEn } from '../captureOpen.en';

/** English messages of the header's tools. */
export const toolsEn = { ...exportUiEn, ...embedUiEn, ...captureOpenEn };
