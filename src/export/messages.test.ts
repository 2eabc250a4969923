// The menu's items per view and its messages: keys of the catalog, clipped text from files.
import { describe, expect, it } from 'vitest';
import { exportUiEn } from '../i18n/exportUi.en';
import { actionKey, exportItems } from './items';
import {
  MAX_LISTED,
  MAX_TEXT,
  clip,
  exportErrorMessage,
  openErrorMessage,
  openedMessage,
  rejectedMessage,
} from './messages';

describe('exportItems', () => {
  it('offers each view its diagrams, its data and print', () => {
    const keys = (view: Parameters<typeof exportItems>[0]) =>
      exportItems(view).map((g) => g.map(actionKey));
    expect(keys('tcp')).toEqual([
      ['svg-sequence', 'png-sequence'],
      ['trace', 'mermaidCopy', 'mermaidDownload'],
      ['print'],
    ]);
    expect(keys('congestion')).toEqual([
      ['svg-cwnd', 'png-cwnd'],
      ['trace', 'roundsCsv'],
      ['print'],
    ]);
    expect(keys('journey')).toEqual([
      ['svg-topology', 'png-topology', 'svg-waterfall', 'png-waterfall'],
      ['trace', 'waterfallCsv'],
      ['print'],
    ]);
  });

  it('has a label for every item', () => {
    for (const view of ['tcp', 'congestion', 'journey'] as const) {
      for (const a of exportItems(view).flat()) {
        const key = 'diagram' in a ? `export.diagram.${a.diagram}` : `export.${a.kind}`;
        expect(exportUiEn).toHaveProperty([key]);
      }
    }
  });
});

describe('messages', () => {
  it('names the file and the limit of an oversized one', () => {
    expect(openErrorMessage('big.json', { code: 'tooLarge', bytes: 6 * 2 ** 20 })).toEqual({
      tone: 'error',
      key: 'export.open.tooLarge',
      params: { name: 'big.json', size: '6.0', max: 5 },
    });
  });

  it('lists at most a few validation errors, clipped, and counts the rest', () => {
    const errors = Array.from({ length: 9 }, (_, i) => `e${i}: ${'x'.repeat(i === 0 ? 5000 : 3)}`);
    const m = openErrorMessage('s.json', { code: 'invalid', errors });
    expect(m.list).toHaveLength(MAX_LISTED);
    expect(m.list![0]!.length).toBe(MAX_TEXT);
    expect(m.more).toBe(4);
    expect(rejectedMessage('s.json', ['a']).key).toBe('export.open.rejected');
  });

  it('clips a hostile file name (it is only ever shown as text)', () => {
    const name = `<img src=x onerror=alert(1)>${'a'.repeat(500)}.json`;
    const m = openErrorMessage(name, { code: 'shape' });
    expect(String(m.params!.name)).toHaveLength(80);
    expect(clip('short')).toBe('short');
  });

  it('says whether a re-simulated trace is the same', () => {
    expect(openedMessage('t.json', 'trace', true)).toMatchObject({
      tone: 'info',
      key: 'export.open.traceSame',
    });
    expect(openedMessage('t.json', 'trace', false)).toMatchObject({
      tone: 'warning',
      key: 'export.open.traceDiffers',
    });
    expect(openedMessage('s.json', 'scenario', false).key).toBe('export.open.scenario');
  });

  it('turns export failures into messages', () => {
    expect(exportErrorMessage('noDiagram', '').key).toBe('export.error.noDiagram');
    expect(exportErrorMessage('clipboard', 'denied').params).toEqual({ reason: 'denied' });
    expect(exportErrorMessage('other', 'boom').key).toBe('export.error.failed');
  });
});
