// Vitest setup: every view's catalogs are registered, as if every chunk had loaded.
import { registerAllCatalogs } from './allCatalogs';

registerAllCatalogs();
