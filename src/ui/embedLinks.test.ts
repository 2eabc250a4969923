// @vitest-environment jsdom
// Share and embed links: an embed's src reads back as the same view and page options; the snippet
// escapes what it inserts; the dialog's fields validate like the URL does.
import { describe, expect, it } from 'vitest';
import { CONGESTION_KIND, JOURNEY_KIND, TCP_KIND } from '../store/kinds';
import { readUrl, type UrlContext } from './url';
import { readPageOptions } from '../store/pageOptions';
import {
  baseUrl,
  embedSrc,
  escapeAttribute,
  iframeSnippet,
  openInAppHref,
  readHeight,
  readHostOrigin,
  readStep,
  type EmbedSettings,
} from './embedLinks';

const ctx: UrlContext = {
  languages: ['en'],
  tcp: TCP_KIND,
  congestion: CONGESTION_KIND,
  journey: JOURNEY_KIND,
};
const lostSyn = TCP_KIND.builtins.find((b) => b.id === 'lost-syn')!;
const settings: EmbedSettings = {
  view: 'tcp',
  scenarioId: 'lost-syn',
  input: lostSyn.input,
  builtinInput: lostSyn.input,
  step: 4,
  lang: 'zh-CN',
  theme: 'dark',
  autoplay: true,
  loop: false,
  controls: false,
  hostOrigin: 'https://school.example',
};
const base = 'https://host.example/courses/net/wirewalk/';

describe('embedSrc', () => {
  it('writes the view, scenario, step, language and embed options on the base', () => {
    expect(embedSrc(base, settings)).toBe(
      `${base}?view=tcp&scenario=lost-syn&step=4&lang=zh-CN&theme=dark&embed=1&autoplay=1&controls=0&origin=https%3A%2F%2Fschool.example`,
    );
  });

  it('reads back as the same screen and page options', () => {
    const edited = { ...(lostSyn.input as object), rttMs: 77 };
    const src = embedSrc(base, { ...settings, input: edited, loop: true });
    const search = new URL(src).search;
    const state = readUrl(search, ctx);
    expect(state).toMatchObject({ view: 'tcp', scenarioId: 'lost-syn', step: 4, lang: 'zh-CN' });
    expect(state.input).toEqual(edited);
    expect(state.notices).toEqual([]);
    expect(readPageOptions(search)).toEqual({
      notices: [],
      options: {
        theme: 'dark',
        embed: true,
        autoplay: true,
        loop: true,
        controls: false,
        hostOrigin: 'https://school.example',
      },
    });
  });

  it('leaves out what is at its default', () => {
    const src = embedSrc(base, {
      ...settings,
      theme: 'system',
      autoplay: false,
      controls: true,
      hostOrigin: null,
    });
    expect(src).toBe(`${base}?view=tcp&scenario=lost-syn&step=4&lang=zh-CN&embed=1`);
  });
});

describe('links', () => {
  it('takes the base from any sub-path, without query or fragment', () => {
    expect(baseUrl('https://h.example/a/b/index.html?view=tcp&step=3#x')).toBe(
      'https://h.example/a/b/index.html',
    );
    expect(baseUrl('http://127.0.0.1:4173/?embed=1')).toBe('http://127.0.0.1:4173/');
  });

  it('opens the full app without the embed parameters (keeping the theme)', () => {
    const shown = {
      view: 'tcp',
      scenarioId: 'lost-syn',
      input: lostSyn.input,
      step: 2,
      lang: 'en',
    } as const;
    expect(openInAppHref('/w/', shown, lostSyn.input, 'light')).toBe(
      '/w/?view=tcp&scenario=lost-syn&step=2&lang=en&theme=light',
    );
    expect(openInAppHref('/', shown, lostSyn.input, 'system')).not.toMatch(/embed|origin|autoplay/);
  });
});

describe('iframeSnippet', () => {
  it('builds the iframe with escaped attributes', () => {
    const snippet = iframeSnippet({
      src: 'https://h.example/?view=tcp&step=1',
      title: 'Wirewalk: "x" <script>alert(1)</script> & \'y\'',
      heightPx: 640,
    });
    expect(snippet).toBe(
      [
        '<iframe',
        '  src="https://h.example/?view=tcp&amp;step=1"',
        '  width="100%"',
        '  height="640"',
        '  title="Wirewalk: &quot;x&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;y&#39;"',
        '  loading="lazy"',
        '></iframe>',
      ].join('\n'),
    );
  });

  it('parses back to the same src and title in a browser', () => {
    const src = embedSrc(base, settings);
    const title = 'Wirewalk: a "quoted" <b>title</b> & more';
    const html = iframeSnippet({ src, title, heightPx: 300 });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(src);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(doc.querySelectorAll('b, script')).toHaveLength(0);
  });

  it('escapes every special character', () => {
    expect(escapeAttribute(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('dialog fields', () => {
  it('height: whole pixels from 200 to 2000', () => {
    expect(readHeight('640')).toBe(640);
    expect(readHeight(' 200 ')).toBe(200);
    expect(readHeight('2000')).toBe(2000);
    for (const bad of ['199', '2001', '', '6.5', '1e3', '-300', 'abc', '640px']) {
      expect(readHeight(bad), bad).toBeNull();
    }
  });

  it('step: a whole number up to the last step when known', () => {
    expect(readStep('0', 18)).toBe(0);
    expect(readStep('18', 18)).toBe(18);
    expect(readStep('19', 18)).toBeNull();
    expect(readStep('500', null)).toBe(500);
    for (const bad of ['-1', '1.5', '', 'x', '99999999999999999999']) {
      expect(readStep(bad, null), bad).toBeNull();
    }
  });

  it('host origin: empty is none; otherwise exactly what the `origin` parameter accepts', () => {
    expect(readHostOrigin('')).toEqual({ ok: true, value: null });
    expect(readHostOrigin('  ')).toEqual({ ok: true, value: null });
    const candidates = [
      'https://school.example',
      'http://localhost:8080',
      'https://school.example/',
      'https://school.example/course',
      'HTTPS://school.example',
      'ftp://school.example',
      'javascript:alert(1)',
      'school.example',
      'https://user@school.example',
      'https://例子.测试',
      'https://xn--fsqu00a.xn--0zwm56d',
      'null',
    ];
    for (const v of candidates) {
      const fromUrl = readPageOptions(`?origin=${encodeURIComponent(v)}`).options.hostOrigin;
      const fromDialog = readHostOrigin(v);
      expect(fromDialog.ok ? fromDialog.value : null, v).toBe(fromUrl);
    }
  });
});
