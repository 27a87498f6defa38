#!/usr/bin/env node
// The `zhiyan` command: runs the built CLI (npm run build puts it in out/main/cli.js).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('zhiyan: the CLI is not built yet. Run "npm run build" in the Zhiyan folder first.');
  process.exit(1);
}
createRequire(import.meta.url)(cli);
