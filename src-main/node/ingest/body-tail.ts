// Where an article's text ends. The body runs to the first tail marker (comment box, related
// links, "来源：…/编辑：…" lines, crawler notes); short unpunctuated lines just before it (headline
// lists, teasers) go too, except a document's signature block (issuing office, date, "（此件公开
// 发布）"), which is part of the official text. Labelled lines met on the way are kept aside for
// the metadata step.

import { classifyLine, isStoryCaption } from './boilerplate';
import { charLength, endsSentence, isHeading } from './line-shapes';

const BARE_CREDIT = /^[（(][^（()）]{2,40}[)）]$/;
// "……成家。（編輯：林克倫）1080715": an editor's credit and filing code close the article.
const CLOSING_EDITOR = /\s*[（(](?:责任编辑|責任編輯|编辑|編輯)[:：][^（()）]{1,20}[)）]\s*\d{0,8}\s*$/;
const MAX_TRAILING_JUNK_LENGTH = 50;
// How far past the tail marker labelled lines ("编辑：李四", "审核：王五") are still looked for.
const FOOTER_WINDOW = 6;
const LABELLED =
  /^[【[（(]?\s*(来源|來源|稿件来源|文章来源|内容来源|信息来源|作者|编辑|編輯|责任编辑|責任編輯|责编|审核|審核|校对|文字|图片|摄影|发布时间|发布日期|發佈時間|發布時間)\s*[:：]\s*\S/;

// The end of an official document: "衢州市人民政府办公室" / "2023年3月20日" / "（此件公开发布）".
const SIGNATURE_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const RELEASE_NOTE = /^[（(]此件.{2,10}[)）]$/;
const ISSUER =
  /^[\u4e00-\u9fa5（）()]{2,30}(政府|办公室|办公厅|委员会|人大常委会|局|厅|部|署|院|委|办|中心|公司|集团|协会|学会|联合会|小组)$/;

export interface BodyEnd {
  body: string[];
  creditLine: string | null;
  footerLines: string[];
}

/** How many closing lines form a signature block: issuer line(s), a date, an optional note. */
export function signatureLength(body: readonly string[]): number {
  let end = body.length;
  if (RELEASE_NOTE.test(body[end - 1] ?? '')) end -= 1;
  if (!SIGNATURE_DATE.test(body[end - 1] ?? '')) return 0;
  end -= 1;
  let issuers = 0;
  while (issuers < 3 && ISSUER.test(body[end - 1 - issuers] ?? '')) issuers += 1;
  return issuers === 0 ? 0 : body.length - end + issuers;
}

export function cutTail(lines: readonly string[]): BodyEnd {
  const body: string[] = [];
  const footerLines: string[] = [];
  let creditLine: string | null = null;
  let tailAt = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const role = classifyLine(line, false);
    if (role === 'tail') {
      tailAt = i;
      break;
    }
    if (role !== 'text') continue;
    const closed = line.replace(CLOSING_EDITOR, '');
    body.push(closed);
    if (closed !== line) {
      tailAt = i + 1;
      break;
    }
  }
  if (tailAt !== -1)
    footerLines.push(...lines.slice(tailAt, tailAt + FOOTER_WINDOW).filter((line) => LABELLED.test(line)));
  // Headline lists and teasers before the tail marker: short lines that never end a sentence.
  // A signature block closing the text stops the trimming.
  while (body.length > 0 && signatureLength(body) === 0) {
    const last = body[body.length - 1] ?? '';
    if (isHeading(last) || endsSentence(last) || isStoryCaption(last)) break;
    if (charLength(last) > MAX_TRAILING_JUNK_LENGTH) break;
    if (BARE_CREDIT.test(last)) creditLine ??= last;
    if (LABELLED.test(last)) footerLines.unshift(last);
    body.pop();
  }
  return { body, creditLine, footerLines };
}
