// Every kind at once, for tests and tools; the page loads them one at a time (loadKind.ts).
export { defaultEntry, type Kind } from './kind';
export { TCP_KIND } from './kinds/tcp';
export { CONGESTION_KIND } from './kinds/congestion';
export { JOURNEY_KIND } from './kinds/journey';
