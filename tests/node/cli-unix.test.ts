// The CLI as a Unix tool: complete output through a pipe, everything with --all / --jsonl, errors as
// one sentence in the user's language, and backups listed and restored from the terminal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { lockPathFor } from '../../src-main/node/db/project-lock';
import { buildNodeEntry } from './support/build-entry';
import { addArticles, makeTempDir } from './support/temp-project';

const ARTICLES = 1200;
let cli = '';
let project = '';

beforeAll(async () => {
  cli = await buildNodeEntry('src-main/cli/index.ts', 'cli-unix');
  project = path.join(makeTempDir('cli-unix'), '管道.zhiyan');
  const store = await ProjectStore.create(project);
  addArticles(store, ARTICLES);
  store.close();
}, 120_000);

/** Runs the CLI with stdout and stderr on pipes, reading them only as a slow consumer would. */
function zhiyan(args: string[], lang = 'zh_CN.UTF-8') {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // Start reading late, so the pipe is full while the CLI finishes (as with a slow `| wc -c`). The
    // listener is there from the start: Node throws away the unread output of a child that exits
    // while nothing listens (a fast CLI on a quiet machine exits within the 300 ms).
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk)).pause();
    setTimeout(() => child.stdout.resume(), 300);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: err }));
  });
}

/**
 * Runs the CLI with its stdout on an OS pipe (as `zhiyan ... | wc -c` does), read by a consumer that
 * starts late, so the 64 KiB pipe is full when the CLI is done. (Node's own child pipes are socket
 * pairs with larger buffers, which hid the bug.) Resolves with everything the consumer read.
 */
function zhiyanPiped(args: string[]): Promise<string> {
  const script = '{ "$0" "$@"; echo "exit $?" >&2; } | { sleep 0.5; cat; }';
  const child = spawn('/bin/sh', ['-c', script, process.execPath, cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', () => (err.includes('exit 0') ? resolve(out) : reject(new Error(err)))),
  );
}

describe('zhiyan CLI on a pipe', { timeout: 120_000 }, () => {
  it('writes all of a listing over 64 KiB through a pipe, as valid JSON', async () => {
    const stdout = await zhiyanPiped(['list', '--json', '--limit', '1000', '--project', project]);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(64 * 1024);
    const page = JSON.parse(stdout) as { total: number; items: { id: number }[] };
    expect(page.total).toBe(ARTICLES);
    expect(page.items).toHaveLength(1000);
  });

  it('lists every article with --all (JSON) and --jsonl (one per line)', async () => {
    const all = JSON.parse(await zhiyanPiped(['list', '--all', '--json', '--project', project])) as {
      items: { id: number }[];
    };
    expect(new Set(all.items.map((a) => a.id)).size).toBe(ARTICLES);
    const lines = (await zhiyanPiped(['list', '--jsonl', '--project', project])).trimEnd().split('\n');
    expect(lines).toHaveLength(ARTICLES);
    expect((JSON.parse(lines[ARTICLES - 1]!) as { title: string }).title).toMatch(/^衢州项目/);
    const hits = (await zhiyan(['search', '锂电', '--jsonl', '--project', project])).stdout
      .trimEnd()
      .split('\n');
    expect(hits).toHaveLength(ARTICLES);
  });

  it('refuses a --limit above the maximum with one sentence in the user language and exit 2', async () => {
    const zh = await zhiyan(['list', '--limit', '5000', '--project', project]);
    expect(zh.code).toBe(2);
    expect(zh.stderr.trim().split('\n')).toHaveLength(1);
    expect(zh.stderr).toContain('--limit 必须是 1 到 1000 之间的整数');
    expect(zh.stderr).not.toMatch(/too_big|"code"|\[\s*\{/);
    const en = await zhiyan(['list', '--limit', '5000', '--project', project], 'en_US.UTF-8');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--limit must be a whole number from 1 to 1000');
  });

  it('names who holds a locked project', async () => {
    fs.writeFileSync(
      lockPathFor(project),
      JSON.stringify({
        app: 'Zhiyan app',
        user: 'lin',
        host: os.hostname(),
        pid: process.pid,
        since: '2026-12-01T08:00:00.000Z',
      }),
    );
    try {
      const run = await zhiyan(['info', '--project', project], 'en_US.UTF-8');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `in use by Zhiyan app (user lin, host ${os.hostname()}, pid ${process.pid}) since 2026-12-01T08:00:00.000Z`,
      );
    } finally {
      fs.rmSync(lockPathFor(project));
    }
  });

  it('names the backups of a damaged project and restores one, keeping the damaged file', async () => {
    const file = path.join(makeTempDir('cli-restore'), '损坏.zhiyan');
    const store = await ProjectStore.create(file);
    addArticles(store, 3);
    store.close();
    (await ProjectStore.open(file)).close(); // takes a rotating backup
    const damaged = fs.readFileSync(file);
    damaged.fill(0x37, 0, 4096);
    fs.writeFileSync(file, damaged);

    const refused = await zhiyan(['info', '--project', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[PROJECT_DAMAGED]');
    const listed = await zhiyan(['restore', '--project', file, '--json']);
    const backups = JSON.parse(listed.stdout) as { path: string; reason: string }[];
    const newest = path.basename(backups[0]!.path);
    expect(refused.stderr).toContain(`zhiyan restore --project ${file} --backup ${newest}`);

    const restored = await zhiyan(['restore', '--project', file, '--backup', newest]);
    expect(restored.code, restored.stderr).toBe(0);
    const info = JSON.parse((await zhiyan(['info', '--project', file, '--json'])).stdout) as {
      articleCount: number;
    };
    expect(info.articleCount).toBe(3);
    const after = JSON.parse((await zhiyan(['restore', '--project', file, '--json'])).stdout) as {
      path: string;
      reason: string;
    }[];
    const kept = after.find((b) => b.reason === 'damaged');
    expect(kept && fs.readFileSync(kept.path).equals(damaged)).toBe(true);
  });
});
