// The menu's items per view and its messages: keys of the catalog, clipped text from files, what
// a re-opened trace of real traffic says.
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
  readFailedMessage,
  rejectedMessage,
  reopenedMessage,
} from './messages';
import type { TrafficTarget } from './openFile';
import type { Conversation } from '../capture/types';
import type { HarAnalysis } from '../capture/har';

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

  it('says which conversation or HAR was rebuilt, whether it is the same, and that it is local', () => {
    const conversation = { id: 'conv-3' } as Conversation;
    const opened = (reopened: TrafficTarget['reopened'], same: boolean) =>
      reopenedMessage(`${'x'.repeat(100)}.json`, {
        source: 'traffic',
        view: reopened.view,
        reopened,
        same,
      });
    expect(opened({ view: 'tcp', conversation }, true)).toEqual({
      tone: 'info',
      key: 'export.open.conversationSame',
      params: { name: `${'x'.repeat(79)}…`, conv: 'conv-3' },
      note: 'capture.localOnly',
    });
    expect(opened({ view: 'congestion', conversation, sender: 'server' }, false)).toMatchObject({
      tone: 'warning',
      key: 'export.open.conversationDiffers',
      params: { conv: 'conv-3' },
    });
    const har = opened({ view: 'journey', har: {} as HarAnalysis }, true);
    expect(har).toMatchObject({ tone: 'info', key: 'export.open.harSame' });
    expect(har.params).not.toHaveProperty('conv');
    expect(opened({ view: 'journey', har: {} as HarAnalysis }, false).key).toBe(
      'export.open.harDiffers',
    );
    for (const key of ['conversationSame', 'conversationDiffers', 'harSame', 'harDiffers'])
      expect(exportUiEn).toHaveProperty([`export.open.${key}`]);
  });

  it('lists what is wrong with a damaged trace of real traffic', () => {
    const m = openErrorMessage('t.json', { code: 'traffic', errors: ['sender: Invalid option'] });
    expect(m).toMatchObject({
      tone: 'error',
      key: 'export.open.trafficInvalid',
      list: ['sender: Invalid option'],
      more: 0,
    });
  });

  it('says why a file could not be read', () => {
    expect(readFailedMessage('a.json', new DOMException('gone', 'NotFoundError'))).toEqual({
      tone: 'error',
      key: 'export.open.readFailed',
      params: { name: 'a.json', reason: 'gone' },
    });
    expect(readFailedMessage('a.json', 'offline').params).toEqual({
      name: 'a.json',
      reason: 'offline',
    });
  });

  it('turns export failures into messages', () => {
    expect(exportErrorMessage('noDiagram', '').key).toBe('export.error.noDiagram');
    expect(exportErrorMessage('clipboard', 'denied').params).toEqual({ reason: 'denied' });
    expect(exportErrorMessage('other', 'boom').key).toBe('export.error.failed');
  });
});
