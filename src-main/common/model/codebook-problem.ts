// Why a file could not be imported as a codebook: `detail.reason` of a CODEBOOK_INVALID failure, with
// the values each reason carries in `detail` (services/annotations/parse-qdc.ts raises them). The
// hosts say them in the user's language: the renderer's codebook messages, the CLI's messages.
export const CODEBOOK_PROBLEMS = [
  /** Nothing in the file. */
  'empty',
  /** Not XML: detail.line, detail.message (the parser's, in English). */
  'not-xml',
  /** XML without any element. */
  'no-element',
  /** The root element is not CodeBook or Project: detail.root. */
  'root',
  /** Not a REFI-QDA namespace: detail.namespace. */
  'namespace',
  /** A REFI-QDA project without a CodeBook. */
  'no-codebook',
  /** A code without a name: detail.position ("2.1" is the first sub-code of the second code). */
  'code-without-name',
  /** A ZIP archive that cannot be unpacked: detail.message. */
  'zip-damaged',
  /** A ZIP archive without project.qde: detail.entries (the first few names), detail.count. */
  'zip-without-qde',
  /** A ZIP archive with several .qde and none named project.qde: detail.entries. */
  'zip-several-qde',
  /** project.qde too large to read: detail.entry, detail.bytes. */
  'qde-too-large',
] as const;

export type CodebookProblem = (typeof CODEBOOK_PROBLEMS)[number];

export function codebookProblemOf(detail: Record<string, unknown> | undefined): CodebookProblem | null {
  const reason = detail?.reason;
  return (CODEBOOK_PROBLEMS as readonly unknown[]).includes(reason) ? (reason as CodebookProblem) : null;
}
