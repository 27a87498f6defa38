// npm run bench:reliability — is anything acknowledged ever lost? Four parts, each printing counts:
// 1. kill -9 rounds (ZHIYAN_BENCH_KILL_ROUNDS, default 1,000) against the engine while it edits
//    notes, imports files and takes snapshots (tests/node/support/kill-rounds.ts);
// 2. a disk that fills up during saves (a small tmpfs when we may mount one, else ENOSPC injected
//    into fs writes): a clear error, nothing acknowledged lost, the project opens once space is free;
// 3. a corrupted line in the middle of the journal: the later edits kept and applied on request;
// 4. a truncated project file: refused as damaged with its backups, never opened wrongly.
// Exits 1 if anything acknowledged was lost or an outcome was not the documented one.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { buildNodeEntry } from '../node/support/build-entry';
import { checkRound, killLiveChildren, runAndKill, type KillMode } from '../node/support/kill-rounds';
import { addArticles, makeTempDir } from '../node/support/temp-project';
import { diskFullScenario } from './support/disk-full';
import { journalDamageTrials, truncationTrials } from './support/damage-trials';

const ROUNDS = Number(process.env.ZHIYAN_BENCH_KILL_ROUNDS ?? 1000);
const MODES: KillMode[] = ['edit', 'snapshot', 'import'];

async function killRounds(): Promise<boolean> {
  const childFile = await buildNodeEntry('tests/node/fixtures/edit-child.ts', 'edit-child-bench');
  const projectPath = path.join(makeTempDir('bench-kill'), '可靠性.zhiyan');
  const setup = await ProjectStore.create(projectPath);
  const ids = addArticles(setup, 12);
  setup.close();
  const expected = new Map<number, string>();
  const counts = { rounds: 0, acked: 0, lost: 0, integrityFailures: 0, childFailures: 0 };
  const perMode = new Map<KillMode, number>(MODES.map((m) => [m, 0]));
  const started = performance.now();
  const printKillSummary = () =>
    console.log(
      `kill -9: ${counts.rounds}/${ROUNDS} rounds, ${counts.acked} acknowledged edits/imports ` +
        `(${MODES.map((m) => `${m} ${perMode.get(m)}`).join(', ')}), lost ${counts.lost}, ` +
        `integrity failures ${counts.integrityFailures}, child failures ${counts.childFailures}, ` +
        `${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  // Stopped early (Ctrl+C, or a time limit): still say what the rounds so far showed.
  process.once('SIGINT', () => {
    killLiveChildren();
    console.log('stopped early:');
    printKillSummary();
    process.exit(counts.lost === 0 && counts.integrityFailures === 0 ? 0 : 1);
  });
  for (let round = 0; round < ROUNDS; round++) {
    const mode = MODES[round % MODES.length]!;
    let result;
    try {
      result = await runAndKill(childFile, projectPath, round, 20 + Math.floor(Math.random() * 400), mode);
    } catch (error) {
      counts.childFailures++;
      console.log(`  round ${round} (${mode}): ${(error as Error).message.slice(0, 300)}`);
      continue;
    }
    const check = await checkRound(projectPath, ids, result, expected);
    counts.rounds++;
    counts.acked += check.acked;
    perMode.set(mode, perMode.get(mode)! + check.acked);
    if (check.integrity.join() !== 'ok') counts.integrityFailures++;
    counts.lost += check.lost.length;
    for (const line of check.lost) console.log(`  LOST in round ${round} (${mode}): ${line}`);
    if ((round + 1) % 50 === 0) printKillSummary();
  }
  printKillSummary();
  return counts.lost === 0 && counts.integrityFailures === 0 && counts.childFailures === 0;
}

async function main(): Promise<void> {
  const results: boolean[] = [];
  results.push(await diskFullScenario());
  const trials = Number(process.env.ZHIYAN_BENCH_DAMAGE_TRIALS ?? 40);
  results.push(await journalDamageTrials(trials));
  results.push(await truncationTrials(trials));
  results.push(await killRounds());
  const ok = results.every(Boolean);
  console.log(ok ? 'reliability: all outcomes as documented' : 'reliability: FAILURES above');
  process.exit(ok ? 0 : 1);
}

void main();
