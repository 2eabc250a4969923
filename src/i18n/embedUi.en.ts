// English strings of the header's Share and Embed buttons (what shows before the embed dialog
// opens). This catalog defines the keys; the dialog's own are in embedDialog.en.ts.

/** Messages (flat keys, `{{x}}` interpolation). */
export const embedUiEn = {
  'share.button': 'Share',
  'share.hint': 'Copy a link to exactly what is on screen',
  'share.copied': 'Link copied to the clipboard.',
  'share.field': 'Link to this view',
  'share.fallback':
    'The clipboard is not available here: the link is selected in the field; press Ctrl+C (⌘C on a Mac) to copy it.',
  'share.close': 'Close',
  'embed.button': 'Embed',
  'embed.hint': 'Put this view into a course page',
  'embed.loading': 'Loading…',
} as const;
