// @vitest-environment jsdom
// The message inspector and the render stages strip, rendered with React in jsdom from real
// engine traces: fields and tables, the raw HTTP text explained on hover and on focus, user text
// kept as text, stages filling as the step moves, both languages.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/i18n';
import { builtinJourney, customJourney, stepWhere } from '../../narration/journeyTestTraces';
import { Inspector } from './Inspector';
import { RenderStages } from './RenderStages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const en = translatorFor('en');
const zh = translatorFor('zh-CN');
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));
const text = (sel: string) => host.querySelector(sel)?.textContent;
const texts = (sel: string) => [...host.querySelectorAll(sel)].map((e) => e.textContent);
/** The value shown for a field label. */
const field = (label: string) =>
  [...host.querySelectorAll('.ww-insp-field')]
    .find((f) => f.querySelector('dt')?.textContent === label)
    ?.querySelector('dd > span')?.textContent;

describe('Inspector', () => {
  const trace = builtinJourney('journey-first-visit');

  it('invites to step at step 0, then shows the step’s message', () => {
    act(() => root.render(<Inspector trace={trace} step={0} t={en} />));
    expect(text('h2')).toBe('Message inspector');
    expect(text('.ww-insp-empty')).toMatch(/^Press Step forward/);
    const referral = stepWhere(trace, (e) => e.kind === 'dns.message' && e.role === 'referral');
    act(() => root.render(<Inspector trace={trace} step={referral} t={en} />));
    expect(text('.ww-insp-title')).toBe('DNS response: referral');
    expect(text('.ww-insp-route')).toBe('Root server → Local DNS resolver');
    expect(field('AA')).toBe('0');
    expect(texts('caption')).toEqual(['Question', 'Authority', 'Additional']);
    expect(texts('table:nth-of-type(1) tbody th')).toContain('www.example.com.');
  });

  it('explains each part of the raw HTTP text on hover and on focus', () => {
    const step = stepWhere(trace, (e) => e.kind === 'http.response');
    act(() => root.render(<Inspector trace={trace} step={step} t={en} />));
    const parts = [...host.querySelectorAll<HTMLElement>('.ww-insp-part')];
    expect(parts.map((p) => p.dataset.part)).toEqual([
      'statusLine',
      ...Array(8).fill('header'),
      'emptyLine',
      'body',
    ]);
    expect(parts[0]!.textContent).toBe('HTTP/1.1 200 OK␍␊\n');
    expect(text('.ww-insp-explain')).toMatch(
      /^Status line Version HTTP\/1\.1, status code 200.*2xx means success/,
    );
    const length = parts.find((p) => p.textContent?.startsWith('Content-Length'))!;
    act(() => length.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect(text('.ww-insp-explain')).toBe(
      'Content-Length The body’s length in bytes (225): where the message ends.',
    );
    expect(length.classList.contains('is-active')).toBe(true);
    const empty = parts.find((p) => p.dataset.part === 'emptyLine')!;
    act(() => empty.focus());
    expect(text('.ww-insp-explain')).toBe(
      'Empty line A CRLF on its own: the headers end here, and what follows is the body.',
    );
    expect(empty.getAttribute('aria-describedby')).toBe(host.querySelector('.ww-insp-explain')?.id);
    expect(empty.tabIndex).toBe(0);
    // Another message starts again at its first part.
    const req = stepWhere(trace, (e) => e.kind === 'http.request');
    act(() => root.render(<Inspector trace={trace} step={req} t={en} />));
    expect(text('.ww-insp-explain')).toMatch(
      /^Request line Method GET, request target \/index\.html/,
    );
  });

  it('renders what the user typed as text, never as markup', () => {
    const typed =
      'https://www.example.com/<img src=x onerror=alert(1)>?q=<script>alert(1)</script>';
    const evil = customJourney({ url: typed });
    act(() => root.render(<Inspector trace={evil} step={1} t={en} />));
    expect(field('Typed')).toBe(typed);
    expect(host.querySelector('img, script')).toBeNull();
  });

  it('speaks Chinese with the zh-CN translator, RFC names unchanged', () => {
    const step = stepWhere(trace, (e) => e.kind === 'tls.message' && e.type === 'ServerHello');
    act(() => root.render(<Inspector trace={trace} step={step} t={zh} />));
    expect(text('h2')).toBe('报文查看器');
    expect(text('.ww-insp-title')).toBe('TLS ServerHello');
    expect(texts('caption')).toContain('此刻的密钥');
    expect(field('cipher_suite')).toBe('TLS_AES_128_GCM_SHA256');
  });
});

describe('RenderStages', () => {
  const trace = builtinJourney('journey-subresources');
  const status = () =>
    [...host.querySelectorAll<HTMLElement>('.ww-rs-stage')].map((li) =>
      ['done', 'current', 'future'].find((s) => li.classList.contains(`is-${s}`)),
    );

  it('fills the five stages as the player passes them, the current one marked', () => {
    act(() => root.render(<RenderStages trace={trace} step={1} t={en} />));
    expect(texts('.ww-rs-label')).toEqual(['DOM', 'CSSOM', 'Render tree', 'Layout', 'Paint']);
    expect(status()).toEqual(Array(5).fill('future'));
    const layout = stepWhere(trace, (e) => e.kind === 'render.stage' && e.stage === 'layout');
    act(() => root.render(<RenderStages trace={trace} step={layout} t={en} />));
    expect(status()).toEqual(['done', 'done', 'done', 'current', 'future']);
    const current = host.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-stage')).toBe('layout');
    expect(current?.querySelector('.ww-rs-hidden')?.textContent).toBe('now');
    act(() => root.render(<RenderStages trace={trace} step={trace.steps} t={en} />));
    expect(status()).toEqual(Array(5).fill('done'));
    expect(texts('.ww-rs-time').at(-1)).toMatch(/ ×2$/);
  });

  it('labels the stages in Chinese and stops animating with reduced motion', () => {
    const dom = stepWhere(trace, (e) => e.kind === 'render.stage' && e.stage === 'dom');
    act(() =>
      root.render(<RenderStages trace={trace} step={dom} t={zh} progress={0.25} reducedMotion />),
    );
    expect(texts('.ww-rs-label')).toEqual(['DOM', 'CSSOM', '渲染树', '布局', '绘制']);
    expect(host.querySelector('.ww-rs')?.classList.contains('is-still')).toBe(true);
    // Reduced motion: the current stage is drawn full at once.
    expect(host.querySelector<HTMLElement>('.is-current .ww-rs-fill')?.style.transform).toBe(
      'scaleX(1)',
    );
    act(() => root.render(<RenderStages trace={trace} step={dom} t={zh} progress={0.25} />));
    expect(host.querySelector<HTMLElement>('.is-current .ww-rs-fill')?.style.transform).toBe(
      'scaleX(0.25)',
    );
  });
});
