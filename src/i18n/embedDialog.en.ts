// English strings of the embed dialog (its own catalog part, `embed`, loaded with the dialog's
// chunk on first open). This catalog defines the keys.

/** Messages (flat keys, `{{x}}` interpolation). */
export const embedDialogEn = {
  'embed.title': 'Embed this view',
  'embed.intro':
    'Paste the snippet into your course page. The preview shows what your readers will see.',
  'embed.content': 'Content',
  'embed.view': 'View',
  'embed.scenario': 'Scenario',
  'embed.keepEdits': 'Include your changed parameters',
  'embed.step': 'Start step',
  'embed.stepHint': 'From 0 to {{max}}.',
  'embed.stepHintOpen': 'A whole number; a step past the end shows the last step.',
  'embed.stepError': 'Enter a whole number from 0 to {{max}}.',
  'embed.stepErrorOpen': 'Enter a whole number, 0 or more.',
  'embed.playback': 'Playback',
  'embed.autoplay': 'Start playing when loaded (not for readers who ask for reduced motion)',
  'embed.loop': 'Loop: start again after the last step',
  'embed.controls': 'Show the player controls',
  'embed.look': 'Look',
  'embed.language': 'Language',
  'embed.theme': 'Theme',
  'embed.theme.system': 'The reader’s system setting',
  'embed.theme.light': 'Light',
  'embed.theme.dark': 'Dark',
  'embed.height': 'Height in pixels',
  'embed.heightHint': 'From {{min}} to {{max}}; the width follows the page.',
  'embed.heightError': 'Enter a whole number of pixels from {{min}} to {{max}}.',
  'embed.origin': 'Host page origin (optional)',
  'embed.originHint':
    'Only this origin may control the embed and receive its messages, e.g. https://school.example',
  'embed.originError':
    'Enter an origin such as https://school.example: scheme and host (and port), no path.',
  'embed.snippet': 'Snippet',
  'embed.invalid':
    'Fix the highlighted fields; the snippet and the preview keep the last valid choices.',
  'embed.copy': 'Copy',
  'embed.copied': 'Snippet copied to the clipboard.',
  'embed.copyFallback':
    'The clipboard is not available here: the snippet is selected; press Ctrl+C (⌘C on a Mac) to copy it.',
  'embed.preview': 'Preview',
  'embed.previewTitle': 'Preview: {{title}}',
  'embed.previewScale': 'Shown at {{percent}} % of its size.',
  'embed.close': 'Close',
  'embed.iframeTitle': 'Wirewalk: {{title}}',
} as const;
