#!/usr/bin/env node
// `npm run dist:check`: packages the app for Linux the way `npm run dist` does, offline, and checks
// the result. electron-builder needs an Electron binary it would download; this hands it a
// stand-in folder instead (`electronDist`) whose "binary" carries only an Electron fuse wire, so
// everything electron-builder does to the app itself runs for real: the files and packages that go
// into app.asar, the extra resources, and the fuses it flips. Then it checks:
//  - every fuse in electron-builder.yml is set in the packaged binary;
//  - app.asar holds out/ and the production packages, sql.js with its wasm, no sources;
//  - the demo corpus sits where resourcesDirFor looks for it;
//  - the packaged code runs with nothing but what was packaged: the CLI from the extracted
//    archive imports the demo corpus (plain Node runs the engine the same way the app's worker does).
// Takes about a minute; needs `npx electron-vite build` (or any build) to have produced out/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// @electron/fuses' V1 order; the stand-in starts each at the opposite of what the config asks.
const FUSES = [
  ['runAsNode', true],
  ['enableCookieEncryption', false],
  ['enableNodeOptionsEnvironmentVariable', true],
  ['enableNodeCliInspectArguments', true],
  ['enableEmbeddedAsarIntegrityValidation', false],
  ['onlyLoadAppFromAsar', false],
  ['loadBrowserProcessSpecificV8Snapshot', false],
  ['grantFileProtocolExtraPrivileges', true],
];

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function standInElectron(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const wire = Buffer.from(FUSES.map(([, on]) => (on ? '1' : '0')).join(''), 'latin1');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 1\n#', 'latin1'),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    wire,
    Buffer.from('\n', 'latin1'),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  for (const file of ['LICENSE', 'LICENSES.chromium.html']) fs.writeFileSync(path.join(dir, file), '');
}

function readFuses(binaryPath) {
  const binary = fs.readFileSync(binaryPath);
  const at = binary.indexOf(SENTINEL, 0, 'latin1') + SENTINEL.length;
  const length = binary[at + 1] ?? 0;
  const wire = binary.toString('latin1', at + 2, at + 2 + length);
  return Object.fromEntries(FUSES.map(([name], i) => [name, wire[i] === '1']));
}

/** The file list of an asar archive: a pickled JSON header, then the files' bytes. */
function readAsar(asarPath) {
  const archive = fs.readFileSync(asarPath);
  const headerSize = archive.readUInt32LE(4);
  const header = JSON.parse(archive.toString('utf8', 16, 16 + archive.readUInt32LE(12)));
  const files = new Map();
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const at = prefix ? `${prefix}/${name}` : name;
      if (entry.files) walk(entry, at);
      else if (!entry.unpacked && entry.offset !== undefined) {
        const start = 8 + headerSize + Number(entry.offset);
        files.set(at, archive.subarray(start, start + entry.size));
      } else files.set(at, null);
    }
  };
  walk(header, '');
  return files;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pack-'));
try {
  if (!fs.existsSync(path.join(root, 'out/main/index.js'))) {
    throw new Error('out/ is missing: run `npx electron-vite build` first');
  }
  const electronDist = path.join(work, 'electron');
  standInElectron(electronDist);
  const output = path.join(work, 'dist');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--config',
      'electron-builder.yml',
      '--linux',
      '--dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const unpacked = path.join(output, 'linux-unpacked');

  const config = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const fuses = readFuses(path.join(unpacked, 'zhiyan'));
  for (const [name] of FUSES) {
    const wanted = new RegExp(`^\\s+${name}:\\s*(true|false)`, 'm').exec(config)?.[1];
    if (wanted !== undefined) check(String(fuses[name]) === wanted, `fuse ${name} is ${wanted}`);
  }

  const asarPath = path.join(unpacked, 'resources/app.asar');
  const files = readAsar(asarPath);
  const names = [...files.keys()];
  const packages = new Set(
    names
      .filter((name) => name.startsWith('node_modules/'))
      .map((name) => name.split('/').slice(1, name.split('/')[1]?.startsWith('@') ? 3 : 2).join('/')),
  );
  console.log(`app.asar: ${(fs.statSync(asarPath).size / 1e6).toFixed(1)} MB, ${names.length} files`);
  console.log(`packages: ${[...packages].sort().join(' ')}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(pkg.dependencies)) check(packages.has(dependency), `app.asar holds ${dependency}`);
  for (const renderer of ['vue', 'pinia', 'naive-ui']) check(!packages.has(renderer), `app.asar holds no ${renderer}`);
  check(files.get('node_modules/sql.js/dist/sql-wasm.wasm') != null, 'sql-wasm.wasm is inside app.asar');
  check(names.includes('out/main/index.js') && names.includes('out/renderer/index.html'), 'the bundles are in');
  check(!names.some((name) => name.startsWith('src-') || name.startsWith('tests/')), 'no sources or tests');
  check(
    fs.existsSync(path.join(unpacked, 'resources/resources/demo-corpus')),
    'the demo corpus is at <resources>/resources/demo-corpus',
  );

  // Run the packaged engine from the extracted archive, with no other node_modules in reach.
  const app = path.join(work, 'app');
  for (const [name, bytes] of files) {
    if (bytes === null) continue;
    fs.mkdirSync(path.dirname(path.join(app, name)), { recursive: true });
    fs.writeFileSync(path.join(app, name), bytes);
  }
  const report = JSON.parse(
    execFileSync(
      process.execPath,
      [
        path.join(app, 'out/main/cli.js'),
        'import',
        path.join(unpacked, 'resources/resources/demo-corpus'),
        '--project',
        path.join(work, 'demo.zhiyan'),
        '--json',
      ],
      { cwd: work, encoding: 'utf8' },
    ),
  );
  const imported = Number(report.imported ?? report.articles ?? 0);
  check(imported > 0, `the packaged engine imports the demo corpus (${imported} articles)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('the package is as configured');
