// Every edit the engine acknowledges must survive kill -9 at any moment. A child process saves notes
// in a loop and reports each acknowledgement; we SIGKILL it at random moments (mid-edit, mid-
// snapshot), then check the project opens, passes integrity_check and holds every acknowledged edit.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { getArticleNote } from '../../src-main/node/db/repositories/notes-repo';
import { buildNodeEntry } from './support/build-entry';
import { addArticles, makeTempDir } from './support/temp-project';

const ROUNDS = 30;
let childFile = '';

beforeAll(async () => {
  childFile = await buildNodeEntry('tests/node/fixtures/edit-child.ts', 'edit-child');
});

interface Round {
  acked: Map<number, string>;
  /** Bodies sent after the last acknowledgement per article: one may have reached the disk. */
  inFlight: Map<number, string[]>;
  stderr: string;
}

function runAndKill(projectPath: string, round: number, killAfterMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, projectPath, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const state: Round = { acked: new Map(), inFlight: new Map(), stderr: '' };
    let buffer = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        // Odd rounds count from the moment the project is open, so kills also land in opening and
        // replay; even rounds from the first acknowledged edit, so every other round surely edits,
        // however busy the machine is.
        const startsTimer = round % 2 === 1 ? line === 'ready' : line.startsWith('ack ');
        if (startsTimer && !timer) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        const match = /^(sent|ack) (\d+) (.*)$/.exec(line);
        if (!match) continue;
        const id = Number(match[2]);
        const body = JSON.parse(match[3]!) as string;
        if (match[1] === 'sent') state.inFlight.set(id, [...(state.inFlight.get(id) ?? []), body]);
        else {
          state.acked.set(id, body);
          state.inFlight.set(id, []);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (state.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (code ${code}): ${state.stderr}`));
      else resolve(state);
    });
  });
}

describe('durability under kill -9', () => {
  it(`loses no acknowledged edit over ${ROUNDS} random kills`, { timeout: 300_000 }, async () => {
    const projectPath = path.join(makeTempDir('kill'), '耐久性.zhiyan');
    const setup = await ProjectStore.create(projectPath);
    const ids = addArticles(setup, 12);
    setup.close();

    let totalAcked = 0;
    const expected = new Map<number, string>(); // what each article's note must be, across rounds
    for (let round = 0; round < ROUNDS; round++) {
      const killAfter = 20 + Math.floor(Math.random() * 400);
      const result = await runAndKill(projectPath, round, killAfter);

      const store = await ProjectStore.open(projectPath);
      try {
        const verdict = store.read((q) => q.all<{ integrity_check: string }>('PRAGMA integrity_check'));
        expect(verdict.map((r) => r.integrity_check)).toEqual(['ok']);
        for (const id of ids) {
          const note = store.read((q) => getArticleNote(q, id))?.body ?? '';
          const acceptable = [
            result.acked.get(id) ?? expected.get(id) ?? '',
            ...(result.inFlight.get(id) ?? []),
          ];
          expect(acceptable, `article ${id} after round ${round} (killed after ${killAfter} ms)`).toContain(
            note,
          );
          expected.set(id, note);
        }
      } finally {
        store.close();
      }
      totalAcked += result.acked.size > 0 ? [...result.acked.values()].length : 0;
    }
    expect(totalAcked).toBeGreaterThanOrEqual(ROUNDS / 2); // the rounds really edited (see runAndKill)
    expect(fs.existsSync(`${projectPath}.lock`)).toBe(false);
  });
});
