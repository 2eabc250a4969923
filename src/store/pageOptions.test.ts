// Page options from the URL: theme and embed settings, validated; bad values ignored with notices.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_OPTIONS, pageOptionsQuery, readPageOptions } from './pageOptions';

describe('page options', () => {
  it('defaults: system theme, the full app', () => {
    expect(readPageOptions('?view=tcp')).toEqual({ options: DEFAULT_PAGE_OPTIONS, notices: [] });
    expect(pageOptionsQuery(DEFAULT_PAGE_OPTIONS)).toEqual([]);
  });

  it('reads theme and embed settings and writes them back', () => {
    const q =
      '?theme=dark&embed=1&autoplay=1&loop=1&controls=0&origin=https%3A%2F%2Fcourse.example.edu';
    const { options, notices } = readPageOptions(q);
    expect(notices).toEqual([]);
    expect(options).toEqual({
      theme: 'dark',
      embed: true,
      autoplay: true,
      loop: true,
      controls: false,
      hostOrigin: 'https://course.example.edu',
    });
    expect(pageOptionsQuery(options)).toEqual([
      'theme=dark',
      'embed=1',
      'autoplay=1',
      'loop=1',
      'controls=0',
      'origin=https%3A%2F%2Fcourse.example.edu',
    ]);
  });

  it('ignores bad values with one notice each (origin must be an exact http(s) origin)', () => {
    const { options, notices } = readPageOptions(
      '?theme=<script>&embed=yes&origin=javascript:alert(1)&loop=2',
    );
    expect(options).toEqual(DEFAULT_PAGE_OPTIONS);
    expect(notices.map((n) => n.params.name)).toEqual(['theme', 'embed', 'loop', 'origin']);
    expect(readPageOptions('?origin=https://a.example/path').options.hostOrigin).toBeNull();
  });
});
