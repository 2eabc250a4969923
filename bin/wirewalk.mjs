#!/usr/bin/env node
// Entry point of `npx wirewalk`: loads the TypeScript CLI through tsx (a dependency), so it works
// right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
