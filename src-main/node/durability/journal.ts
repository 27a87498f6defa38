// The write-ahead journal beside a project file. Between snapshots, every acknowledged edit is one
// record appended here and fsynced before the edit is acknowledged; opening a project replays the
// records the snapshot does not have yet. A record is one line:
//
//   <CRC-32 of the JSON (node:zlib), 8 hex digits> <JSON {seq, ops}>\n
//
// A crash can leave only the last line torn (no newline, or a checksum that does not match): that
// record was never acknowledged, so reading stops there and the tail is cut off before appending.
// A bad line with valid records after it is damage, not a crash: see journal-recovery.ts.
import fs from 'node:fs';
import { crc32 } from 'node:zlib';

export type SqlParam = string | number | null;
export type JournalOp = [sql: string, params: SqlParam[]];

export interface JournalRecord {
  /** Increases by one per record across the project's life; the snapshot stores the last it holds. */
  seq: number;
  ops: JournalOp[];
}

/** A line in the middle of the journal that fails its checksum, with valid records after it. */
export interface JournalDamage {
  /** 1-based line number of the first bad line. */
  line: number;
  /** Byte offset where the bad line starts (= where the trustworthy prefix ends). */
  offset: number;
  /** The valid records found after the bad line (any later bad lines skipped). */
  later: JournalRecord[];
  /** Every byte from the bad line to the end of the file, kept as evidence in the recovery file. */
  tail: Buffer;
}

export interface JournalContents {
  records: JournalRecord[];
  /** Bytes of the file that hold whole, valid records. */
  validLength: number;
  /** True when bytes after the valid records were dropped (a write torn by a crash). */
  tornTail: boolean;
  /** Set when a bad line is followed by valid records: not a torn write, real damage. */
  damage: JournalDamage | null;
}

const NEWLINE = 0x0a;

/** Every valid record in `bytes`, skipping bad lines; used on a journal's tail and recovery files. */
export function parseRecords(bytes: Buffer): JournalRecord[] {
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    let end = bytes.indexOf(NEWLINE, offset);
    if (end < 0) end = bytes.length;
    const record = parseLine(bytes.subarray(offset, end));
    if (record) records.push(record);
    offset = end + 1;
  }
  return records;
}

export function readJournal(file: string): JournalContents {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { records: [], validLength: 0, tornTail: false, damage: null };
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
  // Only a torn last record (nothing valid after it) is a crash mid-write and may be dropped.
  const tail = bytes.subarray(offset);
  const later = offset < bytes.length ? parseRecords(tail) : [];
  const damage =
    later.length > 0
      ? { line: records.length + 1, offset, later, tail: Buffer.from(tail) }
      : null;
  return { records, validLength: offset, tornTail: offset < bytes.length && !damage, damage };
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
    try {
      while (written < data.length) {
        written += fs.writeSync(this.fd, data, written, data.length - written, this.bytes + written);
      }
      fs.fdatasyncSync(this.fd);
    } catch (error) {
      // Leave no unacknowledged bytes after the last record (e.g. a full disk): they could later be
      // mistaken for a record, or for damage in the middle of the journal.
      try {
        fs.ftruncateSync(this.fd, this.bytes);
      } catch {
        // The next append overwrites them; a crash before that leaves a torn tail, dropped on open.
      }
      throw error;
    }
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
