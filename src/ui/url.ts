// URL state: `?view=tcp&scenario=<id>&step=<n>&lang=<en|zh-CN>[&s=<scenario JSON>]`, both ways.
// Everything read from the URL is validated; anything wrong falls back and leaves a notice.
import { z } from 'zod';
import { parseScenario, type TcpScenarioInput } from '../scenarios/schema';
import { detectLang, LANGS, type Lang } from '../i18n/i18n';
import type { Notice, ScenarioEntry } from '../store/playerStore';
import { isModified } from '../store/selectors';

/** What the page needs to start from a URL. */
export interface UrlState {
  scenarioId: string;
  input: TcpScenarioInput;
  step: number;
  lang: Lang;
  notices: Notice[];
}

/** What reading a URL depends on. */
export interface UrlContext {
  builtins: readonly ScenarioEntry[];
  defaultId: string;
  /** The browser's language preferences, for when `lang` is missing or unknown. */
  languages: readonly string[];
  /** How many steps a (valid) input's run has, to clamp `step`. */
  stepsOf: (input: TcpScenarioInput) => number;
}

const stepSchema = z.coerce.number().int().min(0);
const langSchema = z.enum(LANGS);

const notice = (key: Notice['key'], params: Notice['params']): Notice => ({ id: key, key, params });

/** Reads and validates the query string `search` (with or without the leading `?`). */
export function readUrl(search: string, ctx: UrlContext): UrlState {
  const q = new URLSearchParams(search);
  const notices: Notice[] = [];
  const lang = langSchema.safeParse(q.get('lang'));
  const resolvedLang: Lang = lang.success ? lang.data : detectLang(ctx.languages);

  const view = q.get('view');
  if (view !== null && view !== 'tcp') notices.push(notice('notice.badView', { value: view }));

  const fallback = ctx.builtins.find((b) => b.id === ctx.defaultId) ?? ctx.builtins[0];
  if (!fallback) throw new Error('no built-in scenario');
  const asked = q.get('scenario');
  let entry = ctx.builtins.find((b) => b.id === asked) ?? fallback;
  if (asked !== null && entry.id !== asked) {
    notices.push(
      notice('notice.unknownScenario', { value: asked, title: fallback.title[resolvedLang] }),
    );
    entry = fallback;
  }

  let input = entry.input;
  const s = q.get('s');
  if (s !== null) {
    const parsed = parseJson(s);
    if (parsed.ok) input = parsed.input;
    else notices.push(notice('notice.badScenario', { errors: parsed.errors.join('; ') }));
  }

  const total = ctx.stepsOf(input);
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
  return { scenarioId: entry.id, input, step, lang: resolvedLang, notices };
}

function parseJson(
  text: string,
): { ok: true; input: TcpScenarioInput } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = parseScenario(json);
  // Keep the input as written (not the normalized output) so the link stays as short as it came.
  return parsed.ok ? { ok: true, input: json as TcpScenarioInput } : parsed;
}

/** What the URL reflects. */
export interface ShownState {
  scenarioId: string;
  input: TcpScenarioInput;
  step: number;
  lang: Lang;
}

/** The query string for what is on screen; `s` only when the input differs from the built-in. */
export function writeUrl(shown: ShownState, builtinInput: TcpScenarioInput | undefined): string {
  const parts = [
    'view=tcp',
    `scenario=${encodeURIComponent(shown.scenarioId)}`,
    `step=${shown.step}`,
    `lang=${shown.lang}`,
  ];
  if (!builtinInput || isModified(shown.input, builtinInput)) {
    parts.push(`s=${encodeURIComponent(JSON.stringify(shown.input))}`);
  }
  return `?${parts.join('&')}`;
}
