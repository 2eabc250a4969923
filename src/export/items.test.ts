// The Export menu's items per view and per trace: a captured conversation in the congestion view
// gets its own charts and CSV; simulated runs and the other views keep theirs.
import { describe, expect, it } from 'vitest';
import { exportUiEn } from '../i18n/exportUi.en';
import { exportUiZhCN } from '../i18n/exportUi.zh-CN';
import { captureFlightTrace } from '../capture/flight';
import { simulateCongestion } from '../engine/congestion/simulate';
import { getCongestionBuiltin } from '../scenarios/congestionBuiltins';
import { lossConversation } from '../viz/tcptrace/testConversations';
import {
  VIEW_DIAGRAMS,
  actionKey,
  exportDiagrams,
  exportItems,
  exportVariant,
  type ExportVariant,
  type ExportView,
} from './items';

const capture = captureFlightTrace(lossConversation());
const simulated = simulateCongestion(getCongestionBuiltin('cc-reno-vs-tahoe')!.scenario);
const keys = (view: ExportView, trace?: unknown) =>
  exportItems(view, trace).map((g) => g.map(actionKey));

describe('exportItems for a captured conversation', () => {
  it('offers its two charts and its time/sequence data instead of the cwnd chart and rounds', () => {
    expect(exportVariant('congestion', capture)).toBe('congestion-capture');
    expect(exportDiagrams('congestion', capture)).toEqual(['tcptrace', 'flight']);
    expect(keys('congestion', capture)).toEqual([
      ['svg-tcptrace', 'png-tcptrace', 'svg-flight', 'png-flight'],
      ['trace', 'flightCsv'],
      ['print'],
    ]);
  });

  it('keeps a simulated run’s items exactly (with or without its trace)', () => {
    const own = [['svg-cwnd', 'png-cwnd'], ['trace', 'roundsCsv'], ['print']];
    expect(keys('congestion')).toEqual(own);
    expect(keys('congestion', simulated)).toEqual(own);
    expect(exportVariant('congestion', simulated)).toBe('congestion');
    expect(exportDiagrams('congestion', simulated)).toEqual(['cwnd']);
  });

  it('is only the congestion view’s variant, and ignores what is not a capture trace', () => {
    expect(exportVariant('tcp', capture)).toBe('tcp');
    expect(exportVariant('journey', capture)).toBe('journey');
    for (const odd of [null, undefined, 42, 'capture', {}, { model: 'capture' }, [capture]])
      expect(exportVariant('congestion', odd)).toBe('congestion');
    expect(exportVariant('congestion', { kind: 'congestion', model: 'capture' })).toBe(
      'congestion-capture',
    );
  });

  it('has a label in both languages for every item of every list', () => {
    const variants = Object.keys(VIEW_DIAGRAMS) as ExportVariant[];
    const traces: Record<ExportVariant, unknown> = {
      tcp: undefined,
      congestion: simulated,
      'congestion-capture': capture,
      journey: undefined,
    };
    for (const variant of variants) {
      const view = variant === 'congestion-capture' ? 'congestion' : variant;
      const items = exportItems(view, traces[variant]).flat();
      expect(exportVariant(view, traces[variant])).toBe(variant);
      for (const a of items) {
        const key = 'diagram' in a ? `export.diagram.${a.diagram}` : `export.${a.kind}`;
        expect(exportUiEn).toHaveProperty([key]);
        expect(exportUiZhCN).toHaveProperty([key]);
      }
    }
  });
});
