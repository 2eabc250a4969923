// English strings of export, open and print. This catalog defines the keys.

/** Messages (flat keys, `{{x}}` interpolation). */
export const exportUiEn = {
  'export.button': 'Export',
  'export.menu': 'Export and open',
  'export.svg': 'Download SVG',
  'export.png': 'Download PNG',
  'export.svgOf': 'Download {{diagram}} (SVG)',
  'export.pngOf': 'Download {{diagram}} (PNG)',
  'export.diagram.sequence': 'sequence diagram',
  'export.diagram.cwnd': 'congestion window chart',
  'export.diagram.topology': 'topology',
  'export.diagram.waterfall': 'waterfall',
  'export.diagram.tcptrace': 'time/sequence graph',
  'export.diagram.flight': 'bytes-in-flight chart',
  'export.svgTitle': 'Wirewalk: {{diagram}}, step {{step}} of {{total}}',
  'export.trace': 'Download trace (JSON)',
  'export.mermaidCopy': 'Copy as Mermaid',
  'export.mermaidDownload': 'Download as Mermaid',
  'export.roundsCsv': 'Download table (CSV)',
  'export.flightCsv': 'Download time/sequence data (CSV)',
  'export.waterfallCsv': 'Download waterfall (CSV)',
  'export.print': 'Print…',
  'export.open': 'Open scenario or trace…',
  'export.openInput': 'Scenario or trace file (JSON)',
  'export.drop': 'Drop a scenario or trace file (.json) to open it',
  'export.dismiss': 'Dismiss',
  'export.copied': 'The Mermaid text is on the clipboard.',
  'export.error.noDiagram': 'The diagram is not on screen, so there is nothing to export.',
  'export.error.clipboard':
    'Could not copy to the clipboard ({{reason}}). “Download as Mermaid” saves the same text.',
  'export.error.failed': 'The export failed: {{reason}}',
  'export.open.tooLarge': '“{{name}}” is {{size}} MB; files up to {{max}} MB can be opened.',
  'export.open.notJson': '“{{name}}” is not JSON ({{reason}}).',
  'export.open.shape':
    '“{{name}}” is neither a Wirewalk scenario nor a Wirewalk trace (a JSON object with a "kind").',
  'export.open.version':
    '“{{name}}” is a trace of format version {{version}}; this Wirewalk reads version {{expected}}.',
  'export.open.invalid': '“{{name}}” is not a valid scenario:',
  'export.open.rejected': '“{{name}}” could not be shown:',
  'export.open.readFailed': 'Could not read “{{name}}” ({{reason}}).',
  'export.open.moreErrors': '… and {{count}} more.',
  'export.open.scenario': 'Opened the scenario “{{name}}”.',
  'export.open.traceSame':
    'Opened the trace “{{name}}”: simulated again from its scenario, with the same result.',
  'export.open.traceDiffers':
    'Opened “{{name}}”: simulated again from its scenario, the run differs from the trace in the file (it was made by another version of Wirewalk, or edited). The view shows the new run.',
  'export.open.trafficInvalid':
    '“{{name}}” is a Wirewalk trace of real traffic (a captured conversation or a HAR file), but its data is damaged or was edited, so it cannot be shown:',
  'export.open.conversationSame':
    'Opened the captured conversation {{conv}} from “{{name}}”: rebuilt from the packets in the file, it is the same as the file’s trace.',
  'export.open.conversationDiffers':
    'Opened the captured conversation {{conv}} from “{{name}}”: rebuilt from the packets in the file, it differs from the file’s trace (it was made by another version of Wirewalk, or edited). The view shows the rebuilt one.',
  'export.open.harSame':
    'Opened the HAR requests from “{{name}}”: the waterfall rebuilt from them is the same as the file’s trace.',
  'export.open.harDiffers':
    'Opened the HAR requests from “{{name}}”: the waterfall rebuilt from them differs from the file’s trace (it was made by another version of Wirewalk, or edited). The view shows the rebuilt one.',
} as const;
