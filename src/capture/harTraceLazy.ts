// The HAR trace builder (harTrace.ts) as the module that import() loads with the first HAR file
// (src/ui/header/useOpenFile.ts). Nothing may import it statically: as a module of its own its
// chunk keeps its exports' names. harTrace.ts itself is also in the chunk that re-opens exported
// traces, so an import() of it needs a namespace object made at run time, and the bundler's
// helpers for that then go to a chunk of their own that every page loads (0.4 kB gzip).
export { harTrace } from './harTrace';
