// What the CLI says when a file cannot be imported as a codebook: the precise reason the engine
// found (detail.reason, common/model/codebook-problem.ts) as one sentence in the user's language.
import { codebookProblemOf } from '../common/model/codebook-problem';
import type { CliApiError } from './messages';

type Detail = Record<string, unknown>;
type Sentence = (d: Detail, file: string) => [zh: string, en: string];

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

function megabytes(bytes: unknown): string {
  return `${(Number(bytes) / 1024 / 1024).toFixed(0)} MB`;
}

const SENTENCES: Record<NonNullable<ReturnType<typeof codebookProblemOf>>, Sentence> = {
  empty: (_d, file) => [`${file} 是空文件，里面没有编码本。`, `${file} is empty: it holds no codebook.`],
  'not-xml': (d, file) =>
    d.expected !== undefined
      ? [
          `${file} 不是格式正确的 XML：第 ${text(d.line)} 行遇到了 </${text(d.found)}>，但第 ${text(d.openedLine)} 行开始的 <${text(d.expected)}> 还没有结束。`,
          `${file} is not well-formed XML: line ${text(d.line)} has </${text(d.found)}> while the <${text(d.expected)}> opened on line ${text(d.openedLine)} is still open.`,
        ]
      : [
          `${file} 不是格式正确的 XML（第 ${text(d.line)} 行：${text(d.message)}）。`,
          `${file} is not well-formed XML (line ${text(d.line)}: ${text(d.message)}).`,
        ],
  'no-element': (_d, file) => [`${file} 中没有任何 XML 元素。`, `${file} holds no XML element.`],
  root: (d, file) => [
    `${file} 的根元素是 <${text(d.root)}>，不是 REFI-QDA 的 <CodeBook> 或 <Project>，不是 REFI-QDA 编码本。`,
    `The root element of ${file} is <${text(d.root)}>, not the <CodeBook> or <Project> of REFI-QDA: it is not a REFI-QDA codebook.`,
  ],
  namespace: (d, file) => [
    `${file} 的命名空间是 ${text(d.namespace)}，不是 REFI-QDA 的（urn:QDA-XML:codebook:… 或 urn:QDA-XML:project:…）。`,
    `The namespace of ${file} is ${text(d.namespace)}, not a REFI-QDA one (urn:QDA-XML:codebook:… or urn:QDA-XML:project:…).`,
  ],
  'no-codebook': (_d, file) => [
    `${file} 是 REFI-QDA 项目，但其中没有编码本，没有可以导入的编码。`,
    `${file} is a REFI-QDA project without a codebook: it has no codes to import.`,
  ],
  'code-without-name': (d, file) => [
    `${file} 中编码本的第 ${text(d.position)} 号编码没有名称（2.1 指第 2 个编码下的第 1 个子编码）。`,
    `Code ${text(d.position)} of the codebook in ${file} has no name (2.1 is the first sub-code of the second code).`,
  ],
  'zip-damaged': (_d, file) => [
    `${file} 是 ZIP 文件，但已损坏，无法解压（也许没有下载完整）。`,
    `${file} is a ZIP file but is damaged and cannot be unpacked (perhaps an incomplete download).`,
  ],
  'zip-without-qde': (d, file) => [
    `${file} 是一个 ZIP 文件，但里面没有 project.qde（有 ${text(d.count)} 个文件：${text(d.entries)}），不是 REFI-QDA 项目（.qdpx）。`,
    `${file} is a ZIP file without project.qde inside (it has ${text(d.count)} files: ${text(d.entries)}): it is not a REFI-QDA project (.qdpx).`,
  ],
  'zip-several-qde': (d, file) => [
    `${file} 是 ZIP 文件，里面有多个项目文档（${text(d.entries)}）却没有 project.qde，无法确定读取哪一个。`,
    `${file} is a ZIP file with several project documents (${text(d.entries)}) and no project.qde: which one to read is unclear.`,
  ],
  'qde-too-large': (d, file) => [
    `${file} 中的 ${text(d.entry)} 太大（${megabytes(d.bytes)}），无法读取。`,
    `${text(d.entry)} in ${file} is too large to read (${megabytes(d.bytes)}).`,
  ],
};

/** The sentence for a CODEBOOK_INVALID failure, or null when it carries no known reason. */
export function codebookSentence(error: CliApiError, language: 'zh' | 'en'): string | null {
  const reason = codebookProblemOf(error.detail);
  if (!reason) return null;
  const detail = error.detail ?? {};
  const [zh, en] = SENTENCES[reason](detail, text(detail.path) || '?');
  return language === 'en' ? `${en} No codes were imported.` : `${zh}没有导入任何编码。`;
}
