// Simplified Chinese strings of export, open and print: the keys of the English catalog.
import type { exportUiEn } from './exportUi.en';

/** Messages, the same keys and {{variables}} as the English catalog. */
export const exportUiZhCN = {
  'export.button': '导出',
  'export.menu': '导出与打开',
  'export.svg': '下载 SVG',
  'export.png': '下载 PNG',
  'export.svgOf': '下载{{diagram}}（SVG）',
  'export.pngOf': '下载{{diagram}}（PNG）',
  'export.diagram.sequence': '序列图',
  'export.diagram.cwnd': '拥塞窗口图',
  'export.diagram.topology': '拓扑图',
  'export.diagram.waterfall': '瀑布图',
  'export.diagram.tcptrace': '时间/序号图',
  'export.diagram.flight': '在途字节图',
  'export.svgTitle': 'Wirewalk：{{diagram}}，第 {{step}} / {{total}} 步',
  'export.trace': '下载运行记录（JSON）',
  'export.mermaidCopy': '复制为 Mermaid',
  'export.mermaidDownload': '下载为 Mermaid',
  'export.roundsCsv': '下载表格（CSV）',
  'export.flightCsv': '下载时间/序号数据（CSV）',
  'export.waterfallCsv': '下载瀑布图（CSV）',
  'export.print': '打印…',
  'export.open': '打开场景或运行记录…',
  'export.openInput': '场景或运行记录文件（JSON）',
  'export.drop': '松开鼠标即可打开场景或运行记录文件（.json）',
  'export.dismiss': '关闭',
  'export.copied': 'Mermaid 文本已复制到剪贴板。',
  'export.error.noDiagram': '图表当前不在屏幕上，无法导出。',
  'export.error.clipboard': '无法复制到剪贴板（{{reason}}）。“下载为 Mermaid”可保存同样的文本。',
  'export.error.failed': '导出失败：{{reason}}',
  'export.open.tooLarge': '“{{name}}”大小为 {{size}} MB，只能打开不超过 {{max}} MB 的文件。',
  'export.open.notJson': '“{{name}}”不是 JSON（{{reason}}）。',
  'export.open.shape':
    '“{{name}}”既不是 Wirewalk 场景，也不是 Wirewalk 运行记录（应为带 "kind" 字段的 JSON 对象）。',
  'export.open.version':
    '“{{name}}”是格式版本 {{version}} 的运行记录，本 Wirewalk 只能读取版本 {{expected}}。',
  'export.open.invalid': '“{{name}}”不是有效的场景：',
  'export.open.rejected': '无法显示“{{name}}”：',
  'export.open.readFailed': '无法读取“{{name}}”（{{reason}}）。',
  'export.open.moreErrors': '……另有 {{count}} 处。',
  'export.open.scenario': '已打开场景“{{name}}”。',
  'export.open.traceSame': '已打开运行记录“{{name}}”：按其中的场景重新模拟，结果相同。',
  'export.open.traceDiffers':
    '已打开“{{name}}”：按其中的场景重新模拟，结果与文件中的运行记录不同（该文件由其他版本的 Wirewalk 生成，或经过编辑）。视图显示的是新的运行结果。',
  'export.open.trafficInvalid':
    '“{{name}}”是真实流量（抓包中的会话或 HAR 文件）的 Wirewalk 运行记录，但其中的数据已损坏或经过编辑，无法显示：',
  'export.open.conversationSame':
    '已打开“{{name}}”中抓包得到的会话 {{conv}}：按文件中的数据包重建，与文件中的运行记录相同。',
  'export.open.conversationDiffers':
    '已打开“{{name}}”中抓包得到的会话 {{conv}}：按文件中的数据包重建，结果与文件中的运行记录不同（该文件由其他版本的 Wirewalk 生成，或经过编辑）。视图显示的是重建的结果。',
  'export.open.harSame': '已打开“{{name}}”中的 HAR 请求：据此重建的瀑布图与文件中的运行记录相同。',
  'export.open.harDiffers':
    '已打开“{{name}}”中的 HAR 请求：据此重建的瀑布图与文件中的运行记录不同（该文件由其他版本的 Wirewalk 生成，或经过编辑）。视图显示的是重建的结果。',
} as const satisfies Record<keyof typeof exportUiEn, string>;
