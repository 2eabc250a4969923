// Simplified Chinese strings of the header's Share and Embed buttons: the keys of the English
// catalog.
import type { embedUiEn } from './embedUi.en';

/** Messages, the same keys and {{variables}} as the English catalog. */
export const embedUiZhCN = {
  'share.button': '分享',
  'share.hint': '复制一个链接，打开后与当前画面完全相同',
  'share.copied': '链接已复制到剪贴板。',
  'share.field': '当前视图的链接',
  'share.fallback': '此处无法使用剪贴板：链接已在文本框中选中，请按 Ctrl+C（Mac 上为 ⌘C）复制。',
  'share.close': '关闭',
  'embed.button': '嵌入',
  'embed.hint': '把这个视图放进课程页面',
  'embed.loading': '正在加载…',
} as const satisfies Record<keyof typeof embedUiEn, string>;
