// Damage on disk, as documented in docs/architecture.md ("Damage"): a corrupted line in the middle
// of the journal keeps the later edits aside and applies them on request; a truncated project file
// is refused as damaged, with its backups, and never opened as if it were whole.
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../src-main/common/api/errors';
import { applyRecoveryFile } from '../../../src-main/node/db/journal-recovery';
import { ProjectStore } from '../../../src-main/node/db/project-store';
import { getArticleNote, saveArticleNote } from '../../../src-main/node/db/repositories/notes-repo';
import { addArticles, copyAsCrashed, makeTempDir } from '../../node/support/temp-project';

const NOW = '2026-01-01T00:00:00.000Z';

/** One trial: `edits` notes on distinct articles in the journal only, line `bad` corrupted. */
async function journalTrial(trial: number, edits: number, bad: number) {
  const file = path.join(makeTempDir(`bench-journal-${trial}`), '日志.zhiyan');
  const store = await ProjectStore.create(file, { idleSnapshotMs: 0, snapshotAfterRecords: 10_000 });
  const ids = addArticles(store, edits);
  store.snapshot();
  for (let n = 0; n < edits; n++) store.write((q) => saveArticleNote(q, ids[n]!, `第${n}次编辑`, NOW));
  const crashed = copyAsCrashed(file, `bench-journal-${trial}-crash`);
  store.close();
  const journal = `${crashed}.journal`;
  const lines = fs.readFileSync(journal, 'utf8').split('\n');
  lines[bad - 1] = lines[bad - 1]!.replace('第', '弟');
  fs.writeFileSync(journal, lines.join('\n'));

  const opened = await ProjectStore.open(crashed, { idleSnapshotMs: 0 });
  try {
    const damage = opened.journalDamage;
    const keptRecords = damage?.recordsKept ?? 0;
    if (damage?.recoveryFile) applyRecoveryFile(opened, damage.recoveryFile);
    let present = 0;
    for (let n = 0; n < edits; n++)
      if (opened.read((q) => getArticleNote(q, ids[n]!))?.body === `第${n}次编辑`) present++;
    const reported = damage?.line === bad && keptRecords === edits - bad;
    return { reported, keptRecords, present, expected: edits - 1 };
  } finally {
    opened.close();
  }
}

export async function journalDamageTrials(trials: number): Promise<boolean> {
  const totals = { edits: 0, reported: 0, kept: 0, presentAfterApply: 0, lostBesidesBadLine: 0 };
  for (let trial = 0; trial < trials; trial++) {
    const edits = 4 + (trial % 12);
    const bad = 2 + Math.floor(Math.random() * (edits - 2)); // never the last line: that is a torn tail
    const result = await journalTrial(trial, edits, bad);
    totals.edits += edits;
    if (result.reported) totals.reported++;
    totals.kept += result.keptRecords;
    totals.presentAfterApply += result.present;
    totals.lostBesidesBadLine += result.expected - result.present;
  }
  console.log(
    `corrupted journal line: ${trials} trials, ${totals.edits} acknowledged edits, damage reported in ${totals.reported}, ` +
      `${totals.kept} later edits kept in recovery files, ${totals.presentAfterApply} present after applying them, ` +
      `${trials} lost with the corrupted lines themselves, ${totals.lostBesidesBadLine} lost besides`,
  );
  return totals.reported === trials && totals.lostBesidesBadLine === 0;
}

export async function truncationTrials(trials: number): Promise<boolean> {
  const file = path.join(makeTempDir('bench-truncate'), '截断.zhiyan');
  const store = await ProjectStore.create(file);
  addArticles(store, 300);
  store.close();
  (await ProjectStore.open(file)).close(); // takes a rotating backup beside it
  const whole = fs.readFileSync(file);
  const outcomes = { damagedWithBackups: 0, damagedNoBackups: 0, opened: 0, other: 0 };
  for (let trial = 0; trial < trials; trial++) {
    const length = trial === 0 ? 0 : Math.floor(Math.random() * whole.length);
    fs.writeFileSync(file, whole.subarray(0, length));
    try {
      (await ProjectStore.open(file)).close();
      outcomes.opened++;
      console.log(`  truncated to ${length} of ${whole.length} bytes: OPENED`);
    } catch (error) {
      const backups = (error as ApiFailure).detail?.backups as unknown[] | undefined;
      if (error instanceof ApiFailure && error.code === 'PROJECT_DAMAGED')
        outcomes[backups && backups.length > 0 ? 'damagedWithBackups' : 'damagedNoBackups']++;
      else {
        outcomes.other++;
        console.log(`  truncated to ${length} bytes: ${String(error).slice(0, 200)}`);
      }
    }
  }
  fs.writeFileSync(file, whole);
  console.log(
    `truncated project file: ${trials} trials (${whole.length} bytes, cut anywhere from 0), refused as damaged with ` +
      `its backups ${outcomes.damagedWithBackups}, damaged without backups ${outcomes.damagedNoBackups}, ` +
      `opened ${outcomes.opened}, other ${outcomes.other}`,
  );
  return outcomes.damagedWithBackups === trials;
}
