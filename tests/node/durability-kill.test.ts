// Every edit the engine acknowledges must survive kill -9 at any moment. A child process saves notes
// in a loop and reports each acknowledgement; we SIGKILL it at random moments (mid-edit, mid-
// snapshot), then check the project opens, passes integrity_check and holds every acknowledged edit.
// (npm run bench:reliability runs a thousand such rounds, with imports and snapshots too.)
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { buildNodeEntry } from './support/build-entry';
import { checkRound, runAndKill } from './support/kill-rounds';
import { addArticles, makeTempDir } from './support/temp-project';

const ROUNDS = 30;
let childFile = '';

beforeAll(async () => {
  childFile = await buildNodeEntry('tests/node/fixtures/edit-child.ts', 'edit-child');
});

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
      const result = await runAndKill(childFile, projectPath, round, killAfter);
      const check = await checkRound(projectPath, ids, result, expected);
      expect(check.integrity).toEqual(['ok']);
      expect(check.lost, `after round ${round} (killed after ${killAfter} ms)`).toEqual([]);
      totalAcked += check.acked;
    }
    expect(totalAcked).toBeGreaterThanOrEqual(ROUNDS / 2); // the rounds really edited (see runAndKill)
    expect(fs.existsSync(`${projectPath}.lock`)).toBe(false);
  });
});
