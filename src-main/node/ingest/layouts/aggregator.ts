// A news aggregator's snapshot of another site's story: "类别：… 发布时间：…", "本文转自：…", the
// crawler's snapshot notes. Only the head decides: aggregators append other sites' text at the end.

import type { PageLayout } from '../ingest-types';
import { hasAny, readTextLines, searchBody } from './text-lines';

const AGGREGATOR_SIGNS = [
  /类别\s*[:：].{0,40}发布时间\s*[:：]/,
  /^本文转自\s*[:：]/m,
  /快照生成时间\s*[:：]/,
  /资讯信息快照/,
];

export const aggregator: PageLayout = {
  id: 'aggregator',
  detect: ({ head }) => hasAny(head, AGGREGATOR_SIGNS),
  read: readTextLines,
  extract: searchBody({
    joinBrokenParagraphs: false,
    titleIsFirstHeading: false,
    captions: 'short',
    dateline: 'cut',
  }),
};
