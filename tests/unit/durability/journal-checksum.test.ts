// The journal's checksum is node:zlib's CRC-32 now, where it was a hand-written table before: a
// journal written by an earlier version must still verify, or its acknowledged edits would be
// dropped as torn on the next open. These two lines were written by that earlier version.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord, readJournal } from '../../../src-main/node/durability/journal';

const WRITTEN_BEFORE = [
  '8d2d0d2a {"seq":1,"ops":[["INSERT INTO tags (name) VALUES (?)",["新能源"]]]}',
  '1a4c5293 {"seq":2,"ops":[["UPDATE articles SET title = ? WHERE id = ?",["衢州𠮷祥路",7]]]}',
];

describe('journal checksums', () => {
  it('verifies a journal written by the earlier CRC-32 implementation', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-journal-')), 'p.zhiyan.journal');
    fs.writeFileSync(file, `${WRITTEN_BEFORE.join('\n')}\n`, 'utf8');
    const journal = readJournal(file);
    expect(journal.tornTail).toBe(false);
    expect(journal.records.map((record) => record.seq)).toEqual([1, 2]);
    expect(journal.records[1]!.ops[0]![1]).toEqual(['衢州𠮷祥路', 7]);
  });

  it('writes the same line for the same record', () => {
    const record = {
      seq: 1,
      ops: [['INSERT INTO tags (name) VALUES (?)', ['新能源']]] as [string, string[]][],
    };
    expect(encodeRecord(record).toString('utf8')).toBe(`${WRITTEN_BEFORE[0]}\n`);
  });

  it('refuses a line whose checksum does not match', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-journal-')), 'p.zhiyan.journal');
    fs.writeFileSync(file, `${WRITTEN_BEFORE[0]!.replace('新能源', '新材料')}\n`, 'utf8');
    expect(readJournal(file)).toMatchObject({ records: [], tornTail: true });
  });
});
