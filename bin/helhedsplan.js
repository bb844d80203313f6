#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so there is no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/run.ts');
await runCli(process.argv);
