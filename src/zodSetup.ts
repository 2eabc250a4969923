// Zod's global settings, imported first by main.tsx and by every module that builds schemas (so
// the CLI, the scripts and the tests get them too).
// English messages: Zod Mini loads no locale (every message would be "Invalid input"), and the
// default messages reach the user where a field has none of its own ("Unrecognized key: …").
// No JIT: Zod probes `new Function` when it builds a JIT-compiled object schema, and a
// Content-Security-Policy without 'unsafe-eval' reports that as a violation. Zod Mini's objects
// are not compiled; the setting stays so that nothing ever probes. Schemas work the same without it.
import * as z from 'zod/mini';

z.config({ ...z.locales.en(), jitless: true });
