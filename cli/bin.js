#!/usr/bin/env node
// The `parallax` command: registers tsx so the TypeScript CLI runs as it is, then hands over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
