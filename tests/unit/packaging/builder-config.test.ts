// electron-builder.yml, the installer configuration, checked the way electron-builder checks it
// (its own JSON schema) and for what the installers promise: one app id, the .zhiyan association
// everywhere, the hardening fuses, a per-user Chinese Windows installer, no update feed, and files
// found where the app looks for them once packaged.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import type { FilterStats } from 'builder-util/out/fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resourcesDirFor } from '../../../src-main/electron-main/app-location';
import { PROJECT_EXTENSION } from '../../../src-main/node/db/project-store';

const REPO = path.resolve(__dirname, '../../..');

interface FileAssociation {
  ext: string | string[];
  name?: string;
  mimeType?: string;
  icon?: string;
}
interface PlatformConfig {
  target?: unknown;
  icon?: string;
  fileAssociations?: FileAssociation[];
  executableName?: string;
  category?: string;
  desktop?: { entry?: Record<string, string> };
}
interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  artifactName: string;
  copyright: string;
  directories: { buildResources: string; output: string };
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  asar: boolean;
  publish: unknown;
  electronFuses: Record<string, boolean>;
  electronLanguages: string[];
  fileAssociations: FileAssociation[];
  mac: PlatformConfig;
  win: PlatformConfig;
  linux: PlatformConfig;
  nsis: Record<string, unknown>;
  deb: { packageName: string };
  dmg?: { artifactName?: string };
}

const configText = readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8');
const config = parse(configText) as BuilderConfig;

