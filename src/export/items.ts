// What the Export menu offers in each view. Only data and types here: the work is done by
// run.ts, loaded when an item is first used, so the menu adds nothing heavy to the page. The
// congestion view has two lists: a simulated run's, and a captured conversation's (its charts
// and its time/sequence series instead of the cwnd chart and the rounds).

/** A diagram a view can export as SVG or PNG. */
export type DiagramId = 'sequence' | 'cwnd' | 'topology' | 'waterfall' | 'tcptrace' | 'flight';

/** What an item does. */
export type ExportAction =
  | { kind: 'svg' | 'png'; diagram: DiagramId }
  | {
      kind:
        | 'trace'
        | 'mermaidCopy'
        | 'mermaidDownload'
        | 'roundsCsv'
        | 'flightCsv'
        | 'waterfallCsv'
        | 'print';
    };

/** The views with an Export menu. */
export type ExportView = 'tcp' | 'congestion' | 'journey';

/** Which list a menu shows: its view's, or a captured conversation's in the congestion view. */
export type ExportVariant = ExportView | 'congestion-capture';

/** The diagrams of each list, the main one first. */
export const VIEW_DIAGRAMS: Record<ExportVariant, readonly DiagramId[]> = {
  tcp: ['sequence'],
  congestion: ['cwnd'],
  'congestion-capture': ['tcptrace', 'flight'],
  journey: ['topology', 'waterfall'],
};

/** The data items of each list (the trace as JSON comes first in all of them). */
const VIEW_DATA: Record<ExportVariant, readonly ExportAction[]> = {
  tcp: [{ kind: 'mermaidCopy' }, { kind: 'mermaidDownload' }],
  congestion: [{ kind: 'roundsCsv' }],
  'congestion-capture': [{ kind: 'flightCsv' }],
  journey: [{ kind: 'waterfallCsv' }],
};

/** Whether `trace` is a captured conversation of the congestion view (model "capture"). */
function isCongestionCapture(trace: unknown): boolean {
  if (typeof trace !== 'object' || trace === null) return false;
  const t = trace as { kind?: unknown; model?: unknown };
  return t.kind === 'congestion' && t.model === 'capture';
}

/** The list for `view` showing `trace` (the player's; without it, the view's own list). */
export function exportVariant(view: ExportView, trace?: unknown): ExportVariant {
  return view === 'congestion' && isCongestionCapture(trace) ? 'congestion-capture' : view;
}

/** The diagrams `view` offers while it shows `trace`, the main one first. */
export function exportDiagrams(view: ExportView, trace?: unknown): readonly DiagramId[] {
  return VIEW_DIAGRAMS[exportVariant(view, trace)];
}

/** The items of `view`'s menu while it shows `trace`, in groups (a separator between groups). */
export function exportItems(view: ExportView, trace?: unknown): ExportAction[][] {
  const variant = exportVariant(view, trace);
  const diagrams = VIEW_DIAGRAMS[variant].flatMap((diagram): ExportAction[] => [
    { kind: 'svg', diagram },
    { kind: 'png', diagram },
  ]);
  return [diagrams, [{ kind: 'trace' }, ...VIEW_DATA[variant]], [{ kind: 'print' }]];
}

/** A stable key for an action (React keys, test ids). */
export function actionKey(a: ExportAction): string {
  return 'diagram' in a ? `${a.kind}-${a.diagram}` : a.kind;
}
