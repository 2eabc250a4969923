// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CwndChartView } from './CwndChartView';
import { RoundsTable, ROW_HEIGHT } from './RoundsTable';
import { builtinTrace, congestionTrace, cwLabel, segmentsTrace } from '../../viz/cwnd/testTraces';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));
const texts = (sel: string) => [...host.querySelectorAll(sel)].map((e) => e.textContent);

describe('CwndChartView', () => {
  const trace = builtinTrace('cc-reno-vs-tahoe');

  it('is a labelled group with a legend naming the algorithms and phases', () => {
    act(() => root.render(<CwndChartView trace={trace} step={4} label={cwLabel} />));
    expect(host.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Congestion window chart',
    );
    expect(texts('.ww-cw-legend li')).toEqual([
      'cwnd · Reno',
      'cwnd · Tahoe',
      'ssthresh',
      'Slow start',
      'Congestion avoidance',
      'Fast recovery',
    ]);
    expect(host.querySelector('.ww-cw-cursor')?.getAttribute('data-round')).toBe('4');
    act(() => root.render(<CwndChartView trace={trace} step={9} label={cwLabel} />));
    expect(host.querySelector('.ww-cw-cursor')?.getAttribute('data-round')).toBe('9');
  });

  it('switches between textbook points and a step line', () => {
    act(() => root.render(<CwndChartView trace={trace} step={4} label={cwLabel} />));
    const d = () => host.querySelector('[data-id="cwnd-reno"]')?.getAttribute('d') ?? '';
    expect(d()).toMatch(/^M[\d.]+,[\d.]+L/);
    const steps = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Steps')!;
    expect(steps.getAttribute('aria-pressed')).toBe('false');
    act(() => steps.click());
    expect(steps.getAttribute('aria-pressed')).toBe('true');
    expect(d()).toMatch(/H[\d.]+V/);
    act(() => root.render(<CwndChartView trace={trace} step={4} label={cwLabel} curve="step" />));
    expect(host.querySelector('.ww-cw-curve')).toBeNull();
  });

  it('passes round clicks up', () => {
    const onRoundClick = vi.fn();
    act(() =>
      root.render(
        <CwndChartView trace={trace} step={4} label={cwLabel} onRoundClick={onRoundClick} />,
      ),
    );
    const rect = host.querySelector('.ww-cw-hit[data-round="6"]')!;
    expect(rect.getAttribute('aria-label')).toBe('Round 6: add loss');
    act(() => rect.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onRoundClick).toHaveBeenCalledWith(6);
  });
});

describe('CwndChartView, segments model', () => {
  const trace = segmentsTrace({ compare: ['cubic'] });

  it('draws a step line over time without the Points/Steps switch', () => {
    act(() => root.render(<CwndChartView trace={trace} step={200} label={cwLabel} />));
    expect(host.querySelector('.ww-cw-curve')).toBeNull();
    expect(texts('.ww-cw-legend li')).toEqual([
      'cwnd · Reno',
      'cwnd · CUBIC',
      'ssthresh',
      'rwnd',
      'Slow start',
      'Congestion avoidance',
      'Fast recovery',
    ]);
    const cursor = () => host.querySelector('.ww-cw-cursor');
    expect(cursor()?.getAttribute('data-step')).toBe('200');
    act(() => root.render(<CwndChartView trace={trace} step={400} label={cwLabel} />));
    expect(cursor()?.getAttribute('data-step')).toBe('400');
    expect(host.querySelector('[data-id="cwnd-reno"]')?.getAttribute('d')).toMatch(/H[\d.]+V/);
  });

  it('names the effective window when cwnd outgrows rwnd', () => {
    const limited = segmentsTrace({ rwnd: 10 });
    act(() => root.render(<CwndChartView trace={limited} step={300} label={cwLabel} />));
    expect(texts('.ww-cw-legend li').slice(0, 4)).toEqual([
      'cwnd · Reno',
      'effective window = min(cwnd, rwnd)',
      'ssthresh',
      'rwnd',
    ]);
    expect(host.querySelector('.ww-cw-legend-cwnd line')?.getAttribute('class')).toContain(
      'is-capped',
    );
  });

  it('passes the clicked round up', () => {
    const onRoundClick = vi.fn();
    act(() =>
      root.render(
        <CwndChartView trace={trace} step={300} label={cwLabel} onRoundClick={onRoundClick} />,
      ),
    );
    const rect = host.querySelector('.ww-cw-hit[data-round="33"]')!;
    expect(rect.getAttribute('aria-label')).toBe('Round 33: add loss');
    act(() => rect.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onRoundClick).toHaveBeenCalledWith(33);
  });
});

