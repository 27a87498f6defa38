// A memo's title as lists and exports show it. A researcher who starts a memo with `# 标题` and
// leaves the title box empty has titled it: the first heading stands in for the missing title.
// One function for the renderer (memo list, delete prompt) and the engine (reports, REFI-QDA).

export interface MemoText {
  title: string;
  body: string;
}

// An ATX heading (`# 标题`, up to three spaces of indent, up to six #), with its closing #s dropped.
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/**
 * The heading that opens `body` (its first line that is not blank), without the #s; '' when the
 * body opens with anything else. A heading later in the body names a section, not the memo.
 */
export function openingHeading(body: string): string {
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const match = ATX_HEADING.exec(line);
    return match ? (match[1] ?? '').trim() : '';
  }
  return '';
}

/** The memo's own title, else its opening heading, else '' (the caller says "untitled"). */
export function memoTitle(memo: MemoText): string {
  return memo.title.trim() || openingHeading(memo.body);
}

/** Whether the title shown is the body's opening heading (so an excerpt need not repeat it). */
export function titleIsOpeningHeading(memo: MemoText): boolean {
  return memo.title.trim() === '' && openingHeading(memo.body) !== '';
}
