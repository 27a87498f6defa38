// What opening does with a journal whose middle is damaged (a line fails its checksum and valid
// records follow it), and the explicit action that applies what was kept aside.
//
// Rule: never guess. The records after the bad line are replayed at once only while their sequence
// numbers follow on from what the project already holds (then the bad line held nothing missing).
// From the first gap on, a record may depend on the lost one (a highlight on an article it
// inserted, a note it changed), so those records are written to a recovery file beside the project,
// `<project>.recovered-<time>.journal`, the project opens with a warning naming the file, and the
// user applies them on purpose (`zhiyan recover --apply FILE`, or the API's applyJournalRecovery):
// all in one transaction, or none if any statement fails.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'sql.js';
import { ApiFailure } from '../../common/api/errors';
import type { JournalDamageInfo } from '../../common/model/project';
import { writeFileAtomic } from '../durability/atomic-write';
import { encodeRecord, parseRecords, type JournalDamage, type JournalRecord } from '../durability/journal';
import { replayJournal } from './open-project-file';
import type { ProjectStore } from './project-store';
import { log } from '../log/logger';

const RECOVERY_INFIX = '.recovered-';
const RECOVERY_SUFFIX = '.journal';

function journalSeqOf(db: Database): number {
  return Number(db.exec("SELECT value FROM meta WHERE key = 'journal_seq'")[0]?.values[0]?.[0] ?? 0);
}

/** Replays what safely follows on, keeps the rest in a recovery file; says what it did. */
export function settleJournalDamage(db: Database, target: string, damage: JournalDamage): JournalDamageInfo {
  const applied = journalSeqOf(db);
  const pending = damage.later.filter((r) => r.seq > applied).sort((a, b) => a.seq - b.seq);
  let following = 0;
  while (following < pending.length && pending[following]!.seq === applied + 1 + following) following++;
  const replayed = replayJournal(db, pending.slice(0, following), target);
  const kept = pending.slice(following);
  let recoveryFile: string | null = null;
  if (kept.length > 0) {
    recoveryFile = `${target}${RECOVERY_INFIX}${new Date().toISOString().replace(/[-:.]/g, '')}${RECOVERY_SUFFIX}`;
    writeFileAtomic(recoveryFile, Buffer.concat(kept.map((record) => encodeRecord(record))));
  }
  log.warn(
    `journal of ${target}: line ${damage.line} is damaged; ${replayed} later record(s) replayed, ` +
      `${kept.length} kept aside${recoveryFile ? ` in ${recoveryFile}` : ''}.`,
  );
  return { line: damage.line, recordsReplayed: replayed, recordsKept: kept.length, recoveryFile };
}

/** The recovery files beside a project that were not applied yet, oldest first. */
export function listRecoveryFiles(projectPath: string): string[] {
  const dir = path.dirname(projectPath);
  const prefix = `${path.basename(projectPath)}${RECOVERY_INFIX}`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith(RECOVERY_SUFFIX))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Applies a recovery file's records to the open project as one new edit; renames it `.applied`. */
export function applyRecoveryFile(store: ProjectStore, file: string): { applied: number; file: string } {
  const resolved = path.resolve(file);
  if (!listRecoveryFiles(store.path).includes(resolved)) {
    throw new ApiFailure('RECOVERY_NOT_APPLICABLE', `${resolved} is not a recovery file of ${store.path}.`, {
      path: resolved,
    });
  }
  const records: JournalRecord[] = parseRecords(fs.readFileSync(resolved)).sort((a, b) => a.seq - b.seq);
  try {
    store.write((q) => {
      for (const record of records) for (const [sql, params] of record.ops) q.run(sql, params);
    });
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure(
      'RECOVERY_NOT_APPLICABLE',
      `The kept edits in ${resolved} do not apply to the project as it is now (${(error as Error).message}); nothing was changed.`,
      { path: resolved },
    );
  }
  fs.renameSync(resolved, `${resolved}.applied`);
  return { applied: records.length, file: `${resolved}.applied` };
}
