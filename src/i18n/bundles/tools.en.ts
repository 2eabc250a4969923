// The header tools' English messages (Share and Embed buttons, Export menu, opening captures and HAR
// files): the app's chrome only; the embed shell never loads them. The embed dialog's own
// messages load with the dialog (the `embed` part, embedDialog.en.ts).
import { exportUiEn } from '../exportUi.en';
import { embedUiEn } from '../embedUi.en';
import { captureOpenEn } from '../captureOpen.en';

/** English messages of the header's tools. */
export const toolsEn = { ...exportUiEn, ...embedUiEn, ...captureOpenEn };
