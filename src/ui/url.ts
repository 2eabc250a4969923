// URL state: `?view=<tcp|congestion|journey>&scenario=<id>&step=<n>&lang=<en|zh-CN>[&s=<scenario JSON>]`,
// both ways. Everything read from the URL is validated; anything wrong falls back with a notice.
import '../zodSetup';
import * as z from 'zod/mini';
import type { TcpScenarioInput } from '../scenarios/schema';
import type { CongestionScenarioInput } from '../scenarios/congestionSchema';
import type { JourneyScenarioInput } from '../scenarios/journeySchema';
import { detectLang, LANGS, type Lang } from '../i18n/i18n';
import type { Notice, RunResult, ScenarioEntry, SteppedTrace, ViewId } from '../store/playerCore';
import { isModified } from '../store/selectors';

/** What one view starts from. */
export interface ViewStart<I> {
  scenarioId: string;
  input: I;
  step: number;
  lang: Lang;
  notices: Notice[];
}

/** What the page needs to start from a URL: the view and where that view starts. */
export type UrlState =
  | ({ view: 'tcp' } & ViewStart<TcpScenarioInput>)
  | ({ view: 'congestion' } & ViewStart<CongestionScenarioInput>)
  | ({ view: 'journey' } & ViewStart<JourneyScenarioInput>);

/** What reading a URL needs to know about one view. */
export interface ViewUrlContext<I> {
  builtins: readonly ScenarioEntry<I>[];
  defaultId: string;
  /** Validates and simulates an input (for `s`, and to clamp `step`). */
  run: (input: unknown) => RunResult<SteppedTrace>;
}

/**
 * What reading a URL depends on: the language preferences and the context of the view the URL
 * asks for (the page loads only that view's module; a missing one is a programming error).
 */
export interface UrlContext {
  /** The browser's language preferences, for when `lang` is missing or unknown. */
  languages: readonly string[];
  tcp?: ViewUrlContext<TcpScenarioInput>;
  congestion?: ViewUrlContext<CongestionScenarioInput>;
  journey?: ViewUrlContext<JourneyScenarioInput>;
}

/** The context of `view`, which the caller must have loaded. */
function need<T>(ctx: T | undefined, view: string): T {
  if (!ctx) throw new Error(`readUrl: the ${view} view's context was not given`);
  return ctx;
}

const stepSchema = z.coerce.number().check(z.int(), z.minimum(0));
const langSchema = z.enum(LANGS);

const notice = (key: Notice['key'], params: Notice['params']): Notice => ({ id: key, key, params });

/**
 * The scenario inputs the query string `search` may start `ctx`'s view with: the built-in it names
 * (else the default) and the `s` JSON when it parses. For preparing their engines before readUrl.
 */
export function urlInputs(
  search: string,
  ctx: Pick<ViewUrlContext<unknown>, 'builtins' | 'defaultId'>,
): unknown[] {
  const q = new URLSearchParams(search);
  const asked = q.get('scenario');
  const entry =
    ctx.builtins.find((b) => b.id === asked) ?? ctx.builtins.find((b) => b.id === ctx.defaultId);
  const inputs: unknown[] = entry ? [entry.input] : [];
  const s = q.get('s');
  if (s !== null) {
    try {
      inputs.push(JSON.parse(s));
    } catch {
      // readUrl reports it.
    }
  }
  return inputs;
}

/** Reads and validates the query string `search` (with or without the leading `?`). */
export function readUrl(search: string, ctx: UrlContext): UrlState {
  const q = new URLSearchParams(search);
  const notices: Notice[] = [];
  const parsedLang = langSchema.safeParse(q.get('lang'));
  const lang: Lang = parsedLang.success ? parsedLang.data : detectLang(ctx.languages);

  const view = q.get('view');
  if (view === 'congestion')
    return { view, ...readView(q, need(ctx.congestion, view), lang, notices) };
  if (view === 'journey') return { view, ...readView(q, need(ctx.journey, view), lang, notices) };
  if (view !== null && view !== 'tcp') notices.push(notice('notice.badView', { value: view }));
  return { view: 'tcp', ...readView(q, need(ctx.tcp, 'tcp'), lang, notices) };
}

function readView<I>(
  q: URLSearchParams,
  ctx: ViewUrlContext<I>,
  lang: Lang,
  notices: Notice[],
): ViewStart<I> {
  const fallback = ctx.builtins.find((b) => b.id === ctx.defaultId) ?? ctx.builtins[0];
  if (!fallback) throw new Error('no built-in scenario');
  const asked = q.get('scenario');
  const entry = ctx.builtins.find((b) => b.id === asked) ?? fallback;
  if (asked !== null && entry.id !== asked) {
    notices.push(notice('notice.unknownScenario', { value: asked, title: fallback.title[lang] }));
  }

  let input = entry.input;
  let run = ctx.run(input);
  const s = q.get('s');
  if (s !== null) {
    const custom = parseJson(s, ctx.run);
    if ('trace' in custom) {
      // Keep the input as written (not the normalized output) so the link stays as short as it came.
      input = custom.input as I;
      run = custom;
    } else notices.push(notice('notice.badScenario', { errors: custom.errors.join('; ') }));
  }

  const total = 'trace' in run ? run.trace.steps : 0;
  let step = 0;
  const rawStep = q.get('step');
  if (rawStep !== null) {
    const parsed = stepSchema.safeParse(rawStep.trim() === '' ? Number.NaN : rawStep);
    if (!parsed.success) notices.push(notice('notice.badStep', { value: rawStep, step: 0 }));
    else if (parsed.data > total) {
      step = total;
      notices.push(notice('notice.stepClamped', { value: parsed.data, total, step: total }));
    } else step = parsed.data;
  }
  return { scenarioId: entry.id, input, step, lang, notices };
}

function parseJson(
  text: string,
  run: ViewUrlContext<unknown>['run'],
): { input: unknown; trace: SteppedTrace } | { errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const r = run(json);
  return 'trace' in r ? { input: json, trace: r.trace } : r;
}

/** What the URL reflects. */
export interface ShownState {
  view: ViewId;
  scenarioId: string;
  input: unknown;
  step: number;
  lang: Lang;
}

/**
 * The query string for what is on screen; `s` only when the input differs from the built-in;
 * `extra`: the page options' parameters (theme, embed settings), appended as they are.
 */
export function writeUrl(
  shown: ShownState,
  builtinInput: unknown,
  extra: readonly string[] = [],
): string {
  const parts = [
    `view=${shown.view}`,
    `scenario=${encodeURIComponent(shown.scenarioId)}`,
    `step=${shown.step}`,
    `lang=${shown.lang}`,
  ];
  if (builtinInput === undefined || isModified(shown.input, builtinInput)) {
    parts.push(`s=${encodeURIComponent(JSON.stringify(shown.input))}`);
  }
  return `?${[...parts, ...extra].join('&')}`;
}
