import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RotatingLogFile,
  configureLog,
  defaultLogDir,
  formatRecord,
  log,
  logCrashes,
  recentErrorLines,
} from '../../../src-main/node/log/logger';
import { importSummary } from '../../../src-main/node/services/import-log';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-log-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('RotatingLogFile', () => {
  it('rotates by size and keeps only the configured number of files', () => {
    const file = new RotatingLogFile(dir, 'main', { maxBytes: 2048, files: 3 });
    const line = `${'x'.repeat(99)}\n`; // 100 bytes
    for (let i = 0; i < 100; i++) expect(file.append(line)).toBe(true);
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of names) expect(fs.statSync(path.join(dir, name)).size).toBeLessThanOrEqual(2048);
    // 10 000 bytes written, at most 3 × 2 KiB kept: the oldest were dropped, the newest are in main.log.
    const total = names.reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(3 * 2048);
    expect(total).toBeGreaterThan(2 * 2048 - 100);
  });

  it('picks up the size of a file left by the last run, so a restart does not overfill it', () => {
    fs.writeFileSync(path.join(dir, 'main.log'), 'y'.repeat(2000));
    const file = new RotatingLogFile(dir, 'main', { maxBytes: 2048, files: 2 });
    file.append(`${'z'.repeat(99)}\n`);
    expect(fs.readFileSync(path.join(dir, 'main.1.log'), 'utf8')).toBe('y'.repeat(2000));
    expect(fs.readFileSync(path.join(dir, 'main.log'), 'utf8')).toBe(`${'z'.repeat(99)}\n`);
  });

  it('creates its folder on the first write and never throws when it cannot write', () => {
    const nested = new RotatingLogFile(path.join(dir, 'a', 'b'), 'x');
    expect(nested.append('one\n')).toBe(true);
    // A file where the folder should be: every write fails, quietly.
    fs.writeFileSync(path.join(dir, 'blocked'), '');
    const blocked = new RotatingLogFile(path.join(dir, 'blocked'), 'x');
    expect(() => blocked.append('two\n')).not.toThrow();
    expect(blocked.append('two\n')).toBe(false);
  });
});

describe('log', () => {
  it('writes timestamped, levelled records with the error on the record line and its stack below', () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    configureLog({ dir, name: 'engine', echo: false });
    log.info('started');
    log.debug('dropped below the minimum level');
    log.error('snapshot failed', new Error('disk full'));
    silence.mockRestore();
    const text = fs.readFileSync(path.join(dir, 'engine.log'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO {2}\[engine\] started$/);
    expect(lines[1]).toMatch(/ ERROR \[engine\] snapshot failed: Error: disk full$/);
    expect(lines[2]).toMatch(/^ {4}at /);
    expect(text).not.toContain('dropped');
  });

  it('never throws, whatever it is given', () => {
    configureLog({ dir, name: 'engine', echo: false });
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(() => log.error('odd value', circular)).not.toThrow();
    expect(() => log.warn('odd value', Symbol('s'))).not.toThrow();
  });

  it('logs uncaught exceptions and rejections, and exits only when told the thread is done for', () => {
    configureLog({ dir, name: 'engine', echo: false });
    const handlers = new Map<string, (value: unknown) => void>();
    const exit = vi.fn();
    const target = {
      on: (name: string, handler: (value: unknown) => void) => handlers.set(name, handler),
      exit,
    };
    logCrashes({ fatal: true }, target as never);
    handlers.get('uncaughtException')?.(new TypeError('x is undefined'));
    handlers.get('unhandledRejection')?.(new Error('lost promise'));
    expect(exit).toHaveBeenCalledWith(1);
    expect(recentErrorLines(dir, 10)).toEqual([
      expect.stringMatching(/ERROR \[engine\] uncaught exception: TypeError: x is undefined$/),
      expect.stringMatching(/ERROR \[engine\] unhandled rejection: Error: lost promise$/),
    ]);
  });
});

describe('recentErrorLines', () => {
  it('answers the newest error records across the current files, in time order, without stacks', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 18, 0, s));
    fs.writeFileSync(
      path.join(dir, 'main.log'),
      formatRecord(at(1), 'error', 'main', 'first', new Error('a')) +
        formatRecord(at(4), 'info', 'main', 'fine'),
    );
    fs.writeFileSync(
      path.join(dir, 'engine.log'),
      formatRecord(at(2), 'error', 'engine', 'second') + formatRecord(at(3), 'error', 'engine', 'third'),
    );
    fs.writeFileSync(path.join(dir, 'engine.1.log'), formatRecord(at(0), 'error', 'engine', 'rotated away'));
    expect(recentErrorLines(dir, 2)).toEqual([
      '2026-12-02T18:00:02.000Z ERROR [engine] second',
      '2026-12-02T18:00:03.000Z ERROR [engine] third',
    ]);
    expect(recentErrorLines(dir, 10)).toHaveLength(3);
    expect(recentErrorLines(path.join(dir, 'missing'), 10)).toEqual([]);
  });
});

describe('defaultLogDir', () => {
  it('is logs/ in the data folder, or ~/.config/zhiyan/logs for the CLI, unless ZHIYAN_LOG_DIR says', () => {
    expect(defaultLogDir('/data', {})).toBe(path.join('/data', 'logs'));
    expect(defaultLogDir(null, { XDG_CONFIG_HOME: '/xdg' })).toBe(path.join('/xdg', 'zhiyan', 'logs'));
    expect(defaultLogDir('/data', { ZHIYAN_LOG_DIR: '/elsewhere' })).toBe(path.resolve('/elsewhere'));
  });
});

describe('importSummary', () => {
  it('gives counts, time and failures by reason, and no file names', () => {
    const summary = importSummary({
      batchId: 7,
      filesSeen: 12,
      imported: 8,
      duplicates: 1,
      reprints: 1,
      skipped: [
        { file: '/home/u/衢州市政府工作报告.html', code: 'EMPTY_TEXT' },
        { file: '/home/u/b.json', code: 'RECORD_INVALID', count: 3, records: [1, 2, 3] },
      ],
      warnings: [],
      leftOut: [{ reason: 'unsupported-type', extension: '.pdf', count: 2, examples: ['/home/u/秘密.pdf'] }],
      cancelled: false,
      seconds: 3.4,
      paths: ['/home/u'],
    } as never);
    expect(summary).toBe(
      'import batch 7 finished in 3.4 s: 12 files seen, 8 imported, 1 duplicates, 1 reprints, 0 updated, ' +
        '2 skipped (RECORD_INVALID×3, EMPTY_TEXT×1), 0 warnings, 2 left out',
    );
    expect(summary).not.toMatch(/home|衢州|秘密/);
  });
});
