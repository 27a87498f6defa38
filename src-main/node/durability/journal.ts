// The write-ahead journal beside a project file. Between snapshots, every acknowledged edit is one
// record appended here and fsynced before the edit is acknowledged; opening a project replays the
// records the snapshot does not have yet. A record is one line:
//
//   <CRC-32 of the JSON (node:zlib), 8 hex digits> <JSON {seq, ops}>\n
//
// A crash can leave only the last line torn (no newline, or a checksum that does not match): that
// record was never acknowledged, so reading stops there and the tail is cut off before appending.
import fs from 'node:fs';
import { crc32 } from 'node:zlib';

export type SqlParam = string | number | null;
export type JournalOp = [sql: string, params: SqlParam[]];

export interface JournalRecord {
  /** Increases by one per record across the project's life; the snapshot stores the last it holds. */
  seq: number;
  ops: JournalOp[];
}

export interface JournalContents {
  records: JournalRecord[];
  /** Bytes of the file that hold whole, valid records. */
  validLength: number;
  /** True when bytes after the valid records were dropped (a write torn by a crash). */
  tornTail: boolean;
}

const NEWLINE = 0x0a;

export function readJournal(file: string): JournalContents {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { records: [], validLength: 0, tornTail: false };
    throw error;
  }
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset);
    if (end < 0) break;
    const record = parseLine(bytes.subarray(offset, end));
    if (!record) break;
    records.push(record);
    offset = end + 1;
  }
  return { records, validLength: offset, tornTail: offset < bytes.length };
}

function parseLine(line: Buffer): JournalRecord | null {
  if (line.length < 10 || line[8] !== 0x20) return null;
  const expected = Number.parseInt(line.subarray(0, 8).toString('latin1'), 16);
  const json = line.subarray(9);
  if (!Number.isFinite(expected) || crc32(json) !== expected) return null;
  try {
    const value = JSON.parse(json.toString('utf8')) as JournalRecord;
    return Number.isInteger(value.seq) && Array.isArray(value.ops) ? value : null;
  } catch {
    return null;
  }
}

export function encodeRecord(record: JournalRecord): Buffer {
  const json = Buffer.from(JSON.stringify(record), 'utf8');
  const head = Buffer.from(`${crc32(json).toString(16).padStart(8, '0')} `, 'latin1');
  return Buffer.concat([head, json, Buffer.from('\n', 'latin1')]);
}

/** An open journal file, appended to with fsync. */
export class JournalWriter {
  private fd: number;
  private bytes: number;
  private count = 0;

  /** Opens `file`, first cutting off a torn tail so new records follow the last valid one. */
  constructor(
    private readonly file: string,
    validLength: number,
    existingRecords: number,
  ) {
    this.fd = fs.openSync(file, fs.existsSync(file) ? 'r+' : 'w+');
    if (fs.fstatSync(this.fd).size !== validLength) {
      fs.ftruncateSync(this.fd, validLength);
      fs.fsyncSync(this.fd);
    }
    this.bytes = validLength;
    this.count = existingRecords;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  get recordCount(): number {
    return this.count;
  }

  /** Returns once the record is on disk. */
  append(record: JournalRecord): void {
    const data = encodeRecord(record);
    // Positional writes at our own offset: a failed partial write is overwritten by the next try.
    let written = 0;
    while (written < data.length) {
      written += fs.writeSync(this.fd, data, written, data.length - written, this.bytes + written);
    }
    fs.fdatasyncSync(this.fd);
    this.bytes += data.length;
    this.count += 1;
  }

  /** Empties the journal once a snapshot holds everything in it. */
  reset(): void {
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
    this.bytes = 0;
    this.count = 0;
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  get path(): string {
    return this.file;
  }
}
