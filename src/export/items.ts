// What the Export menu offers in each view. Only data and types here: the work is done by
// run.ts, loaded when an item is first used, so the menu adds nothing heavy to the page.

/** A diagram a view can export as SVG or PNG. */
export type DiagramId = 'sequence' | 'cwnd' | 'topology' | 'waterfall';

/** What an item does. */
export type ExportAction =
  | { kind: 'svg' | 'png'; diagram: DiagramId }
  | { kind: 'trace' | 'mermaidCopy' | 'mermaidDownload' | 'roundsCsv' | 'waterfallCsv' | 'print' };

/** The views with an Export menu. */
export type ExportView = 'tcp' | 'congestion' | 'journey';

/** The diagrams of each view, the main one first. */
export const VIEW_DIAGRAMS: Record<ExportView, readonly DiagramId[]> = {
  tcp: ['sequence'],
  congestion: ['cwnd'],
  journey: ['topology', 'waterfall'],
};

/** The items of `view`'s menu in order, in groups (a separator between groups). */
export function exportItems(view: ExportView): ExportAction[][] {
  const diagrams = VIEW_DIAGRAMS[view].flatMap((diagram): ExportAction[] => [
    { kind: 'svg', diagram },
    { kind: 'png', diagram },
  ]);
  const data: ExportAction[] = [{ kind: 'trace' }];
  if (view === 'tcp') data.push({ kind: 'mermaidCopy' }, { kind: 'mermaidDownload' });
  if (view === 'congestion') data.push({ kind: 'roundsCsv' });
  if (view === 'journey') data.push({ kind: 'waterfallCsv' });
  return [diagrams, data, [{ kind: 'print' }]];
}

/** A stable key for an action (React keys, test ids). */
export function actionKey(a: ExportAction): string {
  return 'diagram' in a ? `${a.kind}-${a.diagram}` : a.kind;
}
