// English strings of export, open and print. This catalog defines the keys.

/** Messages (flat keys, i18next `{{x}}` interpolation). */
export const exportUiEn = {} as const;
