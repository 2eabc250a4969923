// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SequenceView, type SequenceViewProps } from './SequenceView';
import { StateDiagramView } from './StateDiagramView';
import { fullConnectionTrace, handshakeTrace } from '../../viz/testFixtures';
import { vizEn } from '../../i18n/viz.en';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const label = (key: string, params?: Record<string, unknown>): string =>
  ((vizEn as Record<string, string>)[key] ?? `?${key}`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
    String(params?.[n] ?? ''),
  );
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));

describe('SequenceView', () => {
  const trace = handshakeTrace();
  const base: SequenceViewProps = {
    trace,
    step: 1,
    progress: 0,
    relative: true,
    label,
    reducedMotion: true,
  };

  it('renders an accessible group with the D3 drawing inside, following the step', () => {
    act(() => root.render(<SequenceView {...base} />));
    const group = host.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Sequence diagram');
    expect(host.querySelectorAll('g.ww-seq-seg')).toHaveLength(1);
    act(() => root.render(<SequenceView {...base} step={trace.steps} />));
    expect(host.querySelectorAll('g.ww-seq-seg')).toHaveLength(3);
  });

  it('passes segment clicks up', () => {
    const onSegmentClick = vi.fn();
    act(() =>
      root.render(<SequenceView {...base} step={trace.steps} onSegmentClick={onSegmentClick} />),
    );
    const seg = host.querySelector('g.ww-seq-seg[data-id="seg-3"]');
    act(() => seg?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onSegmentClick).toHaveBeenCalledWith('seg-3');
  });

  it('switches numbering without remounting', () => {
    act(() => root.render(<SequenceView {...base} step={trace.steps} relative={false} />));
    const text = () => host.querySelector('[data-id="seg-2"] .ww-seq-label-text')?.textContent;
    expect(text()).toBe('SYN, ACK seq=5000 ack=1001');
    act(() => root.render(<SequenceView {...base} step={trace.steps} />));
    expect(text()).toBe('SYN, ACK seq=0 ack=1');
  });
});

describe('StateDiagramView', () => {
  it('shows the endpoint state at the step and the edge just taken', () => {
    const trace = fullConnectionTrace();
    act(() =>
      root.render(<StateDiagramView trace={trace} step={8} endpoint="server" label={label} />),
    );
    expect(host.querySelector('figcaption')?.textContent).toBe('Server · CLOSE-WAIT');
    expect(host.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'TCP state diagram of the Server, current state CLOSE-WAIT',
    );
    expect(host.querySelector('.ww-sd-node.is-current')?.getAttribute('data-id')).toBe(
      'CLOSE-WAIT',
    );
    expect(host.querySelector('.ww-sd-edge.is-taken')?.getAttribute('data-id')).toBe('estab-fin');
    act(() =>
      root.render(
        <StateDiagramView trace={trace} step={trace.steps} endpoint="client" label={label} />,
      ),
    );
    expect(host.querySelector('.ww-sd-node.is-current')?.getAttribute('data-id')).toBe('CLOSED-2');
  });
});