// The same compiler and options electron-builder validates with (app-builder-lib's
// schemaValidator): `strict: false` because the schema carries a non-standard `typeof` keyword.
const schema = JSON.parse(
  readFileSync(path.join(REPO, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema);

function errorsOf(candidate: unknown): string[] {
  return validate(structuredClone(candidate))
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

describe('electron-builder.yml against electron-builder’s schema', () => {
  it('is valid', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('would be refused with a misspelt or misplaced option', () => {
    expect(errorsOf({ ...config, electronFuse: { runAsNode: false } }).join('\n')).toContain('electronFuse');
    expect(errorsOf({ ...config, nsis: { ...config.nsis, perUser: true } }).join('\n')).toContain('perUser');
    expect(errorsOf({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } }).join('\n')).toContain(
      'runAsnode',
    );
  });
});

describe('the installers', () => {
  it('name the app once: id, product name, and ASCII names for files and packages', () => {
    expect(config.appId).toBe('cn.zhiyan.workbench');
    expect(config.productName).toBe('智研');
    expect(config.copyright).toMatch(/智研/);
    const asciiNames = [config.executableName, config.artifactName, config.dmg?.artifactName, config.deb.packageName];
    for (const name of asciiNames) expect(name).toMatch(/^[\x20-\x7e]+$/);
    expect(config.executableName).toBe('zhiyan');
    expect(config.deb.packageName).toBe('zhiyan');
    expect(config.artifactName).toContain('${version}');
  });

  it('carry Chromium’s strings in the app’s languages only', () => {
    expect(config.electronLanguages).toEqual(['zh-CN', 'en-US']);
  });

  it('build AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.category).toBe('Office');
    expect(config.linux.desktop?.entry?.['Categories']).toBe('Office;Education;Science;');
  });

  it('open .zhiyan project files on every platform', () => {
    expect(PROJECT_EXTENSION).toBe('.zhiyan');
    for (const platform of ['mac', 'win', 'linux'] as const) {
      // A platform's own list replaces the top-level one.
      const associations = config[platform].fileAssociations ?? config.fileAssociations;
      const forProjects = associations.find((it) => [it.ext].flat().includes(PROJECT_EXTENSION.slice(1)));
      expect(forProjects, platform).toBeDefined();
      expect(forProjects?.icon, platform).toBe('icon');
    }
    // Linux registers the type by its MIME name; Windows uses `name` as a ProgID (no spaces).
    expect(config.fileAssociations[0]?.mimeType).toBe('application/x-zhiyan-project');
    expect(config.fileAssociations[0]?.name).toMatch(/^[A-Za-z][\w.]*$/);
  });

  it('set every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('install per user on Windows, without administrator rights, in Chinese', () => {
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
  });

  it('publish nowhere and carry no update feed', () => {
    expect(config.publish).toBeNull();
    expect(configText).not.toMatch(/electron-updater|autoUpdate|https?:\/\//);
  });

  it('find their icons in the build resources folder', () => {
    const resources = path.join(REPO, config.directories.buildResources);
    expect(existsSync(path.join(resources, config.mac.icon ?? ''))).toBe(true);
    expect(existsSync(path.join(resources, config.win.icon ?? ''))).toBe(true);
    expect(statSync(path.join(resources, config.linux.icon ?? '')).isDirectory()).toBe(true);
    // `icon` in a file association means icon.icns on macOS and icon.ico on Windows.
    expect(existsSync(path.join(resources, 'icon.icns'))).toBe(true);
    expect(existsSync(path.join(resources, 'icon.ico'))).toBe(true);
  });

  it('put the demo corpus where the packaged app looks for it', () => {
    const resourcesPath = path.resolve('/installed/resources');
    const lookedUp = path.join(
      resourcesDirFor({ isPackaged: true, appPath: '/installed/app.asar', resourcesPath }),
      'demo-corpus',
    );
    const copied = config.extraResources.map((it) => ({ from: it.from, at: path.join(resourcesPath, it.to) }));
    expect(copied).toContainEqual({ from: 'resources/demo-corpus', at: lookedUp });
    for (const { from } of config.extraResources) expect(existsSync(path.join(REPO, from)), from).toBe(true);
  });
});

describe('what goes into app.asar', () => {
  // electron-builder's own matcher for `files`, on paths relative to the project. The app folder
  // is filtered by all patterns (electron-builder adds package.json itself); the production
  // packages it copies from node_modules by the exclusions among them. (Checked against a real
  // `electron-builder --dir` run with a stand-in Electron folder: docs/architecture.md.)
  const filterOf = (patterns: string[]) => new FileMatcher(REPO, '/', (it) => it, patterns).createFilter();
  const appFilter = filterOf([...config.files, 'package.json']);
  const moduleFilter = filterOf(['**/*', ...config.files.filter((pattern) => pattern.startsWith('!'))]);
  const ships = (relative: string): boolean =>
    (relative.startsWith('node_modules/') ? moduleFilter : appFilter)(path.join(REPO, relative), {
      isDirectory: () => false,
    } as FilterStats);

  it('the built bundles, and none of the sources', () => {
    expect(ships('out/main/index.js')).toBe(true);
    expect(ships('out/main/engine-worker.js')).toBe(true);
    expect(ships('out/preload/index.js')).toBe(true);
    expect(ships('out/renderer/index.html')).toBe(true);
    expect(ships('package.json')).toBe(true);
    expect(ships('out/main/index.js.map')).toBe(false);
    expect(ships('src-main/electron-main/index.ts')).toBe(false);
    expect(ships('tests/unit/packaging/builder-config.test.ts')).toBe(false);
    expect(ships('resources/demo-corpus/README.md')).toBe(false);
  });

  it('sql.js with its WebAssembly, inside the archive', () => {
    expect(ships('node_modules/sql.js/dist/sql-wasm.js')).toBe(true);
    expect(ships('node_modules/sql.js/dist/sql-wasm.wasm')).toBe(true);
    expect(ships('node_modules/sql.js/package.json')).toBe(true);
    expect(ships('node_modules/sql.js/dist/sqljs-all.zip')).toBe(false);
    expect(ships('node_modules/sql.js/dist/sql-asm.js')).toBe(false);
    expect(ships('node_modules/sql.js/dist/sql-wasm-browser.wasm')).toBe(false);
    // Unpacked files escape the asar integrity check: the wasm is code, so it stays packed.
    expect(configText).not.toMatch(/^asarUnpack/m);
  });

  it('docx as it is required, without its other builds and typings', () => {
    expect(ships('node_modules/docx/dist/index.cjs')).toBe(true);
    expect(ships('node_modules/docx/dist/index.mjs')).toBe(false);
    expect(ships('node_modules/docx/dist/index.umd.cjs')).toBe(false);
    expect(ships('node_modules/docx/dist/index.d.cts')).toBe(false);
    expect(ships('node_modules/zod/v4/classic/external.js')).toBe(true);
    expect(ships('node_modules/zod/src/index.ts')).toBe(false);
  });
});
