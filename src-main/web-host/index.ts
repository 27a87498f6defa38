// `npm run serve`: the browser host. Starts the engine in a worker thread and serves the built
// renderer with the contract on 127.0.0.1, then prints the address to open.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEngineWorker } from '../node/engine/engine-client';
import { configureLog, defaultLogDir, log, logCrashes } from '../node/log/logger';
import { startApiServer } from './api-server';
import { version } from '../../package.json';

function defaultDataDir(): string {
  // The same folder Electron uses for this app on Linux, so both hosts share settings and the demo.
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'zhiyan');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5417' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run serve -- [--port N] [--data-dir DIR]\n  Serves Zhiyan on http://127.0.0.1:N (0: any free port).',
    );
    return;
  }
  const appRoot = path.resolve(__dirname, '..', '..');
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const logDir = defaultLogDir(dataDir);
  configureLog({ dir: logDir, name: 'host' });
  log.info(`browser host ${version} starting (Node ${process.versions.node}, ${process.platform} ${process.arch})`);
  const engine = startEngineWorker(path.join(__dirname, 'engine-worker.js'), {
    dataDir,
    logDir,
    resourcesDir: path.join(appRoot, 'resources'),
    host: 'browser',
    appVersion: version,
    extractionWorkerPath: path.join(__dirname, 'extraction-worker.js'),
  });
  const server = await startApiServer({
    engine,
    rendererDir: path.join(appRoot, 'out', 'renderer'),
    port: Number(values.port),
  });
  console.log(`Zhiyan is running at ${server.url}`);
  console.log(
    'Open that address in Chromium or Chrome. Press Ctrl+C to stop (your work is saved as you go).',
  );

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await engine.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

// Every request is answered inside its handler (api-server.ts); these are the last line, so that a
// bug that slips past them is logged and the host keeps serving the other tabs instead of exiting.
logCrashes();

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
