// What every kind of scenario file shares: its id, bilingual title and explanation, and how a
// built-in file becomes a menu entry.
import '../zodSetup';
import * as z from 'zod/mini';

const text = z.strictObject({
  en: z.string().check(z.minLength(1)),
  'zh-CN': z.string().check(z.minLength(1)),
});

/** `id`, `title`, `explanation`: optional in user files, required in built-ins. */
export const scenarioMetaFields = {
  id: z.optional(
    z
      .string()
      .check(
        z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'lowercase letters, digits and dashes' }),
      ),
  ),
  title: z.optional(text),
  explanation: z.optional(text),
};

/** Text in both of our languages. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}

/** A built-in scenario: its id, words, the file as written, and the validated scenario. */
export interface Builtin<Input, Scenario> {
  id: string;
  title: Bilingual;
  explanation: Bilingual;
  input: Input;
  scenario: Scenario;
}

/** Validates built-in files at load time (a broken built-in is a programming error). */
export function loadBuiltins<
  Input,
  Scenario extends { id?: string; title?: Bilingual; explanation?: Bilingual },
>(
  files: readonly unknown[],
  parse: (file: unknown) => { ok: true; value: Scenario } | { ok: false; errors: string[] },
): Builtin<Input, Scenario>[] {
  return files.map((file) => {
    const parsed = parse(file);
    if (!parsed.ok) throw new Error(`built-in scenario is invalid: ${parsed.errors.join('; ')}`);
    const s = parsed.value;
    if (!s.id || !s.title || !s.explanation)
      throw new Error('built-in scenarios need id, title, explanation');
    return {
      id: s.id,
      title: s.title,
      explanation: s.explanation,
      input: file as Input,
      scenario: s,
    };
  });
}
/** Result of validating untrusted input. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Turns a zod issue path into `client.send[0].bytes`. */
export function pathToString(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(scenario)';
}
