// Imported first by main.tsx: Zod would probe `new Function` for its JIT when the first object
// schema is built, and a Content-Security-Policy without 'unsafe-eval' reports that as a
// violation. Schemas work the same without the JIT.
import { config } from 'zod';

config({ jitless: true });
