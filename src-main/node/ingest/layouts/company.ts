// A company or park website's news page saved as text: a language switch ("中文 | EN"), click
// counters, "发布者：… 发布时间：…", and a long caption under every picture. Its stories are
// often reused from newspapers, so a dateline in them is not the page's own.

import type { PageLayout } from '../ingest-types';
import { hasAny, readTextLines, searchBody } from './text-lines';

const COMPANY_SIGNS = [
  /^\s*中文\s*[|｜/]\s*(EN|English)\s*$/im,
  /点击率\s*[:：]\s*\d+/,
  /发布者\s*[:：].{0,30}发布时间\s*[:：]/,
];

export const company: PageLayout = {
  id: 'company',
  detect: ({ head }) => hasAny(head, COMPANY_SIGNS),
  read: readTextLines,
  extract: searchBody({
    joinBrokenParagraphs: false,
    titleIsFirstHeading: false,
    captions: 'long',
    dateline: 'ignore',
  }),
};
