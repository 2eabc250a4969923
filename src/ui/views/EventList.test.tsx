// @vitest-environment jsdom
// The event list: closed it computes nothing; open it lists each step as text (time, who, the
// narration's sentences), marks the current step, and windows long runs with earlier/later.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TcpTrace } from '../../engine/trace';
import type { PlayerCore } from '../../store/playerCore';
import { PlayerProvider } from '../../store/PlayerProvider';
import { translatorFor } from '../../i18n/i18n';
import { narrate } from '../../narration/narrate';
import { bulkTrace, lostSynTrace } from '../../viz/testFixtures';
import { EVENT_WINDOW, EventList } from './EventList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const player = (lang: 'en' | 'zh-CN') =>
  createStore(() => ({ lang })) as unknown as StoreApi<PlayerCore>;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));

function show(trace: TcpTrace, step: number, lang: 'en' | 'zh-CN' = 'en') {
  act(() =>
    root.render(
      <PlayerProvider store={player(lang)}>
        <EventList trace={trace} step={step} relative />
      </PlayerProvider>,
    ),
  );
}
function open() {
  const details = host.querySelector('details')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}
const items = () => [...host.querySelectorAll('.ww-events-list > li')];
const current = () => host.querySelectorAll('[aria-current="step"]');
const button = (text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('EventList', () => {
  const trace = lostSynTrace();

  it('is a closed panel that renders no step until opened', () => {
    show(trace, 3);
    expect(host.querySelector('summary')?.textContent).toBe(
      `Event list: the sequence diagram as text (${trace.steps} steps)`,
    );
    expect(items()).toHaveLength(0);
  });

  it('lists every step of a short run with the narration, the current one marked', () => {
    show(trace, 3);
    open();
    expect(host.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Events, step by step',
    );
    expect(items()).toHaveLength(trace.steps + 1);
    expect(items()[0]?.textContent).toContain('Set-up');
    const now = current();
    expect(now).toHaveLength(1);
    expect(now[0]?.querySelector('strong')?.textContent).toBe('Step 3');
    const en = translatorFor('en');
    expect([...now[0]!.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(
      narrate(trace, 3, en, { relative: true }),
    );
    show(trace, 4);
    expect(current()[0]?.querySelector('strong')?.textContent).toBe('Step 4');
  });

  it('speaks the page’s language', () => {
    show(trace, 1, 'zh-CN');
    open();
    expect(current()[0]?.querySelector('strong')?.textContent).toBe('第 1 步');
  });

  it('windows a long run around the step, and looks earlier or later until the player moves', () => {
    const long = bulkTrace(300);
    show(long, 150);
    open();
    expect(items()).toHaveLength(EVENT_WINDOW);
    expect(current()).toHaveLength(1);
    act(() => button('Later steps').click());
    expect(current()).toHaveLength(0);
    expect(host.querySelector('.ww-events-nav')?.textContent).toContain(`of ${long.steps}`);
    show(long, 151);
    expect(current()).toHaveLength(1);
    show(long, 0);
    expect(button('Earlier steps').disabled).toBe(true);
    expect(items()[0]?.textContent).toContain('Set-up');
  });
});
