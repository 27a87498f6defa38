// A newspaper page's text: a "## " headline, reporters' line, paragraphs a page break cut in two.
// A newspaper text opens with its headline; its stories may carry a portal-like "讯" dateline, so
// a file that opens otherwise is a newspaper only when no portal sign claims it first.

import type { PageLayout } from '../ingest-types';
import { hasPortalSigns } from './portal';
import { readTextLines, searchBody } from './text-lines';

const OPENS_WITH_HEADING = /^\s*##\s+\S/;
const HAS_HEADING = /^##\s+\S/m;

export const newspaper: PageLayout = {
  id: 'newspaper',
  detect: ({ head }) => OPENS_WITH_HEADING.test(head) || (HAS_HEADING.test(head) && !hasPortalSigns(head)),
  read: readTextLines,
  extract: searchBody({
    joinBrokenParagraphs: true,
    titleIsFirstHeading: true,
    captions: 'short',
    dateline: 'ignore',
  }),
};
