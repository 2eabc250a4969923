// Simplified Chinese strings of opening a capture or HAR file before the capture code is
// loaded: the app chrome's catalog (tools). The rest is in captureUi.zh-CN.ts, loaded with the file.
import type { captureOpenEn } from './captureOpen.en';

/** What opening a file needs before the capture code is loaded (the Export menu's item, the file
 * input, the drop hint, an unsupported file): the app chrome's catalog. */
export const captureOpenZhCN: Record<keyof typeof captureOpenEn, string> = {
  'capture.openItem': '打开抓包或 HAR 文件…',
  'capture.openInput': '抓包或 HAR 文件（.pcap、.pcapng、.har，也可以是它们的 .gz 压缩文件）',
  'capture.drop':
    '……也可以是抓包文件（.pcap、.pcapng）或 HAR 文件（.har），gzip 压缩的（.gz）也行：只在本浏览器中读取，不会上传',
  'capture.unsupported':
    '“{{name}}”不是 Wirewalk 能打开的文件：可以打开场景或运行记录（.json）、抓包文件（.pcap、.pcapng）或 HAR 文件（.har），后两种也可以是 gzip 压缩的（.gz）。',
};
