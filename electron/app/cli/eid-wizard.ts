#!/usr/bin/env node
/**
 * The `eid-wizard` command (package.json `bin`). Runs under Node ≥ 22.18 from the sources
 * (type stripping) and from `dist/` after `npm run build`.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
