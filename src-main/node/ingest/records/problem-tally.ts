// Problems of many records of one file, kept as one line per kind: how many, the first few record
// numbers and the first detail. A JSON file of a million numbers is one "record without text x
// 1,000,000" line, not a million (a 132 MB report the import dialog would have to receive).
import type { IngestProblem } from '../ingest-types';

export const MAX_EXAMPLE_RECORDS = 5;

export class ProblemTally {
  private readonly byCode = new Map<IngestProblem['code'], IngestProblem>();

  add(code: IngestProblem['code'], record: number, detail?: string): void {
    const existing = this.byCode.get(code);
    if (!existing) {
      this.byCode.set(code, detail === undefined ? { code, record } : { code, record, detail });
      return;
    }
    existing.count = (existing.count ?? 1) + 1;
    const records = (existing.records ??= [existing.record ?? 0]);
    if (records.length < MAX_EXAMPLE_RECORDS) records.push(record);
  }

  get size(): number {
    return this.byCode.size;
  }

  /** One problem per kind; a kind met once is reported exactly as a single problem. */
  problems(): IngestProblem[] {
    return [...this.byCode.values()];
  }
}