describe('RoundsTable', () => {
  it('highlights the current round and fades the rounds after it', () => {
    const trace = builtinTrace('cc-timeout');
    act(() => root.render(<RoundsTable trace={trace} step={10} label={cwLabel} />));
    const current = host.querySelectorAll('tr.is-current');
    expect(current).toHaveLength(1);
    expect(current[0]!.getAttribute('data-round')).toBe('10');
    expect(current[0]!.getAttribute('aria-current')).toBe('step');
    expect([...current[0]!.children].map((c) => c.textContent)).toEqual([
      '10',
      '1',
      '6',
      'Slow start',
      '71',
      '71',
    ]);
    expect(host.querySelector('tr[data-round="9"]')?.className).toBe('is-past');
    expect(host.querySelector('tr[data-round="11"]')?.className).toBe('is-future');
    act(() => root.render(<RoundsTable trace={trace} step={0} label={cwLabel} />));
    expect(host.querySelectorAll('tr.is-current')).toHaveLength(0);
    expect(host.querySelectorAll('tbody tr.is-future')).toHaveLength(20);
  });

  it('adds a cwnd column per compared algorithm', () => {
    const trace = builtinTrace('cc-reno-vs-tahoe');
    act(() => root.render(<RoundsTable trace={trace} step={13} label={cwLabel} />));
    expect(texts('thead th')).toEqual([
      'Round',
      'cwndReno',
      'cwndTahoe',
      'ssthreshReno',
      'Phase',
      'First segment',
      'Last segment',
    ]);
    const row = host.querySelector('tr.is-current')!;
    expect([...row.children].slice(0, 4).map((c) => c.textContent)).toEqual(['13', '11', '1', '8']);
  });

  it('renders only the visible rows of a long run and scrolls the current one into view', () => {
    const trace = congestionTrace({ rounds: 10_000, initialSsthresh: 64 });
    act(() => root.render(<RoundsTable trace={trace} step={5000} label={cwLabel} />));
    const rows = host.querySelectorAll('tbody tr[data-round]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(host.querySelector('tr.is-current')?.getAttribute('data-round')).toBe('5000');
    const spacers = [...host.querySelectorAll<HTMLElement>('.ww-cw-spacer')];
    const first = Number(rows[0]!.getAttribute('data-round'));
    expect(spacers[0]!.style.height).toBe(`${(first - 1) * ROW_HEIGHT}px`);
    expect(host.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Values per round',
    );
  });

  it('downloads the CSV under the scenario name', async () => {
    const trace = builtinTrace('cc-classic');
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:test'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('wirewalk-cc-classic-rounds.csv');
      expect(this.href).toBe('blob:test');
    });
    act(() => root.render(<RoundsTable trace={trace} step={1} label={cwLabel} />));
    const button = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Download CSV',
    )!;
    act(() => button.click());
    // The CSV writer loads on first use.
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = await created[0]!.text();
    expect(text.split('\n')[0]).toBe('round,cwnd,ssthresh,phase,firstSegment,lastSegment');
    expect(text.split('\n')[4]).toBe('4,8,8,congestionAvoidance,8,15');
    click.mockRestore();
  });
});
