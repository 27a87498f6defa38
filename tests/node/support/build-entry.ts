// Bundles a TypeScript entry for plain Node as CommonJS (as the app's build does) so a test can run it as a real
// child process. Output sits inside the repo so it resolves sql.js and zod from node_modules.
import path from 'node:path';
import { build } from 'vite';

export async function buildNodeEntry(entry: string, name: string): Promise<string> {
  const outDir = path.resolve('node_modules', '.zhiyan-test', name);
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: path.resolve(entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { format: 'cjs', entryFileNames: `${name}.cjs` } },
    },
  });
  return path.join(outDir, `${name}.cjs`);
}
