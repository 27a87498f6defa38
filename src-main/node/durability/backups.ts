// Backups of a project live in a folder beside it, `<name>.zhiyan-backups/`, like Zotero keeps its
// `.bak` files beside the database: a user who copies the project folder copies its backups too.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../common/model/project';
import { copyFileAtomic, fsyncDirectory, writeFileAtomic } from './atomic-write';
import { log } from '../log/logger';

export const ROTATING_BACKUPS_KEPT = 3;
/** A new rotating backup is taken on open when the newest is older than this. */
export const ROTATING_BACKUP_INTERVAL_MS = 6 * 60 * 60 * 1000;

const REASON_PATTERN = /\.(rotating|pre-migration-v\d+|pre-import|damaged)\.(\d{8}T\d{6}\d{3}Z)\.zhiyan$/;

export function backupDirFor(projectPath: string): string {
  return `${projectPath.replace(/\.zhiyan$/i, '')}.zhiyan-backups`;
}

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function backupPath(projectPath: string, label: string): string {
  const base = path.basename(projectPath).replace(/\.zhiyan$/i, '');
  return path.join(backupDirFor(projectPath), `${base}.${label}.${stamp()}.zhiyan`);
}

export function listBackups(projectPath: string): BackupInfo[] {
  const dir = backupDirFor(projectPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const match = REASON_PATTERN.exec(name);
    if (!match) continue;
    const full = path.join(dir, name);
    const label = match[1]!;
    const reason: BackupInfo['reason'] = label.startsWith('pre-migration')
      ? 'pre-migration'
      : (label as BackupInfo['reason']);
    const iso = match[2]!.replace(
      /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/,
      '$1-$2-$3T$4:$5:$6.$7Z',
    );
    backups.push({ path: full, createdAt: iso, sizeBytes: fs.statSync(full).size, reason });
  }
  // Newest first: the one to offer when the project is damaged.
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function ensureDir(projectPath: string): void {
  fs.mkdirSync(backupDirFor(projectPath), { recursive: true });
}

/** Copies the (verified) project file in as a rotating backup, keeping the newest few. */
export function rotateBackupIfDue(projectPath: string, now = Date.now()): string | null {
  const rotating = listBackups(projectPath).filter((b) => b.reason === 'rotating');
  const newest = rotating[0];
  if (newest && now - Date.parse(newest.createdAt) < ROTATING_BACKUP_INTERVAL_MS) return null;
  ensureDir(projectPath);
  const target = backupPath(projectPath, 'rotating');
  copyFileAtomic(projectPath, target);
  for (const old of [{ path: target }, ...rotating].slice(ROTATING_BACKUPS_KEPT))
    fs.rmSync(old.path, { force: true });
  return target;
}

/** Writes database bytes as a labelled backup (before a migration, before an import). */
export function writeBackup(
  projectPath: string,
  label: 'pre-import' | `pre-migration-v${number}`,
  bytes: Uint8Array,
): string {
  ensureDir(projectPath);
  const target = backupPath(projectPath, label);
  writeFileAtomic(target, bytes);
  // Only the newest pre-import backup is worth its disk space; migrations are rare, keep them all.
  if (label === 'pre-import') {
    for (const old of listBackups(projectPath).filter(
      (b) => b.reason === 'pre-import' && b.path !== target,
    )) {
      fs.rmSync(old.path, { force: true });
    }
  }
  return target;
}

/** Moves a damaged project into the backups folder, so restoring never destroys evidence. */
export function setAsideDamaged(projectPath: string): string {
  ensureDir(projectPath);
  const target = backupPath(projectPath, 'damaged');
  fs.renameSync(projectPath, target);
  fsyncDirectory(path.dirname(projectPath));
  return target;
}

/** On open: a backup is a convenience, and a full disk must not keep the project from opening. */
export function rotateBackupQuietly(projectPath: string): void {
  try {
    rotateBackupIfDue(projectPath);
  } catch (error) {
    log.error(`rotating backup of ${projectPath} failed`, error);
  }
}
