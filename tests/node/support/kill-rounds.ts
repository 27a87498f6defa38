// Kill -9 rounds against the engine, shared by the durability test (a few rounds) and the
// reliability benchmark (a thousand): a child process edits (fixtures/edit-child.ts) and reports
// each acknowledgement; we SIGKILL it at a random moment, reopen the project and check that it
// passes integrity_check and holds every acknowledged edit.
import { spawn, type ChildProcess } from 'node:child_process';
import { ProjectStore } from '../../../src-main/node/db/project-store';
import { getArticleNote } from '../../../src-main/node/db/repositories/notes-repo';

export type KillMode = 'edit' | 'snapshot' | 'import';

export interface Round {
  acked: Map<number, string>;
  /** Bodies sent after the last acknowledgement per article: one may have reached the disk. */
  inFlight: Map<number, string[]>;
  /** Files whose import was acknowledged as storing an article. */
  importsAcked: string[];
  stderr: string;
}

function handleLine(line: string, state: Round): void {
  const imported = /^ack-import (\d+) (.*)$/.exec(line);
  if (imported) {
    // An import that stored nothing (its text was already there) has nothing to lose.
    if (Number(imported[1]) > 0) state.importsAcked.push(imported[2]!);
    return;
  }
  const match = /^(sent|ack) (\d+) (.*)$/.exec(line);
  if (!match) return;
  const id = Number(match[2]);
  const body = JSON.parse(match[3]!) as string;
  if (match[1] === 'sent') state.inFlight.set(id, [...(state.inFlight.get(id) ?? []), body]);
  else {
    state.acked.set(id, body);
    state.inFlight.set(id, []);
  }
}

const live = new Set<ChildProcess>();

/** Kills the child of a round still running (a benchmark stopped early must not leave it behind). */
export function killLiveChildren(): void {
  for (const child of live) child.kill('SIGKILL');
}

export function runAndKill(
  childFile: string,
  projectPath: string,
  round: number,
  killAfterMs: number,
  mode: KillMode = 'edit',
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, projectPath, String(round), mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const state: Round = { acked: new Map(), inFlight: new Map(), importsAcked: [], stderr: '' };
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
        const startsTimer = round % 2 === 1 ? line === 'ready' : line.startsWith('ack');
        if (startsTimer && !timer) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        handleLine(line, state);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (state.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      live.delete(child);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (code ${code}): ${state.stderr}`));
      else resolve(state);
    });
  });
}

export interface RoundCheck {
  integrity: string[];
  /** Acknowledged edits (notes, imports) this round; with `lost`, what a user would count. */
  acked: number;
  lost: string[];
}

/**
 * Opens the project after a round and compares it with what was acknowledged; `expected` carries
 * each article's note across rounds (updated here to what is stored).
 */
export async function checkRound(
  projectPath: string,
  ids: number[],
  result: Round,
  expected: Map<number, string>,
): Promise<RoundCheck> {
  const store = await ProjectStore.open(projectPath);
  try {
    const integrity = store
      .read((q) => q.all<{ integrity_check: string }>('PRAGMA integrity_check'))
      .map((r) => r.integrity_check);
    const lost: string[] = [];
    for (const id of ids) {
      const note = store.read((q) => getArticleNote(q, id))?.body ?? '';
      const acceptable = [result.acked.get(id) ?? expected.get(id) ?? '', ...(result.inFlight.get(id) ?? [])];
      if (!acceptable.includes(note))
        lost.push(
          `article ${id}: note ${JSON.stringify(note)}, acknowledged ${JSON.stringify(acceptable[0])}`,
        );
      expected.set(id, note);
    }
    for (const file of result.importsAcked) {
      const found = store.read((q) => q.get('SELECT id FROM articles WHERE file_path = ?', [file]));
      if (!found) lost.push(`import of ${file}`);
    }
    return { integrity, acked: result.acked.size + result.importsAcked.length, lost };
  } finally {
    store.close();
  }
}
