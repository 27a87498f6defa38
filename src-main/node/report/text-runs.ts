// Splits an article's clean text into runs at highlight boundaries, so a writer can mark each run with
// the passages that cover it. Highlights may overlap: a run lists every passage covering it.
import type { ReportPassage } from './report-model';

export interface TextRun {
  text: string;
  /** Passages covering this run, in text order; empty for unmarked text. */
  passages: ReportPassage[];
  /** Passages that end at this run's end: where a note's footnote mark goes. */
  ending: ReportPassage[];
}

export function splitRuns(text: string, passages: readonly ReportPassage[]): TextRun[] {
  const live = passages.filter((p) => !p.orphaned && p.start < p.end && p.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const p of live) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    runs.push({
      text: text.slice(from, to),
      passages: live.filter((p) => p.start <= from && p.end >= to),
      ending: live.filter((p) => p.end === to),
    });
  }
  return runs;
}

/** Runs split again at "\n", one list per paragraph (writers emit one paragraph element each). */
export function paragraphRuns(text: string, passages: readonly ReportPassage[]): TextRun[][] {
  const paragraphs: TextRun[][] = [[]];
  for (const run of splitRuns(text, passages)) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      const last = index === pieces.length - 1;
      if (piece || last)
        paragraphs[paragraphs.length - 1]!.push({ ...run, text: piece, ending: last ? run.ending : [] });
    });
  }
  return paragraphs.map((runs) => runs.filter((run) => run.text || run.ending.length));
}
